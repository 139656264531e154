"""The shared slider: units, exact entry, clamping of typed values, keyboard."""

from PySide6.QtCore import Qt

from desktop.widgets.labelled_slider import LabelledSlider


def make(qtbot):
    w = LabelledSlider("t.hours", "GPU hours", 0, 1000, 10, unit="h")
    qtbot.addWidget(w)
    w.show()
    got = []
    w.value_changed.connect(got.append)
    return w, got


def test_slider_moves_show_value_with_units(qtbot):
    w, got = make(qtbot)
    w.slider.setValue(200)  # the slider's position is the value in its unit (screen readers)
    assert w.value() == 200 and w.spin.text() == "200 h" and got == [200]


def test_a_drag_between_steps_snaps_to_the_nearest_step(qtbot):
    w, got = make(qtbot)
    w.slider.setValue(204)
    assert w.value() == 200 and w.slider.value() == 200 and got == [200]


def test_typing_beyond_the_range_is_clamped_and_shown_clamped(qtbot):
    w, got = make(qtbot)
    w.spin.setFocus()
    w.spin.lineEdit().selectAll()
    qtbot.keyClicks(w.spin.lineEdit(), "5000")
    qtbot.keyClick(w.spin.lineEdit(), Qt.Key.Key_Return)
    assert w.value() == 1000 and got[-1] == 1000
    assert w.spin.value() == 1000 and w.slider.value() == w.slider.maximum()
    assert w.spin.text() == "1,000 h"


def test_keyboard_home_end_and_page_keys(qtbot):
    w, got = make(qtbot)
    w.slider.setFocus()
    qtbot.keyClick(w.slider, Qt.Key.Key_End)
    assert w.value() == 1000
    qtbot.keyClick(w.slider, Qt.Key.Key_PageDown)
    assert w.value() == 900
    qtbot.keyClick(w.slider, Qt.Key.Key_Home)
    assert w.value() == 0


def test_set_value_from_the_state_does_not_echo(qtbot):
    w, got = make(qtbot)
    w.set_value(350)
    assert w.value() == 350 and got == []
    w.set_value(99999)
    assert w.value() == 1000


def test_the_exact_value_box_shows_its_text_under_the_theme(qtbot, qapp):
    """Hiding the arrow buttons once left the line edit 1 px wide: the value vanished."""
    from desktop import theme

    previous = qapp.styleSheet()
    theme.apply(qapp, theme.Theme("high_contrast", 2.0))
    try:
        w, _ = make(qtbot)
        w.resize(700, 160)
        w.set_value(200)
        qapp.processEvents()
        edit = w.spin.lineEdit()
        # the box is the row's one readout (issue 19 item 9): the value with its unit
        assert edit.text() == "200 h"
        assert edit.width() >= edit.fontMetrics().horizontalAdvance("1,000")
    finally:
        qapp.setStyleSheet(previous)


# -- typing under the locale the box displays (issue 16, item 8) -------------------------------
import pytest  # noqa: E402
from PySide6.QtCore import QLocale  # noqa: E402

GERMAN, ENGLISH = QLocale(QLocale.Language.German, QLocale.Country.Germany), QLocale(
    QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.mark.parametrize("locale, typed, expected", [
    (GERMAN, "12,5", 12.5),     # the German decimal comma
    (GERMAN, "12.5", 40.0),     # "." groups thousands in German: no number, the value stays
    (GERMAN, "1.250", 100.0),   # a German thousand, clamped to the range
    (ENGLISH, "2.5", 2.5),
    (ENGLISH, "2,5", 40.0),     # "," groups thousands in English: no number, the value stays
    (ENGLISH, "2,500", 100.0),
])
def test_typed_numbers_are_read_in_the_locale_the_box_shows(qtbot, locale, typed, expected):
    w = LabelledSlider("t.rate", "Rate", 0, 100, 0.5, unit="%")
    qtbot.addWidget(w)
    w.spin.setLocale(locale)
    w.set_value(40)
    w.show()
    w.spin.setFocus()
    w.spin.lineEdit().selectAll()
    qtbot.keyClicks(w.spin.lineEdit(), typed)
    qtbot.keyClick(w.spin.lineEdit(), Qt.Key.Key_Return)
    assert w.value() == expected
    assert w.spin.text() == locale.toString(expected, "f", 1) + " %"  # shown once, with its unit


def test_rows_give_tracks_of_one_length_whatever_their_values(qtbot):
    """Issue 19 item 9: rows with short and long values have tracks of the same length."""
    from desktop.widgets.common import vbox
    from PySide6.QtWidgets import QWidget

    box = QWidget()
    col = vbox(box)
    rows = [LabelledSlider("t.a", "Rate", 10, 95, 1, unit="%"),
            LabelledSlider("t.b", "Applicants", 10, 10_000, 10, unit="applicants")]
    for row in rows:
        col.addWidget(row)
    qtbot.addWidget(box)
    box.resize(500, 300)
    box.show()
    qtbot.waitUntil(lambda: rows[0].slider.width() > 0)
    assert rows[0].slider.width() == rows[1].slider.width()
    assert rows[1].spin.text() == "10 applicants"
    assert rows[0].slider.width() >= rows[0].width() - 30  # the track has the row's width


def test_a_value_kept_in_thousands_is_positioned_in_the_units_the_learner_reads(qtbot):
    """A screen reader speaks the slider's position: 1,200,000, as the box shows, not 1,200."""
    w = LabelledSlider("t.value_k", "Annual value", 0, 10_000, 10, spin_factor=1000,
                       spin_prefix="$")
    qtbot.addWidget(w)
    got = []
    w.value_changed.connect(got.append)
    w.set_value(1200)
    assert w.slider.value() == 1_200_000 and w.spin.text() == "$1,200,000"
    w.slider.setValue(1_204_000)  # a drag lands between steps: the nearest one, in thousands
    assert w.value() == 1200 and got == [] and w.slider.value() == 1_200_000
    qtbot.keyClick(w.slider, Qt.Key.Key_Right)
    assert w.value() == 1210 and got == [1210] and w.slider.value() == 1_210_000


# -- the box's arrows (issue 19 item 11) -----------------------------------------------------
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QStyle, QStyleOptionSpinBox  # noqa: E402

SLIDER_PAGES = ("step_2", "step_3", "step_5")


def sub_control(box: QAbstractSpinBox, which: QStyle.SubControl):
    opt = QStyleOptionSpinBox()
    box.initStyleOption(opt)
    return box.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, opt, which, box)


