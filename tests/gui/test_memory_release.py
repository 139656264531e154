"""PySide6's import hook caches no source lines in the app (see desktop/memory.py)."""

from __future__ import annotations

import importlib
import linecache
import sys

from desktop import memory


def test_source_lines_are_forgotten_after_start_up(session):
    assert memory.cached_source_bytes() == 0


def test_a_module_imported_later_leaves_no_source_lines_behind(session, tmp_path, monkeypatch):
    """A page built later imports modules (pyqtgraph, numpy, the parts); the hook read
    each one's whole source into linecache, ~15 MB that stayed fragmented (issue 18)."""
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n")
    (tmp_path / "plain.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        assert importlib.import_module("uses_qt").VALUE == 1
        assert importlib.import_module("plain").VALUE == 2
        assert str(tmp_path / "uses_qt.py") not in linecache.cache
        assert memory.cached_source_bytes() == 0
        # The hook still gets its answer: which of them mention PySide6.
        assert memory._mentions_pyside(sys.modules["uses_qt"])
        assert not memory._mentions_pyside(sys.modules["plain"])
        assert not memory._mentions_pyside(sys)  # built in: no source, as inspect said
    finally:
        sys.modules.pop("uses_qt", None)
        sys.modules.pop("plain", None)
