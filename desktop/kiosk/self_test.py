"""``kiosk self-test``: the way out of a started kiosk, tried through its own PIN pad.

A bundle that cannot hash a PIN still starts and shows its attract screen; it fails
only when the trainer types the PIN, and then the kiosk can never be left. So the
self-test opens the PIN dialog as the corner hold does, taps a wrong PIN and then
the right one on the pad's buttons, and leaves through the administrator panel's
"Exit kiosk mode" button, in the app's own event loop. Exit code 0 only if all of
that happened.
"""

from __future__ import annotations

import sys
from typing import Callable, TextIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from .admin_panel import EXIT_ADMIN
from .controller import KioskController


class SelfTestFailed(Exception):
    """A step of the self-test did not do what a trainer would see it do."""


def _tap(controller: KioskController, name: str) -> None:
    button = controller.window.findChild(QPushButton, name)
    if button is None or not button.isVisible() or not button.isEnabled():
        raise SelfTestFailed(f"the button '{name}' cannot be tapped")
    button.click()
    QApplication.processEvents()


def _enter(controller: KioskController, pin: str) -> str:
    """Tap ``pin`` and Unlock on the pad; return what the dialog then says."""
    for digit in pin:
        _tap(controller, f"kiosk.pin.key_{digit}")
    _tap(controller, "kiosk.pin.ok")
    return controller.pin_dialog.findChild(QLabel, "kiosk.pin_message").text()


def _wrong(pin: str) -> str:
    return pin[:-1] + str((int(pin[-1]) + 1) % 10)


def steps(controller: KioskController, pin: str, say: Callable[[str], None]) -> None:
    """The self-test's taps; raises SelfTestFailed (or whatever the pad raised)."""
    if not controller.window.isFullScreen() or not controller.attract.isVisible():
        raise SelfTestFailed("the kiosk did not start full screen on its attract screen")
    say(f"started as a kiosk from {controller.config.source or 'the built-in defaults'}")
    if controller.config.pin is None:
        raise SelfTestFailed("no PIN is set in the kiosk settings: run 'kiosk set-pin' first")
    controller.open_pin_dialog()
    QApplication.processEvents()
    if not controller.pin_dialog.isVisible():
        raise SelfTestFailed("the PIN dialog did not open")
    message = _enter(controller, _wrong(pin))
    if controller.admin_panel.isVisible() or not controller.pin_dialog.isVisible():
        raise SelfTestFailed(f"a wrong PIN was not refused (the dialog says: {message})")
    say(f"a wrong PIN was refused: {message}")
    message = _enter(controller, pin)
    if not controller.admin_panel.isVisible():
        raise SelfTestFailed(f"the PIN did not unlock the pad (the dialog says: {message})")
    say("the PIN unlocked the pad: the administrator panel is open")
    _tap(controller, "kiosk.admin.exit")


def run_self_test(controller: KioskController, pin: str, out: TextIO) -> int:
    """Run :func:`steps` inside the app's event loop; the kiosk's own exit ends it."""
    app = QApplication.instance()
    failure: list[str] = []

    def say(text: str) -> None:
        print(f"kiosk self-test: {text}", file=out, flush=True)

    def run() -> None:
        try:
            steps(controller, pin, say)
        except Exception as exc:  # noqa: BLE001 - any failure of the way out is the finding
            failure.append(f"{type(exc).__name__}: {exc}")
            app.exit(1)

    def excepthook(exc_type, exc, tb) -> None:  # a slot's error (the pad's) lands here
        failure.append(f"{exc_type.__name__}: {exc}")
        app.exit(1)

    previous, sys.excepthook = sys.excepthook, excepthook
    QTimer.singleShot(0, run)
    try:
        code = app.exec()
    finally:
        sys.excepthook = previous
    if failure:
        say(f"FAILED: {failure[0]}")
        return 1
    if code != EXIT_ADMIN or not controller.unlocked:
        say(f"FAILED: the app ended with exit code {code}, not through 'Exit kiosk mode'")
        return 1
    say("left through 'Exit kiosk mode' (exit code 0): OK")
    return 0