def whole_arrows_problem(box: QAbstractSpinBox, arrow_px: int) -> str | None:
    """Why ``box`` does not show two whole arrow buttons beside its whole text, or None."""
    up, down = (sub_control(box, s) for s in (QStyle.SubControl.SC_SpinBoxUp,
                                                QStyle.SubControl.SC_SpinBoxDown))
    name = box.objectName()
    for what, rect in (("up", up), ("down", down)):
        if not box.rect().contains(rect):
            return f"{name}: {what} button {rect.getRect()} outside the box {box.rect().getRect()}"
        if rect.width() < arrow_px or rect.height() < arrow_px:
            return f"{name}: {what} button {rect.getRect()} cannot hold a {arrow_px} px arrow"
    edit = box.lineEdit()
    if edit.geometry().right() > up.left() + 1:
        return f"{name}: text field {edit.geometry().getRect()} runs under the arrows"
    margins = edit.textMargins()
    need = edit.fontMetrics().horizontalAdvance(edit.text()) + margins.left() + margins.right()
    if edit.width() < need:
        return f"{name}: {edit.text()!r} in {edit.width()} px, needs {need}"
    return None


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_value_boxes_show_whole_arrows_beside_their_whole_text(make_session, qapp, name, scale):
    """The arrow buttons were 0 px wide and their chevrons drawn cut at the box's edge."""
    from desktop import theme

    session = make_session("--theme", name)
    theme.apply(qapp, theme.Theme(name, scale))
    try:
        arrow_px = theme.Theme(name, scale).px(12)
        problems = []
        for page_id in SLIDER_PAGES:
            session.window.go(page_id)
            QApplication.processEvents()
            boxes = [b for b in session.window.page(page_id).findChildren(QAbstractSpinBox)
                     if b.objectName().endswith(".spin")]
            assert boxes, page_id
            problems += [p for p in (whole_arrows_problem(b, arrow_px) for b in boxes) if p]
        assert not problems, "\n".join(problems)
    finally:
        theme.apply(qapp, theme.Theme("light"))


def test_the_arrows_the_keys_and_the_wheel_step_the_value(qtbot, qapp):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QWheelEvent

    from desktop import theme

    theme.apply(qapp, theme.Theme("light"))
    w, got = make(qtbot)
    w.set_value(500)
    spoken = w.spin.accessibleName()
    up = sub_control(w.spin, QStyle.SubControl.SC_SpinBoxUp)
    down = sub_control(w.spin, QStyle.SubControl.SC_SpinBoxDown)
    qtbot.mouseClick(w.spin, Qt.MouseButton.LeftButton, pos=up.center())
    assert w.value() == 510 and w.spin.text() == "510 h" and w.slider.value() == 510
    qtbot.mouseClick(w.spin, Qt.MouseButton.LeftButton, pos=down.center())
    qtbot.mouseClick(w.spin, Qt.MouseButton.LeftButton, pos=down.center())
    assert w.value() == 490 and got == [510, 500, 490]
    w.activateWindow()
    w.spin.setFocus()
    qtbot.waitUntil(w.spin.hasFocus)  # the wheel steps a box with focus only
    qtbot.keyClick(w.spin, Qt.Key.Key_Up)
    assert w.value() == 500
    qtbot.keyClick(w.spin, Qt.Key.Key_Down)
    assert w.value() == 490
    centre = w.spin.rect().center()
    wheel = QWheelEvent(centre, w.spin.mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    qapp.sendEvent(w.spin, wheel)
    assert w.value() == 500
    assert w.spin.accessibleName() == spoken == "GPU hours, exact value"


def test_a_kiosk_box_shows_its_value_without_arrows(qtbot, qapp):
    """No keyboard in a kiosk: the box is a readout, drawn without buttons, text whole."""
    from desktop import theme

    theme.apply(qapp, theme.Theme("light"))
    w, _ = make(qtbot)
    w.set_spin_visible(False)
    w.set_value(1000)
    qapp.processEvents()
    up = sub_control(w.spin, QStyle.SubControl.SC_SpinBoxUp)
    assert up.width() == 0 and w.spin.isReadOnly()
    edit = w.spin.lineEdit()
    assert edit.text() == "1,000 h"
    assert edit.width() >= edit.fontMetrics().horizontalAdvance("1,000 h") + edit.textMargins().left()
