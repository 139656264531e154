"""Every YAML ``widget:`` id the content may name builds a real part, alone, from its topic
and its slice of the state, and lets go of the state when its page is dropped."""

from __future__ import annotations

import dataclasses
import gc

import pytest
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop.content.loader import load_course, state_rules
from desktop.content.parts import PARTS
from desktop.model.state import new_state
from desktop.paths import default_content_dir
from desktop.widgets.parts import build_part


@pytest.fixture(scope="module")
def course():
    return load_course(default_content_dir())


def _receivers(section) -> int:
    return sum(len(getattr(section.events, f)) for f in section.events.signals) if section else 0


@pytest.mark.parametrize("widget_id", sorted(PARTS))
def test_each_part_builds_alone_and_unbinds(qtbot, course, widget_id):
    state = new_state(state_rules(course))
    spec = PARTS[widget_id]
    section = getattr(state, spec.section) if spec.section else None
    before = _receivers(section)
    area = QScrollArea()  # a part needs no page, only somewhere to scroll in
    qtbot.addWidget(area)
    part = build_part(widget_id, course.topic(spec.topic), section)
    area.setWidget(part)
    area.show()
    assert isinstance(part, QWidget) and part.objectName()
    assert section is None or _receivers(section) > before  # it follows its state
    part.unbind()
    gc.collect()
    assert _receivers(section) == before


def test_every_step_widget_block_names_a_part(course):
    named = {b.widget for step in course.steps for b in step.blocks if b.kind == "widget"}
    assert named and named <= set(PARTS)


def _nudged(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    return value


@pytest.mark.parametrize("widget_id", sorted(w for w, spec in PARTS.items() if spec.section))
def test_reset_brings_a_first_start_back(qtbot, course, widget_id):
    """Every number and switch of the part's state moved, then reset(): a first start again."""
    state = new_state(state_rules(course))
    spec = PARTS[widget_id]
    section = getattr(state, spec.section)
    first = dataclasses.asdict(section)
    part = build_part(widget_id, course.topic(spec.topic), section)
    qtbot.addWidget(part)
    for name, value in first.items():
        setattr(section, name, _nudged(value))
    if widget_id == "diagram":
        section.explore(course.topic("diagram").nodes[0].id)
        section.selected = course.topic("diagram").nodes[0].id
    elif widget_id == "stakeholder_map":
        section.view = "grid"
    elif widget_id == "gdpr_checker":
        section.mode = "custom"
    assert dataclasses.asdict(section) != first
    part.reset()
    assert dataclasses.asdict(section) == first
