"""The course player as a trainee uses it: stepper, quizzes, score card, closing page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton

from desktop.widgets.quiz_card import QuizCard


def find(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def current_page(session):
    return session.window.stack.currentWidget().objectName()


def test_window_shows_course_header_and_intro(session):
    w = session.window
    assert w.windowTitle() == "Framework 4: Enterprise ML Integration"
    assert find(w, QPushButton, "header.home").text() == "MLOps Course Home"
    assert current_page(session) == "page.intro"
    intro = w.page("intro")
    assert intro.findChild(QLabel, "intro.title").text() == "The $2M Question"
    values = [t.value.text() for t in intro.tiles]
    assert values == ["87%", "$2M", "3.5×", "6 mo."]


def test_stepper_click_opens_each_step_and_says_where_you_are(session, qtbot):
    w = session.window
    for n in (3, 1, 5, 2, 4):
        qtbot.mouseClick(find(w, QAbstractButton, f"stepper.step_{n}"), Qt.MouseButton.LeftButton)
        assert current_page(session) == f"page.step_{n}"
        assert w.where.text().startswith(f"Step {n} of 5")
        assert find(w, QAbstractButton, f"stepper.step_{n}").property("status") == "active"


def test_next_and_back_buttons_walk_the_sequence(session, qtbot):
    w = session.window
    back, nxt = find(w, QPushButton, "nav.back"), find(w, QPushButton, "nav.next")
    assert not back.isEnabled()
    seen = []
    for _ in range(5):
        qtbot.mouseClick(nxt, Qt.MouseButton.LeftButton)
        seen.append(current_page(session))
    assert seen == [f"page.step_{n}" for n in range(1, 6)]
    assert not nxt.isEnabled(), "the closing page is locked until all steps are complete"
    qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
    assert current_page(session) == "page.step_4"


def test_alt_arrows_move_between_pages(session, qtbot):
    w = session.window
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow())
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_page(session) == "page.step_1"
    qtbot.keyClick(w, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_page(session) == "page.step_2"
    qtbot.keyClick(w, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current_page(session) == "page.step_1"


def quiz_card(session, qid) -> QuizCard:
    for n in range(1, 6):
        card = session.window.page(f"step_{n}").findChild(QuizCard, f"quiz.{qid}")
        if card is not None:
            return card
    raise AssertionError(qid)


def test_each_quiz_locks_after_one_answer_and_explains(session, qtbot):
    w = session.window
    expected = {"q1": "b", "q2": "c", "q3": "c", "q4": "b", "q5": "c"}
    for i, (qid, right) in enumerate(expected.items(), 1):
        card = quiz_card(session, qid)
        w.go(_page_of(session, qid))
        wrong = "a" if right != "a" else "d"
        choice = right if i % 2 else wrong
        qtbot.mouseClick(card.buttons[choice], Qt.MouseButton.LeftButton)
        other = next(k for k in card.buttons if k != choice)
        qtbot.mouseClick(card.buttons[other], Qt.MouseButton.LeftButton)  # locked: ignored
        assert session.state.quiz_answers[qid] == choice
        feedback = card.findChild(type(card.feedback), f"quiz.{qid}.feedback")
        assert feedback.isVisible()
        title = card.feedback_title.text()
        button = card.buttons[choice]
        if choice == right:
            # One verdict, the feedback's own first word: no "Correct" heading above it.
            assert not card.feedback_title.isVisible() and button.property("result") == "correct"
            assert card.feedback_text.text().startswith("Correct")
            # The result is the answer's description; "checked" is its state (tests/atspi).
            assert button.accessibleDescription() == "Your answer: correct"
        else:
            assert title.startswith("The right answer is " + right.upper()) \
                and button.property("result") == "wrong"
            assert button.accessibleDescription() == "Your answer: not correct"
            assert card.buttons[right].property("result") == "answer"
        assert card.feedback_text.text().strip(), "the feedback explains why"
        spoken = card.feedback.property("announcement")
        assert spoken.startswith("Correct" if choice == right else "Not quite"), "read to screen readers"
    # q1, q3, q5 right; q2, q4 wrong
    assert find(w, QLabel, "score.quiz_correct").text() == "3/5"
    assert find(w, QLabel, "score.completion").text() == "30%"


def _page_of(session, qid):
    for step in session.course.steps:
        if any(q.id == qid for q in step.quizzes):
            return step.page_id
    raise AssertionError(qid)


def test_quiz_options_work_from_the_keyboard(session, qtbot):
    w = session.window
    w.go("step_1")
    card = quiz_card(session, "q1")
    card.buttons["a"].setFocus()
    qtbot.keyClick(card.buttons["a"], Qt.Key.Key_Down)
    assert card.buttons["b"].hasFocus()
    qtbot.keyClick(card.buttons["b"], Qt.Key.Key_Down)
    qtbot.keyClick(card.buttons["c"], Qt.Key.Key_Up)
    qtbot.keyClick(card.buttons["b"], Qt.Key.Key_Return)
    assert session.state.quiz_answers == {"q1": "b"}
    card2 = quiz_card(session, "q2")
    w.go("step_2")
    card2.buttons["d"].setFocus()
    qtbot.keyClick(card2.buttons["d"], Qt.Key.Key_Space)
    assert session.state.quiz_answers["q2"] == "d"


def test_marking_steps_complete_updates_score_and_opens_the_next(session, qtbot):
    w = session.window
    w.go("step_2")
    button = find(w, QPushButton, "step_2.complete")
    assert button.text() == "Mark step 2 complete"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.state.completed_steps == (2,)
    assert current_page(session) == "page.step_3"
    step2 = find(w, QAbstractButton, "stepper.step_2")
    assert step2.property("status") == "completed"
    assert "completed" in step2.accessibleName()
    assert find(w, QLabel, "score.steps_completed").text() == "1/5"
    assert find(w, QLabel, "score.completion").text() == "10%"


def test_closing_page_only_after_all_five_steps(session, qtbot):
    w = session.window
    w.go("closing")
    assert current_page(session) == "page.intro"
    for n in (1, 2, 3, 4):
        w.go(f"step_{n}")
        qtbot.mouseClick(find(w, QPushButton, f"step_{n}.complete"), Qt.MouseButton.LeftButton)
        assert current_page(session) != "page.closing"
    assert not find(w, QPushButton, "score.summary").isVisible()
    w.go("step_5")
    qtbot.mouseClick(find(w, QPushButton, "step_5.complete"), Qt.MouseButton.LeftButton)
    assert current_page(session) == "page.closing"
    closing = w.page("closing")
    checks = [closing.findChild(QLabel, f"closing.check_{i}") for i in range(1, 9)]
    assert all(c is not None and c.text() for c in checks)
    qtbot.mouseClick(find(w, QPushButton, "score.pill"), Qt.MouseButton.LeftButton)
    assert not find(w, QPushButton, "score.summary").isVisible(), "not on the summary itself"
    w.score_card.hide()
    w.go("step_5")
    qtbot.mouseClick(find(w, QPushButton, "score.pill"), Qt.MouseButton.LeftButton)
    assert find(w, QPushButton, "score.summary").isVisible()
    assert find(w, QLabel, "score.completion").text() == "50%"
    w.score_card.hide()


def test_course_home_lists_frameworks(session, qtbot):
    w = session.window
    qtbot.mouseClick(find(w, QPushButton, "header.home"), Qt.MouseButton.LeftButton)
    assert current_page(session) == "page.home"
    home = w.page("home")
    available = [f for f in session.course.home.frameworks if f.available]
    assert [f.number for f in available] == [4]
    assert home.findChild(QPushButton, "home.open_4") is not None
    assert home.findChild(QPushButton, "home.open_1") is None
    qtbot.mouseClick(home.findChild(QPushButton, "home.open_4"), Qt.MouseButton.LeftButton)
    assert current_page(session) == "page.intro"


def test_start_over_asks_first(session, qtbot):
    w = session.window
    session.state.answer_quiz("q1", "b")
    session.state.complete_step(1)
    w.confirm = lambda *_: False
    w.start_over_action.trigger()
    assert session.state.quiz_answers == {"q1": "b"}
    w.confirm = lambda *_: True
    w.start_over_action.trigger()
    assert session.state.quiz_answers == {} and session.state.completed_steps == ()
    assert find(w, QLabel, "score.completion").text() == "0%"
    card = quiz_card(session, "q1")
    assert not card.locked and not card.feedback.isVisible()
