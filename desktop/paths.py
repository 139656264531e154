"""One resolver for bundled files, the same from source and from a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """Where read-only bundled data lives (resources/)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def default_content_dir() -> Path:
    """The course folder: beside the executable when frozen, so trainers can edit it."""
    if is_frozen():
        beside = Path(sys.executable).resolve().parent / "content"
        if beside.is_dir():
            return beside
        return bundle_root() / "content"
    return Path(__file__).resolve().parent.parent / "content"
