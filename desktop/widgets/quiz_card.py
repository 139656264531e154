"""One multiple-choice question: answer once, then it locks and explains itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QWidget

from .accessibility import LOCKED, plain_text, set_role, state_changed
from .common import announce, hbox, label, set_prop, vbox
from .icon_label import IconLabel
from .wrap_button import WrapButton


@dataclass(frozen=True)
class QuizView:
    """Plain data the card shows (built by the page from the course content)."""

    id: str
    number: int
    total: int
    question: str
    options: tuple[tuple[str, str, str], ...]  # (key, text, feedback)
    answer: str
    explanation: str


class QuizCard(QFrame):
    """A quiz question with options A–D.

    Tab and the arrow keys move between options, Enter or Space answers. After one
    answer every option is disabled; the chosen one shows right or wrong by colour,
    by icon and in words, and the feedback panel explains why.
    """

    answered = Signal(str, str)  # quiz id, option key

    def __init__(self, quiz: QuizView, parent: QWidget | None = None):
        super().__init__(parent)
        self.quiz = quiz
        self.chosen: str | None = None
        self.setProperty("card", "true")
        self.setObjectName(f"quiz.{quiz.id}")
        self.setAccessibleName(f"Quiz {quiz.number} of {quiz.total}")
        lay = vbox(self, margins=(18, 16, 18, 16), spacing=10)
        head = hbox(spacing=8)
        head.addWidget(IconLabel("question", "primary", 20))
        head.addWidget(label(f"Quiz {quiz.number} of {quiz.total}", "eyebrow"), 1)
        lay.addLayout(head)
        self.question = label(quiz.question, "h3", name=f"quiz.{quiz.id}.question")
        lay.addWidget(self.question)
        self.buttons: dict[str, WrapButton] = {}
        for key, text, _ in quiz.options:
            b = WrapButton(f"{key.upper()})  {text}", "circle", "text_muted")
            b.icon_label.hide()
            b.setObjectName(f"quiz.{quiz.id}.option_{key}")
            b.setProperty("quizoption", "true")
            b.setProperty("locked", "false")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setAccessibleName(f"{key.upper()}) {text}")
            set_role(b, "radio")  # one answer of four: checked once chosen
            b.clicked.connect(lambda _=False, k=key: self.choose(k))
            b.installEventFilter(self)
            lay.addWidget(b)
            self.buttons[key] = b
        self.feedback = QFrame()
        self.feedback.setObjectName(f"quiz.{quiz.id}.feedback")
        fb = vbox(self.feedback, margins=(14, 12, 14, 12), spacing=6)
        fb_head = hbox(spacing=8)
        self.feedback_icon = IconLabel("check", "success", 20)
        self.feedback_title = label("", "h3")
        fb_head.addWidget(self.feedback_icon)
        fb_head.addWidget(self.feedback_title, 1)
        fb.addLayout(fb_head)
        self.feedback_text = label("", markdown=True, name=f"quiz.{quiz.id}.feedback_text")
        fb.addWidget(self.feedback_text)
        self.feedback.hide()
        lay.addWidget(self.feedback)

    # -- behaviour ---------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """Answer with ``key`` (ignored once the quiz is locked)."""
        if self.chosen is not None or key not in self.buttons:
            return
        self.show_answer(key)
        self.answered.emit(self.quiz.id, key)

    def show_answer(self, key: str | None) -> None:
        """Show the locked state for ``key``, or the open question for None."""
        self.chosen = key
        for k, b in self.buttons.items():
            # Locked options stay focusable so a screen reader can still read the result.
            set_prop(b, "locked", "true" if key is not None else "false")
            b.setCursor(Qt.CursorShape.ArrowCursor if key is not None else Qt.CursorShape.PointingHandCursor)
            result = ""
            icon = None
            if key is not None:
                if k == key:
                    result = "correct" if k == self.quiz.answer else "wrong"
                    icon = ("check_circle", "success") if result == "correct" else ("fail", "danger")
                elif k == self.quiz.answer:
                    result, icon = "answer", ("check", "success")
                else:
                    result = "locked"
            set_prop(b, "result", result)
            b.set_icon(*icon) if icon else b.set_icon(None)
            text = next(t for kk, t, _ in self.quiz.options if kk == k)
            suffix = {"correct": "  (your answer: correct)", "wrong": "  (your answer: not correct)",
                      "answer": "  (correct answer)"}.get(result, "")
            b.set_text(f"{k.upper()})  {text}{suffix}")
            # On the bus: the choice is the checked state, the lock is "unavailable" and
            # the result is the description (a suffix in the name was read as the answer).
            b.setAccessibleName(f"{k.upper()}) {text}")
            b.setAccessibleDescription(suffix.strip(" ()").capitalize())
            b.setProperty("a11y_checked", key is not None and k == key)
            b.setProperty(LOCKED, key is not None)
            state_changed(b, checked=True, disabled=True)
        if key is None:
            self.feedback.hide()
            return
        right = key == self.quiz.answer
        set_prop(self.feedback, "feedback", "correct" if right else "wrong")
        self.feedback_icon.set_icon("check_circle" if right else "fail", "success" if right else "danger")
        chosen_fb = next(f for kk, _, f in self.quiz.options if kk == key)
        self.feedback_title.setText("Correct" if right else
                                    f"Not quite: the answer is {self.quiz.answer.upper()}")
        self.feedback_text.setText(f"{chosen_fb}\n\n{self.quiz.explanation}")
        self.feedback.setAccessibleName(self.feedback_title.text())
        self.feedback.setAccessibleDescription(plain_text(f"{chosen_fb}\n\n{self.quiz.explanation}"))
        self.feedback.show()
        announce(self.feedback, plain_text(f"{self.feedback_title.text()}. {chosen_fb}"))

    @property
    def locked(self) -> bool:
        return self.chosen is not None

    # -- keyboard: arrows move between options, Enter answers -------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = list(self.buttons)
            names = {b: k for k, b in self.buttons.items()}
            if obj in names:
                i = keys.index(names[obj])
                if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
                    self.buttons[keys[(i + 1) % len(keys)]].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
                if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
                    self.buttons[keys[(i - 1) % len(keys)]].setFocus(Qt.FocusReason.BacktabFocusReason)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.choose(names[obj])
                    return True
        return super().eventFilter(obj, event)

