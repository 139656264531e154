"""Helpers for tests that press keys: a window that has keyboard focus, on one page."""

from __future__ import annotations


def active_on(session, qtbot, page_id: str | None = None):
    """The session's window, active (key events reach it), showing ``page_id``; the page."""
    window = session.window
    if page_id is not None:
        window.go(page_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.page(page_id) if page_id is not None else None
