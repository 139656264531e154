"""Keep the app's memory near what it needs: PySide6's import hook caches no source lines.

Once PySide6 is imported, shiboken's import hook checks every newly imported Python
module for ``from __feature__`` use: ``shibokensupport.feature._mod_uses_pyside`` reads
the module's whole source with ``inspect.getsource``, which puts it into ``linecache``
for the rest of the run (numpy, pyqtgraph and the app's own: about 15 MB once every page
is built). Forgetting those lines afterwards (what this module did before) returned
little: they are millions of small strings, allocated between the imports' code
objects, and Python keeps an arena as long as one object in it lives.
:func:`stop_source_caching` gives the hook the same answer (does the source mention
"PySide6"?) read straight from the file, so nothing is cached in the first place.
Measured for issue 18 (peak RSS after ``--smoke``, offscreen, 2 runs each): 157.9 MB
with the old purge, 151.8 MB with this.

Portable: a frozen bundle has no sources; ``inspect.getsource`` failed there and the
hook answered False, as the file read does. If a PySide6 release renames the hook,
nothing is replaced and :func:`release_caches` after start-up still drops the lines.
"""

from __future__ import annotations

import linecache


def _mentions_pyside(module: object) -> bool:
    """The hook's question, answered without ``linecache``: does the module's source
    (its ``.py`` file) contain "PySide6"?"""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def stop_source_caching() -> bool:
    """Replace the import hook's source check (call once PySide6 is imported); whether it could."""
    try:
        import shibokensupport.feature as feature  # PySide6's own, made by importing PySide6
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _mentions_pyside
    return True


def cached_source_bytes() -> int:
    """How many characters of source ``linecache`` holds now (for tests and benchmarks)."""
    total = 0
    for entry in list(linecache.cache.values()):
        if len(entry) == 4:  # (size, mtime, lines, fullname); lazy entries have 1 item
            total += sum(len(line) for line in entry[2])
    return total


def release_caches(*_: object) -> None:
    """Forget cached source lines (those of the modules imported before
    :func:`stop_source_caching`); ignores its args."""
    linecache.clearcache()
