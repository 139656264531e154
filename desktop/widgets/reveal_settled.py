"""Scroll widgets into view together once their layout has settled, not before.

A card that opens lays itself out over several event-loop passes (wrapped text
learns its height only after it learns its width, at 200 % text a few times over),
so one scroll on the next pass lands on a card that then grows below the fold.
This scrolls on the next pass and again after every pass, until a few passes in a
row have changed none of the widgets' sizes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QWidget

from .binding import reveal_together, scroll_area_of

#: Passes in a row with no size change that count as settled: a text's new size reaches
#: the layouts above it a pass or two after the text changed.
QUIET_PASSES = 3
#: A layout that still moves after this many passes is not settling; stop following it.
MAX_PASSES = 20


class _SettledReveal(QObject):
    #: the one following a layout now: a newer click's reveal replaces it, not fights it
    current: "_SettledReveal | None" = None

    def __init__(self, widgets: tuple[QWidget, ...]):
        super().__init__(widgets[0])
        if _SettledReveal.current is not None:
            _SettledReveal.current.stop()
        _SettledReveal.current = self
        # gone with its widget (a page dropped): forget it, never stop a deleted object
        self.destroyed.connect(_forget)
        self._stopped = False
        self._widgets = widgets
        self._moved = False
        self._passes = self._quiet = 0
        # the widgets, and any column they scroll in inside the page (it shrinks when a
        # result pinned above it grows)
        self._watched = [*widgets, *_columns(widgets[0])]
        for widget in self._watched:
            widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._pass)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._moved = True
        return False

    def _pass(self) -> None:
        if self._stopped:
            return
        first, *rest = self._widgets
        for column in _columns(first):
            # a column scrolling inside the page (a grid under its pinned strategy):
            # the control into the column's view, then the column with the rest
            column.ensureWidgetVisible(first, 0, 0)
            if column.verticalScrollBar().maximum() > 0:
                first = column
        reveal_together(first, *rest)
        self._passes += 1
        self._quiet = 0 if self._moved else self._quiet + 1
        self._moved = False
        if self._quiet < QUIET_PASSES and self._passes < MAX_PASSES:
            QTimer.singleShot(0, self, self._pass)
            return
        self.stop()

    def stop(self) -> None:
        self._stopped = True
        if _SettledReveal.current is self:
            _SettledReveal.current = None
        for widget in self._watched:
            widget.removeEventFilter(self)
        self.destroyed.disconnect(_forget)  # a newer one may be current by then
        self.deleteLater()


def _forget() -> None:
    _SettledReveal.current = None


def _columns(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas around ``widget`` inside its page, innermost first."""
    found = []
    area = scroll_area_of(widget)
    while area is not None and scroll_area_of(area) is not None:
        found.append(area)
        area = scroll_area_of(area)
    return found


def reveal_when_settled(*widgets: QWidget) -> None:
    """Show ``widgets`` together (the first, the control, wins) once they stop changing size."""
    _SettledReveal(widgets)
