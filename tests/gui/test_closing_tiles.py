"""Issue 19 (review item 10): the closing page's figures at 200 % text: "87% → 30%" on
one line, and the three tiles equally wide so no caption is squeezed to three lines."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFrame

from .screens import open_session


@pytest.mark.parametrize("size", ((1366, 768), (1920, 1080)))
def test_the_closing_figures_keep_their_value_whole_and_share_the_width(make_session, tmp_path, size):
    session = open_session(make_session, tmp_path, scale=2.0, size=size)
    for n in range(1, 6):
        session.state.complete_step(n)
    w = session.window
    w.go("closing")
    QApplication.processEvents()
    tiles = [w.findChild(QFrame, f"closing.figure_{i}") for i in (1, 2, 3)]
    lines = {t.objectName(): round(t.value.height() / t.value.fontMetrics().lineSpacing(), 1)
             for t in tiles}
    assert all(n < 1.5 for n in lines.values()), f"value lines: {lines}"
    widths = [t.width() for t in tiles]
    assert max(widths) - min(widths) <= 2, widths
