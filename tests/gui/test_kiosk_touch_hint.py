"""A kiosk is a touch screen: its visitors are told to tap a step, not to click one."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from desktop.content.loader import load_course
from desktop.paths import default_content_dir

from .launching import launched_kiosk


def test_the_kiosk_says_tap_where_the_desktop_says_click(qapp, tmp_path, monkeypatch):
    with launched_kiosk(qapp, tmp_path, monkeypatch) as launch:
        window = launch.session.window
        launch.kiosk_controller.start_session()
        window.go("step_1")
        qapp.processEvents()
        where = window.findChild(QLabel, "nav.where")
        shown = f"{where.text()} {where.toolTip()}"
        assert "Tap a step to open it" in shown and "Click" not in shown, shown


def test_a_course_without_a_touch_hint_keeps_its_one_hint(tmp_path):
    import shutil

    folder = tmp_path / "content"
    shutil.copytree(default_content_dir(), folder)
    course_file = folder / "course.yaml"
    text = course_file.read_text("utf-8")
    course_file.write_text("\n".join(line for line in text.splitlines()
                                     if not line.startswith("step_hint_touch:")) + "\n", "utf-8")
    course = load_course(folder)
    assert course.for_touch().step_hint == course.step_hint == "Click a step to open it"
    assert load_course(default_content_dir()).for_touch().step_hint == "Tap a step to open it"
