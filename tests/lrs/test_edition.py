"""Which edition made a record: the content hash follows every byte and path; validate prints it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from desktop.lrs.edition import content_hash

from .ralph_server import ROOT


def test_the_hash_changes_with_any_content_edit_and_only_then(tmp_path):
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    original = content_hash(copy)
    assert original == content_hash(ROOT / "content") and original.startswith("sha256:")
    step = copy / "step_1.yaml"
    step.write_bytes(step.read_bytes() + b"\n# a trainer's note\n")
    assert content_hash(copy) != original
    step.rename(copy / "step_1b.yaml")
    assert content_hash(copy) not in (original,)


def test_validate_prints_the_version_and_the_hash():
    result = subprocess.run([sys.executable, "-m", "desktop", "validate"], cwd=ROOT, text=True,
                            capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert "content version: 2026." in result.stdout
    assert f"content hash: {content_hash(ROOT / 'content')}" in result.stdout
