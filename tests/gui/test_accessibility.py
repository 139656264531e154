"""Keyboard path and screen-reader names on every page; 200 % text fits at 1366x768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication,
    QComboBox, QGraphicsView, QLabel, QLineEdit, QWidget,
)

from desktop.model.settings import AppSettings, save_settings

from .keyboard import active_on

PAGES = ("intro", "home", "step_1", "step_2", "step_3", "step_4", "step_5", "closing")
INTERACTIVE = (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QLineEdit, QGraphicsView)


def finish(session):
    for q in session.course.quizzes:
        session.state.answer_quiz(q.id, q.answer)
    for n in range(1, 6):
        session.state.complete_step(n)


def interactive_widgets(page: QWidget, window: QWidget) -> list[QWidget]:
    out = []
    for w in page.findChildren(QWidget):
        if not isinstance(w, INTERACTIVE) or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(w.parentWidget(), QAbstractSpinBox) or isinstance(w.parentWidget(), QComboBox):
            continue  # the line edit inside a spin box or combo is reached through it
        out.append(w)
    return out


@pytest.mark.parametrize("page_id", PAGES)
def test_tab_alone_reaches_every_control_and_each_has_a_name(session, qtbot, page_id):
    window = session.window
    if page_id == "closing":
        finish(session)
    window.go(page_id)
    page = window.page(page_id)
    QApplication.processEvents()
    targets = interactive_widgets(page, window)
    assert targets, f"{page_id} has no interactive widget?"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.stepper.buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached = set()
    for _ in range(len(targets) * 3 + 60):
        focused = QApplication.focusWidget()
        if focused is not None:
            reached.add(focused)
            if isinstance(focused.parentWidget(), (QAbstractSpinBox, QComboBox)):
                reached.add(focused.parentWidget())
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
    def reached_by_arrows(w):
        # Exclusive groups follow the radio-button model: Tab reaches the chosen one,
        # the arrow keys move between the others.
        group = w.group() if isinstance(w, QAbstractButton) else None
        if group is None or not group.exclusive():
            return False
        entry = next((b for b in group.buttons() if b in reached), None)
        if entry is None:
            return False
        entry.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(len(group.buttons())):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
            if QApplication.focusWidget() is w:
                return True
        return False

    missed = [f"{w.objectName() or type(w).__name__}" for w in targets
              if w not in reached and not reached_by_arrows(w)]
    assert not missed, f"{page_id}: Tab never reaches {missed}"
    unnamed = [w.objectName() or type(w).__name__ for w in targets
               if not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))]
    assert not unnamed, f"{page_id}: controls without an accessible name: {unnamed}"


@pytest.mark.parametrize("page_id", PAGES)
def test_no_scroll_area_in_a_page_is_an_unnamed_tab_stop(session, page_id):
    """A part's own scrolling column is no stop a screen reader calls an empty "filler"."""
    window = session.window
    if page_id == "closing":
        finish(session)
    window.go(page_id)
    QApplication.processEvents()
    areas = window.page(page_id).widget().findChildren(QAbstractScrollArea)
    unnamed = [a.objectName() or type(a).__name__ for a in areas
               if a.isVisibleTo(window) and a.focusPolicy() & Qt.FocusPolicy.TabFocus
               and not a.accessibleName()]
    assert not unnamed, f"{page_id}: unnamed Tab stops: {unnamed}"


@pytest.mark.parametrize("language", ["en", "de"])  # German runs ~30 % longer (issue 22)
@pytest.mark.parametrize("page_id", PAGES)
def test_every_page_fits_at_200_percent_on_1366x768(make_session, tmp_path, page_id, language):
    data = tmp_path / "big"
    save_settings(data / "settings.json", AppSettings(text_scale=2.0))
    session = make_session("--lang", language, data_dir=data)
    window = session.window
    window.resize(1366, 768)
    if page_id == "closing":
        finish(session)
    window.go(page_id)
    QApplication.processEvents()
    page = window.page(page_id)
    right_edge = page.viewport().mapTo(window, page.viewport().rect().topRight()).x()
    clipped, outside = [], []
    for w in page.widget().findChildren(QWidget):
        if not w.isVisibleTo(window) or w.width() == 0:
            continue
        x = w.mapTo(window, w.rect().topRight()).x()
        if x > right_edge + 1:
            outside.append(w.objectName() or type(w).__name__)
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 2:
                    clipped.append(f"{w.objectName() or w.text()[:30]!r} needs {need}px, has {w.height()}")
            elif w.sizeHint().width() > w.width() + 2 and not w.text().startswith("<"):
                clipped.append(f"{w.objectName() or w.text()[:30]!r} needs {w.sizeHint().width()}px wide")
    assert not outside, f"{page_id}: widgets beyond the right edge: {outside[:10]}"
    assert not clipped, f"{page_id}: clipped text: {clipped[:10]}"


