"""Appearance choices (theme, text size, reduced motion) apply at once and survive a restart."""

from PySide6.QtWidgets import QApplication

from desktop import theme


def test_high_contrast_is_applied_and_remembered(make_session, tmp_path):
    data = tmp_path / "laptop"
    s = make_session(data_dir=data)
    s.window.appearance_actions["high_contrast"].trigger()
    assert theme.current().name == "high_contrast"
    assert theme.PALETTES["high_contrast"]["window"] in QApplication.instance().styleSheet()
    s.window.close()
    # A restart without --theme follows the saved choice.
    from desktop.app import build_parser, build_session
    args = build_parser().parse_args(["--data-dir", str(data)])
    again = build_session(args, QApplication.instance())
    try:
        assert theme.current().name == "high_contrast"
        assert again.window.appearance_actions["high_contrast"].isChecked()
    finally:
        again.close()
        again.window.close()
        again.window.deleteLater()


def test_text_size_steps_between_100_and_200_percent_and_persists(make_session, tmp_path, qtbot):
    data = tmp_path / "laptop"
    s = make_session(data_dir=data)
    larger = s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.larger")
    base = QApplication.instance().font().pointSizeF()
    for _ in range(15):
        larger.trigger()
    assert theme.current().scale == 2.0, "capped at 200 %"
    assert QApplication.instance().font().pointSizeF() == base * 2
    s.window.close()
    s2 = make_session(data_dir=data)
    assert theme.current().scale == 2.0
    s2.window.findChild(type(larger), "action.text_size.reset").trigger()
    assert theme.current().scale == 1.0


def test_reduced_motion_switch_is_saved(make_session, tmp_path):
    data = tmp_path / "laptop"
    s = make_session(data_dir=data)
    s.window.reduced_motion_action.setChecked(True)
    assert theme.current().reduced_motion is True
    s.window.close()
    make_session(data_dir=data)
    assert theme.current().reduced_motion is True


def test_labels_follow_the_text_size_and_the_theme_without_a_rule_for_every_widget(
        make_session, qapp):
    """Colour and size come from the app's palette and font: plain labels, bold labels and
    the stakeholder card's key message all grow with the text size and take the theme."""
    from PySide6.QtGui import QFont, QPalette
    from PySide6.QtWidgets import QLabel

    s = make_session()
    s.window.go("step_5")
    s.state.stakeholders.open_card = "vp_sales"
    qapp.processEvents()
    page = s.window.page("step_5")
    key = page.findChild(QLabel, "stakeholder.vp_sales.strategy.key")
    plain = next(w for w in page.findChildren(QLabel)
                 if w.isVisible() and w.text() and w.property("role") is None and w is not key)
    before = {w: w.font().pointSizeF() for w in (key, plain)}
    assert key.font().weight() >= QFont.Weight.Bold
    assert plain.palette().color(QPalette.ColorRole.WindowText).name() == theme.PALETTES["light"]["text"]

    s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.larger").trigger()
    s.window.appearance_actions["dark"].trigger()
    qapp.processEvents()
    for w, size in before.items():
        assert w.font().pointSizeF() > size, w.objectName()
    assert key.font().weight() >= QFont.Weight.Bold
    assert plain.palette().color(QPalette.ColorRole.WindowText).name() == theme.PALETTES["dark"]["text"]
    s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.reset").trigger()
