"""One multiple-choice question: answer once, then it locks and explains itself."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QWidget

from .accessibility import LOCKED, plain_text, set_role, state_changed
from .binding import reveal
from .common import announce, hbox, label, repolish, set_prop, vbox
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


# Filled discs both: a thin outline tick beside a solid cross read as two weights of verdict.
_RESULT_ICONS = {
    "correct": ("pass", "success"),
    "wrong": ("fail", "danger"),
    "answer": ("pass", "success"),
}
#: Unicode marks: right-to-left mark and isolate, first-strong isolate, pop directional isolate.
_RLM, _RLI, _FSI, _PDI = "\u200f", "\u2067", "\u2068", "\u2069"


def option_text(key: str, text: str) -> str:
    """"B)  Only with a lawful basis": the letter a learner can refer to, then the content."""
    return f"{key.upper()})  {text}"


def shown_option_text(key: str, text: str, inline: bool = False) -> str:
    """The option as drawn. Right to left, a paragraph opening with the Latin "A" would
    be laid out left to right and flush left; the right-to-left mark makes "(A" the line's
    start at the right, and the isolated content keeps its own direction (an English
    fallback's full stop stays at its end). ``inline``: for quoting inside a sentence,
    the whole option isolated right to left, so the sentence's words stay outside it."""
    if not QGuiApplication.isRightToLeft():
        return option_text(key, text)
    option = option_text(key, f"{_FSI}{text}{_PDI}")
    return f"{_RLI}{option}{_PDI}" if inline else _RLM + option


def option_result(key: str, chosen: str | None, answer: str) -> str:
    """How option ``key`` shows once ``chosen`` was answered ("" while the quiz is open)."""
    if chosen is None:
        return ""
    if key == chosen:
        return "correct" if key == answer else "wrong"
    return "answer" if key == answer else "locked"


def result_description(result: str) -> str:
    """The option's result in words, for its accessible description."""
    if result == "correct":
        return QCoreApplication.translate("QuizCard", "Your answer: correct")
    if result == "wrong":
        return QCoreApplication.translate("QuizCard", "Your answer: not correct")
    if result == "answer":
        return QCoreApplication.translate("QuizCard", "Correct answer")
    return ""


class _ResultIcon(IconLabel):
    """The verdict icon, as tall as the option's first line and centred on it."""

    def _render(self) -> None:
        super()._render()
        side = self.width()
        self.setFixedHeight(max(side, self.fontMetrics().height()))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)


class _OptionButton(WrapButton):
    """An option whose result icon has a column at the row's end, kept while hidden:
    once answered, no option's text moves or wraps anew."""

    def __init__(self, text: str):
        super().__init__(text)
        row = self.layout()
        row.removeWidget(self.icon_label)
        self.icon_label.deleteLater()
        self.icon_label = _ResultIcon("circle", "text_muted", 18)
        self.icon_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = self.icon_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.icon_label.setSizePolicy(policy)
        self.icon_label.hide()
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # One line is centred in the button's least height, and the icon with it; of
        # several lines the first starts at the top, and so does the icon.
        text = self.text_label
        one_line = text.heightForWidth(text.width()) < 2 * text.fontMetrics().height()
        align = Qt.AlignmentFlag.AlignVCenter if one_line else Qt.AlignmentFlag.AlignTop
        self.layout().setAlignment(self.icon_label, align)


