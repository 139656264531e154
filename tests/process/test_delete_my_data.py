"""Issue 16, item 6: "Delete my data" killed half way removes the name and e-mail first,
and the next start finishes the deletion and says so."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from .conftest import ROOT, app_env, start_app, wait_for

# Erases a folder, and SIGKILLs itself as the second file is about to be removed
# (a Python audit hook sees every os.remove / os.unlink before it happens).
KILL_AT_SECOND_REMOVAL = """
import os, signal, sys
from pathlib import Path
from desktop.model.learning_record import erase_learner_data
from desktop.model.persistence import ProgressStore

removals = []
def hook(event, args):
    if event == "os.remove" and not str(args[0]).endswith("erasing"):
        removals.append(str(args[0]))
        if len(removals) == 2:
            print(removals[0], flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
sys.addaudithook(hook)
folder = Path(sys.argv[1])
erase_learner_data(folder, ProgressStore(folder / "progress.json"))
"""


def test_a_deletion_killed_half_way_is_finished_at_the_next_start(tmp_path, apps):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "progress.json").write_text(json.dumps(
        {"schema": 1, "content_version": "x", "state": {"quiz_answers": {"q3": "a"}}}))
    (data / "profile.json").write_text(json.dumps(
        {"schema": 1, "learner_id": "0" * 32, "registration": "00000000-0000-4000-8000-000000000000",
         "name": "Ada Lovelace", "email": "ada@example.com"}))
    (data / "statements.jsonl").write_text(json.dumps(
        {"id": "1", "verb": {"id": "x"}, "actor": {"name": "Ada Lovelace"}}) + "\n")
    killed = subprocess.run([sys.executable, "-c", KILL_AT_SECOND_REMOVAL, str(data)],
                            capture_output=True, text=True, env=app_env(), cwd=ROOT, timeout=60)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    first_removed = killed.stdout.strip()
    assert not first_removed.endswith("progress.json"), "the name and e-mail go first"
    app = start_app(data)
    apps.append(app)
    lines = wait_for(app, "ready")
    assert any("interrupted" in line and "finished" in line for line in lines), lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    left = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    assert not any(b"Ada" in content or b"ada@" in content for content in left.values()), left.keys()
    assert "erasing" not in left
