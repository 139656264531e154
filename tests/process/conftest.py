"""Helpers for tests that run the real app as a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("drive_app.py")


def app_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def start_app(data: Path, *app_args: str, change: bool = False, user: str | None = None
              ) -> subprocess.Popen:
    """The real app on ``data`` (offscreen), driven by drive_app.py; stdout is a pipe."""
    cmd = [sys.executable, str(DRIVER), *(["--change"] if change else []), "--",
           "--data-dir", str(data), "--theme", "light", *app_args]
    if user:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=app_env(), cwd=ROOT)


def wait_for(proc: subprocess.Popen, word: str) -> None:
    """Read the app's lines until ``word``; fail with its stderr if it ends first."""
    for line in proc.stdout:
        if line.strip() == word:
            return
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
