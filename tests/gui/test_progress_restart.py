"""Progress survives a restart; damaged progress files are set aside, never lost."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton


def test_a_second_instance_reads_what_the_first_wrote(make_session, tmp_path, qtbot):
    data = tmp_path / "learner"
    first = make_session(data_dir=data)
    first.window.go("step_1")
    first.state.answer_quiz("q1", "b")
    qtbot.mouseClick(first.window.findChild(QPushButton, "step_1.complete"), Qt.MouseButton.LeftButton)
    first.state.answer_quiz("q2", "a")
    first.window.close()          # closing the window flushes the debounced save
    assert (data / "progress.json").exists()

    second = make_session(data_dir=data)
    assert second.state.quiz_answers == {"q1": "b", "q2": "a"}
    assert second.state.completed_steps == (1,)
    assert second.state.page == "step_2"
    w = second.window
    assert w.stack.currentWidget().objectName() == "page.step_2"
    assert w.findChild(QLabel, "score.quiz_correct").text() == "1/5"
    assert w.findChild(QLabel, "score.completion").text() == "20%"
    assert w.banner.isVisible(), "a returning learner is welcomed back"
    assert "step 2" in w.banner_text.text()
    qtbot.mouseClick(w.findChild(QPushButton, "welcome.continue"), Qt.MouseButton.LeftButton)
    assert not w.banner.isVisible()


def test_start_over_from_the_welcome_banner_forgets_after_asking(make_session, tmp_path, qtbot):
    data = tmp_path / "learner"
    first = make_session(data_dir=data)
    first.state.answer_quiz("q1", "b")
    first.window.close()
    second = make_session(data_dir=data)
    second.window.confirm = lambda *_: True
    qtbot.mouseClick(second.window.findChild(QPushButton, "welcome.start_over"),
                     Qt.MouseButton.LeftButton)
    assert second.state.quiz_answers == {}
    saved = json.loads((data / "progress.json").read_text())
    assert saved["state"]["quiz_answers"] == {}


def test_a_first_start_has_no_welcome_banner(session):
    assert not session.window.banner.isVisible()


def test_saving_is_debounced_then_flushed(session, qtbot):
    saver = session.saver
    before = saver.saves
    for v in range(30):
        session.state.bias.rate_a = 20.0 + v
    assert saver.saves == before, "30 quick changes are not 30 writes"
    qtbot.waitUntil(lambda: saver.saves == before + 1, timeout=3000)
    doc = json.loads(session.store.path.read_text())
    assert doc["state"]["bias"]["rate_a"] == 49.0


def test_garbage_progress_is_moved_aside_and_the_app_starts_fresh(make_session, tmp_path):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "progress.json").write_bytes(b"\x00\xffnot json at all{{{")
    s = make_session(data_dir=data)
    assert s.state.quiz_answers == {} and s.state.page == "intro"
    kept = list(data.glob("progress.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00\xffnot json at all{{{"
    assert s.window.notice.isVisible()
    assert "damaged" in s.window.notice_text.text() and kept[0].name in s.window.notice_text.text()


def test_truncated_progress_is_moved_aside(make_session, tmp_path):
    data = tmp_path / "learner"
    first = make_session(data_dir=data)
    first.state.answer_quiz("q1", "b")
    first.window.close()
    raw = (data / "progress.json").read_bytes()
    (data / "progress.json").write_bytes(raw[: len(raw) // 2])
    second = make_session(data_dir=data)
    assert second.state.quiz_answers == {}
    assert len(list(data.glob("progress.corrupt-*.json"))) == 1


def test_progress_from_an_older_content_version_keeps_what_still_matches(make_session, tmp_path):
    data = tmp_path / "learner"
    data.mkdir()
    old = {"schema": 1, "content_version": "2025.1", "state": {
        "page": "step_3", "completed_steps": [1, 2, 9],
        "quiz_answers": {"q1": "b", "q_removed": "a", "q2": "z"},
        "bias": {"rate_a": 70, "rate_b": "lots", "n_a": 5_000_000},
        "diagram": {"explored": ["erp", "mainframe"]},
        "unknown_section": {"x": 1},
    }}
    (data / "progress.json").write_text(json.dumps(old))
    s = make_session(data_dir=data)
    assert s.state.page == "step_3"
    assert s.state.completed_steps == (1, 2)
    assert s.state.quiz_answers == {"q1": "b"}
    assert s.state.bias.rate_a == 70
    defaults = s.rules.defaults["bias"]
    assert s.state.bias.rate_b == defaults["rate_b"] and s.state.bias.n_a == defaults["n_a"]
    assert s.state.diagram.explored == (), "a list naming an unknown node is dropped whole"
    assert not list(data.glob("progress.corrupt-*.json"))
