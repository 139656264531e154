"""Which course edition made a record: the content version and a hash of the content folder.

Both go into every statement's ``context.extensions``, so L&D can tell apart records
made by a trainer's edited copy of the course from those of the shipped one.
"""

from __future__ import annotations

from pathlib import Path

from ..model.sha import sha256  # not hashlib: it would map OpenSSL at every start (test_cli)

MAX_FILES = 2000


def content_hash(folder: Path) -> str:
    """``sha256:<hex>`` over every file's relative path and bytes, in path order."""
    folder = Path(folder)
    digest = sha256()
    files = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for path in files[:MAX_FILES]:
        name = path.relative_to(folder).as_posix().encode("utf-8")
        data = path.read_bytes()
        digest.update(len(name).to_bytes(4, "big") + name + len(data).to_bytes(8, "big") + data)
    return "sha256:" + digest.hexdigest()


def extension_iris(course_iri: str) -> tuple[str, str]:
    base = course_iri.rstrip("/") + "/xapi/extensions/"
    return base + "content-version", base + "content-hash"


def edition_extensions(course_iri: str, version: str, folder: Path) -> dict[str, str]:
    version_iri, hash_iri = extension_iris(course_iri)
    return {version_iri: version, hash_iri: content_hash(folder)}
