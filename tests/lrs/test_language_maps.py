"""Statements of a learner who reads the course in German, posted to a real Ralph LRS:
language maps with an entry per language are valid xAPI and come back as sent."""

from __future__ import annotations

from desktop.lrs.client import LrsClient
from desktop.lrs.config import load_config
from desktop.lrs.sender import Queue
from desktop.model import xapi
from desktop.model.learning_record import PROFILE_FILE, STATEMENTS_FILE, Profile, ProfileStore, StatementLog

from .conftest import COURSE, write_config

GERMAN = xapi.Words(step="Schritt {number}: {title}", quiz="Quiz {number}",
                    gdpr_checker="DSGVO-Prüfer", bias_audit="Bias-Audit")


def german_statements(folder) -> list[dict]:
    folder.mkdir(parents=True)
    profile = Profile.new()
    ProfileStore(folder / PROFILE_FILE).save(profile)
    xapi.set_language("de-DE")
    try:
        course = xapi.course_activity(COURSE, "ML-Integration im Unternehmen")
        learner = xapi.Learner(profile.learner_id, xapi.home_page(COURSE))
        recorder = xapi.Recorder(learner, course, profile.registration)
        step = xapi.step_activity(course, 2, "Risiken und Recht", GERMAN)
        question = xapi.question_activity(course, "s2-q1", 1, "Was verlangt die DSGVO?",
                                          [("a", "Eine Rechtsgrundlage"), ("b", "Nichts")], "a",
                                          GERMAN)
        gdpr = xapi.explored_activities(course, GERMAN)["gdpr"]
        made = [recorder.experienced(step), recorder.answered(question, step, "a", True),
                recorder.interacted(gdpr, step, {f"{COURSE}/xapi/extensions/gdpr-preset": "hr"})]
    finally:
        xapi.set_language(xapi.LANG)
    log = StatementLog(folder / STATEMENTS_FILE)
    for statement in made:
        log.append(statement)
    return made


def test_german_statements_with_two_language_names_reach_ralph_as_sent(ralph, tmp_path):
    made = german_statements(tmp_path / "learner")
    assert made[1]["object"]["definition"]["name"] == {"en-US": "Quiz 1", "de-DE": "Quiz 1"}
    config = load_config(write_config(tmp_path / "lrs.yaml", ralph.config_text()))
    result = Queue(tmp_path / "learner", config).sync()
    assert (result.sent, result.rejected, result.problem) == (3, 0, ""), result.detail
    back = {s["id"]: s for s in LrsClient(config).all_statements(limit=50)}
    for statement in made:
        stored = back[statement["id"]]
        assert stored["object"]["definition"]["name"] == statement["object"]["definition"]["name"]
        assert stored["context"]["language"] == "de-DE"
    assert back[made[2]["id"]]["object"]["definition"]["name"] == {
        "en-US": "GDPR checker", "de-DE": "DSGVO-Prüfer"}
