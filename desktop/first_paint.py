"""Run something once a window has painted its first frame.

The app paints its window before it loads the course (so the learner sees it at
once), then loads; ``--quit-when-shown`` and ``--quit-when-ready`` leave at those
two moments, for the start-up benchmark and the bundle's checks.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, parent: QObject, then: Callable[[], None]):
        super().__init__(parent)
        self._then = then
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Let this paint finish and reach the screen first.
            QTimer.singleShot(0, self._then)
            QTimer.singleShot(0, self.deleteLater)
        return False


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` (once) after the next paint of ``window`` or of any widget in it now."""
    watcher = _FirstPaint(window, then)
    window.installEventFilter(watcher)
    for child in window.findChildren(QWidget):
        child.installEventFilter(watcher)


def quit_after_first_paint(window: QWidget, app: QApplication) -> None:
    # exit() rather than quit(): quit() asks every window to close, and a kiosk window refuses.
    after_first_paint(window, lambda: app.exit(0))


def build_pages_ahead(window) -> None:
    """Once the course has painted, build its other pages in idle time (issue 18: a
    first visit within 120 ms). Not in a run that leaves at a frame or visits every
    page itself (--smoke, --quit-when-*): they measure start-up and peak memory."""
    after_first_paint(window, window.build_ahead)
