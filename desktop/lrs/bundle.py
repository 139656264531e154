"""A records bundle: one zip a learner hands over on a USB stick when the laptop never goes online.

It holds ``statements.json`` (the xAPI statements, ready to POST), ``summary.csv``,
``certificate.pdf`` when there is one, and ``manifest.json``: the SHA-256 and size
of each file, the learner, the course and content edition, and the export time.
``python -m desktop records push BUNDLE.zip --lrs-config FILE`` checks every hash
and posts the statements; their ids are fixed, so pushing twice stores nothing new.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..model.persistence import atomic_write

MANIFEST = "manifest.json"
STATEMENTS = "statements.json"
SCHEMA = 1
MAX_MEMBER_BYTES = 50_000_000  # a bundle from a stranger's stick is read with limits


class BundleError(Exception):
    """The file is not a records bundle this app can trust; the message says why."""


@dataclass(frozen=True)
class Bundle:
    manifest: dict[str, Any]
    statements: list[dict[str, Any]]
    files: dict[str, bytes]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_bundle(files: Mapping[str, bytes], *, learner: Mapping[str, str],
                 course: Mapping[str, str], exported_at: str, app_version: str) -> bytes:
    """The zip's bytes: the files, then a manifest that vouches for each of them."""
    manifest = {"schema": SCHEMA, "exported_at": exported_at, "app_version": app_version,
                "learner": dict(learner), "course": dict(course),
                "files": {name: {"sha256": sha256(data), "bytes": len(data)}
                          for name, data in sorted(files.items())}}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in sorted(files.items()):
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False))
    return out.getvalue()


def write_bundle(path: Path, files: Mapping[str, bytes], **details: Any) -> None:
    atomic_write(Path(path), build_bundle(files, **details), mode=0o600)


def read_bundle(path: Path) -> Bundle:
    """Open and verify a bundle; BundleError names the file and what is wrong."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = {i.filename: i for i in zf.infolist()}
            if MANIFEST not in members:
                raise BundleError(f"{path}: no {MANIFEST}: this is not a records bundle")
            data = {}
            for name, info in members.items():
                if info.file_size > MAX_MEMBER_BYTES:
                    raise BundleError(f"{path}: {name} is larger than a records bundle holds")
                data[name] = zf.read(name)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise BundleError(f"{path}: cannot be read as a zip file ({exc})") from None
    try:
        manifest = json.loads(data.pop(MANIFEST).decode("utf-8"))
        listed = manifest["files"]
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise BundleError(f"{path}: {MANIFEST} is damaged") from None
    for name, entry in listed.items():
        if name not in data:
            raise BundleError(f"{path}: {name} is listed in the manifest but missing")
        if sha256(data[name]) != entry.get("sha256"):
            raise BundleError(f"{path}: {name} does not match its SHA-256 in the manifest "
                              "(the file was changed or damaged)")
    extra = set(data) - set(listed)
    if extra:
        raise BundleError(f"{path}: files not in the manifest: {', '.join(sorted(extra))}")
    try:
        statements = json.loads(data[STATEMENTS].decode("utf-8"))
        if not isinstance(statements, list) or not all(isinstance(s, dict) for s in statements):
            raise ValueError
    except (KeyError, ValueError, UnicodeDecodeError):
        raise BundleError(f"{path}: {STATEMENTS} is missing or not a list of statements") from None
    return Bundle(manifest, statements, data)


class MemoryLedger:
    """A ledger for one push: the LRS's own id check makes a second push harmless."""

    def __init__(self):
        from .ledger import Ledger

        self.ledger = Ledger()

    def load(self):
        return self.ledger

    def save(self, ledger) -> None:
        self.ledger = ledger


def push_bundles(paths: list[Path], config: Any) -> int:
    """Verify and post each bundle; 0 when every statement is in the LRS or refused with a reason."""
    from .client import LrsClient
    from .sender import sync_once

    client, code = LrsClient(config), 0
    for path in paths:
        try:
            bundle = read_bundle(path)
        except BundleError as exc:
            print(exc)
            code = 1
            continue
        store = MemoryLedger()
        result = sync_once(bundle.statements, store, client, lambda s: s, config.batch_size)
        learner = bundle.manifest.get("learner", {})
        who = learner.get("name") or learner.get("id", "?")
        print(f"{path.name}: {who}: {result.sent} of {len(bundle.statements)} statements now in "
              f"{config.name}, {result.rejected} refused")
        for sid, reason in store.ledger.rejected.items():
            print(f"  refused {sid}: {reason}")
        if result.problem:
            print(f"  stopped: {result.problem}: {result.detail}")
            code = 1
    return code
