"""One window per data folder: a lock file, and a signal that brings that window forward.

Two windows on one folder would overwrite each other's progress (the last save
wins) and undo each other's "Delete my data". The first start holds a QLockFile
in the folder for as long as it runs; a lock left by a crashed start is taken
over (QLockFile checks whether its process still runs). A second start exits
without writing anything: on POSIX it first sends the first start SIGUSR1
(the lock file names its process), which brings that window to the front (see
desktop/shutdown.py); elsewhere it says that the course is already open.

No local socket: QtNetwork is left out of the bundle, and a learner's start
loads nothing it does not need.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

from PySide6.QtCore import QLockFile, QSysInfo

LOCK_NAME = "instance.lock"
RAISE_SIGNAL = getattr(signal, "SIGUSR1", None)
log = logging.getLogger(__name__)


class InstanceLock:
    """Held by the start that owns ``folder`` from :meth:`acquire` to :meth:`release`."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.lock: QLockFile | None = None

    def acquire(self) -> bool:
        """True if this start may use the folder (False: another running start holds it)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # nothing can be written there anyway; saving says so itself
        lock = QLockFile(str(self.folder / LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old
        if lock.tryLock(0):
            self.lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        # A read-only folder: no lock can be made, and no save either (the app says so).
        log.warning("no instance lock in %s (%s)", self.folder, lock.error())
        return True

    def release(self) -> None:
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def ask_first_to_raise(folder: Path) -> bool:
    """Ask the start holding ``folder`` to come to the front; True if it was asked."""
    if RAISE_SIGNAL is None:
        return False
    try:
        pid, host, _app = QLockFile(str(Path(folder) / LOCK_NAME)).getLockInfo()
    except (TypeError, ValueError):
        return False  # the lock file could not be read
    if pid <= 0 or pid == os.getpid() or host != QSysInfo.machineHostName():
        return False
    try:
        os.kill(pid, RAISE_SIGNAL)
    except OSError:
        return False
    return True


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
