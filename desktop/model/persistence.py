"""Saving and loading one learner's progress file, atomically and defensively.

The file is JSON: ``{"schema": 1, "content_version": "...", "state": {...}}``.
A write goes to a temporary file in the same folder, is flushed to disk, and
then replaces the old file in one step, so a power cut leaves either the old
file or the new one. A file that cannot be read as progress is moved aside,
never deleted, and the caller is told in one sentence.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = 1
MAX_BYTES = 5_000_000


class ProgressFormatError(ValueError):
    """The bytes are not a progress document this app can read."""


@dataclass(frozen=True)
class LoadResult:
    """What loading found: the saved document (or None) and a message for the learner."""

    document: dict[str, Any] | None
    moved_to: Path | None = None
    message: str = ""


def decode(raw: bytes) -> dict[str, Any]:
    """Parse progress bytes; raise ProgressFormatError for anything else."""
    if len(raw) > MAX_BYTES:
        raise ProgressFormatError("file is too large to be progress")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ProgressFormatError(f"not valid JSON ({type(exc).__name__})") from None
    if not isinstance(doc, dict):
        raise ProgressFormatError("not a JSON object")
    if doc.get("schema") != SCHEMA:
        raise ProgressFormatError(f"unknown schema {doc.get('schema')!r}")
    if not isinstance(doc.get("state"), dict):
        raise ProgressFormatError("no state object")
    return doc


def encode(state: dict[str, Any], content_version: str) -> bytes:
    doc = {"schema": SCHEMA, "content_version": content_version,
           "saved_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "state": state}
    return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")


class ProgressStore:
    """The progress file of one learner at ``path``."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> LoadResult:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return LoadResult(None)
        except OSError as exc:
            return LoadResult(None, None, f"Your saved progress could not be read ({exc.strerror}); "
                                          "the course starts fresh.")
        try:
            return LoadResult(decode(raw))
        except ProgressFormatError:
            moved = self.move_aside()
            where = f" It was kept as {moved.name}." if moved else ""
            return LoadResult(None, moved, "Your saved progress was damaged, so the course starts "
                                           f"fresh.{where}")

    def move_aside(self) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        for n in range(100):
            suffix = f"-{n}" if n else ""
            target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{suffix}{self.path.suffix}")
            if not target.exists():
                try:
                    os.replace(self.path, target)
                except OSError:
                    return None
                return target
        return None

    def save(self, state: dict[str, Any], content_version: str) -> None:
        atomic_write(self.path, encode(state, content_version))

    def delete(self) -> list[Path]:
        """Remove the progress file and any moved-aside copies; return what was removed."""
        removed = []
        pattern = f"{self.path.stem}*{self.path.suffix}"
        for p in [*self.path.parent.glob(pattern), *self.path.parent.glob(f".{self.path.name}.*.tmp")]:
            try:
                p.unlink()
                removed.append(p)
            except OSError:
                pass
        return removed


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write atomically: temp file in the same folder, flush, fsync, replace, fsync the folder.

    A crash or power cut at any moment leaves either the old file or the new one.
    ``mode`` sets the file's permissions before it takes the real name.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; os.replace is atomic there
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
