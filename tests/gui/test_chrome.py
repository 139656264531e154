"""Issue 19's frame, as a trainee on a 1366×768 laptop meets it: a compact top bar,
a stepper that never wraps, steps that complete from what the learner did, one
"Finish" that says what is missing, and a certificate from the closing page."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QGraphicsObject, QGraphicsView,
                               QLabel, QLineEdit, QPushButton, QSlider, QWidget)

from desktop import theme
from desktop.records import install_records
from desktop.widgets.binding import reveal
from tests.gui.events import Events
from tests.gui.viewport import assert_together, global_rect, shown_rect

RIGHT = {"q1": "b", "q2": "c", "q3": "c", "q4": "b", "q5": "c"}
STEP_OF = {"q1": 1, "q2": 2, "q3": 4, "q4": 5, "q5": 5}  # step 3 has no quiz
# The offscreen platform says this whenever a dialog sizes itself; it is no fault of ours.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support propagateSizeHints\(\)$")


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def chrome_height(window) -> int:
    """Window top to the top of the pages: menu bar, top bar, any bar under it."""
    top = window.mapToGlobal(QPoint(0, 0)).y()
    return window.stack.mapToGlobal(QPoint(0, 0)).y() - top


def bigger_text(session) -> None:
    larger = session.window.findChild(type(session.window.reduced_motion_action),
                                      "action.text_size.larger")
    while theme.current().scale < 2.0:
        larger.trigger()
    QApplication.processEvents()


def one_row(stepper) -> None:
    """Every step button on one line, its whole text shown, none wrapped."""
    buttons = stepper.buttons
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) == 1, f"the stepper wraps: {tops}"
    for b in buttons:
        assert b.width_for(b.text()) <= b.width() + 1, f"{b.objectName()} cuts '{b.text()}'"
        assert b.height() < 2 * b.fontMetrics().height() + 12, "one line of text"
        assert b.toolTip().startswith(f"Step {b.number}: "), "the full name is the tooltip"


# -- the frame ---------------------------------------------------------------------------------

def test_the_chrome_leaves_the_page_most_of_a_1366x768_screen(session):
    w = session.window
    w.go("step_3")
    QApplication.processEvents()
    assert chrome_height(w) <= 110, f"top bar {chrome_height(w)} px"
    assert w.stack.width() >= 1340, "no sidebar beside the page"
    nav = [find(w, QPushButton, n) for n in ("nav.back", "nav.next")]
    assert all(b.isVisible() and global_rect(b).bottom() < w.stack.mapToGlobal(QPoint(0, 0)).y()
               for b in nav), "Back and Next sit in the top bar, not in a row of their own"
    one_row(w.stepper)
    assert w.stepper.labels_shown


def test_at_200_percent_after_a_restart_the_chrome_stays_small_and_the_arrows_grow(
        make_session, tmp_path, qtbot):
    data = tmp_path / "laptop"
    first = make_session(data_dir=data)
    bigger_text(first)
    first.window.close()
    s = make_session(data_dir=data)  # a restart at 200 %: no style change after the start
    w = s.window
    assert theme.current().scale == 2.0
    w.resize(1366, 768)
    w.go("step_2")
    QApplication.processEvents()
    assert chrome_height(w) < 0.30 * w.height(), f"{chrome_height(w)} of {w.height()} px"
    for name in ("nav.back", "nav.next", "header.home"):
        button = find(w, QPushButton, name)
        drawn = button.icon().pixmap(button.iconSize()).height()
        assert button.iconSize().height() == 36 and drawn == 36, f"{name}'s icon stays small"
    one_row(w.stepper)
    for qid, key in RIGHT.items():
        s.state.answer_quiz(qid, key)
    for n in range(1, 6):
        s.state.complete_step(n)
    w.go("step_5")
    qtbot.mouseClick(find(w, QPushButton, "score.pill"), Qt.MouseButton.LeftButton)
    summary = find(w, QPushButton, "score.summary")
    assert summary.isVisible()
    assert summary.width() >= summary.sizeHint().width(), "See your summary is clipped"
    assert shown_rect(summary).contains(global_rect(summary))
    w.score_card.hide()


@pytest.mark.parametrize("scale", [1, 2])
def test_the_stepper_does_not_wrap_in_a_960x600_window(session, scale):
    if scale == 2:
        bigger_text(session)
    w = session.window
    w.resize(960, 600)
    w.go("step_4")
    QApplication.processEvents()
    one_row(w.stepper)
    assert chrome_height(w) < 0.40 * w.height()


def test_disabled_back_looks_disabled_in_high_contrast(make_session):
    s = make_session("--theme", "high_contrast")
    w = s.window
    back = find(w, QPushButton, "nav.back")
    assert not back.isEnabled()  # on the introduction

    def bright(button) -> int:
        image = button.grab().toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).lightness() > 200)

    disabled = bright(back)
    w.go("step_2")
    QApplication.processEvents()
    assert back.isEnabled()
    enabled = bright(back)
    assert disabled < 0.8 * enabled, f"disabled {disabled} vs enabled {enabled} bright pixels"


def test_the_stepper_holds_still_when_finish_takes_the_place_of_next(session):
    """Arriving at the last step, Finish stands where Next stood: the five step buttons
    neither move nor shrink and grow back on the way (Finish was 11 px wider than Next,
    and showing Next before hiding Finish laid the bar out with both)."""
    w = session.window
    w.go("step_4")
    QApplication.processEvents()
    where = [global_rect(b) for b in w.stepper.buttons]
    for page in ("step_5", "step_4", "step_5"):
        moves = Events.within(w.stepper, QEvent.Type.Resize, QEvent.Type.Move)
        w.go(page)
        QApplication.processEvents()
        assert moves.stop() == [], f"going to {page} moved the stepper"
        assert [global_rect(b) for b in w.stepper.buttons] == where
    assert w.finish_button.isVisible() and not w.next_button.isVisible()
    assert w.finish_button.width() == w.next_button.width()


@pytest.mark.parametrize("page", ["step_2", "step_3", "step_5"])
def test_coming_back_to_a_page_shows_it_as_it_was_left_without_laying_it_out(session, page):
    """A page left unchanged is shown again as it is: laying it out measured every
    wrapped sentence on it, about a tenth of a page switch (a two-pane set its stretch
    factors again on each show, which Qt takes as a change; the GDPR result pane asked
    for its height again). Its first three visits may still lay it out once (step 5's
    what-if settles on the third); the switches a learner makes after those may not."""
    w = session.window
    for pid in (page, "step_1") * 4:
        w.go(pid)
        QApplication.processEvents()
    content = w.page(page).widget()
    shown = content.grab()
    layouts = Events.within(content, QEvent.Type.LayoutRequest)
    w.go(page)
    QApplication.processEvents()
    assert layouts.stop() == []
    assert content.grab().toImage() == shown.toImage(), "the page looks as it was left"


# -- finishing -----------------------------------------------------------------------------------

def answer(session, qtbot, qid: str, key: str) -> None:
    session.window.go(f"step_{STEP_OF[qid]}")
    button = find(session.window, QAbstractButton, f"quiz.{qid}.option_{key}")
    reveal(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def use_part(session, qtbot, step: int, section: str) -> None:
    """Do what a learner does with a part: click a node, move a slider, press a button."""
    w = session.window
    w.go(f"step_{step}")
    page = w.page(f"step_{step}")
    QApplication.processEvents()
    if section == "diagram":
        view = find(w, QGraphicsView, "diagram.view")
        page.ensureWidgetVisible(view, 0, 0)
        item = find(w, QGraphicsObject, "diagram.node.erp")
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.mapFromScene(item.scene_box().center()))
    else:
        parts = [p for wid, p in page.parts.items() if _section_of(wid) == section]
        sliders = [s for p in parts for s in p.findChildren(QSlider) if s.isVisibleTo(page)]
        if sliders:
            slider = sliders[0]
            slider.setValue(slider.value() + max(1, slider.singleStep())
                            if slider.value() < slider.maximum() else slider.minimum())
        else:
            for button in [b for p in parts for b in p.findChildren(QAbstractButton)
                           if b.isVisibleTo(page) and b.isEnabled()]:
                reveal(button)
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                if section in session.state.used:
                    break
    assert section in session.state.used, f"using {section} was not noticed"


def _section_of(widget_id: str) -> str:
    from desktop.content.parts import PARTS

    return PARTS[widget_id].section


SECTIONS_OF = {1: ("diagram",), 2: ("gdpr", "bias"), 3: ("cost",), 4: ("team",),
               5: ("stakeholders", "shap")}


def test_from_a_first_start_the_work_itself_completes_the_course_and_earns_a_certificate(
        make_session, tmp_path, qtbot):
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian poppler-utils) renders the certificate")
    session = make_session()
    records = install_records(session)
    saved = tmp_path / "certificate.pdf"
    records.choose_path = lambda *a: str(saved)
    w, state = session.window, session.state
    assert state.completed_steps == () and state.used == ()
    for step in range(1, 6):
        for qid in [q for q, n in STEP_OF.items() if n == step]:
            answer(session, qtbot, qid, RIGHT[qid])
        if step != 3:
            assert step not in state.completed_steps, "a quiz alone does not complete a step"
        for section in SECTIONS_OF[step]:
            use_part(session, qtbot, step, section)
        assert step in state.completed_steps, f"step {step} done without its button"
    assert state.page == "step_5"
    assert not find(w, QPushButton, "nav.next").isVisible()
    finish = find(w, QPushButton, "nav.finish")
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert state.page == "closing", "one Finish on step 5 reaches the closing page"
    closing = w.page("closing")
    ticked = [closing.practised(where) for _, _, where in closing.ticks]
    assert ticked == [True] * 7 + [False], "ticks follow the learner's work"
    name = find(closing, QLineEdit, "closing.name")
    name.setText("李小龍")
    qtbot.mouseClick(find(closing, QPushButton, "closing.certificate"), Qt.MouseButton.LeftButton)
    data = saved.read_bytes()
    assert data.startswith(b"%PDF-")
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-singlefile", str(saved),
                    str(tmp_path / "page")], check=True)
    assert (tmp_path / "page.png").stat().st_size > 1000


def test_finish_lists_what_is_missing_and_each_link_leads_to_it(session, qtbot):
    w, state = session.window, session.state
    answer(session, qtbot, "q1", "b")
    use_part(session, qtbot, 1, "diagram")
    assert 1 in state.completed_steps
    w.go("step_5")
    qtbot.mouseClick(find(w, QPushButton, "nav.finish"), Qt.MouseButton.LeftButton)
    assert state.page == "step_5", "not finished: stays"
    missing = find(w, QWidget, "finish.missing")
    assert missing.isVisible()
    links = {b.objectName() for b in missing.findChildren(QPushButton) if b.isVisibleTo(missing)
             and b.objectName() != "finish.missing.close"}
    assert links == {"finish.missing.quiz.q2", "finish.missing.part.gdpr",
                     "finish.missing.part.bias", "finish.missing.part.cost",
                     "finish.missing.quiz.q3", "finish.missing.part.team",
                     "finish.missing.quiz.q4", "finish.missing.quiz.q5",
                     "finish.missing.part.stakeholders", "finish.missing.part.shap"}
    qtbot.mouseClick(find(missing, QPushButton, "finish.missing.quiz.q3"), Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert state.page == "step_4"
    card = find(w.page("step_4"), QWidget, "quiz.q3")
    assert shown_rect(card).intersects(global_rect(card)), "the quiz card is on screen"
    # The window's focus widget: offscreen, the window may have lost activation meanwhile.
    assert card.isAncestorOf(w.focusWidget()), "focus is on the quiz"
    qtbot.mouseClick(find(missing, QPushButton, "finish.missing.part.bias"),
                     Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert state.page == "step_2"
    bias = w.page("step_2").parts["bias_audit"]
    assert shown_rect(bias).contains(QPoint(global_rect(bias).left() + 5,
                                            global_rect(bias).top() + 5)), "the part's top is on screen"
    answer(session, qtbot, "q3", "c")
    assert find(missing, QPushButton, "finish.missing.quiz.q3") is not None
    assert missing.findChild(QPushButton, "finish.missing.quiz.q3") is None or not \
        missing.findChild(QPushButton, "finish.missing.quiz.q3").isVisibleTo(missing), \
        "the list shrinks as the learner works"


def test_the_mark_complete_button_is_the_only_primary_while_the_step_is_open(session, qtbot):
    w = session.window
    w.go("step_2")
    page = w.page("step_2")
    mark = find(page, QPushButton, "step_2.complete")
    assert mark.property("accent") == "true"
    assert find(w, QPushButton, "nav.next").property("accent") != "true"
    assert "answer quiz 2" in find(page, QLabel, "step_2.todo").text()
    qtbot.mouseClick(mark, Qt.MouseButton.LeftButton)
    w.go("step_2")
    assert mark.property("accent") != "true" and not mark.isEnabled()
    assert find(w, QPushButton, "nav.next").property("accent") == "true"


def test_closing_ticks_come_from_what_the_learner_did(session, qtbot):
    w, state = session.window, session.state
    for n in range(1, 6):  # every step by its button: nothing practised
        w.go(f"step_{n}")
        qtbot.mouseClick(find(w, QPushButton, f"step_{n}.complete"), Qt.MouseButton.LeftButton)
    assert state.page == "closing"
    closing = w.page("closing")
    assert [closing.practised(where) for _, _, where in closing.ticks] == [False] * 8
    assert "not practised" in find(closing, QLabel, "closing.check_3").accessibleDescription()
    use_part(session, qtbot, 2, "bias")
    assert [closing.practised(where) for _, _, where in closing.ticks] == \
        [False, False, True] + [False] * 5
    assert find(closing, QLabel, "closing.check_3").accessibleDescription() == "practised"


def test_closing_never_offers_the_summary_it_is_and_asks_for_the_certificate_inline(
        make_session, tmp_path, qtbot):
    session = make_session()
    install_records(session)
    w, state = session.window, session.state
    for n in range(1, 6):
        state.complete_step(n)
    state.answer_quiz("q1", "b")
    w.go("closing")
    QApplication.processEvents()
    qtbot.mouseClick(find(w, QPushButton, "score.pill"), Qt.MouseButton.LeftButton)
    assert not find(w, QPushButton, "score.summary").isVisible()
    w.score_card.hide()
    closing = w.page("closing")
    find(closing, QLineEdit, "closing.name").setText("Ada Lovelace")
    qtbot.mouseClick(find(closing, QPushButton, "closing.certificate"), Qt.MouseButton.LeftButton)
    missing = find(closing, QWidget, "closing.missing")
    assert missing.isVisible()
    links = [b.objectName() for b in missing.findChildren(QPushButton)
             if b.isVisibleTo(missing) and b.property("link") == "true"]
    assert links == [f"closing.missing.quiz.q{n}" for n in (2, 3, 4, 5)], "short: only what is missing"
    qtbot.mouseClick(find(missing, QPushButton, "closing.missing.quiz.q3"), Qt.MouseButton.LeftButton)
    assert state.page == "step_4"


# -- quizzes: option and feedback on one screen --------------------------------------------------

@pytest.mark.parametrize("big", [False, True])
def test_each_quiz_option_and_its_feedback_are_on_one_screen(session, qtbot, big):
    w = session.window
    if big:
        bigger_text(session)
        w.resize(1920, 1080)
    for qid, key in RIGHT.items():
        answer(session, qtbot, qid, key)
        qtbot.wait(1)  # the page brings the answered card into view on its next pass
        QApplication.processEvents()
        for option in "abcd":
            if w.findChild(QAbstractButton, f"quiz.{qid}.option_{option}") is not None:
                assert_together(w, f"quiz.{qid}.option_{option}", f"quiz.{qid}.feedback")
