"""Keep the app's memory near what it needs: drop the source lines PySide6 caches.

Once PySide6 is imported, shiboken's import hook checks every newly imported Python
module for ``from __feature__`` use by reading its whole source with
``inspect.getsource``; that puts the source of every module (numpy, pyqtgraph, the
app's own) into ``linecache`` for the rest of the run, about 15 MB once every page is
built. Nothing in the app reads those lines again (a traceback re-reads the few it
needs), so :func:`release_caches` forgets them after start-up and after each page is
built (on a visit or ahead, in idle time) or shown; the pages built later reuse that
memory instead of growing the process.
Measured again for issue 18 (one StepPage, parts): peak RSS after ``--smoke`` is
157 MB with the purge and 169 MB without it (3 runs each, offscreen), so it stays.

Portable: ``linecache`` is the standard library's; a frozen bundle has no sources to
cache, so there the call costs nothing.
"""

from __future__ import annotations

import linecache


def cached_source_bytes() -> int:
    """How many characters of source ``linecache`` holds now (for tests and benchmarks)."""
    total = 0
    for entry in list(linecache.cache.values()):
        if len(entry) == 4:  # (size, mtime, lines, fullname); lazy entries have 1 item
            total += sum(len(line) for line in entry[2])
    return total


def release_caches(*_: object) -> None:
    """Forget cached source lines; a slot for ``MainWindow.page_shown`` and ``page_built``
    (ignores their args)."""
    linecache.clearcache()
