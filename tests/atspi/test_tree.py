"""Every page read through the accessibility bus from a separate process, as Orca reads it.

The app runs on a private Xvfb with a private D-Bus session and AT-SPI bus; the client
is tests/atspi/client.py in the system Python. Every interactive object must have a
role a screen reader can operate, a name that is more than its value, the states its
role needs, and for sliders and spin boxes the value the learner sees.
"""

from __future__ import annotations

import pytest

from .audit import count, page_problems
from .course_walk import PAGES, open_page, page_nodes

pytestmark = [pytest.mark.atspi, pytest.mark.slow]


@pytest.mark.parametrize("page, via", PAGES, ids=[p for p, _ in PAGES])
def test_every_control_on_the_page_is_right_on_the_bus(desktop, page, via):
    nodes = page_nodes(open_page(desktop, via))
    counted = count(page, nodes)
    assert counted.controls, f"{page}: no interactive object on the bus at all"
    problems = counted.failures + page_problems(nodes)
    assert not problems, f"{page}: " + "\n".join(problems)


def _node(nodes, object_name):
    found = [n for n in nodes if n["id"].endswith("." + object_name)]
    assert found, f"{object_name} is not on the bus"
    return found[0]


def test_a_locked_quiz_says_which_answer_was_chosen_and_that_it_is_locked(desktop):
    open_page(desktop, "stepper.step_1")
    desktop.press("quiz.q1.option_b")
    nodes = page_nodes(desktop.tree())
    chosen = _node(nodes, "quiz.q1.option_b")
    other = _node(nodes, "quiz.q1.option_a")
    assert "checked" in chosen["states"], chosen
    assert "checked" not in other["states"], other
    for option in (chosen, other):
        assert "enabled" not in option["states"], f"{option['name']} still acts after the lock"
        assert "focusable" in option["states"], "a locked answer must stay readable by Tab"
    assert "correct" in chosen["description"].lower() or "correct" in chosen["name"].lower()


def test_choosing_one_of_an_exclusive_group_unchecks_the_other(desktop):
    nodes = page_nodes(open_page(desktop, "stepper.step_5"))
    desktop.press("stakeholder.view.grid")
    nodes = page_nodes(desktop.tree())
    grid = _node(nodes, "stakeholder.view.grid")
    cards = _node(nodes, "stakeholder.view.cards")
    assert grid["role"] == cards["role"] == "radio button"
    assert "checked" in grid["states"] and "checked" not in cards["states"]
    desktop.press("stakeholder.view.cards")
    nodes = page_nodes(desktop.tree())
    assert "checked" in _node(nodes, "stakeholder.view.cards")["states"]
    assert "checked" not in _node(nodes, "stakeholder.view.grid")["states"]


def test_a_stakeholder_card_says_whether_it_is_expanded(desktop):
    open_page(desktop, "stepper.step_5")
    card = _node(page_nodes(desktop.tree()), "stakeholder.cfo")
    assert card["role"] == "push button" and "expandable" in card["states"]
    assert "expanded" not in card["states"]
    desktop.press("stakeholder.cfo")
    card = _node(page_nodes(desktop.tree()), "stakeholder.cfo")
    assert "expanded" in card["states"], card


def test_diagram_nodes_are_objects_of_their_own(desktop):
    nodes = page_nodes(open_page(desktop, "stepper.step_1"))
    items = [n for n in nodes if n["role"] == "list item" and ".diagram.view" in n["id"]
             or n["role"] == "list item" and n["path"].startswith(
                 _node(nodes, "diagram.view")["path"] + ".")]
    assert len(items) == 12, [n["name"] for n in items]
    assert all(n["name"] and "focusable" in n["states"] for n in items)
    assert len({tuple(n["box"]) for n in items}) == 12, "each node has its own place on screen"


def test_the_summary_page_is_right_on_the_bus(desktop):
    for step in range(1, 6):
        open_page(desktop, f"stepper.step_{step}")
        desktop.press(f"step_{step}.complete")
    nodes = page_nodes(desktop.tree())
    assert any(n["id"].endswith(".closing.title") for n in nodes), "the summary did not open"
    counted = count("closing", nodes)
    problems = counted.failures + page_problems(nodes)
    assert counted.controls and not problems, "closing: " + "\n".join(problems)
