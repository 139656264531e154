"""The score card: quiz score, steps done, overall completion; drops down from the
progress pill in the top bar (issue 19: no 250 px sidebar)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFrame, QProgressBar, QPushButton, QWidget

from .. import theme
from .common import card_header, hbox, label, vbox

BASE_WIDTH = 260


class ScoreCard(QFrame):
    """Shows the three numbers; offers the summary once every step is complete.

    A panel floating over the window's own pages (not a popup window: those grab the
    keyboard, which some platforms refuse); a click elsewhere or Escape closes it.
    """

    summary_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("score.card")
        self.setProperty("panel", "score")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAccessibleName(QCoreApplication.translate("ScoreCard", "Your progress"))
        lay = vbox(self, margins=(16, 14, 16, 14), spacing=8)
        lay.addLayout(card_header("trophy", QCoreApplication.translate("ScoreCard", "Your progress")))
        self.quiz_correct = self._figure(lay, "score.quiz_correct",
                                         QCoreApplication.translate("ScoreCard", "quiz questions correct"))
        self.steps_completed = self._figure(lay, "score.steps_completed",
                                            QCoreApplication.translate("ScoreCard", "steps completed"))
        lay.addWidget(label(QCoreApplication.translate("ScoreCard", "Overall completion"), "muted"))
        row = hbox(spacing=8)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setObjectName("score.completion_bar")
        self.bar.setAccessibleName(QCoreApplication.translate("ScoreCard", "Overall completion"))
        self.completion = label("0%", "h3", name="score.completion", wrap=False)
        row.addWidget(self.bar, 1)
        row.addWidget(self.completion)
        lay.addLayout(row)
        self.rule = label(QCoreApplication.translate("ScoreCard", "A step completes when its quiz is answered and its "
                                          "interactive part has been tried, or with its "
                                          "“Mark step complete” button."), "muted",
                          name="score.rule")
        lay.addWidget(self.rule)
        self.summary = QPushButton(QCoreApplication.translate("ScoreCard", "See your summary"))
        self.summary.setObjectName("score.summary")
        self.summary.setProperty("accent", "true")
        self.summary.setAccessibleName(self.summary.text())
        self.summary.clicked.connect(self.summary_requested)
        self.summary.hide()
        lay.addWidget(self.summary)
        self._complete = False
        self._on_summary = False

    @staticmethod
    def _figure(lay, name: str, caption: str):
        row = hbox(spacing=8)
        value = label("0/5", "stat", name=name, wrap=False)
        row.addWidget(value)
        row.addWidget(label(caption, "muted", wrap=False), 1, Qt.AlignmentFlag.AlignVCenter)
        lay.addLayout(row)
        return value

    def set_score(self, correct: int, total_quiz: int, steps: int, total_steps: int,
                  percent: int, complete: bool) -> None:
        self.quiz_correct.setText(f"{correct}/{total_quiz}")
        self.quiz_correct.setAccessibleName(QCoreApplication.translate("ScoreCard", "{correct} of {total} quiz questions correct")
                                            .format(correct=correct, total=total_quiz))
        self.steps_completed.setText(f"{steps}/{total_steps}")
        self.steps_completed.setAccessibleName(QCoreApplication.translate("ScoreCard", "{done} of {total} steps completed")
                                               .format(done=steps, total=total_steps))
        self.completion.setText(f"{percent}%")
        self.completion.setAccessibleName(QCoreApplication.translate("ScoreCard", "Overall completion {percent} percent")
                                          .format(percent=percent))
        self.bar.setValue(percent)
        self._complete = complete
        self._show_summary()

    def set_on_summary(self, on_summary: bool) -> None:
        """On the summary page itself the card offers no way to it."""
        self._on_summary = on_summary
        self._show_summary()

    @property
    def offers_summary(self) -> bool:
        return self._complete and not self._on_summary

    def _show_summary(self) -> None:
        self.summary.setVisible(self.offers_summary)

    def show_under(self, anchor: QWidget) -> None:
        """Drop down under ``anchor``, right edges aligned, kept inside the window."""
        self.setMinimumWidth(int(BASE_WIDTH * theme.current().scale))
        self.adjustSize()
        host = self.parentWidget()
        corner = anchor.mapTo(host, QPoint(anchor.width(), anchor.height() + 4))
        self.move(max(0, corner.x() - self.width()), corner.y())
        self.show()
        self.raise_()
        QApplication.instance().installEventFilter(self)
        self.summary.setFocus() if self.summary.isVisible() else self.setFocus()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        QApplication.instance().removeEventFilter(self)
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Close on a click outside the card or on Escape, as a drop-down does."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget) \
                and watched is not self and not self.isAncestorOf(watched) \
                and watched.objectName() != "score.pill":
            self.hide()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Escape and self.isVisible():
            self.hide()
            return True
        return False
