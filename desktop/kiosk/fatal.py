"""A kiosk that hits an unexpected error logs it and exits non-zero, for a clean restart.

Nobody is at the screen to read a message, and a half-broken app is worse than a
fresh start: the supervisor (systemd, Shell Launcher or the scheduled task of
docs/kiosk.md) starts the app again when it exits with a non-zero code.

The app's ErrorHandler (desktop/errors.py) logs the traceback and then calls its
``on_error``; in kiosk mode that is :func:`exit_for_restart`.
"""

from __future__ import annotations

import faulthandler
import logging
import os
from pathlib import Path

EXIT_FATAL = 70  # EX_SOFTWARE: an internal error; the supervisor restarts the app
CRASH_LOG = Path("logs") / "crash.log"
log = logging.getLogger("desktop.kiosk")


def exit_for_restart(message: str = "") -> None:
    """Leave with EXIT_FATAL: through the event loop if one runs, else at once."""
    log.critical("kiosk: unexpected error; exiting with code %s so the supervisor restarts the "
                 "app", EXIT_FATAL)
    _leave(EXIT_FATAL)


def _leave(code: int) -> None:
    from PySide6.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    thread = QThread.currentThread()
    if app is not None and thread is app.thread() and thread.loopLevel() > 0:
        app.exit(code)  # every running loop returns; run_gui then returns the code
        return
    for handler in logging.getLogger().handlers:
        handler.flush()
    os._exit(code)  # no loop to leave (start-up, or another thread): end the process


def enable_crash_log(data_dir: Path) -> Path:
    """Hard crashes (a signal in a library) write Python's stack to <data>/logs/crash.log.

    The process still dies of the signal, which the supervisor restarts too.
    """
    path = Path(data_dir) / CRASH_LOG
    path.parent.mkdir(parents=True, exist_ok=True)
    stream = open(path, "a", encoding="utf-8")  # noqa: SIM115 - faulthandler keeps it open
    faulthandler.enable(stream)
    return path
