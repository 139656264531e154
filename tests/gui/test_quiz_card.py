"""Issue 19 item 4: quiz feedback that says its verdict once, in one box, and dims the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop import theme
from desktop.widgets.quiz_card import QuizCard


def quiz_on_screen(session, qid: str) -> QuizCard:
    for step in session.course.steps:
        if any(q.id == qid for q in step.quizzes):
            session.window.go(step.page_id)
            card = session.window.page(step.page_id).findChild(QuizCard, f"quiz.{qid}")
            card.window().ensurePolished()
            return card
    raise AssertionError(qid)


def colours(widget) -> set[int]:
    image = widget.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(image.height())}


def option_texts(card: QuizCard) -> dict[str, str]:
    return {k: b.text() for k, b in card.buttons.items()}


def test_a_right_answer_keeps_the_options_text_and_says_correct_once(session, qtbot):
    card = quiz_on_screen(session, "q2")
    before = option_texts(card)
    qtbot.mouseClick(card.buttons["c"], Qt.MouseButton.LeftButton)
    assert option_texts(card) == before, "no '(your answer: correct)' appended to the option"
    assert card.buttons["c"].icon_label.isVisible(), "the chosen option is marked by an icon"
    assert card.buttons["c"].accessibleDescription() == "Your answer: correct"
    visible = [lab.text() for lab in (card.feedback_title, card.feedback_text) if lab.isVisible()]
    words = " ".join(visible).split()
    assert words[0].startswith("Correct") and sum(w.startswith("Correct") for w in words) == 1


def test_a_wrong_answer_gets_one_red_box_with_the_right_answer_and_the_others_dim(session, qtbot):
    card = quiz_on_screen(session, "q2")
    before = option_texts(card)
    qtbot.mouseClick(card.buttons["a"], Qt.MouseButton.LeftButton)
    t = theme.current()
    danger_bg = QColor(t.hex("danger_bg")).rgb()
    assert option_texts(card) == before
    assert card.buttons["a"].accessibleDescription() == "Your answer: not correct"
    assert card.buttons["c"].accessibleDescription() == "Correct answer"
    assert danger_bg not in colours(card.buttons["a"]), "the chosen option is no second red box"
    assert danger_bg in colours(card.feedback)
    assert card.feedback_title.isVisible()
    assert card.feedback_title.text() == "The right answer is " + before["c"]
    assert next(q for q in session.course.quizzes if q.id == "q2").explanation.split()[0] in card.feedback_text.text()
    muted, text = QColor(t.hex("text_muted")).rgb(), QColor(t.hex("text")).rgb()
    for key in ("b", "d"):
        seen = colours(card.buttons[key].text_label)
        assert muted in seen and text not in seen, f"option {key} is dimmed"
    assert text in colours(card.buttons["a"].text_label), "the chosen option stays at full strength"


QUIZZES = ("q1", "q2", "q3", "q4", "q5")


def _answer_and_check_together(session, qid: str) -> None:
    from .viewport import assert_together

    card = quiz_on_screen(session, qid)
    wrong = "a" if card.quiz.answer != "a" else "d"
    card.choose(wrong)  # the longer feedback: the right answer's title and the explanation
    for _ in range(3):
        session.app.processEvents()
    for key in card.buttons:
        assert_together(session.window, f"quiz.{qid}.option_{key}", f"quiz.{qid}.feedback")


def test_each_option_and_its_feedback_are_on_one_screen_at_1366x768(session):
    for qid in QUIZZES:
        _answer_and_check_together(session, qid)


def test_each_option_and_its_feedback_are_on_one_screen_at_200_percent(make_session, tmp_path):
    from desktop.model.settings import AppSettings, save_settings

    data = tmp_path / "data"
    data.mkdir()
    save_settings(data / "settings.json", AppSettings(text_scale=2.0))
    session = make_session(data_dir=data, show=False)
    session.window.resize(1920, 1080)
    session.window.show()
    assert theme.current().scale == 2.0
    for qid in QUIZZES:
        _answer_and_check_together(session, qid)
