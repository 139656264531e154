"""Issue 19 item 11: check boxes, spin boxes and combo boxes drawn by one kit, the theme's."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QSpinBox, QStyle, QStyleOptionButton, QStyleOptionSpinBox

from desktop import theme


def open_team_fit(make_session, name: str):
    session = make_session("--theme", name)
    session.window.go("step_4")
    page = session.window.page("step_4")
    check = page.findChild(QCheckBox, "team.fit.core")
    page.ensurePolished()
    check.window().ensurePolished()
    return session, page, check


def indicator_rect(check: QCheckBox):
    opt = QStyleOptionButton()
    check.initStyleOption(opt)
    return check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, opt, check)


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_check_boxes_are_large_and_drawn_in_the_themes_colours(make_session, name):
    session, page, check = open_team_fit(make_session, name)
    box = indicator_rect(check)
    assert box.width() >= 18 and box.height() >= 18, box
    tokens = theme.PALETTES[name]
    image = check.grab(box).toImage()
    seen = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert tokens["text_muted"] in seen, "its frame is a theme colour that reads on the background"
    check.setChecked(True)
    image = check.grab(indicator_rect(check)).toImage()
    seen = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
    assert tokens["primary"] in seen and tokens["on_primary"] in seen, "a filled box with a check mark"


def test_check_box_indicator_grows_with_the_text(make_session):
    session, page, check = open_team_fit(make_session, "light")
    check.setStyleSheet(theme.Theme("light", scale=2.0).stylesheet())  # 200 % text
    assert indicator_rect(check).width() >= 36


def test_spin_box_has_arrows_a_learner_can_hit(make_session):
    session, page, _ = open_team_fit(make_session, "light")
    spin = page.findChild(QSpinBox, "team.fit.practitioners")
    opt = QStyleOptionSpinBox()
    opt.initFrom(spin)
    opt.subControls = QStyle.SubControl.SC_SpinBoxUp | QStyle.SubControl.SC_SpinBoxDown
    opt.rect = spin.rect()
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, QStyle.SubControl.SC_SpinBoxUp, spin)
    assert up.width() >= 18 and up.height() >= 10, up
    combo = page.findChild(QComboBox)
    drop = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, _combo_option(combo),
                                        QStyle.SubControl.SC_ComboBoxArrow, combo)
    assert drop.width() >= 18, drop


def _combo_option(combo):
    from PySide6.QtWidgets import QStyleOptionComboBox

    opt = QStyleOptionComboBox()
    opt.initFrom(combo)
    opt.rect = combo.rect()
    opt.subControls = QStyle.SubControl.SC_All
    return opt
