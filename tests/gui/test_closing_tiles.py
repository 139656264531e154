"""Issue 19 (review item 10): the closing page's figures at 200 % text: "87% → 30%" on
one line, and the three tiles equally wide so no caption is squeezed to three lines."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFrame

from desktop.model.settings import AppSettings, save_settings


@pytest.mark.parametrize("size", ((1366, 768), (1920, 1080)))
def test_the_closing_figures_keep_their_value_whole_and_share_the_width(make_session, tmp_path, size):
    data = tmp_path / "data"
    data.mkdir()
    save_settings(data / "settings.json", AppSettings(theme="light", text_scale=2.0))
    session = make_session(data_dir=data)
    for n in range(1, 6):
        session.state.complete_step(n)
    w = session.window
    w.resize(*size)
    w.go("closing")
    QApplication.processEvents()
    tiles = [w.findChild(QFrame, f"closing.figure_{i}") for i in (1, 2, 3)]
    lines = {t.objectName(): round(t.value.height() / t.value.fontMetrics().lineSpacing(), 1)
             for t in tiles}
    assert all(n < 1.5 for n in lines.values()), f"value lines: {lines}"
    widths = [t.width() for t in tiles]
    assert max(widths) - min(widths) <= 2, widths
