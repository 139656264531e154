"""What an IT admin meets installing the course: the kiosk PIN set-up, a smoke run that
leaves nothing behind, and the wheel (real subprocesses, real files, a real wheel)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

PIN = "482913"


def run(*args: str, stdin: str = "", cwd: Path = ROOT, env: dict | None = None,
        python: list[str] | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([*(python or [sys.executable, "-m", "desktop"]), *args], cwd=cwd,
                          env=environment, input=stdin, capture_output=True, text=True,
                          timeout=300)


# -- kiosk set-pin -----------------------------------------------------------------------------
def test_set_pin_says_what_it_did_and_enables_a_kiosk_only_when_asked(tmp_path):
    result = run("kiosk", "set-pin", "--data-dir", str(tmp_path), stdin=f"{PIN}\n")
    assert result.returncode == 0, result.stderr
    assert f"PIN saved to {tmp_path / 'kiosk.yaml'}" in result.stdout
    assert "Kiosk mode is OFF" in result.stdout and "--enable" in result.stdout
    check = run("kiosk", "check", "--data-dir", str(tmp_path))
    assert "  enabled: false" in check.stdout and "  pin: set" in check.stdout

    result = run("kiosk", "set-pin", "--data-dir", str(tmp_path), "--enable", stdin=f"{PIN}\n")
    assert result.returncode == 0, result.stderr
    assert "Kiosk mode is ON: the next start with the data folder" in result.stdout
    assert "  enabled: true" in run("kiosk", "check", "--data-dir", str(tmp_path)).stdout

    # Without --enable again, an existing file keeps its choice (and says so).
    result = run("kiosk", "set-pin", "--data-dir", str(tmp_path), stdin="2468\n")
    assert "Kiosk mode is ON" in result.stdout
    assert (tmp_path / "kiosk.yaml").read_text("utf-8").count("enabled:") == 1


# -- kiosk self-test: the way out, through the pad ----------------------------------------------
def test_kiosk_self_test_leaves_the_kiosk_with_its_pin(tmp_path):
    assert run("kiosk", "set-pin", "--data-dir", str(tmp_path), stdin=f"{PIN}\n").returncode == 0
    result = run("kiosk", "self-test", "--data-dir", str(tmp_path), stdin=f"{PIN}\n")
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line.split(": ", 1)[1] for line in result.stdout.splitlines()]
    assert steps[0] == f"started as a kiosk from {tmp_path / 'kiosk.yaml'}"
    assert steps[1].startswith("a wrong PIN was refused: ") and "PIN" in steps[1][24:]
    assert steps[2:] == ["the PIN unlocked the pad: the administrator panel is open",
                         "left through 'Exit kiosk mode' (exit code 0): OK"]


def test_kiosk_self_test_fails_on_a_wrong_pin_and_without_one(tmp_path):
    assert run("kiosk", "set-pin", "--data-dir", str(tmp_path), stdin=f"{PIN}\n").returncode == 0
    result = run("kiosk", "self-test", "--data-dir", str(tmp_path), stdin="111111\n")
    assert result.returncode == 1
    assert "FAILED: SelfTestFailed: the PIN did not unlock the pad" in result.stdout
    empty = tmp_path / "no-pin"
    result = run("kiosk", "self-test", "--data-dir", str(empty), stdin=f"{PIN}\n")
    assert result.returncode == 1 and "no PIN is set" in result.stdout


def test_kiosk_self_test_fails_where_the_pin_hash_cannot_be_computed(tmp_path):
    """The bundle's old fault (no hashlib.scrypt) is what the self-test exists to catch."""
    assert run("kiosk", "set-pin", "--data-dir", str(tmp_path), stdin=f"{PIN}\n").returncode == 0
    without_scrypt = [sys.executable, "-c",
                      "import hashlib, sys; del hashlib.scrypt\n"
                      "from desktop.app import main; sys.exit(main(sys.argv[1:]))"]
    result = run("kiosk", "self-test", "--data-dir", str(tmp_path), stdin=f"{PIN}\n",
                 python=without_scrypt)
    assert result.returncode == 1
    assert "FAILED: AttributeError: module 'hashlib' has no attribute 'scrypt'" in result.stdout


# -- --smoke -------------------------------------------------------------------------------
def test_smoke_leaves_no_temporary_folder(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    result = run("--smoke", env={"TMPDIR": str(scratch)})
    assert result.returncode == 0, result.stderr
    assert list(scratch.iterdir()) == []


# -- the wheel -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                            str(ROOT)], capture_output=True, text=True, timeout=600, cwd=out)
    assert build.returncode == 0, build.stdout + build.stderr
    return next(out.glob("enterprise_ml_integration-*.whl"))


@pytest.mark.slow
def test_the_wheel_carries_the_course_and_its_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in ("content", "resources"):
        # Translators' Qt Linguist sources (.ts) stay in the checkout: the app reads the .qm.
        files = {p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".ts"}
        assert {f"desktop/_data/{f}" for f in files} <= names, folder
    assert any(n.endswith("/i18n/emi_de.qm") for n in names), "the compiled German catalogue"
    assert not any(n.endswith(".ts") for n in names), "translators' sources are not shipped"


@pytest.mark.slow
def test_the_unpacked_wheel_runs_from_another_folder(wheel, tmp_path):
    """As installed: only the wheel's files on the path, started from an unrelated folder."""
    site = tmp_path / "site-packages"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {"PYTHONPATH": str(site), "TMPDIR": str(tmp_path)}
    python = [sys.executable, "-P", "-m", "desktop"]  # -P: the current folder is not on the path
    result = run("validate", cwd=elsewhere, env=env, python=python)
    # (then the content version and hash: issue 21)
    assert result.stdout.splitlines()[0] == f"{site / 'desktop' / '_data' / 'content'}: content is valid", (
        result.stdout + result.stderr)
    result = run("--smoke", cwd=elsewhere, env=env, python=python)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("smoke: 8 pages")


def test_the_bundle_keeps_what_the_pin_hash_needs():
    """hashlib.scrypt lives only in _hashlib (OpenSSL); the bundle's CI smoke proves the rest."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bundle_common",
                                                  ROOT / "packaging" / "bundle_common.py")
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    import _hashlib  # noqa: F401 - the module the excludes must keep

    assert "_hashlib" not in common.excludes() and "hashlib" not in common.excludes()
