"""One place where unexpected errors end up: logged, told to the learner briefly, work saved.

Exceptions raised in Qt slots reach ``sys.excepthook``; Qt's own warnings reach the
message handler. Both go to a size-capped rotating log in the app-data folder.
The app keeps running: a calculator that failed once should not cost a learner
their progress.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QtMsgType, qInstallMessageHandler

LOG_BYTES = 512 * 1024
LOG_BACKUPS = 3
log = logging.getLogger("desktop")

FRIENDLY = QT_TRANSLATE_NOOP("ErrorHandler", "Something went wrong in this part of the course. "
                             "Your progress is saved; you can carry on. The details were "
                             "written to the log for your trainer.")


def setup_logging(folder: Path | None) -> Path | None:
    """Log to <folder>/logs/app.log (rotating, size-capped) and to stderr."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if not any(isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
               for h in root.handlers):
        stream = logging.StreamHandler()
        stream.setLevel(logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
    if folder is None:
        return None
    # Imported here: logging.handlers pulls in socket, pickle and queue (~20 ms at start-up).
    from logging.handlers import RotatingFileHandler

    path = Path(folder) / "logs" / "app.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS,
                                      encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    return path


class ErrorHandler:
    """Installs itself as sys.excepthook and Qt's message handler until uninstalled."""

    def __init__(self, on_error: Callable[[str], None], flush: Callable[[], None]):
        self.on_error, self.flush = on_error, flush
        self.errors = 0
        self._previous_hook = None
        self._previous_qt = None

    def install(self) -> "ErrorHandler":
        self._previous_hook = sys.excepthook
        sys.excepthook = self.handle
        self._previous_qt = qInstallMessageHandler(self.qt_message)
        return self

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
            qInstallMessageHandler(self._previous_qt)
            self._previous_hook = None

    def handle(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            (self._previous_hook or sys.__excepthook__)(exc_type, exc, tb)
            return
        self.errors += 1
        log.error("unhandled exception:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        try:
            self.flush()
        except Exception:  # noqa: BLE001 - saving must not raise inside the handler
            log.exception("could not save progress after an error")
        try:
            self.on_error(QCoreApplication.translate("ErrorHandler", FRIENDLY))
        except Exception:  # noqa: BLE001
            log.exception("could not show the error message")

    def qt_message(self, mode: QtMsgType, context, message: str) -> None:
        if mode in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            return
        level = logging.ERROR if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else logging.WARNING
        log.log(level, "Qt: %s", message)
