"""GUI fixtures: a real session (content, state, window) per test, closed afterwards."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.app import build_parser, build_session  # noqa: E402


@pytest.fixture
def make_session(qapp, tmp_path):
    """Build sessions like the app does; every one is closed at the end of the test."""
    made = []
    from desktop import i18n

    # main() always puts a language in force (start_language); English's catalogue holds
    # the plural forms ("15 xAPI statements"), so sessions built here start the same way.
    i18n.install(qapp, i18n.SOURCE)

    def make(*argv: str, data_dir=None, show=True):
        # Windows of earlier tests wait for deletion; app.setStyle would re-style them all.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        args = build_parser().parse_args(["--data-dir", str(data_dir or tmp_path / "data"),
                                          "--theme", "light", *argv])
        session = build_session(args, qapp)
        session.window.confirm = lambda *_: True
        if show:
            session.window.resize(1366, 768)
            session.window.show()
            qapp.processEvents()
        made.append(session)
        return session

    before = set(QApplication.topLevelWidgets())
    yield make
    for session in made:
        session.close()
        session.window.close()
        session.window.deleteLater()
    qapp.processEvents()
    if i18n.current_language() != i18n.SOURCE:  # a --lang is app-wide: English for the next test
        i18n.install(qapp, i18n.SOURCE)
    leaked = [w for w in QApplication.topLevelWidgets()
              if w not in before and w.isVisible()]
    assert not leaked, f"top-level widgets left open: {leaked}"


@pytest.fixture
def session(make_session):
    return make_session()
