"""Helpers for tests that run the real app as a separate process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("drive_app.py")
HANG_GUARD_S = 120


def app_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME="/tmp",
               XDG_RUNTIME_DIR="/tmp")
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def start_app(data: Path, *app_args: str, change: bool = False, slow_save: bool = False,
              as_nobody: bool = False) -> subprocess.Popen:
    """The real app on ``data`` (offscreen), driven by drive_app.py; stdout is a pipe.

    ``as_nobody``: run as the unprivileged user "nobody" (root ignores file
    permissions, a learner does not).
    """
    own = [*(["--change"] if change else []), *(["--slow-save"] if slow_save else [])]
    cmd = [sys.executable, str(DRIVER), *own, "--",
           "--data-dir", str(data), "--theme", "light", *app_args]
    if as_nobody:
        cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *cmd]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=app_env(), cwd=ROOT)


def wait_for(proc: subprocess.Popen, word: str) -> list[str]:
    """Read the app's lines until one is or starts with ``word``; return the lines read.

    Fails with the app's stderr if it ends first."""
    lines = []
    guard = threading.Timer(HANG_GUARD_S, proc.kill)  # a hang ends the test, not the suite
    guard.start()
    try:
        for line in proc.stdout:
            lines.append(line.strip())
            if line.strip() == word or line.startswith(word + " "):
                return lines
    finally:
        guard.cancel()
    proc.wait(30)
    pytest.fail(f"the app ended (code {proc.returncode}) before '{word}':\n{proc.stderr.read()}")


@pytest.fixture
def apps():
    """Every app started by a test is stopped at its end."""
    started: list[subprocess.Popen] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
        for stream in (proc.stdout, proc.stderr):
            stream.close()


def can_drop_to_nobody() -> bool:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return False
    probe = subprocess.run(["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                            sys.executable, "-c", "import PySide6, desktop"], env=app_env(),
                           cwd=ROOT, capture_output=True)
    return probe.returncode == 0


needs_nobody = pytest.mark.skipif(not can_drop_to_nobody(),
                                  reason="needs root and setpriv to run the app as 'nobody'")
