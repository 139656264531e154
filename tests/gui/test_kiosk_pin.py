"""Issue 16, item 7: the kiosk PIN cannot be guessed by a keyboard left on the kiosk,
nor quickly from a stolen kiosk.yaml."""

from __future__ import annotations

import dataclasses
import os

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from desktop.kiosk import KioskConfig, install_kiosk, load_config
from desktop.kiosk.config import PIN_GUARD_NAME, save_pin
from desktop.kiosk.pin import (
    SCRYPT_N, SCRYPT_R, Attempt, PinGuard, PinRecord, hash_pin, verify_pin,
)

PIN = "246813"
RECORD = hash_pin(PIN)
LEFT = Qt.MouseButton.LeftButton


class Clock:
    def __init__(self):
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def lock_out(guard: PinGuard) -> None:
    for _ in range(guard.max_attempts):
        result = guard.attempt("000000")
    assert result is Attempt.LOCKED


def test_lock_outs_grow_and_only_the_right_pin_resets_them(tmp_path):
    clock = Clock()
    guard = PinGuard(RECORD, 5, 30.0, clock=clock, path=tmp_path / PIN_GUARD_NAME)
    waits = []
    for _ in range(5):
        lock_out(guard)
        waits.append(round(guard.locked_for()))
        assert guard.attempt(PIN) is Attempt.LOCKED, "not even the right PIN during a lock-out"
        clock.now += guard.locked_for() + 1
    assert waits == [30, 120, 600, 3600, 3600]
    assert guard.attempt(PIN) is Attempt.OK
    lock_out(guard)
    assert round(guard.locked_for()) == 30


def test_a_restart_keeps_the_lock_out_and_the_wrong_tries(tmp_path):
    clock = Clock()
    path = tmp_path / PIN_GUARD_NAME
    first = PinGuard(RECORD, 5, 30.0, clock=clock, path=path)
    lock_out(first)
    restarted = PinGuard(RECORD, 5, 30.0, clock=clock, path=path)
    assert round(restarted.locked_for()) == 30
    clock.now += 31
    for _ in range(3):
        assert restarted.attempt("000000") is Attempt.WRONG
    again = PinGuard(RECORD, 5, 30.0, clock=clock, path=path)
    assert again.tries_left == 2
    again.attempt("000000")
    assert again.attempt("000000") is Attempt.LOCKED and round(again.locked_for()) == 120
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_damaged_lock_out_file_locks_rather_than_opens(tmp_path):
    path = tmp_path / PIN_GUARD_NAME
    path.write_text("[" * 10_000)
    guard = PinGuard(RECORD, 5, 30.0, clock=Clock(), path=path)
    assert guard.locked_for() > 0


def test_new_pins_cost_more_and_old_hashes_still_verify():
    assert (RECORD.n, RECORD.r) == (SCRYPT_N, SCRYPT_R) and 128 * SCRYPT_N * SCRYPT_R >= 64 * 2**20
    import hashlib

    salt = bytes(16)
    old = PinRecord(salt=salt, hash=hashlib.scrypt(b"2468", salt=salt, n=2**14, r=8, p=1, dklen=32),
                    n=2**14, r=8, p=1)  # a hash stored by the app before this change
    assert verify_pin("2468", old) and not verify_pin("2469", old)
    assert verify_pin("12345678", hash_pin("12345678"))


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_kiosk_yaml_is_made_private_even_when_it_existed(tmp_path):
    file = tmp_path / "kiosk.yaml"
    file.write_text("schema: 1\nidle_seconds: 120\n")
    os.chmod(file, 0o644)
    save_pin(file, RECORD)
    assert file.stat().st_mode & 0o777 == 0o600
    assert load_config(file, tmp_path).idle_seconds == 120


def test_the_pad_stays_locked_after_the_kiosk_restarts(make_session, qtbot, tmp_path):
    data = tmp_path / "kiosk"

    def start():
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        session = make_session(data_dir=data, show=False)
        config = dataclasses.replace(KioskConfig(), pin=RECORD, admin_hold_seconds=0.3)
        return session, install_kiosk(session, config)

    session, ctrl = start()
    ctrl.open_pin_dialog()
    dialog = session.window.findChild(QWidget, "kiosk.pin_dialog")
    for _ in range(5):
        for digit in "111111":
            qtbot.mouseClick(dialog.findChild(QPushButton, f"kiosk.pin.key_{digit}"), LEFT)
        qtbot.mouseClick(dialog.findChild(QPushButton, "kiosk.pin.ok"), LEFT)
    assert "locked" in dialog.findChild(QLabel, "kiosk.pin_message").text()
    session.close()
    session.window.close()

    session, ctrl = start()  # the supervisor starts the app again
    ctrl.open_pin_dialog()
    dialog = session.window.findChild(QWidget, "kiosk.pin_dialog")
    message = dialog.findChild(QLabel, "kiosk.pin_message").text()
    assert "locked" in message and "seconds" in message
    assert not dialog.findChild(QPushButton, "kiosk.pin.key_1").isEnabled()
