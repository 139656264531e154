"""Keyboard use of the window: Enter presses buttons, a focus ring, Tab in reading order,
and focus that is never lost when a page changes (issue 20, WCAG 2.1.1, 2.4.3, 2.4.7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


class _EnterPresses(QObject):
    """Enter presses the focused button, as the F1 help says (Qt does it only in dialogs).

    Installed on the window, it sees only the key presses no widget took on the way up.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.isAutoRepeat()
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            button = QApplication.focusWidget()
            if isinstance(button, QAbstractButton) and button.isEnabled() and button.window() is obj:
                button.animateClick()
                return True
        return False


def keyboard_aids(window: QWidget) -> None:
    """Enter presses the focused button; a focus ring shows wherever focus is."""
    from .focus_ring import FocusRing

    window.installEventFilter(_EnterPresses(window))
    window.focus_ring = FocusRing(window)


def tab_after(container: QWidget, *tail: QWidget) -> None:
    """Put ``tail`` right after the last focus stop inside ``container`` in the Tab chain.

    Qt's Tab order is the order widgets were made; pages are made lazily, after the
    window's bottom bar, so without this Back/Next came before the page's content.
    """
    # The chain is a ring through every widget of the window (every page, once they are
    # built ahead): walk only until the container's own Tab stops have all been passed.
    # A popup's widgets (a combo box's list, a menu) are children in another window's
    # ring; counting them, the walk never ended early and went round all ~1400 widgets
    # of the window on every page switch (3-4.5 ms of a step 2-5 switch).
    window = container.window()
    tab = Qt.FocusPolicy.TabFocus.value
    stops = {w for w in container.findChildren(QWidget)
             if w.focusPolicy().value & tab and w.window() is window}
    last, w, left = container, container.nextInFocusChain(), len(stops)
    while left and w is not container:
        if w in stops:
            last, left = w, left - 1
        w = w.nextInFocusChain()
    for widget in tail:
        QWidget.setTabOrder(last, widget)
        last = widget


def focus_within(widget: QWidget | None) -> bool:
    focused = QApplication.focusWidget()
    return widget is not None and focused is not None and widget.isAncestorOf(focused)


def page_to_front(page: QWidget, *, refocus: bool) -> None:
    """A page came to the front: with ``refocus`` (focus was on the page that left, which
    Qt would hand to whatever widget comes next) focus goes to this page's title. (Its
    controls come before Back and Next in the Tab order: the shell sets that at the
    next Tab with :func:`tab_after`.)"""
    if refocus and hasattr(page, "focus_heading"):
        page.focus_heading()
