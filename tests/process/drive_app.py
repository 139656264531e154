"""Runs the real app (``desktop.app.main``) and changes its state once it is ready.

Used by the tests in this folder as a subprocess: they send it signals, start
second copies on its data folder, or run it as another user. Printed lines tell
the test where it is: "notice: <text>" if the window shows a notice, then
"ready" once the course is on screen, "changed" after a learner change, and
"warning: <text>" when the window says progress cannot be saved. With
``--slow-save`` the save's quiet period is an hour, so only the signal handling
can save the change.

    python tests/process/drive_app.py [--change] [--slow-save] -- <app arguments>
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import app as app_module
from desktop import autosave

HOUR_MS = 3_600_000


def main() -> int:
    own = sys.argv[1:sys.argv.index("--")]
    change = "--change" in own
    argv = sys.argv[sys.argv.index("--") + 1:]
    original = autosave.AutoSaver.__init__

    def long_quiet_period(self, *args, **kwargs):
        kwargs["delay_ms"] = HOUR_MS
        original(self, *args, **kwargs)

    if "--slow-save" in own:
        autosave.AutoSaver.__init__ = long_quiet_period

    def watch_warning(window):
        if window.save_warning.isVisible():
            print(f"warning: {window.save_warning_text.text()}", flush=True)
            return
        QTimer.singleShot(20, lambda: watch_warning(window))

    def poll():
        windows = [w for w in QApplication.topLevelWidgets()
                   if getattr(w, "attached", False) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, poll)
            return
        window = windows[0]
        if window.notice.isVisible():
            print(f"notice: {window.notice_text.text()}", flush=True)
        print("ready", flush=True)
        if change:
            window.state.answer_quiz("q1", "b")
            print("changed", flush=True)
            watch_warning(window)

    app_module.ensure_app()
    QTimer.singleShot(0, poll)
    return app_module.main(argv)


if __name__ == "__main__":
    sys.exit(main())
