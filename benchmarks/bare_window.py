"""Floor 1: a bare PySide6 window that quits right after its first paint.

The start-up budget of the app is measured against this script (run from source
and frozen with packaging/bare_window.spec, which uses the app's own excludes):

    python benchmarks/bare_window.py        # exits 0 after the first frame

It does what ``python -m desktop --quit-when-shown`` does, minus the app: a
QApplication, one window of the app's size with a line of text, and an event
filter that quits once the window has been painted.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


class FirstPaint(QObject):
    """Quit the application once the watched window has painted once."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._app = app
        self._done = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._app.quit)
        return False


def build(window: QWidget) -> None:
    """The window's content: one line of text (plot_window.py adds a plot)."""
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Bare PySide6 window"))


def main(add_content=build) -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Bare window")
    add_content(window)
    watcher = FirstPaint(app)
    window.installEventFilter(watcher)
    window.resize(1366, 768)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
