"""The always-visible progress panel: quiz score, steps done, overall completion."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QProgressBar, QPushButton, QWidget

from .. import theme
from .common import card_header, hbox, label, vbox


class ScoreCard(QFrame):
    """Shows the three numbers; offers the summary once every step is complete."""

    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("score.card")
        self.setProperty("panel", "score")
        lay = vbox(self, margins=(16, 16, 16, 16), spacing=10)
        lay.addLayout(card_header("trophy", "Your progress"))
        self.quiz_correct = self._figure(lay, "score.quiz_correct", "quiz questions correct")
        self.steps_completed = self._figure(lay, "score.steps_completed", "steps completed")
        lay.addWidget(label("Overall completion", "muted"))
        row = hbox(spacing=8)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setObjectName("score.completion_bar")
        self.bar.setAccessibleName("Overall completion")
        self.completion = label("0%", "h3", name="score.completion", wrap=False)
        row.addWidget(self.bar, 1)
        row.addWidget(self.completion)
        lay.addLayout(row)
        self.summary = QPushButton("See your summary")
        self.summary.setObjectName("score.summary")
        self.summary.setProperty("accent", "true")
        self.summary.setAccessibleName("See your summary")
        self.summary.clicked.connect(self.summary_requested)
        self.summary.hide()
        lay.addWidget(self.summary)
        lay.addStretch(1)
        self._fit_width()

    BASE_WIDTH = 250

    def _fit_width(self) -> None:
        # Grows with the text size, but never so much that it crowds out the page.
        self.setFixedWidth(int(self.BASE_WIDTH * min(theme.current().scale, 1.4)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self._fit_width()
        super().changeEvent(event)

    @staticmethod
    def _figure(lay, name: str, caption: str):
        value = label("0/5", "stat", name=name, wrap=False)
        value.setAlignment(Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(value)
        lay.addWidget(label(caption, "muted"))
        return value

    def set_score(self, correct: int, total_quiz: int, steps: int, total_steps: int,
                  percent: int, complete: bool) -> None:
        self.quiz_correct.setText(f"{correct}/{total_quiz}")
        self.quiz_correct.setAccessibleName(f"{correct} of {total_quiz} quiz questions correct")
        self.steps_completed.setText(f"{steps}/{total_steps}")
        self.steps_completed.setAccessibleName(f"{steps} of {total_steps} steps completed")
        self.completion.setText(f"{percent}%")
        self.completion.setAccessibleName(f"Overall completion {percent} percent")
        self.bar.setValue(percent)
        self.summary.setVisible(complete)
