"""Scroll widgets into view together once their layout has settled, not before.

A card that opens lays itself out over several event-loop passes (wrapped text
learns its height only after it learns its width, at 200 % text a few times over),
so one scroll on the next pass lands on a card that then grows below the fold.
This scrolls on the next pass and again after every pass in which one of the
widgets changed size, stopping at the first pass with none.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from .binding import reveal_together

#: A layout that still moves after this many passes is not settling; stop following it.
MAX_PASSES = 12


class _SettledReveal(QObject):
    def __init__(self, widgets: tuple[QWidget, ...]):
        super().__init__(widgets[0])
        self._widgets = widgets
        self._moved = False
        self._passes = 0
        for widget in widgets:
            widget.installEventFilter(self)
        QTimer.singleShot(0, self, self._pass)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._moved = True
        return False

    def _pass(self) -> None:
        reveal_together(*self._widgets)
        self._passes += 1
        if self._moved and self._passes < MAX_PASSES:
            self._moved = False
            QTimer.singleShot(0, self, self._pass)
            return
        for widget in self._widgets:
            widget.removeEventFilter(self)
        self.deleteLater()


def reveal_when_settled(*widgets: QWidget) -> None:
    """Show ``widgets`` together (the first, the control, wins) once they stop changing size."""
    _SettledReveal(widgets)
