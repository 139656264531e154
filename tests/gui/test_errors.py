"""Unexpected errors are logged, told in one friendly sentence, and cost no progress."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from desktop.errors import FRIENDLY, ErrorHandler, setup_logging

import pytest

from conftest import ROOT


@pytest.fixture(autouse=True)
def restore_logging():
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for h in root.handlers[:]:
        if h not in before:
            root.removeHandler(h)
            h.close()


def test_an_error_in_a_slot_is_logged_shown_and_progress_flushed(session, tmp_path):
    log_path = setup_logging(tmp_path / "appdata")
    handler = ErrorHandler(session.window.show_notice, session.saver.flush)
    session.state.answer_quiz("q1", "b")          # pending, debounced save
    assert session.saver.pending
    try:
        raise ZeroDivisionError("boom in a calculator")
    except ZeroDivisionError:
        handler.handle(*sys.exc_info())
    assert handler.errors == 1
    assert session.window.notice.isVisible()
    assert session.window.notice_text.text() == FRIENDLY
    saved = json.loads(session.store.path.read_text())
    assert saved["state"]["quiz_answers"] == {"q1": "b"}, "progress was flushed"
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_path.read_text()
    assert "ZeroDivisionError: boom in a calculator" in text and "Traceback" in text
    # The app keeps working.
    session.window.go("step_2")
    assert session.state.page == "step_2"


def test_the_log_is_size_capped(tmp_path):
    path = setup_logging(tmp_path)
    big = "x" * 10_000
    for _ in range(400):
        logging.getLogger("desktop").error(big)
    files = list(path.parent.glob("app.log*"))
    assert sum(f.stat().st_size for f in files) < 4 * 600 * 1024
    assert len(files) <= 4


def test_smoke_runs_with_every_socket_refused(tmp_path):
    """The app opens no network connection: with socket creation failing, smoke passes."""
    code = (
        "import socket, sys\n"
        "class Refused(socket.socket):\n"
        "    def __init__(self, *a, **k):\n"
        "        raise OSError('network is not allowed in this test')\n"
        "socket.socket = Refused\n"
        "socket.create_connection = lambda *a, **k: (_ for _ in ()).throw(OSError('no network'))\n"
        "from desktop.app import main\n"
        "rc = main(['--smoke', '--data-dir', sys.argv[1]])\n"
        "assert 'PySide6.QtNetwork' not in sys.modules, 'QtNetwork was imported'\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problem(s)" in result.stdout
