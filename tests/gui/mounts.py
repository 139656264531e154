"""Real file systems for tests: a read-only bind mount and a small tmpfs (root only)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True).returncode == 0


def can_mount(probe: Path) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    probe.mkdir(parents=True, exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)):
        return False
    _run("umount", str(probe))
    return True


@pytest.fixture
def mounts(tmp_path):
    """``mounts.read_only(folder)`` / ``mounts.writable(folder)`` / ``mounts.tmpfs(folder, kb)``;
    every mount is undone at the end of the test. Skips where the test cannot mount."""
    if not can_mount(tmp_path / ".probe"):
        pytest.skip("needs root and mount(8) for a real read-only or full file system")
    m = _Mounts()
    yield m
    m.undo()


class _Mounts:
    def __init__(self):
        self.active: list[Path] = []

    def read_only(self, folder: Path) -> None:
        """Turn ``folder`` read-only in place (a bind mount onto itself, remounted ro)."""
        assert _run("mount", "--bind", str(folder), str(folder))
        self.active.append(folder)
        assert _run("mount", "-o", "remount,ro,bind", str(folder))

    def writable(self, folder: Path) -> None:
        assert _run("mount", "-o", "remount,rw,bind", str(folder))

    def tmpfs(self, folder: Path, kilobytes: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        assert _run("mount", "-t", "tmpfs", "-o", f"size={kilobytes}k,mode=0755", "tmpfs", str(folder))
        self.active.append(folder)

    def undo(self) -> None:
        for folder in reversed(self.active):
            _run("umount", "-l", str(folder))
        self.active.clear()


@contextlib.contextmanager
def filled(folder: Path):
    """Fill the file system of ``folder`` to the last byte; free it again afterwards."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 4096, 1):
            while True:
                try:
                    if os.write(fd, b"\0" * size) < size:
                        break
                except OSError:
                    break
    finally:
        os.close(fd)
    try:
        yield filler
    finally:
        filler.unlink()
