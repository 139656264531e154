"""A kiosk with ``identify_by: anonymous_station`` sends each visit to a real Ralph LRS
under its own anonymous actor, and keeps nothing of a visitor once the LRS has it."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from desktop.kiosk import KioskConfig, install_kiosk
from desktop.kiosk.pin import hash_pin
from desktop.lrs.visits import VISITS_DIR
from desktop.records import install_records
from lrs.ralph_server import Ralph  # tests/lrs: a real Ralph in its own venv

from .test_records import finish_course

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")
ROOT = Path(__file__).resolve().parents[2]
STATION = "lobby-1"
ANONYMOUS = f"actor:\n  identify_by: anonymous_station\n  station: {STATION}\n"


@pytest.fixture
def ralph(tmp_path):
    server = Ralph(tmp_path / "ralph").start()
    yield server
    server.kill()


def kiosk_with_lrs(make_session, config: Path):
    """Built the way the app builds a kiosk: records installed, then the kiosk over them."""
    session = make_session("--lrs-config", str(config), show=False)
    session.kiosk = True
    session.lrs_config = config
    install_records(session)
    settings = dataclasses.replace(KioskConfig(), idle_seconds=30.0, countdown_seconds=20.0,
                                   pin=hash_pin("2468"))
    return session, install_kiosk(session, settings)


def idle_timeout(controller) -> None:
    """What the idle countdown does when it runs out."""
    controller.idle_overlay.start(controller.config.countdown_seconds)
    controller.idle_overlay.expired.emit()


def visit_folders(session) -> list[Path]:
    root = Path(session.data_dir) / VISITS_DIR
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []


def test_two_visits_reach_ralph_as_two_anonymous_actors_and_leave_nothing(make_session, ralph,
                                                                          tmp_path, qtbot):
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text() + ANONYMOUS)
    session, controller = kiosk_with_lrs(make_session, config)
    records = session.records
    with pytest.raises(ValueError):
        records.set_learner("Zoë Müller", "zoe@example.com")  # a kiosk asks for no name
    assert records.certificate_refusal() == "A kiosk makes no certificates."
    assert records.actions == {}  # no Delete my data, no certificate: no record menu at all

    controller.start_session()
    session.window.go("step_1")
    finish_course(session)
    idle_timeout(controller)
    assert not controller.visitor_active and controller.attract.isVisible()
    controller.start_session()
    session.window.go("step_2")
    idle_timeout(controller)

    def delivered() -> bool:
        return len({s["id"] for s in ralph.stored()}) >= 6 and not visit_folders(session)

    qtbot.waitUntil(delivered, timeout=60000)
    stored = ralph.stored()
    assert len(stored) == len({s["id"] for s in stored})  # each statement once
    actors = {json.dumps(s["actor"], sort_keys=True) for s in stored}
    assert len(actors) == 2, actors
    for s in stored:
        actor = s["actor"]
        assert set(actor) == {"objectType", "account"}  # no name, no mbox
        assert actor["account"]["homePage"].endswith(f"/kiosk/{STATION}")
        assert actor["account"]["name"].startswith(f"{STATION}-")
    visits = {}
    for s in stored:
        visits.setdefault(s["actor"]["account"]["name"], set()).add(s["context"]["registration"])
    assert all(len(regs) == 1 for regs in visits.values())  # one registration per visit
    assert len(set().union(*visits.values())) == 2
    verbs = [s["verb"]["id"].rsplit("/", 1)[-1] for s in stored]
    assert verbs.count("initialized") == 2 and verbs.count("terminated") == 2
    assert "completed" in verbs and "answered" in verbs  # the first visitor's course reached it

    # Nothing of either visitor on disk: no progress, no profile, no statements, no ledger.
    left = [p.relative_to(session.data_dir) for p in Path(session.data_dir).rglob("*") if p.is_file()]
    names = {name for name in visits}
    for path in left:
        text = (Path(session.data_dir) / path).read_text("utf-8", "replace")
        assert not any(name.split("-", 2)[-1] in text for name in names), path
    assert not any(p.name.startswith(("progress", "profile", "statements", "lrs-"))
                   for p in left), left


def test_a_reset_while_the_lrs_is_down_keeps_the_visit_until_it_is_back(make_session, ralph,
                                                                       tmp_path, qtbot):
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text() + ANONYMOUS)
    ralph.kill()
    session, controller = kiosk_with_lrs(make_session, config)
    controller.start_session()
    session.window.go("step_1")
    idle_timeout(controller)  # returns at once: the reset only appends and marks the visit
    assert controller.attract.isVisible()
    folders = visit_folders(session)
    assert len(folders) == 1 and (folders[0] / "visit-ended").exists()
    profile = json.loads((folders[0] / "profile.json").read_text("utf-8"))
    assert profile["name"] == "" and profile["email"] == ""  # the queue holds no one's name
    ralph.start()
    session.records.lrs.send_now()
    qtbot.waitUntil(lambda: not visit_folders(session), timeout=60000)
    assert [s["verb"]["id"].rsplit("/", 1)[-1] for s in ralph.stored()] == [
        "initialized", "experienced", "terminated"]


def test_a_laptop_refuses_an_anonymous_station_lrs_yaml_and_keeps_its_records(make_session, ralph,
                                                                             tmp_path, qtbot):
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text() + ANONYMOUS)
    session = make_session("--lrs-config", str(config))
    session.lrs_config = config
    records = install_records(session)
    assert records.lrs is None
    assert session.window.notice.isVisible()
    assert "settings are meant for a kiosk" in session.window.notice_text.text()
    finish_course(session)
    assert (Path(session.data_dir) / "statements.jsonl").stat().st_size > 0  # kept locally
    assert ralph.stored() == []


KIOSK_RUN = """
import sys
opened = []
sys.addaudithook(lambda event, args: opened.append(event) if event in (
    "socket.__new__", "socket.connect", "socket.getaddrinfo") else None)
