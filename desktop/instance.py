"""One window per data folder: a lock file, and a local socket to bring that window forward.

Two windows on one folder would overwrite each other's progress (the last save
wins) and undo each other's "Delete my data". The first start holds a QLockFile
in the folder for as long as it runs; a lock left by a crashed start is taken
over (QLockFile checks whether its process still runs). A second start asks the
first, over a QLocalServer named after the folder, to come to the front, and
then exits without writing anything.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QObject

LOCK_NAME = "instance.lock"
RAISE = b"raise\n"
log = logging.getLogger(__name__)


def server_name(folder: Path) -> str:
    """A socket name unique to the folder (and short: Unix socket paths are limited)."""
    key = str(Path(folder).resolve()).encode("utf-8", "surrogateescape")
    return "emi-course-" + hashlib.sha256(key).hexdigest()[:20]


class InstanceLock(QObject):
    """Held by the start that owns ``folder``; see :func:`claim`."""

    def __init__(self, folder: Path):
        super().__init__()
        self.folder = Path(folder)
        self.lock: QLockFile | None = None
        self.server = None
        self._raise: Callable[[], None] = lambda: None

    def acquire(self) -> bool:
        """True if this start may use the folder (False: another start holds it)."""
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

    def listen(self, bring_to_front: Callable[[], None]) -> None:
        """Answer later starts on this folder by calling ``bring_to_front``."""
        if self.lock is None or self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        self._raise = bring_to_front
        name = server_name(self.folder)
        QLocalServer.removeServer(name)  # a socket a crash left behind; the lock is ours
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            log.warning("cannot listen for later starts on %s: %s", name, server.errorString())
            return
        server.newConnection.connect(self._on_connection)
        self.server = server

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_request(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_request(self, socket) -> None:
        if bytes(socket.readAll()).startswith(RAISE.strip()):
            log.info("another start on this folder: bringing the window to the front")
            self._raise()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock is not None:
            self.lock.unlock()
            self.lock = None


def ask_first_to_raise(folder: Path, timeout_ms: int = 3000) -> bool:
    """Ask the start that holds ``folder`` to come to the front; True if it was asked."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
