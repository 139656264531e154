"""A learner's start: the window paints its start screen first, then the course fills it.

The same window object goes from start screen to course (no second window flashing
up), the first frame's theme comes from the settings file without asking Qt, and a
content problem found after that frame still ends the run with exit code 1.

After the course's first frame the app builds its other pages in idle time (issue 18),
so a learner's first visit to a page shows it instead of building it; the page the
learner is on stays, a page opened before its turn is built once, and a window rebuilt
in another language builds its pages too.
"""

from __future__ import annotations

import json
import logging
import shutil

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from conftest import CONTENT
from desktop import APP_NAME, i18n, memory, theme
from desktop.app import (
    _Launch, build_parser, build_session, open_start_window, page_factories, start_language,
)


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


def _args(data, *extra):
    return build_parser().parse_args(["--data-dir", str(data), *extra])


def _run_load_in_event_loop(qapp, launch, window, appearance) -> int:
    """As the app does: load from a timer once the loop runs; the loop's exit code."""
    QTimer.singleShot(0, lambda: launch.load_into(window, appearance))
    guard = QTimer(singleShot=True, interval=20_000)  # never hang the test run
    guard.timeout.connect(lambda: qapp.exit(99))
    guard.start()
    try:
        return qapp.exec()
    finally:
        guard.stop()


def _close(window, session=None):
    if session is not None:
        session.close()
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_start_screen_then_the_course_in_the_same_window(qapp, tmp_path, qtbot):
    args = _args(tmp_path / "data", "--theme", "light")
    window, appearance = open_start_window(args, qapp, tmp_path / "data")
    session = None
    try:
        qtbot.waitExposed(window)
        assert window.isVisible()
        assert window.windowTitle() == APP_NAME
        assert window.findChild(QLabel, "start.title").text() == APP_NAME
        assert window.findChild(QStackedWidget, "shell.pages") is None  # nothing loaded yet

        session = build_session(args, qapp, window=window, appearance=appearance)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert session.window is window
        assert window.windowTitle() == session.course.title
        assert window.findChild(QLabel, "start.title") is None
        assert window.stack.currentWidget() is window.pages["intro"]
        assert window.stack.currentWidget().isVisible()
    finally:
        _close(window, session)


def test_first_frame_uses_the_remembered_system_theme_then_follows_the_system(qapp, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    # Last time the system was dark; this machine (offscreen) reports no dark scheme.
    (data / "settings.json").write_text(json.dumps({"theme": "system", "system_theme": "dark"}))
    args = _args(data)
    window, appearance = open_start_window(args, qapp, data)
    session = None
    try:
        assert theme.current().name == "dark"
        assert theme.PALETTES["dark"]["window"] in qapp.styleSheet()
        session = build_session(args, qapp, window=window, appearance=appearance)
        assert theme.current().name == "light"
        assert theme.PALETTES["light"]["window"] in qapp.styleSheet()
        saved = json.loads((data / "settings.json").read_text())
        assert saved["system_theme"] == "light" and saved["theme"] == "system"
    finally:
        _close(window, session)


def test_broken_content_found_after_the_first_frame_ends_the_run_with_1(qapp, tmp_path, capsys):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT, folder)
    path = folder / "step_3.yaml"
    path.write_text(path.read_text("utf-8").replace("number: 3", "number: three", 1), "utf-8")
    args = _args(tmp_path / "data", "--theme", "light", "--content", str(folder),
                 "--quit-when-ready")
    window, appearance = open_start_window(args, qapp, tmp_path / "data")
    try:
        launch = _Launch(args, qapp)
        assert _run_load_in_event_loop(qapp, launch, window, appearance) == 1
        assert launch.code == 1
        assert launch.session is None
        assert "content/step_3.yaml:" in capsys.readouterr().err
    finally:
        _close(window)


def test_an_unexpected_error_while_loading_ends_the_run_instead_of_hanging(qapp, tmp_path,
                                                                          monkeypatch, capsys):
    import desktop.app

    def broken(*_a, **_k):
        raise RuntimeError("disk vanished")

    args = _args(tmp_path / "data", "--theme", "light")
    window, appearance = open_start_window(args, qapp, tmp_path / "data")
    monkeypatch.setattr(desktop.app, "build_session", broken)
    try:
        launch = _Launch(args, qapp)
        assert _run_load_in_event_loop(qapp, launch, window, appearance) == 1
        assert launch.code == 1
        assert "disk vanished" in capsys.readouterr().err
    finally:
        _close(window)


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