def said(widget) -> str:
    """What the widget last announced to a screen reader."""
    return widget.property("announcement") or ""


def test_changing_results_are_announced_to_screen_readers(session, qtbot):
    """Quiz feedback, audit band, compliance verdict and cost total are spoken when they change."""
    from PySide6.QtWidgets import QFrame

    w = session.window
    w.go("step_2")
    band = w.page("step_2").findChild(QFrame, "bias.band.box")
    # The parts redraw once per event-loop pass (Coalesced); the announcement follows it.
    session.state.bias.rate_a, session.state.bias.rate_b = 80.0, 40.0
    qtbot.waitUntil(lambda: said(band).startswith("Four-fifths rule: Severe adverse impact"))
    session.state.bias.rate_b = 79.0
    qtbot.waitUntil(lambda: "No adverse impact indicated" in said(band))
    session.state.gdpr.preset, session.state.gdpr.checked = "credit_social", True
    verdict = w.page("step_2").findChild(QFrame, "gdpr.verdict.box")
    qtbot.waitUntil(lambda: "High compliance risk" in said(verdict))
    w.go("step_3")
    breakdown = w.page("step_3").findChild(QWidget, "cost.breakdown")
    session.state.cost.team_fte = 0.0
    qtbot.waitUntil(lambda: said(breakdown).endswith("$148,380"))  # 144,000 + 1,380 + 3,000


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_presses_the_focused_push_button(session, qtbot, key):
    window = session.window
    active_on(session, qtbot, "intro")
    button = window.stepper.buttons[2]
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, key)
    qtbot.waitUntil(lambda: session.state.page == "step_3")


def test_tab_leaves_a_values_table(session, qtbot):
    from PySide6.QtWidgets import QTableWidget

    window = session.window
    window.go("step_3")
    page = window.page("step_3")
    toggle = page.findChild(QAbstractButton, "cost.chart.sensitivity.show_values")
    toggle.click()
    table = page.findChild(QTableWidget, "cost.chart.sensitivity.table")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not table


def test_after_completing_a_step_focus_is_on_the_next_pages_title(session, qtbot):
    window = session.window
    active_on(session, qtbot, "step_1")
    page = window.page("step_1")
    page.complete_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(page.complete_button, Qt.Key.Key_Space)
    assert session.state.page == "step_2"
    assert QApplication.focusWidget().objectName() == "step_2.title"
    assert window.page("step_2").property("announcement").startswith("Step 1 completed")


def test_tab_goes_through_the_page_before_back_and_next(session, qtbot):
    window = session.window
    active_on(session, qtbot, "intro")
    window.stepper.buttons[-1].setFocus(Qt.FocusReason.TabFocusReason)
    order = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().objectName())
    assert order.index("nav.next") > 0 and window.page("intro").isAncestorOf(
        window.findChild(QWidget, order[0])), order


@pytest.mark.parametrize("name", ["light", "dark", "high_contrast"])
def test_the_current_steps_label_is_readable_on_its_fill(make_session, name):
    from desktop import theme

    session = make_session("--theme", name)
    window = session.window
    window.go("step_1")
    window.go("step_2")
    QApplication.processEvents()
    button = window.stepper.buttons[1]  # the step's text is the button's own (it never wraps)
    shown = button.palette().color(button.foregroundRole()).name()
    assert theme.contrast_ratio(shown, theme.PALETTES[name]["primary"]) >= 4.5, shown


def test_tab_order_holds_when_focus_was_on_the_page_that_left(session, qtbot):
    """The focus ring moves into the page with focus; it must not count as its last stop."""
    window = session.window
    active_on(session, qtbot, "step_3")
    window.findChild(QWidget, "cost.gpu_hours").setFocus(Qt.FocusReason.TabFocusReason)
    window.go("step_1")
    window.stepper.buttons[-1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert window.page("step_1").isAncestorOf(QApplication.focusWidget()), \
        QApplication.focusWidget().objectName()
