"""Issue 16, item 1: when progress cannot be saved the window says so, keeps trying,
offers a copy elsewhere, and clears the warning once a save works again.

Real file systems: a read-only bind mount and a full tmpfs (root only; skipped elsewhere).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QPushButton

from desktop.app import save_copy
from desktop.records import install_records

from .mounts import filled, mounts  # noqa: F401 - a fixture

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def saved_answers(data):
    return json.loads((data / "progress.json").read_text())["state"]["quiz_answers"]


def warning_shown(session) -> str:
    w = session.window
    return w.save_warning_text.text() if w.save_warning.isVisible() else ""


def test_a_read_only_folder_warns_keeps_trying_and_recovers(make_session, mounts, tmp_path, qtbot):
    data = tmp_path / "learner"
    session = make_session(data_dir=data)
    session.state.answer_quiz("q1", "b")
    assert session.saver.flush() and saved_answers(data) == {"q1": "b"}
    mounts.read_only(data)
    session.state.answer_quiz("q2", "a")
    assert not session.saver.flush()
    text = warning_shown(session)
    assert "cannot be saved" in text and text.count(".") == 1, text
    copy = session.window.findChild(QPushButton, "save_warning.save_copy")
    assert copy.isVisible() and copy.text() == "Save a copy elsewhere…"
    assert saved_answers(data) == {"q1": "b"}
    ok, said = save_copy(session, tmp_path / "copy.json")
    assert ok and "saved as" in said
    assert json.loads((tmp_path / "copy.json").read_text())["state"]["quiz_answers"] == {"q1": "b", "q2": "a"}
    mounts.writable(data)
    # No further change by the learner: the app's own retry saves and clears the warning.
    qtbot.waitUntil(lambda: not session.window.save_warning.isVisible(), timeout=30_000)
    assert saved_answers(data) == {"q1": "b", "q2": "a"}


def test_a_full_disk_says_progress_is_not_saved_and_never_not_affected(make_session, mounts, tmp_path, qtbot):
    data = tmp_path / "small"
    mounts.tmpfs(data, 256)
    session = make_session(data_dir=data)
    install_records(session)
    session.state.answer_quiz("q1", "b")
    assert session.saver.flush()
    with filled(data):
        session.window.go("step_2")
        session.state.answer_quiz("q2", "a")
        assert not session.saver.flush()
        assert "cannot be saved" in warning_shown(session)
        notice = session.window.notice_text.text() if session.window.notice.isVisible() else ""
        assert "not affected" not in notice
        assert saved_answers(data) == {"q1": "b"}
        assert not [p.name for p in data.iterdir() if p.name.endswith(".tmp")], "no temp files left"
    qtbot.waitUntil(lambda: not session.window.save_warning.isVisible(), timeout=30_000)
    assert saved_answers(data) == {"q1": "b", "q2": "a"}


def test_a_folder_in_place_of_the_progress_file_is_set_aside_and_saving_works(make_session, tmp_path):
    data = tmp_path / "learner"
    (data / "progress.json").mkdir(parents=True)
    session = make_session(data_dir=data)
    assert "kept as progress.corrupt-" in session.window.notice_text.text()
    session.state.answer_quiz("q1", "b")
    assert session.saver.flush() and saved_answers(data) == {"q1": "b"}
    assert not session.window.save_warning.isVisible()


def test_a_folder_that_appears_in_place_of_the_progress_file_is_reported(make_session, tmp_path):
    data = tmp_path / "learner"
    session = make_session(data_dir=data)
    (data / "progress.json").mkdir(parents=True)
    session.state.answer_quiz("q1", "b")
    assert not session.saver.flush()
    assert "cannot be saved" in warning_shown(session)


# -- exports (item 5) ------------------------------------------------------------------------

def finished_session(make_session):
    session = make_session()
    records = install_records(session)
    for qid, key in {"q1": "b", "q2": "c", "q3": "c", "q4": "b", "q5": "c"}.items():
        session.state.answer_quiz(qid, key)
    for n in range(1, 6):
        session.state.complete_step(n)
    records.set_learner("Ada Lovelace", "ada@example.com")
    return records


@pytest.mark.parametrize("kind", ["certificate", "xapi", "csv"])
def test_an_export_to_a_read_only_folder_says_so_and_keeps_the_old_file(make_session, mounts, tmp_path,
                                                                          qtlog, kind):
    records = finished_session(make_session)
    out = tmp_path / "exports"
    out.mkdir()
    target = out / f"mine.{kind}"
    save = {"certificate": records.save_certificate, "xapi": records.export_xapi,
            "csv": records.export_csv}[kind]
    assert save(target).ok
    old = target.read_bytes()
    mounts.read_only(out)
    outcome = save(target)
    assert not outcome.ok and "could not be saved" in outcome.message, outcome.message
    assert target.read_bytes() == old
    assert [p.name for p in out.iterdir()] == [target.name]
    assert not [r for r in qtlog.records if "QPainter" in r.message], "no warning flood"


def test_damaged_settings_are_set_aside_with_one_sentence(make_session, tmp_path):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "settings.json").write_text("[" * 100_000)  # RecursionError in json
    session = make_session(data_dir=data)
    text = session.window.notice_text.text()
    assert session.window.notice.isVisible() and "appearance settings" in text
    kept = list(data.glob("settings.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == "[" * 100_000 and kept[0].name in text


def test_damaged_progress_and_settings_are_both_named(make_session, tmp_path):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "settings.json").write_text("[" * 100_000)
    (data / "progress.json").write_text("{not json")
    session = make_session(data_dir=data)
    text = session.window.notice_text.text()
    assert "appearance settings" in text, text
    assert any(p.name in text for p in data.glob("progress.corrupt-*")), text
