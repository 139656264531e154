"""Learning records on a real session: statements as the learner works, exports, certificate,
"Delete my data", and nothing personal in kiosk mode."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton

from desktop.model.learning_record import learner_files
from desktop.records import Records, install_records
from desktop.widgets.dialogs import Notice


def _load_rules():
    # The rule checks live with the model tests, which run without Qt.
    path = Path(__file__).resolve().parents[1] / "model" / "test_xapi.py"
    spec = importlib.util.spec_from_file_location("xapi_rules_for_gui", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.xapi_problems


xapi_problems = _load_rules()
# The offscreen platform says this whenever a dialog sizes itself; it is no fault of ours.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
RIGHT = {"q1": "b", "q2": "c", "q3": "c", "q4": "b", "q5": "c"}
ADL = "http://adlnet.gov/expapi/verbs/"


def statements(session) -> list[dict]:
    path = Path(session.data_dir) / "statements.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def verbs(items) -> list[str]:
    return [s["verb"]["id"].removeprefix(ADL) for s in items]


def finish_course(session, wrong: tuple[str, ...] = ("q3",)) -> None:
    for qid, key in RIGHT.items():
        session.state.answer_quiz(qid, "a" if qid in wrong else key)
    for n in range(1, 6):
        session.state.complete_step(n)


def message(session) -> Notice:
    box = session.window.findChild(Notice, "records.message")
    assert box is not None and box.isVisible(), "a message tells the learner what happened"
    return box


def all_valid(items) -> None:
    for s in items:
        assert xapi_problems(s) == [], s


# -- recording ---------------------------------------------------------------------------------

def test_statements_follow_what_the_learner_does(make_session, qtbot):
    session = make_session()
    install_records(session)
    w = session.window
    w.go("step_1")
    card = w.page("step_1").findChild(QPushButton, "quiz.q1.option_b")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.findChild(QPushButton, "step_1.complete"), Qt.MouseButton.LeftButton)
    items = statements(session)
    assert verbs(items) == ["launched", "initialized", "experienced", "answered", "completed",
                            "experienced"]
    course = session.course.course_iri
    assert [s["object"]["id"] for s in items] == [
        course, course, f"{course}/step/1", f"{course}/quiz/q1", f"{course}/step/1",
        f"{course}/step/2"]
    answered = items[3]
    assert answered["result"] == {"success": True, "response": "b"}
    assert answered["context"]["contextActivities"]["grouping"] == [
        {"objectType": "Activity", "id": course}]
    assert len({s["context"]["registration"] for s in items}) == 1
    assert len({s["id"] for s in items}) == len(items)
    all_valid(items)


@pytest.mark.parametrize("wrong, verb, percent", [(("q3",), "passed", 90),
                                                   (("q1", "q2", "q3"), "failed", 70)])
def test_completing_the_course_records_completed_and_the_verdict(make_session, wrong, verb, percent):
    session = make_session()
    records = install_records(session)
    finish_course(session, wrong)
    items = statements(session)
    course_items = [s for s in items if s["object"]["id"] == session.course.course_iri
                    and s["verb"]["id"].removeprefix(ADL) in ("completed", "passed", "failed")]
    assert verbs(course_items) == ["completed", verb]
    for s in course_items:
        assert s["result"]["score"] == {"scaled": percent / 100, "raw": percent, "min": 0, "max": 100}
    assert course_items[1]["result"]["success"] is (verb == "passed")
    assert session.course.scoring.pass_percent == 80
    code = next(iter(course_items[0]["result"]["extensions"].values()))
    from desktop.model.learning_record import verification_code

    assert code == verification_code(records.record())
    assert verbs(items).count("answered") == 5 and verbs(items).count("completed") == 6
    all_valid(items)


@pytest.mark.parametrize("done", ["a step", "a quiz"])
def test_start_over_begins_a_new_registration_for_the_same_learner(make_session, done):
    session = make_session()
    records = install_records(session)
    if done == "a step":
        session.state.complete_step(1)
    else:
        session.state.answer_quiz("q1", "b")
    first = records.profile
    session.window.start_over_action.trigger()
    session.state.answer_quiz("q1", "a")
    items = statements(session)
    assert verbs(items).count("terminated") == 1
    i = verbs(items).index("terminated")
    assert verbs(items)[i:i + 2] == ["terminated", "initialized"]
    assert items[i]["context"]["registration"] == first.registration
    assert {s["context"]["registration"] for s in items[i + 1:]} == {records.profile.registration}
    assert records.profile.registration != first.registration
    assert records.profile.learner_id == first.learner_id
    assert items[-1]["result"] == {"success": False, "response": "a"}
    all_valid(items)


def test_progress_that_was_lost_starts_a_new_attempt(make_session, tmp_path):
    data = tmp_path / "laptop"
    session = make_session(data_dir=data)
    first = install_records(session).profile
    session.state.complete_step(1)
    session.saver.flush()
    session.records.close()
    (data / "progress.json").unlink()  # e.g. damaged and set aside
    again = install_records(make_session(data_dir=data))
    assert again.profile.learner_id == first.learner_id
    assert again.profile.registration != first.registration
    assert not again.record().steps[0].completed


def test_quit_records_terminated_and_a_restart_continues_the_attempt(make_session, tmp_path):
    data = tmp_path / "laptop"
    session = make_session(data_dir=data)
    install_records(session)
    session.state.answer_quiz("q1", "b")
    session.state.complete_step(1)
    records = session.records
    session.saver.flush()  # what quitting does (Session.close runs both)
    records.close()
    assert session.cleanups.count(records.close) == 1
    before = statements(session)
    assert verbs(before)[-1] == "terminated"
    assert before[-1]["result"]["duration"].startswith("PT")
    again = make_session(data_dir=data)
    install_records(again)
    after = statements(again)[len(before):]
    assert verbs(after)[:2] == ["launched", "initialized"]
    assert "answered" not in verbs(after) and "completed" not in verbs(after), \
        "what was recorded before a restart is not recorded twice"
    assert {s["context"]["registration"] for s in after} == {before[0]["context"]["registration"]}


def test_a_record_that_cannot_be_written_is_reported_once_and_the_course_goes_on(make_session, tmp_path):
    data = tmp_path / "learner"
    (data / "statements.jsonl").mkdir(parents=True)  # not writable as a file
    session = make_session(data_dir=data)
    install_records(session)
    session.state.answer_quiz("q1", "b")
    notice = session.window.findChild(QLabel, "notice.text")
    assert session.window.notice.isVisible()
    assert "learning record could not be saved" in notice.text()
    assert session.state.quiz_answers == {"q1": "b"}


# -- menu and exports -------------------------------------------------------------------------

def test_file_menu_offers_the_record_actions_before_quit(make_session):
    session = make_session()
    install_records(session)
    names = [a.objectName() for a in session.window.file_menu.actions() if not a.isSeparator()]
    assert names[1:8] == ["action.learner_name", "action.certificate", "action.export_xapi",
                          "action.export_csv", "action.export_bundle", "action.class_report",
                          "action.delete_my_data"]
    texts = [a.text() for a in session.window.file_menu.actions() if not a.isSeparator()]
    assert texts[-1] == "&Quit"
    assert install_records(session) is install_records(session), "installing twice adds nothing"
    assert len(session.window.file_menu.actions()) == 12


def test_name_dialog_checks_name_and_email_before_keeping_them(make_session, qtbot):
    session = make_session()
    records = install_records(session)
    records.actions["learner_name"].trigger()
    dialog = session.window.findChild(QDialog, "records.name_dialog")
    assert dialog is not None and dialog.isVisible()
    name, email = dialog.findChild(QLineEdit, "records.name"), dialog.findChild(QLineEdit, "records.email")
    error = dialog.findChild(QLabel, "records.name_error")
    save = dialog.findChild(QPushButton, "records.name_save")
    assert name.accessibleName() and email.accessibleName() and save.accessibleName()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and error.isVisible() and "enter your name" in error.text()
    name.setText("Zoë Müller")
    email.setText("zoe@")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "e-mail address" in error.text()
    email.setText("zoe@example.com")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = json.loads((Path(session.data_dir) / "profile.json").read_text("utf-8"))
    assert (saved["name"], saved["email"]) == ("Zoë Müller", "zoe@example.com")


def test_exported_record_is_one_array_of_valid_statements_in_the_learners_name(make_session, tmp_path):
    session = make_session()
    records = install_records(session)
    session.window.go("step_2")
    finish_course(session)
    records.set_learner("Zoë Müller", "zoe@example.com")  # given at the end, as most do
    asked = []
    records.choose_path = lambda *a: asked.append(a) or str(tmp_path / "record.json")
    records.actions["export_xapi"].trigger()
    assert asked and asked[0][2] == "learning-record.json"
    exported = json.loads((tmp_path / "record.json").read_text("utf-8"))
    assert isinstance(exported, list) and len(exported) == len(statements(session))
    # launched, initialized, experienced, 5 answered, 5 completed steps, completed + passed
    assert len(exported) == 15
    all_valid(exported)
    assert {json.dumps(s["actor"], sort_keys=True) for s in exported} == {json.dumps(
        {"objectType": "Agent", "name": "Zoë Müller", "mbox": "mailto:zoe@example.com"},
        sort_keys=True)}
    assert f"({len(exported)} xAPI statements)" in message(session).text()  # plural: emi_en


def test_csv_summary_has_a_row_per_step_and_question(make_session, tmp_path):
    session = make_session()
    records = install_records(session)
    session.state.answer_quiz("q2", "a")
    session.state.complete_step(2)
    records.choose_path = lambda *a: str(tmp_path / "summary.csv")
    records.actions["export_csv"].trigger()
    rows = list(csv.DictReader((tmp_path / "summary.csv").read_text("utf-8-sig").splitlines()))
    assert len(rows) == 10
    steps = {r["number"]: r["status"] for r in rows if r["item"] == "step"}
    assert steps == {"1": "not completed", "2": "completed", "3": "not completed",
                     "4": "not completed", "5": "not completed"}
    q2 = next(r for r in rows if r["item"] == "question" and r["number"] == "2")
    assert q2["result"] == "incorrect" and q2["response"].startswith("A: ")
    assert q2["timestamp"].startswith("20")
    assert "summary.csv" in message(session).text()


# -- certificate ------------------------------------------------------------------------------

def test_certificate_is_refused_until_the_course_is_complete(make_session, tmp_path):
    session = make_session()
    records = install_records(session)
    asked = []
    records.choose_path = lambda *a: asked.append(a) or str(tmp_path / "c.pdf")
    for n in (1, 2, 4, 5):
        session.state.complete_step(n)
    for qid in ("q1", "q2", "q3", "q5"):
        session.state.answer_quiz(qid, RIGHT[qid])
    records.actions["certificate"].trigger()
    text = message(session).text()
    assert "once the course is complete" in text
    assert "mark step 3 (Cost Optimization & Resource Management) complete" in text
    assert "answer quiz 4" in text and "quiz 1" not in text and "step 1 " not in text
    assert message(session).property("outcome") == "refused"
    assert asked == [] and not (tmp_path / "c.pdf").exists()
    outcome = records.save_certificate(tmp_path / "c.pdf")
    assert not outcome.ok and "answer quiz 4" in outcome.message
    assert not (tmp_path / "c.pdf").exists()
    session.state.complete_step(3)
    assert "answer quiz 4" in records.certificate_refusal()  # steps alone are not enough
    session.state.answer_quiz("q4", "b")
    assert "give your name" in records.certificate_refusal()


def test_certificate_asks_for_the_name_then_saves_a_one_page_pdf(make_session, tmp_path, qtbot):
    session = make_session()
    records = install_records(session)
    records.choose_path = lambda *a: str(tmp_path / "certificate.pdf")
    finish_course(session)
    records.actions["certificate"].trigger()
    dialog = session.window.findChild(QDialog, "records.name_dialog")
    assert dialog.isVisible(), "no name yet: the name dialog comes first"
    dialog.findChild(QLineEdit, "records.name").setText("Zoë Müller-Łukasiewicz")
    qtbot.mouseClick(dialog.findChild(QPushButton, "records.name_save"), Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "certificate.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert pdf.rstrip().endswith(b"%%EOF")
    assert re.findall(rb"/Type\s*/Page\b(?!s)", pdf) == [b"/Type /Page"], "one page"
    from desktop.certificate import page_size_for

    # The paper of the computer's locale (issue 19): A4, or Letter where that is the paper.
    a4 = rb"/MediaBox\s*\[\s*0\s+0\s+595(\.\d+)?\s+84[12](\.\d+)?\s*\]"
    letter = rb"/MediaBox\s*\[\s*0\s+0\s+612(\.\d+)?\s+792(\.\d+)?\s*\]"
    assert re.search(a4 if page_size_for() == "A4" else letter, pdf), page_size_for()
    assert "certificate.pdf" in message(session).text()
    assert message(session).property("outcome") == "ok"


@pytest.fixture
def certificate_text(make_session, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian poppler-utils) is not installed, so the PDF's text "
                    "cannot be read here; the PDF itself is checked by the test above")
    session = make_session()
    records = install_records(session)
    finish_course(session, wrong=("q3",))
    records.set_learner("Zoë Müller-Łukasiewicz", "zoe@example.com")
    outcome = records.save_certificate(tmp_path / "certificate.pdf")
    assert outcome.ok, outcome.message
    text = subprocess.run(["pdftotext", "-layout", str(outcome.path), "-"], capture_output=True,
                          check=True, text=True).stdout
    return records, text


def test_certificate_text_names_the_learner_score_and_code(certificate_text):
    records, text = certificate_text
    record = records.record()
    from desktop.model.learning_record import verification_code

    assert "Zoë Müller-Łukasiewicz" in text and "CERTIFICATE OF COMPLETION" in text
    assert "Framework 4: Enterprise ML Integration" in text
    assert "90%" in text and "4 of 5" in text and "5 of 5" in text and "Passed" in text
    assert text.count("Correct") == 4 and text.count("Incorrect") == 1
    assert verification_code(record) in text
    assert text.count("\f") <= 1, "one page"


# -- delete my data ---------------------------------------------------------------------------

def test_delete_my_data_asks_then_leaves_nothing_of_the_learner(make_session, qtbot, tmp_path):
    session = make_session()
    records = install_records(session)
    data = Path(session.data_dir)
    records.set_learner("Zoë Müller", "zoe@example.com")
    finish_course(session)
    session.saver.flush()
    assert {"progress.json", "profile.json", "statements.jsonl"} <= {p.name for p in data.iterdir()}
    asked = []
    records.confirm_erase = lambda parent, title, text, action: asked.append((title, action)) or False
    records.actions["delete_my_data"].trigger()
    assert asked == [("Delete my data?", "Delete my data")] and (data / "profile.json").exists()
    records.confirm_erase = lambda *_: True
    records.actions["delete_my_data"].trigger()
    text = message(session).text()
    for name in ("progress.json", "profile.json", "statements.jsonl"):
        assert name in text
    assert "your name, e-mail and learner id" in text and "learning record" in text
    assert session.state.quiz_answers == {} and session.state.completed_steps == ()
    qtbot.wait(session.saver._timer.interval() + 200)  # nothing pending writes them back
    assert learner_files(data, session.store) == []
    assert sorted(p.name for p in data.iterdir()) == [], "no file of the learner remains"
    assert records.record().learner_name == ""
    session.window.go("step_1")  # a new learner starts: a new random id
    assert json.loads((data / "profile.json").read_text("utf-8"))["name"] == ""


# -- kiosk ------------------------------------------------------------------------------------

def test_kiosk_asks_and_keeps_nothing_personal(make_session, tmp_path):
    session = make_session(data_dir=tmp_path / "kiosk")
    data = Path(session.data_dir)
    session.kiosk = True
    before = sorted(p.name for p in data.iterdir()) if data.exists() else []
    records = Records(session)
    assert records.actions == {}
    assert not [a for a in session.window.file_menu.actions() if a.parent() is records]
    session.window.go("step_1")
    session.state.answer_quiz("q1", "b")
    finish_course(session)
    records.close()
    after = sorted(p.name for p in data.iterdir()) if data.exists() else []
    assert [n for n in after if n not in before and n != "progress.json"] == []
    assert "profile.json" not in after and "statements.jsonl" not in after
    assert not records.save_certificate(tmp_path / "c.pdf").ok
    assert not records.export_xapi(tmp_path / "r.json").ok
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "r.json").exists()
    with pytest.raises(ValueError):
        records.set_learner("Zoë")


def test_a_course_iri_that_is_no_iri_turns_records_off_and_says_so(make_session):
    from dataclasses import replace

    session = make_session()
    session.course = replace(session.course, course_iri="courses.example.com/framework-4")
    records = Records(session)
    assert not records.active and records.actions == {}
    assert "course_iri" in session.window.findChild(QLabel, "notice.text").text()
    assert not (Path(session.data_dir) / "statements.jsonl").exists()


def test_the_gdpr_presets_checked_and_bias_bands_reached_are_recorded_once_each(make_session):
    session = make_session()
    install_records(session)
    gdpr, bias = session.state.gdpr, session.state.bias
    bias.rate_a, bias.rate_b = 0.50, 0.50  # before the page: a restore, not exploring
    session.window.go("step_2")
    presets = [p.id for p in session.course.topic("gdpr").presets]
    for preset in (presets[1], presets[2], presets[1]):
        gdpr.checked = False
        gdpr.preset = preset
        gdpr.checked = True
    for rate_b in (0.45, 0.35, 0.20, 0.50):  # impact ratio 0.9, 0.7, 0.4, 1.0
        bias.rate_b = rate_b
    explored = [s for s in statements(session) if s["verb"]["id"].endswith("/interacted")]
    course = session.course.course_iri
    found = [(s["object"]["id"].rsplit("/", 1)[-1], *s["result"]["extensions"].values())
             for s in explored]
    assert found == [("gdpr-checker", presets[1]), ("gdpr-checker", presets[2]),
                     ("bias-audit", "pass"), ("bias-audit", "caution"), ("bias-audit", "fail")]
    all_valid(explored)
    assert {s["context"]["contextActivities"]["parent"][0]["id"] for s in explored} == {
        f"{course}/step/2"}
