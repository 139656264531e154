"""Issue 16, item 4, through the real app: a hostile file in the data folder never stops
a start; it is set aside with one sentence, and the course starts fresh."""

from __future__ import annotations

import json
import os
import signal

import pytest

from .conftest import start_app, wait_for

HUGE = "9" * 400
GOOD = {"schema": 1, "content_version": "x", "state": {"page": "step_2", "quiz_answers": {"q3": "a"}}}


def write(path, kind):
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev_zero":
        path.symlink_to("/dev/zero")
    elif kind == "huge_int":
        path.write_text('{"schema": 1, "content_version": "x", "state": {"bias": {"n_a": %s}}}' % HUGE)
    elif kind == "deep":
        path.write_text("[" * 100_000)
    elif kind == "deep_answers":
        inner = "[" * 900 + "]" * 900
        path.write_text('{"schema": 1, "content_version": "x", "state": {"gdpr": {"custom": {"x": %s}}}}'
                        % inner)


CASES = [("progress.json", "huge_int"), ("progress.json", "deep_answers"), ("settings.json", "deep"),
         ("progress.json", "fifo"), ("settings.json", "fifo"), ("profile.json", "fifo"),
         ("statements.jsonl", "fifo"), ("progress.json", "dev_zero"), ("settings.json", "dev_zero"),
         ("profile.json", "dev_zero"), ("statements.jsonl", "dev_zero")]


@pytest.mark.parametrize("name, kind", CASES)
def test_a_hostile_file_never_stops_the_start(tmp_path, apps, name, kind):
    data = tmp_path / "learner"
    data.mkdir()
    write(data / name, kind)
    app = start_app(data, change=True)
    apps.append(app)
    lines = wait_for(app, "changed")
    if name == "progress.json":
        assert any(line.startswith("notice:") and "starts fresh" in line for line in lines), lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    assert app.returncode == 0, app.stderr.read()
    saved = json.loads((data / "progress.json").read_text())
    assert saved["state"]["quiz_answers"] == {"q1": "b"}, "saving works after the hostile file"


def test_a_progress_file_with_a_bom_is_resumed(tmp_path, apps):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "progress.json").write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD).encode())
    app = start_app(data, change=True)
    apps.append(app)
    lines = wait_for(app, "changed")
    assert not any("damaged" in line for line in lines), lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    saved = json.loads((data / "progress.json").read_text())
    assert saved["state"]["quiz_answers"] == {"q3": "a", "q1": "b"}
