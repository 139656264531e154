"""The step page: eyebrow, title, intro, and the step's blocks (text, callouts, quizzes, parts)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QWidget

from ..content.course import Block, Course, Step
from ..content.sources import footnote
from ..model.state import LearnerState
from ..widgets.callout import Callout
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.parts import PARTS, build_part
from ..widgets.quiz_card import QuizCard, QuizView
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
        super().__init__(step.page_id, f"Step {step.number}: {step.title}", parent)
        self.course, self.state, self.step = course, state, step
        self.quiz_cards: dict[str, QuizCard] = {}
        self.parts: dict[str, QWidget] = {}
        head = hbox(spacing=10)
        head.addWidget(IconLabel(step.icon, "primary", 28), 0, Qt.AlignmentFlag.AlignTop)
        titles = vbox(spacing=2)
        titles.addWidget(label(f"Step {step.number}", "eyebrow"))
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
        row = hbox()
        row.addStretch(1)
        row.addWidget(self.complete_button)
        self.body.addSpacing(8)
        self.body.addLayout(row)
        self.body.addStretch(1)
        state.events.quiz_answers.connect(self._on_quiz_answers_changed)
        state.events.completed_steps.connect(self._on_completed_steps_changed)
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

    def _on_quiz_answers_changed(self, *_: object) -> None:
        for qid, card in self.quiz_cards.items():
            chosen = self.state.quiz_answers.get(qid)
            if chosen != card.chosen:
                card.show_answer(chosen)

    def _on_completed_steps_changed(self, *_: object) -> None:
        n = self.step.number
        done = n in self.state.completed_steps
        self.complete_button.setEnabled(not done)
        self.complete_button.setText(f"Step {n} completed" if done else f"Mark step {n} complete")
        self.complete_button.setAccessibleName(self.complete_button.text())

    def close_page(self) -> None:
        """Stop following the state, the page's own bindings and every part's."""
        self.state.events.quiz_answers.disconnect(self._on_quiz_answers_changed)
        self.state.events.completed_steps.disconnect(self._on_completed_steps_changed)
        for part in self.parts.values():
            part.unbind()
