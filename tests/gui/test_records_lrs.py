"""The app sends its records to a real Ralph LRS in the background and says where they are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from desktop.lrs.edition import content_hash
from desktop.records import install_records
from desktop.widgets.dialogs import Notice
from lrs.ralph_server import Ralph  # tests/lrs: a real Ralph in its own venv

from .test_records import finish_course, statements

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


@pytest.fixture
def ralph(tmp_path):
    server = Ralph(tmp_path / "ralph").start()
    yield server
    server.kill()


def linked_session(make_session, ralph, tmp_path):
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text())
    session = make_session("--lrs-config", str(config))
    session.lrs_config = config
    install_records(session)
    return session


def card_text(session) -> str:
    return session.window.findChild(QLabel, "score.lrs_status").text()


def test_records_reach_ralph_and_the_learner_reads_where_they_are(make_session, ralph, tmp_path, qtbot):
    session = linked_session(make_session, ralph, tmp_path)
    records = session.records
    finish_course(session)
    records.set_learner("Zoë Müller")
    made = statements(session)
    qtbot.waitUntil(lambda: card_text(session) == f"All {len(made)} records sent to Ralph (test).",
                    timeout=30000)
    assert {s["id"] for s in ralph.stored()} == {s["id"] for s in made}
    base = session.course.course_iri.rstrip("/") + "/xapi/extensions/"
    edition = {base + "content-version": session.course.version,
               base + "content-hash": content_hash(Path(session.course.folder))}
    assert all(s["context"]["extensions"] == edition for s in ralph.stored())
    menu = [a.text() for a in session.window.file_menu.actions()]
    assert f"All {len(made)} records sent to Ralph (test)." in menu and "Send &records now" in menu

    outcome = records.save_certificate(tmp_path / "certificate.pdf")
    assert outcome.ok and "Your completion has reached Ralph (test)." in outcome.message

    ralph.kill()
    session.window.go("step_2")  # one more statement, and no LRS to take it
    qtbot.waitUntil(lambda: "will send when the network is back" in card_text(session), timeout=30000)
    assert card_text(session) == "1 record waiting: will send when the network is back."
    # The score card opens from the progress pill (issue 19's compact chrome).
    session.window.findChild(QPushButton, "score.pill").click()
    button = session.window.findChild(QPushButton, "score.lrs_send_now")
    qtbot.waitUntil(lambda: button.isVisible())

    ralph.start()
    button.click()
    made = statements(session)
    qtbot.waitUntil(lambda: card_text(session) == f"All {len(made)} records sent to Ralph (test).",
                    timeout=30000)
    assert sorted(s["id"] for s in ralph.stored()) == sorted(s["id"] for s in made)
    logs = (Path(session.data_dir) / "lrs-ledger.json").read_text() + "".join(
        p.read_text("utf-8", "replace") for p in Path(session.data_dir).glob("*.log"))
    assert "s3cret" not in logs  # the secret is in no file the app writes


def voided_in_ralph(ralph, config_path) -> set[str]:
    from desktop.lrs.client import LrsClient
    from desktop.lrs.config import load_config

    client = LrsClient(load_config(config_path))
    listed = client.all_statements(limit=100)
    return {s["object"]["id"] for s in listed
            if s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/voided"
            and s["object"].get("objectType") == "StatementRef"}


def test_delete_my_data_voids_every_sent_record_in_ralph_even_offline(make_session, ralph, tmp_path,
                                                                      qtbot):
    session = linked_session(make_session, ralph, tmp_path)
    finish_course(session)
    made = statements(session)
    qtbot.waitUntil(lambda: card_text(session) == f"All {len(made)} records sent to Ralph (test).",
                    timeout=30000)
    ralph.kill()  # the learner erases while offline: the request must wait, not vanish
    asked = []
    session.records.confirm_erase = lambda _w, _t, text, _a: asked.append(text) or True
    outcome = session.records.delete_my_data()
    assert "will be marked as withdrawn (voided) there" in asked[0]
    assert outcome.ok and f"Ralph (test) is asked to mark your {len(made)} records" in outcome.message
    assert not (Path(session.data_dir) / "statements.jsonl").exists()
    qtbot.waitUntil(lambda: "will send when the network is back" in card_text(session), timeout=30000)
    assert card_text(session).startswith(
        f"Your request to withdraw {len(made)} records from Ralph (test) is waiting")

    ralph.start()
    session.window.findChild(QPushButton, "score.lrs_send_now").click()
    qtbot.waitUntil(lambda: card_text(session) == "No records to send to Ralph (test) yet.",
                    timeout=30000)
    stored_voids = {s["object"]["id"] for s in ralph.stored() if s["verb"]["id"].endswith("voided")}
    assert stored_voids == {s["id"] for s in made}
    assert voided_in_ralph(ralph, tmp_path / "lrs.yaml") == {s["id"] for s in made}
    assert not list(Path(session.data_dir).glob("lrs-*"))  # nothing of the learner is left


def test_a_bundle_round_trips_into_an_empty_ralph_and_refuses_tampering(make_session, ralph, tmp_path):
    import os
    import subprocess
    import sys
    import zipfile

    from desktop.lrs.bundle import read_bundle
    from lrs.ralph_server import ROOT

    session = make_session()  # a laptop that never goes online: no lrs.yaml
    install_records(session)
    finish_course(session)
    session.records.set_learner("Zoë Müller", "zoe@example.com")
    outcome = session.records.export_bundle(tmp_path / "zoe.zip")
    assert outcome.ok, outcome.message
    bundle = read_bundle(tmp_path / "zoe.zip")
    assert set(bundle.files) == {"statements.json", "summary.csv", "certificate.pdf"}
    assert bundle.manifest["learner"]["name"] == "Zoë Müller"
    assert bundle.manifest["course"]["content_hash"] == content_hash(Path(session.course.folder))
    assert "s3cret" not in (tmp_path / "zoe.zip").read_bytes().decode("latin-1")

    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text())
    push = [sys.executable, "-m", "desktop", "records", "push", str(tmp_path / "zoe.zip"),
            "--lrs-config", str(config)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    first = subprocess.run(push, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stdout + first.stderr
    n = len(bundle.statements)
    assert f"Zoë Müller: {n} of {n} statements now in Ralph (test), 0 refused" in first.stdout
    stored = {s["id"]: s for s in ralph.stored()}
    assert set(stored) == {s["id"] for s in bundle.statements}
    for s in bundle.statements:
        assert {k: stored[s["id"]][k] for k in ("actor", "verb", "object", "context")} == {
            k: s[k] for k in ("actor", "verb", "object", "context")}

    again = subprocess.run(push, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and len(ralph.stored()) == n  # nothing stored twice

    report = subprocess.run([sys.executable, "-m", "desktop", "records", "report", "--lrs-config",
                             str(config), "--out", str(tmp_path / "report")], cwd=ROOT, text=True,
                            capture_output=True, timeout=300, env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert report.returncode == 0, report.stderr
    assert f"Read {n} statements from Ralph (test)." in report.stdout
    assert "1 learner: 1 completed the course" in report.stdout

    with zipfile.ZipFile(tmp_path / "zoe.zip") as src, \
            zipfile.ZipFile(tmp_path / "tampered.zip", "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data.replace(b'"passed"', b'"failed"') if
                         item.filename == "statements.json" else data)
    push[5] = str(tmp_path / "tampered.zip")
    bad = subprocess.run(push, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1
    assert "statements.json does not match its SHA-256 in the manifest" in bad.stdout


def test_file_class_report_draws_the_numbers_with_the_apps_charts(make_session, tmp_path, qtbot):
    from desktop.widgets.bar_chart import HorizontalBarChart
    from tests.gui.chart_values import values_table

    bundles, passed = [], 0
    for n, wrong in enumerate((("q3",), ("q1", "q3"), ())):
        learner = make_session(data_dir=tmp_path / f"learner{n}", show=False)
        install_records(learner)
        finish_course(learner, wrong=wrong)
        learner.records.set_learner(f"Learner {n}")
        passed += learner.records.record().passed
        assert learner.records.export_bundle(tmp_path / f"l{n}.zip").ok
        bundles.append(tmp_path / f"l{n}.zip")
    trainer = make_session(data_dir=tmp_path / "trainer")
    install_records(trainer)
    dialog = trainer.records.class_report(bundles)
    qtbot.waitExposed(dialog)
    charts = {c.plot.objectName(): c for c in dialog.findChildren(HorizontalBarChart)}

    def shown(chart) -> list[str]:  # the numbers as the "Show values" table gives them
        return [number for _, number in values_table(chart)]

    assert shown(charts["report.completion"]) == ["3", str(passed), "0"]
    # q1 wrong once, q3 twice
    assert shown(charts["report.correct_rate"]) == ["67%", "100%", "33%", "100%", "100%"]
    dialog.close()

    (tmp_path / "not-records.json").write_text("{ nope")
    assert trainer.records.class_report([tmp_path / "not-records.json"]) is None
    assert "not a records bundle or a statements file" in trainer.window.findChild(
        Notice, "records.message").text()
