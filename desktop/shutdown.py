"""Leaving cleanly on SIGTERM, SIGHUP (log-out, shut-down, a closed terminal) and Ctrl+C,
and coming to the front on SIGUSR1 (a second start on the same folder: desktop/instance.py).

Python runs its signal handlers only when the interpreter gets control, and
Qt's event loop can sit in C++ for as long as nothing happens: a SIGTERM would
wait, or be lost with the process. ``signal.set_wakeup_fd`` makes the C-level
handler write the signal's number into a pipe (a socket pair on Windows, where
only sockets may be used); a QSocketNotifier on the other end wakes the event
loop, which then saves and quits.
"""

from __future__ import annotations

import logging
import os
import signal
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: Exit codes: a requested stop is a normal end; Ctrl+C ends with the shell's 128 + SIGINT.
EXIT_CODES = {signal.SIGINT: 130}
QUIT = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None),
                         signal.SIGINT) if s is not None)
RAISE = getattr(signal, "SIGUSR1", None)
HANDLED = QUIT + ((RAISE,) if RAISE is not None else ())


class SignalBridge(QObject):
    """Turns the quit signals into ``on_quit(exit_code)`` and SIGUSR1 into ``on_raise()``,
    both called on Qt's event loop."""

    def __init__(self, on_quit: Callable[[int], None], on_raise: Callable[[], None],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._on_quit, self._on_raise = on_quit, on_raise
        self._reader, self._writer = _wake_channel()
        self._previous_fd = signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._noop) for s in HANDLED}
        self._notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @staticmethod
    def _noop(*_: object) -> None:
        """The work happens in _drain, on the event loop; this only replaces the default action."""

    def _drain(self, *_: object) -> None:
        try:
            data = _read(self._reader)
        except BlockingIOError:
            return
        for number in data:
            try:
                sig = signal.Signals(number)
            except ValueError:
                continue
            if sig == RAISE:
                log.info("another start on this folder: bringing the window to the front")
                self._on_raise()
            elif sig in QUIT:
                log.info("received %s: saving and quitting", sig.name)
                self._on_quit(EXIT_CODES.get(sig, 0))
                return

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        _close(self._reader, self._writer)


if os.name == "posix":
    def _wake_channel() -> tuple[int, int]:
        reader, writer = os.pipe()
        os.set_blocking(reader, False)
        os.set_blocking(writer, False)
        return reader, writer

    def _read(fd: int) -> bytes:
        return os.read(fd, 64)

    def _close(*fds: int) -> None:
        for fd in fds:
            os.close(fd)
else:
    import socket

    _SOCKETS: dict[int, socket.socket] = {}

    def _wake_channel() -> tuple[int, int]:
        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
            _SOCKETS[end.fileno()] = end
        return reader.fileno(), writer.fileno()

    def _read(fd: int) -> bytes:
        return _SOCKETS[fd].recv(64)

    def _close(*fds: int) -> None:
        for fd in fds:
            _SOCKETS.pop(fd).close()
