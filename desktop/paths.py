"""One resolver for the course's files (resources/ and content/) wherever the app runs:

- the source tree and an editable install (``pip install -e .``): the checkout's folders,
  beside the ``desktop`` package;
- an installed wheel: package data under ``desktop/_data/`` (setup.py puts both folders
  there), found beside this module as ``importlib.resources.files("desktop")`` would give
  it for an unzipped install, without importing importlib.resources on every start;
- the PyInstaller bundle: resources/ in the bundle's data folder, content/ beside the
  executable so trainers can edit it.

``--content DIR`` overrides the content folder in every case (desktop.app).
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: Where a wheel keeps content/ and resources/ (see setup.py).
INSTALLED_DATA = "_data"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds resources/ (and, unless frozen, content/)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    installed = _PACKAGE / INSTALLED_DATA
    if installed.is_dir():
        return installed
    return _PACKAGE.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def default_content_dir() -> Path:
    """The course folder: beside the executable when frozen, so trainers can edit it."""
    if is_frozen():
        beside = Path(sys.executable).resolve().parent / "content"
        if beside.is_dir():
            return beside
    return bundle_root() / "content"
