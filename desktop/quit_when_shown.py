"""``--quit-when-shown``: leave with exit code 0 once the first frame is painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            # Let this paint finish and reach the screen, then leave. exit() rather than
            # quit(): quit() asks every window to close, and a kiosk window refuses.
            QTimer.singleShot(0, lambda: self._app.exit(0))
        return False


def quit_after_first_paint(window: QWidget, app: QApplication) -> None:
    watcher = _FirstPaint(app)
    window.installEventFilter(watcher)
    for child in window.findChildren(QWidget):
        child.installEventFilter(watcher)
