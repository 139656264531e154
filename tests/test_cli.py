"""The command line as trainers, benchmarks and kiosk set-ups use it (real subprocesses)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CONTENT, ROOT


def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=timeout)


def broken_copy(tmp_path, name, old, new):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    text = (folder / name).read_text("utf-8")
    assert old in text, old
    text = text.replace(old, new, 1)
    (folder / name).write_text(text, "utf-8")
    line = text[: text.index(new)].count("\n") + 1 if new else None
    return folder, line


def test_validate_accepts_the_shipped_content():
    result = run("validate", str(CONTENT))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "content is valid" in result.stdout


@pytest.mark.parametrize("name, old, new, message", [
    ("step_1.yaml", "short_label: Data Arch.", "short_label: [Data Arch.", "YAML syntax error"),
    ("course.yaml", "back_link: MLOps Course Home", "back_link_typo: MLOps Course Home",
     "unknown key 'back_link_typo' (did you mean 'back_link'?)"),
    ("costs.yaml", "default: 4000", "default: four thousand", "must be a number"),
    ("step_1.yaml", "answer: b", "answer: e", "answer 'e' names no option"),
    ("step_2.yaml", "id: q2", "id: q1", "duplicate quiz id 'q1'"),
])
def test_validate_names_file_and_line_of_each_kind_of_problem(tmp_path, name, old, new, message):
    folder, line = broken_copy(tmp_path, name, old, new)
    result = run("validate", str(folder))
    assert result.returncode == 1
    lines = [l for l in result.stdout.splitlines() if l.strip()]
    expected_line = line if "missing" not in message else None
    hits = [l for l in lines if l.startswith(f"content/{name}:") and message in l]
    assert hits, result.stdout
    if expected_line is not None:
        assert hits[0].startswith(f"content/{name}:{expected_line}:"), hits


def test_broken_content_at_start_up_names_file_and_line_without_a_traceback(tmp_path):
    folder, line = broken_copy(tmp_path, "step_3.yaml", "number: 3", "number: three")
    result = run("--content", str(folder), "--quit-when-ready", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 1
    assert f"content/step_3.yaml:{line}:" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_first_frame_is_painted_before_the_content_is_read(tmp_path):
    """The window appears at once; a broken course is reported after that frame."""
    folder, _ = broken_copy(tmp_path, "step_3.yaml", "number: 3", "number: three")
    result = run("--content", str(folder), "--quit-when-shown", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "step_3.yaml" not in result.stderr


@pytest.mark.parametrize("option", ["--quit-when-shown", "--quit-when-ready"])
def test_quit_when_shown_or_ready_exits_zero(tmp_path, option):
    result = run(option, "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stderr


def test_smoke_opens_every_page_and_uses_every_control(tmp_path):
    result = run("--smoke", "--data-dir", str(tmp_path), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problem(s)" in result.stdout


def test_version_and_help():
    from desktop import __version__

    assert __version__ in run("--version").stdout
    help_text = run("--help").stdout
    for option in ("--content", "--quit-when-shown", "--quit-when-ready", "--smoke", "--reset",
                   "--data-dir"):
        assert option in help_text


def test_reset_with_yes_forgets_progress(tmp_path):
    data = tmp_path / "learner"
    data.mkdir()
    (data / "progress.json").write_text('{"schema": 1, "state": {"quiz_answers": {"q1": "b"}}}')
    result = run("--reset", "--yes", "--quit-when-ready", "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert not (data / "progress.json").exists() or '"q1"' not in (data / "progress.json").read_text()


def _loaded_after(run_flag: str, data: Path, modules: tuple[str, ...], timeout: int) -> list[str]:
    """Which of ``modules`` a real run of the app (``run_flag``) has loaded when it ends."""
    code = ("import runpy, sys\n"
            f"sys.argv = ['desktop', {run_flag!r}, '--data-dir', {str(data)!r}]\n"
            "try:\n    runpy.run_module('desktop', run_name='__main__')\n"
            "except SystemExit as exit_:\n    assert exit_.code == 0, exit_.code\n"
            f"import json; print(json.dumps(sorted(m for m in {modules!r} if m in sys.modules)))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=timeout)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_finished_course_loads_no_openssl(tmp_path):
    """--smoke visits every page and completes the course, so the certificate's
    verification code is made: with hashlib that mapped OpenSSL's libcrypto, about
    3 MB of the run's peak memory (issue 18's budget); CPython's own SHA-256 does it."""
    assert _loaded_after("--smoke", tmp_path, ("_hashlib", "hashlib"), timeout=300) == []


def test_a_learners_start_loads_neither_the_kiosk_settings_nor_openssl(tmp_path):
    """The kiosk settings (YAML, PIN hashing) and hashlib load only where they are used."""
    modules = ("desktop.kiosk.config", "desktop.kiosk.pin", "hashlib")
    assert _loaded_after("--quit-when-ready", tmp_path, modules, timeout=120) == []
