"""Results that change are spoken (a notification starting to show, which Orca 43+
speaks), and only after the learner did something: opening a page says nothing."""

from __future__ import annotations

import pytest

from .course_walk import open_page

pytestmark = [pytest.mark.atspi, pytest.mark.slow]


def test_opening_pages_announces_nothing(desktop):
    desktop.spoken()
    for step in range(1, 6):
        open_page(desktop, f"stepper.step_{step}")
    assert desktop.spoken() == []


def test_a_slider_move_and_a_quiz_answer_are_announced(desktop):
    open_page(desktop, "stepper.step_2")
    desktop.spoken()
    desktop.set_value("bias.rate_b", 65)  # equal rates: the band changes to a pass
    spoken = desktop.spoken()
    assert any(s.startswith("Four-fifths rule") for s in spoken), spoken
    desktop.press("quiz.q2.option_c")
    spoken = desktop.spoken()
    assert any(s.startswith(("Correct", "Not quite")) for s in spoken), spoken
    assert not any("**" in s for s in spoken)


def test_completing_a_step_announces_the_next_page(desktop):
    open_page(desktop, "stepper.step_4")
    desktop.spoken()
    desktop.press("step_4.complete")
    spoken = desktop.spoken()
    assert any(s.startswith("Step 4 completed. Now Step 5") for s in spoken), spoken


def test_choosing_a_diagram_node_says_its_path_and_details(desktop):
    open_page(desktop, "stepper.step_1")
    desktop.focus_window()
    desktop.focus("stepper.step_5")
    node = desktop.key("Tab")
    assert node["role"] == "list item" and "focused" in node["states"], node
    desktop.spoken()
    desktop.key("Return")
    spoken = desktop.spoken()
    assert any(s.startswith("Selected: ") and "data path" in s for s in spoken), spoken
