"""The focus ring: drawn outside the focused control, visible on filled buttons, >= 3:1."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from desktop import theme

from .keyboard import active_on

THEMES = ("light", "dark", "high_contrast")


@pytest.mark.parametrize("name", THEMES)
def test_ring_colours_contrast_with_page_cards_and_filled_controls(name):
    t = theme.PALETTES[name]
    ratio = theme.contrast_ratio
    # The ring's outer band meets the page or a card; its inner band meets the control.
    assert ratio(t["focus"], t["window"]) >= 3 and ratio(t["focus"], t["surface"]) >= 3
    assert ratio(t["surface"], t["primary"]) >= 3, "the inner band separates a filled button"
    assert ratio(t["focus"], t["surface"]) >= 3, "the two bands of the ring are told apart"


@pytest.mark.parametrize("name", THEMES)
@pytest.mark.parametrize("page, target", [("step_4", "team.structure.centralized"),
                                          ("intro", "nav.next"), ("step_1", "stepper.step_1")])
def test_the_ring_is_painted_around_a_focused_filled_control(make_session, qtbot, name, page, target):
    session = make_session("--theme", name)
    window = session.window
    active_on(session, qtbot, page)
    widget = window.findChild(QWidget, target)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    ring = window.focus_ring
    assert ring.isVisible()
    image = window.grab().toImage()
    top_left = widget.mapTo(window, widget.rect().topLeft())
    # Halfway down the left side, 1 px into the outer (focus-coloured) band.
    x, y = top_left.x() - 4, top_left.y() + widget.height() // 2
    focus = QColor(theme.PALETTES[name]["focus"])
    seen = image.pixelColor(x, y)
    assert abs(seen.red() - focus.red()) + abs(seen.green() - focus.green()) + abs(
        seen.blue() - focus.blue()) < 60, (seen.name(), focus.name())


def test_focus_moved_by_arrow_keys_is_scrolled_into_view(session, qtbot):
    page = active_on(session, qtbot, "step_1")
    card = page.quiz_cards["q1"]
    page.verticalScrollBar().setValue(0)
    first, second = card.buttons["a"], card.buttons["b"]
    page.ensureWidgetVisible(first, 0, 0)
    page.verticalScrollBar().setValue(page.verticalScrollBar().value() - first.height() * 3)
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    page.verticalScrollBar().setValue(0)  # the learner scrolled away; the arrow key moves on
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is second
    top = second.mapTo(page.viewport(), second.rect().topLeft()).y()
    assert 0 <= top and top + second.height() <= page.viewport().height()
