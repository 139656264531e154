"""Sessions as a learner sees them on a given screen: language, text size, window size."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop.model.settings import AppSettings, save_settings


def open_session(make_session, tmp_path, *, lang: str = "en", scale: float = 1.0,
                 size: tuple[int, int] = (1366, 768)):
    """A session started with ``scale`` text saved in its settings (as after a restart)."""
    data = tmp_path / "data"
    data.mkdir()
    save_settings(data / "settings.json", AppSettings(theme="light", text_scale=scale))
    session = make_session("--lang", lang, data_dir=data)
    session.window.resize(*size)
    QApplication.processEvents()
    return session


def show_custom_gdpr_result(session) -> None:
    """Step 2 with a described use case checked: nine checks, one failing (the reviewer's
    "custom-result" screenshot)."""
    gdpr, state = session.course.topic("gdpr"), session.state
    state.gdpr.mode = "custom"
    state.gdpr.custom = {**gdpr.preset("resume_screening").answers, "human_review": "no",
                         "art22_exception": "explicit_consent",
                         "data": ("contact", "career", "children")}
    state.gdpr.custom_checked = True
    session.window.go("step_2")
    QApplication.processEvents()
