"""The app forgets the source lines PySide6's import hook caches (see desktop/memory.py)."""

from __future__ import annotations

import linecache

from desktop import memory


def test_source_lines_are_forgotten_after_start_up(session):
    assert memory.cached_source_bytes() == 0


def test_source_lines_are_forgotten_when_a_page_is_shown(session, qapp):
    linecache.getlines(memory.__file__)
    assert memory.cached_source_bytes() > 0
    session.window.go("step_1")
    qapp.processEvents()
    assert memory.cached_source_bytes() == 0
