"""Issue 19 (review item 6): at 200 % text the controls grow with the words: slider
handles, the Spotify timeline's number discs, and a combo box too narrow for its choice
ends it with "…" instead of cutting it where a word happens to end."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QSlider, QStyle, QStyleOptionSlider, QWidget

from desktop import theme

from .screens import open_session


def _at_200(make_session, tmp_path):
    return open_session(make_session, tmp_path, scale=2.0)

def test_slider_handles_grow_with_the_text(make_session, tmp_path):
    w = _at_200(make_session, tmp_path).window
    w.go("step_3")
    QApplication.processEvents()
    slider = next(s for s in w.findChildren(QSlider) if s.isVisible())
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    handle = slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                           QStyle.SubControl.SC_SliderHandle, slider)
    assert handle.width() >= 36 and slider.height() >= handle.height(), handle

def test_timeline_discs_keep_room_round_their_number(make_session, tmp_path):
    w = _at_200(make_session, tmp_path).window
    w.go("step_4")
    QApplication.processEvents()
    timeline = w.findChild(QWidget, "case.timeline")
    rail = timeline.layout().itemAtPosition(0, 0).widget()
    image = rail.grab().toImage()
    primary = QColor(theme.current().hex("primary")).rgb()
    rows = [y for y in range(image.height())
            if any(image.pixel(x, y) == primary for x in range(image.width()))]
    disc = (rows[-1] - rows[0] + 1) / image.devicePixelRatio()
    digits = rail.fontMetrics().height()
    assert disc >= 1.5 * digits, f"disc {disc} px for digits {digits} px high"

def test_a_choice_too_long_for_its_box_ends_with_an_ellipsis(make_session, tmp_path):
    w = _at_200(make_session, tmp_path).window
    w.go("step_2")
    QApplication.processEvents()
    w.resize(1920, 1080)  # the result beside the form: the box is narrower than its choice
    QApplication.processEvents()
    combo = w.findChild(QComboBox, "gdpr.use_case")
    whole = combo.currentText()
    shown = combo.shown_text()
    assert combo.fontMetrics().horizontalAdvance(whole) > combo.width() - 40, "the case: too long"
    assert shown != whole and shown.endswith("…") and whole.startswith(shown[:-1])
    assert combo.toolTip() == whole