class QuizCard(QFrame):
    """A quiz question with options A–D.

    Tab and the arrow keys move between options, Enter or Space answers. After one
    answer the card locks: the chosen option carries an icon (and says in its
    accessible description whether it was right), the right answer is marked, the
    other options dim, and one feedback box explains why.
    """

    answered = Signal(str, str)  # quiz id, option key

    def __init__(self, quiz: QuizView, parent: QWidget | None = None):
        super().__init__(parent)
        self.quiz = quiz
        self.chosen: str | None = None
        self.setProperty("card", "true")
        self.setObjectName(f"quiz.{quiz.id}")
        heading = QCoreApplication.translate("QuizCard", "Quiz {number} of {total}").format(
            number=quiz.number, total=quiz.total)
        self.setAccessibleName(heading)
        lay = vbox(self, margins=(18, 16, 18, 16), spacing=10)
        head = hbox(spacing=8)
        head.addWidget(IconLabel("question", "primary", 20))
        head.addWidget(label(heading, "eyebrow"), 1)
        lay.addLayout(head)
        self.question = label(quiz.question, "h3", name=f"quiz.{quiz.id}.question")
        lay.addWidget(self.question)
        self.buttons: dict[str, WrapButton] = {}
        for key, text, _ in quiz.options:
            b = _OptionButton(shown_option_text(key, text))
            b.setObjectName(f"quiz.{quiz.id}.option_{key}")
            b.setProperty("quizoption", "true")
            b.setProperty("locked", "false")
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setAccessibleName(option_text(key, text))
            set_role(b, "radio")  # one answer of four: checked once chosen
            b.clicked.connect(lambda _=False, k=key: self.choose(k))
            b.installEventFilter(self)
            lay.addWidget(b)
            self.buttons[key] = b
        self.feedback = QFrame()
        self.feedback.setObjectName(f"quiz.{quiz.id}.feedback")
        fb = hbox(self.feedback, margins=(14, 12, 14, 12), spacing=10)
        self.feedback_icon = IconLabel("check_circle", "success", 22)
        fb.addWidget(self.feedback_icon, 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=6)
        # Only a wrong answer has a title (which answer is right): a right one's feedback
        # already opens with the verdict, and a heading repeating it was clutter.
        self.feedback_title = label("", "strong", name=f"quiz.{quiz.id}.feedback_title")
        col.addWidget(self.feedback_title)
        self.feedback_text = label("", markdown=True, name=f"quiz.{quiz.id}.feedback_text")
        col.addWidget(self.feedback_text)
        fb.addLayout(col, 1)
        self.feedback.hide()
        lay.addWidget(self.feedback)

    # -- behaviour ---------------------------------------------------------------------
    def choose(self, key: str) -> None:
        """Answer with ``key`` (ignored once the quiz is locked)."""
        if self.chosen is not None or key not in self.buttons:
            return
        self.show_answer(key)
        self.answered.emit(self.quiz.id, key)
        # The feedback opens below the options: scroll just enough that it is read with
        # them (once laid out, on the next pass), not left under the fold.
        QTimer.singleShot(0, self._reveal_feedback)

    def _reveal_feedback(self) -> None:
        if self.feedback.isVisible():
            reveal(self.feedback, 0, 12)

    def show_answer(self, key: str | None) -> None:
        """Show the locked state for ``key``, or the open question for None."""
        self.chosen = key
        for k, b in self.buttons.items():
            self._show_option(k, b, option_result(k, key, self.quiz.answer))
        if key is None:
            self.feedback.hide()
            return
        self._show_feedback(key)

    def _show_option(self, key: str, button: WrapButton, result: str) -> None:
        locked = result != ""
        # Locked options stay focusable so a screen reader can still read the result.
        set_prop(button, "locked", "true" if locked else "false")
        button.setCursor(Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor)
        if button.property("result") != result:
            set_prop(button, "result", result)
            repolish(button.text_label)  # its colour and weight follow the option's result
        icon = _RESULT_ICONS.get(result)
        button.set_icon(*icon) if icon else button.set_icon(None)
        # The option's text stays the content's; the result is said by the icon, by the
        # style and, on the accessibility bus, by the description (the choice is the
        # checked state, the lock is "unavailable").
        button.setAccessibleDescription(result_description(result))
        button.setProperty("a11y_checked", locked and result in ("correct", "wrong"))
        button.setProperty(LOCKED, locked)
        state_changed(button, checked=True, disabled=True)

    def _show_feedback(self, key: str) -> None:
        right = key == self.quiz.answer
        set_prop(self.feedback, "feedback", "correct" if right else "wrong")
        self.feedback_icon.set_icon("check_circle" if right else "fail", "success" if right else "danger")
        chosen_fb = next(f for kk, _, f in self.quiz.options if kk == key)
        if right:
            title = ""
        else:
            answer_text = next(t for kk, t, _ in self.quiz.options if kk == self.quiz.answer)
            title = QCoreApplication.translate("QuizCard", "The right answer is {answer}").format(
                answer=shown_option_text(self.quiz.answer, answer_text, inline=True))
        self.feedback_title.setText(title)
        self.feedback_title.setVisible(bool(title))
        body = f"{chosen_fb}\n\n{self.quiz.explanation}"
        self.feedback_text.setText(body)
        verdict = (QCoreApplication.translate("QuizCard", "Correct") if right else
                   QCoreApplication.translate("QuizCard", "Not quite: the answer is {key}").format(
                       key=self.quiz.answer.upper()))
        self.feedback.setAccessibleName(verdict)
        self.feedback.setAccessibleDescription(plain_text(body))
        self.feedback.show()
        # A right answer's feedback opens with its verdict already; a wrong one's is said first.
        spoken = plain_text(chosen_fb) if right else f"{verdict}. {plain_text(chosen_fb)}"
        announce(self.feedback, spoken)

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

