from __future__ import annotations

from pathlib import Path

import pytest

from desktop.model import xapi
from desktop.model.learning_record import PROFILE_FILE, STATEMENTS_FILE, Profile, ProfileStore, StatementLog

from .ralph_server import Ralph

COURSE = "https://learning.example.com/courses/enterprise-ml-integration"


@pytest.fixture(scope="module")
def ralph(tmp_path_factory):
    server = Ralph(tmp_path_factory.mktemp("ralph")).start()
    yield server
    server.kill()


@pytest.fixture
def own_ralph(tmp_path):
    server = Ralph(tmp_path / "ralph").start()
    yield server
    server.kill()


def make_learner(data_dir: Path, count: int, profile: Profile | None = None) -> list[dict]:
    """A learner's folder with ``count`` more statements, made the way the app makes them."""
    data_dir.mkdir(parents=True, exist_ok=True)
    store = ProfileStore(data_dir / PROFILE_FILE)
    profile = profile or store.load() or Profile.new()
    store.save(profile)
    course = xapi.course_activity(COURSE, "Enterprise ML Integration")
    learner = xapi.Learner(profile.learner_id, xapi.home_page(COURSE), profile.name, profile.email)
    recorder = xapi.Recorder(learner, course, profile.registration)
    log = StatementLog(data_dir / STATEMENTS_FILE)
    made = []
    for n in range(count):
        step = xapi.step_activity(course, n % 5 + 1, f"Step {n % 5 + 1}")
        statement = recorder.experienced(step)
        log.append(statement)
        made.append(statement)
    return made


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path
