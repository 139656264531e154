"""Runs the real app (``desktop.app.main``) and changes its state once it is ready.

Used by test_signals_and_instances.py as a subprocess: the tests send it signals
and start second copies on its data folder. Printed lines tell the test where it
is: "ready" once the course is on screen, "changed" after a learner change that
is not saved yet (the save's quiet period is stretched to an hour here, so only
the signal handling can save it).

    python tests/process/drive_app.py [--change] -- <app arguments>
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop import app as app_module
from desktop import autosave

HOUR_MS = 3_600_000


def main() -> int:
    change = "--change" in sys.argv[1:sys.argv.index("--")]
    argv = sys.argv[sys.argv.index("--") + 1:]
    original = autosave.AutoSaver.__init__

    def long_quiet_period(self, *args, **kwargs):
        kwargs["delay_ms"] = HOUR_MS
        original(self, *args, **kwargs)

    autosave.AutoSaver.__init__ = long_quiet_period

    def poll():
        windows = [w for w in QApplication.topLevelWidgets()
                   if getattr(w, "attached", False) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, poll)
            return
        print("ready", flush=True)
        if change:
            windows[0].state.answer_quiz("q1", "b")
            print("changed", flush=True)

    app_module.ensure_app()
    QTimer.singleShot(0, poll)
    return app_module.main(argv)


if __name__ == "__main__":
    sys.exit(main())
