"""Issue 16, items 2 and 8: one window per data folder; a signal saves before the app ends."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest

from .conftest import ROOT, app_env, start_app, wait_for


def listing(folder):
    """The learner's files (the log is the first window's: it notes the second start)."""
    return sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size)
                  for p in folder.iterdir() if p.is_file())


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 0), (signal.SIGHUP, 0), (signal.SIGINT, 130)])
def test_a_signal_right_after_a_change_saves_it_and_ends_cleanly(tmp_path, apps, sig, code):
    data = tmp_path / "learner"
    app = start_app(data, change=True, slow_save=True)
    apps.append(app)
    wait_for(app, "changed")
    assert not (data / "progress.json").exists(), "the change is still waiting to be saved"
    app.send_signal(sig)
    app.wait(60)
    stderr = app.stderr.read()
    assert app.returncode == code, stderr
    assert "Fatal Python error" not in stderr and "Traceback" not in stderr, stderr
    saved = json.loads((data / "progress.json").read_text())
    assert saved["state"]["quiz_answers"] == {"q1": "b"}


def test_a_second_start_on_the_same_folder_brings_the_first_forward_and_writes_nothing(tmp_path, apps):
    data = tmp_path / "learner"
    first = start_app(data, change=True, slow_save=True)
    apps.append(first)
    wait_for(first, "changed")
    before = listing(data)
    second = subprocess.run([sys.executable, "-m", "desktop", "--data-dir", str(data),
                             "--theme", "light"], capture_output=True, text=True, env=app_env(),
                            cwd=ROOT, timeout=60)
    assert second.returncode == 0, second.stderr
    assert "already open" in second.stderr
    assert listing(data) == before, "the second start wrote into the folder"
    assert first.poll() is None, "the first window is still running"
    first.send_signal(signal.SIGTERM)
    first.wait(60)
    log = "\n".join(p.read_text() for p in (data / "logs").glob("*.log"))
    assert "bringing the window to the front" in log
    saved = json.loads((data / "progress.json").read_text())
    assert saved["state"]["quiz_answers"] == {"q1": "b"}, "the first window's answer survives"


def test_a_lock_left_by_a_killed_app_is_taken_over(tmp_path, apps):
    data = tmp_path / "learner"
    crashed = start_app(data)
    apps.append(crashed)
    wait_for(crashed, "ready")
    crashed.kill()
    crashed.wait(30)
    assert (data / "instance.lock").exists(), "SIGKILL leaves the lock file behind"
    again = start_app(data, change=True, slow_save=True)
    apps.append(again)
    wait_for(again, "changed")
    again.send_signal(signal.SIGTERM)
    again.wait(60)
    assert again.returncode == 0, again.stderr.read()
    assert json.loads((data / "progress.json").read_text())["state"]["quiz_answers"] == {"q1": "b"}
