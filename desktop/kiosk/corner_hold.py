"""The hidden way out: press and hold a corner of the screen for a few seconds."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QWidget


class CornerHold(QObject):
    """Calls ``on_hold`` when a press stays in ``corner`` of ``window`` for ``seconds``.

    Moving out of the corner or lifting the finger earlier cancels. After it fired,
    the release is swallowed and the pressed button un-pressed, so the hold never
    also clicks whatever sits in that corner.
    """

    def __init__(self, window: QWidget, corner: str, size_px: int, seconds: float,
                 on_hold: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.window, self.corner, self.size_px = window, corner, size_px
        self.on_hold = on_hold
        self.armed = False
        self.fired = False
        self._pressed: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(int(seconds * 1000))
        self._timer.timeout.connect(self._fire)

    def corner_rect(self) -> QRect:
        r, s = self.window.rect(), self.size_px
        x = 0 if self.corner.endswith("left") else r.width() - s
        y = 0 if self.corner.startswith("top") else r.height() - s
        return QRect(x, y, s, s)

    def in_corner(self, global_pos: QPoint) -> bool:
        return self.corner_rect().contains(self.window.mapFromGlobal(global_pos))

    def press(self, widget: QWidget, global_pos: QPoint) -> None:
        if self.armed or not self.in_corner(global_pos):
            return
        self.armed, self.fired, self._pressed = True, False, widget
        self._timer.start()

    def move(self, global_pos: QPoint) -> None:
        if self.armed and not self.fired and not self.in_corner(global_pos):
            self.cancel()

    def release(self) -> bool:
        """End the press; True if the hold had fired (the caller swallows the release)."""
        fired = self.fired
        self.cancel()
        return fired

    def cancel(self) -> None:
        self._timer.stop()
        self.armed, self.fired, self._pressed = False, False, None

    def _fire(self) -> None:
        self.fired = True
        try:
            if isinstance(self._pressed, QAbstractButton):
                self._pressed.setDown(False)
        except RuntimeError:  # the pressed widget was deleted meanwhile
            pass
        self.on_hold()
