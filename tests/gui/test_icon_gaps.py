"""Issue 19 item 11 (review items 6 and 7): every button with an icon and words keeps the
icon clear of the words, and the icon grows with the text size like the words do.

Measured on the pixels the button paints: the blank columns between the icon's ink and
the text's ink, and the icon's own ink height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from .screens import open_session

#: page, object name of the button, whether its icon comes after the words
BUTTONS = (
    ("step_2", "gdpr.mode.custom", False),
    ("step_2", "gdpr.mode.preset", False),
    ("step_2", "stepper.step_1", False),
    ("step_3", "cost.lever.spot", False),
    ("step_5", "shap.reset", False),
    ("step_5", "nav.finish", True),
    ("step_4", "nav.next", True),
)


def _session(make_session, tmp_path, scale):
    size = (1920, 1080) if scale > 1 else (1366, 768)
    return open_session(make_session, tmp_path, scale=scale, size=size)


def ink_runs(button: QPushButton) -> list[tuple[int, int]]:
    """Column runs (first, last) with ink in the icon's band; the background is the colour
    found most often there."""
    image = button.grab().toImage()
    dpr = image.devicePixelRatio()
    icon = button.iconSize().height()
    top = int((button.height() - icon) / 2 * dpr)
    rows = range(max(0, top), min(image.height(), top + int(icon * dpr)))
    columns = range(int(4 * dpr), image.width() - int(4 * dpr))
    counts: dict[int, int] = {}
    for x in columns:
        for y in rows:
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    ground = QColor(max(counts, key=counts.get))

    def inked(x: int) -> bool:
        for y in rows:
            c = QColor(image.pixel(x, y))
            if abs(c.red() - ground.red()) + abs(c.green() - ground.green()) + abs(c.blue() - ground.blue()) > 90:
                return True
        return False

    runs: list[tuple[int, int]] = []
    for x in columns:
        if inked(x):
            if runs and runs[-1][1] == x - 1:
                runs[-1] = (runs[-1][0], x)
            else:
                runs.append((x, x))
    return [(a / dpr, b / dpr) for a, b in runs]


def gap_and_icon_width(button: QPushButton, trailing: bool) -> tuple[float, float]:
    runs = ink_runs(button)
    assert len(runs) >= 2, f"{button.objectName()}: icon and text expected, found {runs}"
    if trailing:
        (_, text_end), (icon_start, icon_end) = runs[-2], runs[-1]
        return icon_start - text_end - 1, icon_end - icon_start + 1
    (icon_start, icon_end), (text_start, _) = runs[0], runs[1]
    return text_start - icon_end - 1, icon_end - icon_start + 1


@pytest.mark.parametrize("scale", (1.0, 2.0))
def test_each_icon_keeps_clear_of_its_words_and_grows_with_the_text(make_session, tmp_path, scale):
    session = _session(make_session, tmp_path, scale)
    w = session.window
    found = {}
    for page_id, name, trailing in BUTTONS:
        w.go(page_id)
        QApplication.processEvents()
        button = w.findChild(QPushButton, name)
        assert button is not None and button.isVisible(), name
        gap, width = gap_and_icon_width(button, trailing)
        found[name] = (gap, width)
    narrow = {n: g for n, (g, _) in found.items() if g < 6 * scale}
    assert not narrow, f"icons closer than {6 * scale:.0f} px to their words: {narrow}"
    small = {n: i for n, (_, i) in found.items() if i < 11 * scale}
    assert not small, f"icons narrower than {11 * scale:.0f} px at {scale:.0%} text: {small}"
