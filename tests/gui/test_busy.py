"""The shell's busy guard (issue 18): what the kiosk and the records consult before a
reset or an export, instead of reaching into the window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.records import install_records
from desktop.shell import Busy
from tests.gui.test_kiosk import kiosk

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def test_busy_says_why_a_reset_should_wait(session, qtbot):
    w = session.window
    assert w.busy() is None
    box = QMessageBox(QMessageBox.Icon.Question, "Start over?", "Really?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, w)
    box.open()  # window-modal, as the app's questions are
    qtbot.waitUntil(box.isVisible)
    assert w.busy() is Busy.DIALOG
    box.close()
    assert w.busy() is None
    with w.hold_busy(Busy.SAVING):
        assert w.busy() is Busy.SAVING
    assert w.busy() is None


def test_a_kiosk_reset_waits_for_a_file_being_written(make_session, qtbot):
    session, controller = kiosk(make_session)
    state = session.state
    state.answer_quiz("q1", "b")
    with session.window.hold_busy(Busy.SAVING):
        controller.end_session("idle")
        assert state.quiz_answers == {"q1": "b"}, "reset under a write"
    qtbot.waitUntil(lambda: state.quiz_answers == {}, timeout=3000)


def test_an_export_while_another_is_written_is_refused_in_words(make_session, tmp_path):
    session = make_session()
    records = install_records(session)
    records.choose_path = lambda *a: str(tmp_path / "summary.csv")
    with session.window.hold_busy(Busy.SAVING):
        records.ask_export_csv()
    assert not (tmp_path / "summary.csv").exists()
    box = session.window.findChild(QWidget, "records.message")  # the records' message box
    assert box is not None and box.isVisible() and "still being written" in box.text()
    records.ask_export_csv()
    assert (tmp_path / "summary.csv").stat().st_size > 0
