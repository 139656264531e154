"""A focus ring drawn around whichever widget has keyboard focus (WCAG 2.4.7, 2.4.11).

A border change alone was invisible on blue-filled buttons (a blue border on blue
fill, 1.05:1). The ring is drawn *outside* the control: an inner band in the surface
colour, then a band in the theme's focus colour. The focus band contrasts with the
page and with cards (>= 3:1 in light, dark and high contrast, tests/gui), and the
surface band separates it from a filled control, so neither depends on the fill.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMainWindow, QScrollArea, QWidget

from .. import theme
from .accessibility import set_role

GAP = 2    # the surface-coloured band between the control and the ring
RING = 3   # the focus-coloured band


class FocusRing(QWidget):
    """One per window; follows focus, sits on top of the focused widget's siblings."""

    def __init__(self, window: QWidget):
        # No parent until focus first moves: a child of the window itself would shift the
        # window's other children by one in the accessibility tree whenever it moves on.
        super().__init__()
        window.destroyed.connect(self.deleteLater)
        self.setObjectName("qt_focus_ring")
        set_role(self, "decorative")  # the focused control itself is what a screen reader reads
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._window = window
        self._target: QWidget | None = None
        self.hide()
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
        target = new if self._wants_ring(new) else None
        self._target = target
        if target is None:
            self.hide()
            return
        target.installEventFilter(self)
        _scroll_into_view(target)
        self._place()

    def _wants_ring(self, widget: QWidget | None) -> bool:
        if widget is None or widget.window() is not self._window or widget is self._window:
            return False
        # A page's title gets focus from code (after a step); it is text, not a control.
        return widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.property("role") == "h1"

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        host = _host(target, self._window)
        if self.parentWidget() is not host:
            self.setParent(host)
        pad = GAP + RING
        box = QRect(target.mapTo(host, target.rect().topLeft()), target.size())
        self.setGeometry(box.adjusted(-pad, -pad, pad, pad))
        self.raise_()
        self.show()
        self.update()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self._target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize,
                                                    QEvent.Type.Show, QEvent.Type.Hide):
            self._place()
        return False

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        outer = QRectF(self.rect()).adjusted(RING / 2, RING / 2, -RING / 2, -RING / 2)
        p.setPen(QPen(t.color("focus"), RING))
        p.drawRoundedRect(outer, 8 + GAP, 8 + GAP)
        inner = QRectF(self.rect()).adjusted(RING + GAP / 2, RING + GAP / 2,
                                             -RING - GAP / 2, -RING - GAP / 2)
        p.setPen(QPen(t.color("surface"), GAP))
        p.drawRoundedRect(inner, 8, 8)
        p.end()


def _scroll_into_view(target: QWidget) -> None:
    """Qt scrolls to a widget reached by Tab, not to one focused by the arrow keys (quiz
    answers) or by code: every focus change brings the focused widget into view."""
    w = target.parentWidget()
    while w is not None:
        area = w.parentWidget()
        if isinstance(area, QScrollArea) and w is area.viewport():
            area.ensureWidgetVisible(target, 24, 24)
            return
        w = area


def _host(target: QWidget, window: QWidget) -> QWidget:
    """Where the ring is drawn: the scrolled content the target is in (so the ring
    scrolls with it and is clipped only by the viewport), else the central widget."""
    w = target.parentWidget()
    while w is not None and w is not window:
        area = w.parentWidget().parentWidget() if w.parentWidget() is not None else None
        if isinstance(area, QAbstractScrollArea) and w.parentWidget() is area.viewport():
            return w
        w = w.parentWidget()
    central = window.centralWidget() if isinstance(window, QMainWindow) else None
    return central if central is not None and central.isAncestorOf(target) else window
