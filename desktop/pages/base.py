"""Shared page frames: a scrolling, width-limited column, and the step page skeleton."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QWidget

from ..content.course import Block, Course, Step
from ..content.sources import footnote
from ..model.state import LearnerState
from ..widgets.callout import Callout
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.quiz_card import QuizCard, QuizView

MAX_COLUMN_WIDTH = 1180


class _ScrollContent(QWidget):
    """The scrolled widget. Its height comes from heightForWidth at the real width.

    Word-wrapped labels report a tall minimum (measured at a narrow width); summed
    up, that made every page scroll though its text fits. QScrollArea asks
    heightForWidth when the layout has it, so the minimum height can be zero.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), 0)


class ScrollPage(QScrollArea):
    """A page that scrolls vertically; content sits in a centred, width-limited column."""

    navigate_requested = Signal(str)

    def __init__(self, page_id: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName(f"page.{page_id}")
        self.setAccessibleName(accessible)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a focus stop of its own (it has no role a screen reader can operate, nor a
        # ring); Page Up/Down pressed on any control inside still scroll it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = _ScrollContent()
        row = hbox(outer, margins=(24, 20, 24, 28))
        self.column = QWidget()
        self.column.setMaximumWidth(MAX_COLUMN_WIDTH)
        self.body = vbox(self.column, spacing=14)
        row.addStretch(0)
        row.addWidget(self.column, 100)
        row.addStretch(0)
        self.setWidget(outer)

    def focus_heading(self) -> None:
        """Move focus to the page's title (after a step was completed): Orca reads it."""
        heading = self.findChild(QWidget, f"{self.page_id}.title")
        if heading is None:
            return
        heading.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focusable by code, not a Tab stop
        heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(heading)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def close_page(self) -> None:
        """Disconnect from the state; called by the shell before the page is dropped."""


class StepPage(ScrollPage):
    """A step: eyebrow, title, intro, then the step's blocks in content order.

    Subclasses build the interactive parts in :meth:`build_widget`.
    """

    step_completed = Signal(int)

    def __init__(self, course: Course, state: LearnerState, step: Step,
                 parent: QWidget | None = None):
        super().__init__(step.page_id, f"Step {step.number}: {step.title}", parent)
        self.course, self.state, self.step = course, state, step
        self.quiz_cards: dict[str, QuizCard] = {}
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
            widget = self.build_widget(block)
            if widget is not None:
                if block.title:
                    self.add(label(block.title, "h2"))
                if block.text:
                    self.add(label(block.text, markdown=True))
                self.add(widget)

    def build_widget(self, block: Block) -> QWidget | None:
        """The interactive part named by ``block.widget``; None if this page has none."""
        return None

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
        self.state.events.quiz_answers.disconnect(self._on_quiz_answers_changed)
        self.state.events.completed_steps.disconnect(self._on_completed_steps_changed)
