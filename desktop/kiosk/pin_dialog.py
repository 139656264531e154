"""The administrator PIN dialog: an on-screen number pad, since a kiosk has no keyboard."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QWidget

from .. import theme
from ..widgets.common import hbox, label
from ..widgets.icon_label import IconLabel
from .overlay import Overlay
from .pin import MAX_DIGITS, Attempt, PinGuard

def prompt() -> str:
    return QCoreApplication.translate("PinDialog", "Enter the administrator PIN.")


def no_pin_text() -> str:
    """Said when no PIN is set: to whoever opened the pad, who may be a visitor.

    It used to name the shell command that sets a PIN; staff find that in the kiosk's
    guide (docs/kiosk.md) and in the log, a visitor needs only to know whom to ask.
    """
    return QCoreApplication.translate(
        "PinDialog", "This kiosk cannot be unlocked here: no administrator PIN has been set up. "
        "Please ask the staff who look after it.")


def wait_text(seconds: float) -> str:
    """'45 seconds', '9 minutes', '1 hour 5 minutes' (rounded up: never promise too early)."""
    seconds = math.ceil(seconds)
    if seconds < 120:
        return QCoreApplication.translate("PinDialog", "%n second(s)", None, seconds)
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return QCoreApplication.translate("PinDialog", "%n minute(s)", None, minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        return QCoreApplication.translate("PinDialog", "%n hour(s)", None, hours)
    return QCoreApplication.translate("PinDialog", "{hours} {minutes}").format(
        hours=QCoreApplication.translate("PinDialog", "%n hour(s)", None, hours),
        minutes=QCoreApplication.translate("PinDialog", "%n minute(s)", None, rest))


class PinDialog(Overlay):
    """Number pad + Unlock/Cancel. Emits ``unlocked`` on the right PIN.

    Wrong entries say how many tries are left; after too many the pad is disabled
    and a countdown says when it opens again (the guard decides; see PinGuard).
    """

    unlocked = Signal()
    cancelled = Signal()

    def __init__(self, guard: PinGuard, parent: QWidget):
        heading = QCoreApplication.translate("PinDialog", "Administrator PIN")
        super().__init__("kiosk.pin_dialog", heading, parent, card_width=520)
        self.guard = guard
        self._digits = ""
        head = hbox(spacing=12)
        head.addWidget(IconLabel("lock", "primary", 36), 0, Qt.AlignmentFlag.AlignVCenter)
        title = label(heading, name="kiosk.pin_title")
        title.setProperty("kiosk", "title")
        head.addWidget(title, 1)
        self.card_layout.addLayout(head)
        self.entry = QLineEdit()
        self.entry.setObjectName("kiosk.pin_entry")
        self.entry.setProperty("kiosk", "pin")
        self.entry.setReadOnly(True)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._name_entry(0)
        self.card_layout.addWidget(self.entry)
        status = hbox(spacing=8)
        self.status_icon = IconLabel("info", "info", 22)
        self.message = label(prompt(), name="kiosk.pin_message")
        status.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.message, 1)
        self.card_layout.addLayout(status)
        self.pad = QWidget()
        self.pad.setObjectName("kiosk.pin")
        self.pad.setAccessibleName(QCoreApplication.translate("PinDialog", "PIN number pad"))
        grid = QGridLayout(self.pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for i, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), i // 3, i % 3)
        self.clear_button = self._key(
            QCoreApplication.translate("PinDialog", "Clear"), name="kiosk.pin.clear", slot=self.clear)
        self.delete_button = self._key(
            QCoreApplication.translate("PinDialog", "Delete"), name="kiosk.pin.delete", slot=self.delete)
        self.delete_button.setAccessibleName(QCoreApplication.translate("PinDialog", "Delete the last digit"))
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.delete_button, 3, 2)
        self.card_layout.addWidget(self.pad)
        buttons = hbox(spacing=12)
        self.cancel_button = QPushButton(QCoreApplication.translate("PinDialog", "Cancel"))
        self.cancel_button.setObjectName("kiosk.pin.cancel")
        self.cancel_button.setProperty("kiosk", "big")
        self.cancel_button.setAccessibleName(
            QCoreApplication.translate("PinDialog", "Cancel and go back to the course"))
        self.cancel_button.clicked.connect(self._cancel)
        self.ok_button = QPushButton(QCoreApplication.translate("PinDialog", "Unlock"))
        self.ok_button.setObjectName("kiosk.pin.ok")
        self.ok_button.setProperty("kiosk", "big")
        self.ok_button.setProperty("accent", "true")
        self.ok_button.setIcon(theme.current().icon("unlock", "on_primary"))
        self.ok_button.setIconSize(QSize(24, 24))
        self.ok_button.setAccessibleName(QCoreApplication.translate("PinDialog", "Unlock with this PIN"))
        self.ok_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button, 1)
        buttons.addWidget(self.ok_button, 1)
        self.card_layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)

    def _key(self, text: str, *, name: str | None = None, slot=None) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name or f"kiosk.pin.key_{text}")
        b.setProperty("kiosk", "key")
        b.setAccessibleName(
            QCoreApplication.translate("PinDialog", "Digit {digit}").format(digit=text) if text.isdigit() else text)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        b.clicked.connect(slot or (lambda _=False, d=text: self.press(d)))
        if text.isdigit():
            self.keys[text] = b
        return b

    # -- behaviour ----------------------------------------------------------------------
    def start(self) -> None:
        """Open with an empty entry."""
        self._set_digits("")
        self._say("info", "info", prompt())
        self.open()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._timer.start()
        self.refresh()

    def close_dialog(self) -> None:
        self._timer.stop()
        self._set_digits("")
        self.hide()

    def press(self, digit: str) -> None:
        if len(self._digits) < MAX_DIGITS and self.guard.locked_for() <= 0:
            self._set_digits(self._digits + digit)

    def delete(self) -> None:
        self._set_digits(self._digits[:-1])

    def clear(self) -> None:
        self._set_digits("")

    def submit(self) -> None:
        if not self._digits and self.guard.record is not None:
            return
        result = self.guard.attempt(self._digits)
        self._set_digits("")
        if result is Attempt.OK:
            self.close_dialog()
            self.unlocked.emit()
            return
        if result is Attempt.WRONG:
            left = self.guard.tries_left
            self._say("warning", "warning",
                QCoreApplication.translate("PinDialog", "Wrong PIN. %n try/tries left before the pad locks.",
                                                                       None, left))
        self.refresh(keep_message=result is Attempt.WRONG)

    def refresh(self, keep_message: bool = False) -> None:
        """Enable or lock the pad and say why (runs on a timer while the dialog is open)."""
        if self.guard.record is None:
            self._set_enabled(False)
            self._say("warning", "warning", no_pin_text())
            return
        locked = self.guard.locked_for()
        self._set_enabled(locked <= 0)
        if locked > 0:
            self._say("lock", "danger",
                QCoreApplication.translate("PinDialog", "Too many wrong PINs. The pad is locked; try again in "
                                                               "{wait}.").format(wait=wait_text(locked)))
        elif not keep_message and self.message.property("state") == "locked":
            self._say("info", "info", prompt())

    def _set_enabled(self, enabled: bool) -> None:
        for b in (*self.keys.values(), self.clear_button, self.delete_button, self.ok_button):
            if b.isEnabled() != enabled:
                b.setEnabled(enabled)

    def _say(self, icon: str, token: str, text: str) -> None:
        state = {"lock": "locked", "warning": "wrong"}.get(icon, "prompt")
        if self.message.text() != text:
            self.message.setText(text)
            self.message.setAccessibleName(text)
        self.message.setProperty("state", state)
        self.status_icon.set_icon(icon, token)

    def _set_digits(self, digits: str) -> None:
        self._digits = digits
        self.entry.setText(digits)
        self._name_entry(len(digits))

    def _name_entry(self, count: int) -> None:
        self.entry.setAccessibleName(
            QCoreApplication.translate("PinDialog", "PIN entered: %n digit(s)", None, count) if count
            else QCoreApplication.translate("PinDialog", "PIN entered: no digits"))

    def _cancel(self) -> None:
        self.close_dialog()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.delete()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif event.key() == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)
