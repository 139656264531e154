"""Saving and loading one learner's progress file, atomically and defensively.

The file is JSON: ``{"schema": 1, "content_version": "...", "state": {...}}``.
A write goes to a temporary file in the same folder, is flushed to disk, and
then replaces the old file in one step, so a power cut leaves either the old
file or the new one. A file that cannot be read as progress is moved aside,
never deleted, and the caller is told in one sentence.

Every file the app reads goes through :func:`read_capped`: only a regular file,
opened without blocking (a FIFO in its place must not hang the start), its size
checked before a byte is read. A file that cannot be read at all (permission
denied) and cannot be moved aside makes the store read-only for the session, so
what could not be read is never overwritten.
"""

from __future__ import annotations

import errno
import glob
import json
import logging
import os
import stat
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = 1
MAX_BYTES = 5_000_000
#: Saved documents are shallow; anything deeper is not ours, and a deep one would make
#: every later save fail with RecursionError.
MAX_DEPTH = 32
#: Larger integers are not course values; ``float()`` of a 400-digit one overflows.
MAX_INT = 2 ** 53
#: Every load error of any kind means "not a file we can use" (never a crash at start).
LOAD_ERRORS = (OSError, ValueError, TypeError, KeyError, AttributeError, OverflowError,
               RecursionError, MemoryError, UnicodeError)
BOM = b"\xef\xbb\xbf"

log = logging.getLogger(__name__)


class ProgressFormatError(ValueError):
    """The bytes are not a progress document this app can read."""


@dataclass(frozen=True)
class LoadResult:
    """What loading found: the saved document (or None) and a message for the learner."""

    document: dict[str, Any] | None
    moved_to: Path | None = None
    message: str = ""


class NotRegularFile(OSError):
    """A FIFO, device or folder where a file should be."""