from PySide6.QtWidgets import QApplication
from desktop.app import build_parser, build_session
from desktop.kiosk import KioskConfig, install_kiosk
from desktop.records import install_records
app = QApplication([])
args = build_parser().parse_args(["--data-dir", sys.argv[1], "--kiosk"])
session = build_session(args, app, kiosk=True)
install_records(session)
controller = install_kiosk(session, KioskConfig())
controller.start_session()
session.window.go("step_1")
session.state.complete_step(1)
controller.end_session("idle")
session.close()
print("SOCKETS", opened)
"""


def test_a_kiosk_without_lrs_yaml_records_nothing_and_opens_no_socket(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_DIRS": str(tmp_path / "no-config")}
    data = tmp_path / "data"
    result = subprocess.run([sys.executable, "-c", KIOSK_RUN, str(data)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.stdout.strip().splitlines()[-1:] == ["SOCKETS []"], result.stderr[-3000:]
    assert not (data / VISITS_DIR).exists() and not (data / "statements.jsonl").exists()


KILLED_MID_VISIT = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from desktop.app import build_parser, build_session
from desktop.kiosk import KioskConfig, install_kiosk
from desktop.records import install_records
app = QApplication([])
args = build_parser().parse_args(["--data-dir", sys.argv[1], "--kiosk", "--lrs-config", sys.argv[2]])
session = build_session(args, app, kiosk=True)
session.lrs_config = Path(sys.argv[2])
install_records(session)
controller = install_kiosk(session, KioskConfig())
controller.start_session()
session.window.go("step_1")
os._exit(9)  # the plug is pulled mid-visit, the LRS never heard of it
"""


def test_a_visit_cut_off_by_a_kill_is_sent_by_the_next_start_and_then_removed(make_session, ralph,
                                                                              tmp_path, qtbot):
    config = tmp_path / "lrs.yaml"
    config.write_text(ralph.config_text(send_automatically=False) + ANONYMOUS)
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    killed = subprocess.run([sys.executable, "-c", KILLED_MID_VISIT, str(data), str(config)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert killed.returncode == 9, killed.stderr[-3000:]
    left = sorted((data / VISITS_DIR).iterdir())
    assert len(left) == 1 and not (left[0] / "visit-ended").exists()
    assert ralph.stored() == []

    config.write_text(ralph.config_text() + ANONYMOUS)
    session = make_session("--lrs-config", str(config), data_dir=data, show=False)
    session.kiosk = True
    session.lrs_config = config
    install_records(session)
    qtbot.waitUntil(lambda: not visit_folders(session), timeout=60000)
    assert [s["verb"]["id"].rsplit("/", 1)[-1] for s in ralph.stored()] == [
        "initialized", "experienced"]
