"""Issue 16, item 5: an export killed at any moment leaves the old file whole (or the new
one), and never a part-written file or a temporary file holding the learner's name."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, app_env

LOOP = Path(__file__).with_name("export_loop.py")


def complete(kind: str, data: bytes) -> bool:
    if kind == "certificate":
        return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    if kind == "xapi":
        return data.startswith(b"[") and data.rstrip().endswith(b"]")
    return data.startswith(b"\xef\xbb\xbf") and data.endswith(b"\r\n")


def export(kind: str, target: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(LOOP), kind, str(target), *(["--limit", str(limit)] if limit else [])]
    return subprocess.run(cmd, capture_output=True, text=True, env=app_env(), cwd=ROOT, timeout=120)


@pytest.mark.parametrize("kind", ["certificate", "xapi", "csv"])
def test_an_export_killed_mid_write_leaves_the_old_file_whole_and_no_temporary_file(tmp_path, kind):
    out = tmp_path / "exports"
    out.mkdir()
    target = out / f"export.{kind}"
    first = export(kind, target)
    assert first.returncode == 0, first.stderr
    old = target.read_bytes()
    assert complete(kind, old)
    # Killed by the kernel at the write that passes half the file's size.
    killed = export(kind, target, limit=len(old) // 2)
    assert killed.returncode == -signal.SIGXFSZ, killed.stderr
    assert "written" not in killed.stdout
    assert target.read_bytes() == old, "the old export is untouched"
    assert [p.name for p in out.iterdir()] == [target.name], "no temporary file is left"