def read_capped(path: Path, cap: int) -> bytes:
    """The bytes of a regular file of at most ``cap`` bytes; OSError otherwise.

    Opened with O_NONBLOCK so a FIFO cannot block; fstat before reading, and at
    most ``cap + 1`` bytes read, so a link to /dev/zero cannot eat memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(f"{path} is not a regular file")
        if info.st_size > cap:
            raise ProgressFormatError(f"{path} is larger than {cap} bytes")
        chunks, left = [], cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > cap:
        raise ProgressFormatError(f"{path} grew beyond {cap} bytes while being read")
    return raw


def parse_json(raw: bytes) -> Any:
    """JSON from bytes (a UTF-8 BOM is allowed), checked to be shallow and of sane numbers."""
    try:
        value = json.loads(raw.removeprefix(BOM).decode("utf-8"))
    except LOAD_ERRORS as exc:
        raise ProgressFormatError(f"not valid JSON ({type(exc).__name__})") from None
    check_shape(value)
    return value


def check_shape(value: Any, max_depth: int = MAX_DEPTH) -> None:
    """Raise ProgressFormatError for nesting deeper than ``max_depth`` or a huge integer.

    Iterative, so a hostile document cannot exhaust the stack here either.
    """
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, (dict, list)):
            if depth >= max_depth:
                raise ProgressFormatError(f"nested deeper than {max_depth} levels")
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) > MAX_INT:
            raise ProgressFormatError("a number is too large")


def decode(raw: bytes) -> dict[str, Any]:
    """Parse progress bytes; raise ProgressFormatError for anything else."""
    if len(raw) > MAX_BYTES:
        raise ProgressFormatError("file is too large to be progress")
    doc = parse_json(raw)
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


class ReadOnlyStore(OSError):
    """Saving is off: the old file could not be read nor set aside, so it must not be replaced."""


class ProgressStore:
    """The progress file of one learner at ``path``."""

    def __init__(self, path: Path):
        self.path = Path(path)
        #: Set when the file could be neither read nor moved aside: never overwrite it.
        self.read_only = False

    def load(self) -> LoadResult:
        try:
            raw = read_capped(self.path, MAX_BYTES)
        except FileNotFoundError:
            return LoadResult(None)
        except (ProgressFormatError, NotRegularFile, PermissionError, IsADirectoryError) as exc:
            return self.set_aside(str(exc))
        except OSError as exc:
            return self.set_aside(exc.strerror or str(exc))
        try:
            return LoadResult(decode(raw))
        except ProgressFormatError as exc:
            return self.set_aside(str(exc))

    def set_aside(self, why: str) -> LoadResult:
        """Move the file that cannot be used out of the way; if even that fails, save nothing."""
        log.warning("progress file %s cannot be used (%s)", self.path, why)
        moved = self.move_aside()
        if moved is not None:
            return LoadResult(None, moved, "Your saved progress was damaged or unreadable, so the course "
                                           f"starts fresh; the old file was kept as {moved.name}.")
        self.read_only = True
        return LoadResult(None, None, "Your saved progress could not be read, so the course starts "
                                      f"fresh and nothing is saved, to keep the old file ({self.path}).")

    def move_aside(self) -> Path | None:
        return move_aside(self.path)

    def save(self, state: dict[str, Any], content_version: str) -> None:
        if self.read_only:
            raise ReadOnlyStore(0, "the old progress file could not be read, so it is kept")
        atomic_write(self.path, encode(state, content_version), mode=0o600)

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
    except BaseException:
        _unlink_quietly(tmp)
        raise
    _rename_into_place(Path(tmp), path)


def move_aside(path: Path) -> Path | None:
    """Rename an unusable file to ``<stem>.corrupt-<time>[-n]<suffix>`` beside it (never
    over an earlier one, never deleted); the new path, or None if it could not be moved."""
    path = Path(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in range(100):
        suffix = f"-{n}" if n else ""
        target = path.with_name(f"{path.stem}.corrupt-{stamp}{suffix}{path.suffix}")
        if not os.path.lexists(target):
            try:
                os.replace(path, target)
            except OSError:
                return None
            fsync_dir(path.parent)
            return target
    return None


def _rename_into_place(tmp: Path, path: Path) -> None:
    """Give the finished temporary file its real name; on failure leave no temporary file."""
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    fsync_dir(path.parent)


def _unlink_quietly(path: Path | str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def export_write(path: Path, data: bytes) -> None:
    """Write a file the learner chose (an export) so that a crash never leaves a part of it.

    On Linux the bytes go to an unnamed O_TMPFILE in the target folder, so a kill
    at any moment leaves no temporary file holding the learner's name; it gets a
    name only once complete and fsync'd, and then replaces the old file in one
    step. Elsewhere (or on a file system without O_TMPFILE) :func:`atomic_write`.
    """
    path = Path(path)
    _remove_stale_parts(path)
    tmpfile = getattr(os, "O_TMPFILE", 0)
    linkat = _linkat()
    if not tmpfile or linkat is None:
        atomic_write(path, data)
        return
    try:
        fd = os.open(path.parent, tmpfile | os.O_WRONLY, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
            raise
        atomic_write(path, data)  # the file system has no unnamed temporary files
        return
    try:
        write_all(fd, data)
        os.fsync(fd)
        os.fchmod(fd, 0o644 & ~_umask())
        for _ in range(100):
            tmp = path.with_name(f".{path.name}.{os.urandom(6).hex()}.part")
            if linkat(fd, tmp):
                break
        else:
            raise FileExistsError(f"no free temporary name next to {path}")
    finally:
        os.close(fd)
    _rename_into_place(tmp, path)


def _remove_stale_parts(path: Path) -> None:
    """A kill in the microseconds between naming and renaming leaves ``.<name>.<hex>.part``:
    the next export to the same name removes it."""
    try:
        stale = list(path.parent.glob(f".{glob.escape(path.name)}.*.part"))
    except OSError:
        return
    for part in stale:
        _unlink_quietly(part)


def _linkat():
    """linkat(fd, "", AT_EMPTY_PATH) via /proc, which os.link cannot do (it calls link(2)),
    or None where that is not available. Returns a function: True once linked,
    False if the name was taken; OSError otherwise."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.linkat
    except (OSError, AttributeError):
        return None
    at_fdcwd, at_symlink_follow = -100, 0x400

    def link(fd: int, target: Path) -> bool:
        source = f"/proc/self/fd/{fd}".encode()
        if call(at_fdcwd, source, at_fdcwd, os.fsencode(target), at_symlink_follow) == 0:
            return True
        err = ctypes.get_errno()
        if err == errno.EEXIST:
            return False
        raise OSError(err, os.strerror(err), str(target))

    return link


def write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written (a write may take fewer)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
