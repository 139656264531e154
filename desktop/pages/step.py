"""The step page: eyebrow, title, intro, and the step's blocks (text, callouts, quizzes, parts)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ..content.course import Block, Course, Step
from ..content.needs import part_block, step_needs
from ..content.sources import footnote
from ..model.progress import Missing, missing_for_finish
from ..model.state import LearnerState
from ..widgets.callout import Callout
from ..widgets.binding import reveal
from ..widgets.common import hbox, label, set_prop, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.parts import PARTS, build_part
from ..widgets.quiz_card import QuizCard, QuizView
from ..words import step_name
from .base import ScrollPage


class StepPage(ScrollPage):
    """A step: eyebrow, title, intro, then the step's blocks in content order.

    Every step is this one class: a ``widget:`` block is built by the part registry
    (:mod:`desktop.widgets.parts`) from its topic and its slice of the state, and kept
    in :attr:`parts` by its id.
    """

    step_completed = Signal(int)

    def __init__(self, course: Course, state: LearnerState, step: Step,
                 parent: QWidget | None = None):
        super().__init__(step.page_id, step_name(step.number, step.title), parent)
        self.course, self.state, self.step = course, state, step
        self.needs = step_needs(step)
        self.quiz_cards: dict[str, QuizCard] = {}
        self.parts: dict[str, QWidget] = {}
        head = hbox(spacing=10)
        head.addWidget(IconLabel(step.icon, "primary", 28), 0, Qt.AlignmentFlag.AlignTop)
        titles = vbox(spacing=2)
        titles.addWidget(label(QCoreApplication.translate("StepPage", "Step {number}").format(number=step.number),
                               "eyebrow"))
        titles.addWidget(label(step.title, "h1", name=f"{step.page_id}.title"))
        head.addLayout(titles, 1)
        self.body.addLayout(head)
        self.add(label(step.intro, markdown=True, name=f"{step.page_id}.intro"))
        for block in step.blocks:
            self._add_block(block)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName(f"step_{step.number}.complete")
        self.complete_button.setProperty("accent", "true")
        self.complete_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.complete_button.clicked.connect(lambda: self.step_completed.emit(step.number))
        self.todo = label("", "muted", name=f"step_{step.number}.todo")
        row = hbox(spacing=12)
        row.addWidget(self.todo, 1)
        row.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        self.body.addStretch(1)
        state.events.quiz_answers.connect(self._on_quiz_answers_changed)
        state.events.completed_steps.connect(self._on_completed_steps_changed)
        state.events.used.connect(self._on_completed_steps_changed)
        # A change to a part's state section is the learner using the part; connected
        # after the parts were built, so their first showing does not count.
        self._watched = [(getattr(state, name).events.all, self._user(name))
                         for name in self.needs.sections]
        for signal, slot in self._watched:
            signal.connect(slot)
        self._on_quiz_answers_changed()
        self._on_completed_steps_changed()

    # -- blocks --------------------------------------------------------------------------
    def _add_block(self, block: Block) -> None:
        if block.kind == "heading":
            self.add(label(block.text, "h2"))
        elif block.kind == "text":
            self.add(label(block.text, markdown=True))
        elif block.kind == "callout" and block.callout:
            c = block.callout
            self.add(Callout(c.kind, c.title, c.body, c.icon))
            if c.sources:
                self.add(label(footnote(c.sources), "muted", name="callout.sources",
                               selectable=True))
        elif block.kind == "quiz" and block.quiz:
            q = block.quiz
            view = QuizView(q.id, q.number, len(self.course.quizzes), q.question,
                            tuple((o.key, o.text, o.feedback) for o in q.options), q.answer,
                            q.explanation)
            card = QuizCard(view)
            card.answered.connect(self._on_quiz_answered)
            self.quiz_cards[q.id] = card
            self.add(card)
        elif block.kind == "widget":
            spec = PARTS[block.widget]
            section = getattr(self.state, spec.section) if spec.section else None
            part = build_part(block.widget, self.course.topic(spec.topic), section)
            self.parts[block.widget] = part
            if block.title:
                self.add(label(block.title, "h2"))
            if block.text:
                self.add(label(block.text, markdown=True))
            self.add(part)

    # -- state binding -------------------------------------------------------------------
    def _on_quiz_answered(self, quiz_id: str, key: str) -> None:
        self.state.answer_quiz(quiz_id, key)
        self._show_whole(self.quiz_cards[quiz_id])

    def _show_whole(self, widget: QWidget) -> None:
        """Scroll so all of ``widget`` is in view (its top, if it is taller than the view):
        an answered quiz shows its options and the feedback together (issue 19)."""
        # After the feedback's own layout pass, which is posted, not immediate.
        QTimer.singleShot(0, self, lambda: reveal(widget, 0, 0))

    def _user(self, section: str):
        def used(*_: object) -> None:
            self.state.mark_used(section)
        return used

    def _on_quiz_answers_changed(self, *_: object) -> None:
        for qid, card in self.quiz_cards.items():
            chosen = self.state.quiz_answers.get(qid)
            if chosen != card.chosen:
                card.show_answer(chosen)
        self._on_completed_steps_changed()

    def _on_completed_steps_changed(self, *_: object) -> None:
        n = self.step.number
        done = n in self.state.completed_steps
        self.complete_button.setEnabled(not done)
        # The page's one primary button while the step is open; done, it steps back.
        set_prop(self.complete_button, "accent", "false" if done else "true")
        self.complete_button.setText(QCoreApplication.translate("StepPage", "Step {number} completed").format(number=n)
                                     if done else
                                     QCoreApplication.translate("StepPage", "Mark step {number} complete").format(number=n))
        self.complete_button.setAccessibleName(self.complete_button.text())
        self.todo.setText(self._todo_text(done))

    def _todo_text(self, done: bool) -> str:
        """Says how the step completes and what of it is left."""
        if done:
            return ""
        left = missing_for_finish((self.needs,), (), self.state.quiz_answers, self.state.used)
        things = [self._thing(m) for m in left]
        if not things:
            return ""
        return QCoreApplication.translate("StepPage", "This step completes by itself once you have done this: {things}. "
                              "Or mark it complete now.").format(things="; ".join(things))

    def _thing(self, m: Missing) -> str:
        if m.kind == "quiz":
            number = next(q.number for q in self.step.quizzes if q.id == m.target)
            return QCoreApplication.translate("StepPage", "answer quiz {number}").format(number=number)
        block = part_block(self.step, m.target)
        return QCoreApplication.translate("StepPage", "try “{part}”").format(part=block.title if block else m.target)

    def reveal(self, kind: str, target: str) -> None:
        """Scroll the quiz card (``kind`` "quiz", a quiz id) or the part (a state section)
        into view and put focus on it: where a "still to do" link leads."""
        widget: QWidget | None
        if kind == "quiz":
            widget = self.quiz_cards.get(target)
        else:
            block = part_block(self.step, target)
            widget = self.parts.get(block.widget) if block else None
        if widget is None:
            return
        self.widget().layout().activate()
        # Its top at the top of the view (Qt would centre a part taller than the view).
        self.verticalScrollBar().setValue(widget.mapTo(self.widget(), widget.rect().topLeft()).y() - 8)
        focusable = [w for w in widget.findChildren(QWidget)
                     if w.isVisibleTo(widget) and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        if focusable:
            focusable[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def close_page(self) -> None:
        """Stop following the state, the page's own bindings and every part's."""
        self.state.events.quiz_answers.disconnect(self._on_quiz_answers_changed)
        self.state.events.completed_steps.disconnect(self._on_completed_steps_changed)
        self.state.events.used.disconnect(self._on_completed_steps_changed)
        for signal, slot in self._watched:
            signal.disconnect(slot)
        for part in self.parts.values():
            part.unbind()
