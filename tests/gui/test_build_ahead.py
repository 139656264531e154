"""After the course's first frame the app builds its other pages in idle time (issue 18),
so a learner's first visit to a page shows it instead of building it; the page the
learner is on stays, a page opened before its turn is built once, and a window rebuilt
in another language builds its pages too.
"""

from __future__ import annotations

import logging

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop import i18n, memory
from desktop.app import _Launch, build_parser, page_factories, start_language


@pytest.fixture(autouse=True)
def _restore_logging():
    """_Launch.load sets up the app's log file; put the test run's logging back."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in [h for h in root.handlers if h not in before]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)


@pytest.fixture
def launch(qapp, tmp_path):
    data = tmp_path / "data"
    args = build_parser().parse_args(["--data-dir", str(data), "--theme", "light", "--lang", "en"])
    start_language(args, qapp, data)
    launch = _Launch(args, qapp)
    yield launch
    if launch.session is not None:
        launch.session.close()
        launch.session.window.close()
        launch.session.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install(qapp, "en")


def _every_page(session) -> set[str]:
    return set(page_factories(session.course, session.state))


def _all_built(qtbot, session) -> None:
    qtbot.waitUntil(lambda: set(session.window.pages) == _every_page(session), timeout=60_000)


def test_pages_are_built_while_the_learner_reads_the_first_one(launch, qtbot):
    assert launch.load() is None
    session = launch.session
    window = session.window
    qtbot.waitExposed(window)
    _all_built(qtbot, session)
    # Built behind the page on screen: the learner was not moved.
    assert session.state.page == "intro"
    assert window.stack.currentWidget() is window.pages["intro"]
    assert window.pages["intro"].isVisible() and not window.pages["step_2"].isVisible()
    # The import hook's cached source lines of the modules those builds loaded are gone.
    assert memory.cached_source_bytes() == 0
    built = window.pages["step_2"]
    window.go("step_2")
    assert window.stack.currentWidget() is built and built.isVisible()


def test_a_page_opened_before_its_turn_is_built_then_and_only_once(launch, qtbot):
    assert launch.load() is None
    session = launch.session
    window = session.window
    window.go("step_5")  # before any idle pass: built by the visit, as before
    step_5 = window.pages["step_5"]
    assert window.stack.currentWidget() is step_5
    _all_built(qtbot, session)
    assert window.pages["step_5"] is step_5
    assert window.stack.count() == len(_every_page(session))
    assert window.stack.currentWidget() is step_5


def test_a_window_rebuilt_in_another_language_builds_its_pages_too(launch, qtbot, qapp):
    assert launch.load() is None
    first = launch.session
    qtbot.waitExposed(first.window)
    qtbot.waitUntil(lambda: len(first.window.pages) > 1, timeout=60_000)  # half way
    first.window.findChild(QAction, "action.language.de").trigger()
    qapp.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    german = launch.session
    assert german is not first and not shiboken6.isValid(first.window)
    qtbot.waitExposed(german.window)
    _all_built(qtbot, german)
    assert german.window.stack.currentWidget() is german.window.pages["intro"]
