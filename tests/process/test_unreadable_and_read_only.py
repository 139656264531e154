"""Issue 16, items 1 and 3, as a learner (not root) meets them: a folder that cannot be
written, and a progress file that cannot be read. Runs the app as "nobody"."""

from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
from pathlib import Path

import pytest

from .conftest import needs_nobody, start_app, wait_for

pytestmark = needs_nobody
NOBODY = 65534


@pytest.fixture
def tmp_path():
    """A folder "nobody" can reach (pytest's own is root's, mode 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="emi-nobody-"))
    os.chmod(folder, 0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def good_progress(answer: str = "a") -> bytes:
    doc = {"schema": 1, "content_version": "x", "state": {"quiz_answers": {"q3": answer}}}
    return json.dumps(doc).encode()


def test_a_read_only_folder_says_progress_is_not_saved(tmp_path, apps):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "progress.json").write_bytes(good_progress())
    os.chmod(data, 0o755)  # root's folder: "nobody" may read it, not write it
    app = start_app(data, change=True, as_nobody=True)
    apps.append(app)
    lines = wait_for(app, "warning:")
    warning = lines[-1]
    assert "cannot be saved" in warning, lines
    assert not any("not affected" in line or "saved as" in line for line in lines), lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    assert json.loads((data / "progress.json").read_bytes())["state"]["quiz_answers"] == {"q3": "a"}


def test_an_unreadable_progress_file_is_set_aside_not_overwritten(tmp_path, apps):
    data = tmp_path / "learner"
    data.mkdir()
    original = good_progress("c")
    (data / "progress.json").write_bytes(original)
    os.chmod(data / "progress.json", 0o600)  # root's: "nobody" cannot read it
    os.chown(data, NOBODY, NOBODY)  # the learner's folder: "nobody" may rename in it
    app = start_app(data, change=True, as_nobody=True)
    apps.append(app)
    lines = wait_for(app, "ready")
    assert any(line.startswith("notice:") and "kept as progress.corrupt-" in line for line in lines), lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    kept = list(data.glob("progress.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert json.loads((data / "progress.json").read_bytes())["state"]["quiz_answers"] == {"q1": "b"}


def test_unreadable_progress_in_a_read_only_folder_is_never_replaced(tmp_path, apps):
    data = tmp_path / "learner"
    data.mkdir()
    original = good_progress("c")
    (data / "progress.json").write_bytes(original)
    os.chmod(data / "progress.json", 0o600)
    os.chmod(data, 0o777)  # writable, but the file cannot be moved aside: sticky folder
    os.chmod(data, 0o1777)
    app = start_app(data, change=True, as_nobody=True)
    apps.append(app)
    lines = wait_for(app, "warning:")
    assert any(line.startswith("notice:") and "nothing is saved" in line for line in lines), lines
    assert "not being saved" in lines[-1], lines
    app.send_signal(signal.SIGTERM)
    app.wait(60)
    assert (data / "progress.json").read_bytes() == original
