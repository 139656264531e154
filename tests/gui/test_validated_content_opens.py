"""Whatever `validate` accepts opens: every page built and every control used once.

The content folders are the fuzz tests' (tests/model/test_fuzz_loaders.py): the real
course with some of its numbers changed, near their values or to the ones that once
passed validate and then stopped the app (a step of 1e-300, a range of ±1e308).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from desktop.app import build_parser, build_session
from desktop.content.loader import validate
from desktop.smoke import run_smoke

_spec = importlib.util.spec_from_file_location(
    "fuzz_loaders", Path(__file__).resolve().parents[1] / "model" / "test_fuzz_loaders.py")
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutations=fuzz.content_mutations)
def test_every_page_opens_from_every_folder_validate_accepts(qapp, mutations):
    with tempfile.TemporaryDirectory() as scratch:
        folder = fuzz.write_mutated_content(Path(scratch) / "content", mutations)
        if validate(folder):
            return  # refused with file:line; the content tests check those messages
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        args = build_parser().parse_args(["--content", str(folder), "--data-dir",
                                          str(Path(scratch) / "data"), "--theme", "light"])
        session = build_session(args, qapp)
        report = io.StringIO()
        try:
            with contextlib.redirect_stderr(report):
                code = run_smoke(session)
        finally:
            session.window.close()
            session.window.deleteLater()
        changed = [(leaf[0], leaf[1] + 1, new) for leaf, new in mutations]
        assert code == 0, f"validate accepted {changed}, but the pages failed:\n{report.getvalue()}"
