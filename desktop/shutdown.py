"""Leaving cleanly on SIGTERM, SIGHUP (log-out, shut-down, a closed terminal) and Ctrl+C.

Python runs its signal handlers only when the interpreter gets control, and
Qt's event loop can sit in C++ for as long as nothing happens: a SIGTERM would
wait, or be lost with the process. ``signal.set_wakeup_fd`` makes the C-level
handler write the signal's number into a socket pair; a QSocketNotifier on the
other end wakes the event loop, which then saves and quits.
"""

from __future__ import annotations

import logging
import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier

log = logging.getLogger(__name__)

#: Exit codes: a requested stop is a normal end; Ctrl+C ends with the shell's 128 + SIGINT.
EXIT_CODES = {signal.SIGINT: 130}
HANDLED = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None),
                            signal.SIGINT) if s is not None)


class SignalBridge(QObject):
    """Turns the handled signals into a call of ``on_signal(exit_code)`` on Qt's event loop."""

    def __init__(self, on_signal: Callable[[int], None], parent: QObject | None = None):
        super().__init__(parent)
        self._on_signal = on_signal
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {s: signal.signal(s, self._noop) for s in HANDLED}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @staticmethod
    def _noop(*_: object) -> None:
        """The work happens in _drain, on the event loop; this only replaces the default action."""

    def _drain(self, *_: object) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for number in data:
            try:
                sig = signal.Signals(number)
            except ValueError:
                continue
            if sig in HANDLED:
                log.info("received %s: saving and quitting", sig.name)
                self._on_signal(EXIT_CODES.get(sig, 0))
                return

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
