"""A learner's start: the window paints its start screen first, then the course fills it.

The same window object goes from start screen to course (no second window flashing
up), the first frame's theme comes from the settings file without asking Qt, and a
content problem found after that frame still ends the run with exit code 1.
"""

from __future__ import annotations

import json
import logging
import shutil

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget

from conftest import CONTENT
from desktop import APP_NAME, theme
from desktop.app import _Launch, build_parser, build_session, open_start_window


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
