"""A sentence held by Steady: its column is laid out again only when the sentence needs it.

A new figure in a sentence that keeps its lines must not lay out the page (each such
layout measured every wrapped label of it); a sentence that grows by a line, or a word
wider than the column, must, or the learner reads it cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.widgets.common import label
from desktop.widgets.steady import Steady

WIDTH = 320
ONE_LINE = "Team salaries are 75% of the cost."


class LayoutRequests(QObject):
    """Counts the layout requests a widget receives."""

    def __init__(self, watched: QWidget):
        super().__init__(watched)
        self.count = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def column(qtbot, text: str) -> tuple[QWidget, QLabel, LayoutRequests]:
    """A fixed-width column holding a sentence in a Steady, under a heading, laid out."""
    page = QWidget()
    page.setFixedWidth(WIDTH)
    lay = QVBoxLayout(page)
    lay.addWidget(QLabel("Heading"))
    sentence = label(text, "muted")
    lay.addWidget(Steady(sentence))
    lay.addStretch(1)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page, sentence, LayoutRequests(page)


def settled(sentence: QLabel) -> None:
    for _ in range(3):
        QApplication.processEvents()
    assert sentence.height() >= sentence.heightForWidth(sentence.width())


def test_new_figures_on_the_same_lines_leave_the_column_alone(qtbot):
    page, sentence, requests = column(qtbot, ONE_LINE)
    # a label built with its text says it wraps (height for width) once its text changes
    sentence.setText("Team salaries are 76% of the cost.")
    qtbot.wait(50)
    requests.count = 0
    for share in ("74", "8", "100", "12.5"):  # one line each, of other widths
        sentence.setText(f"Team salaries are {share}% of the cost.")
        settled(sentence)
    assert requests.count == 0


def test_a_sentence_grown_by_a_line_is_laid_out_whole(qtbot):
    page, sentence, requests = column(qtbot, ONE_LINE)
    one_line = sentence.height()
    sentence.setText(ONE_LINE + " Storage and inference share the rest, and the levers act on"
                     " GPU compute and inference only.")
    settled(sentence)
    assert requests.count >= 1
    assert sentence.height() > one_line
    assert sentence.height() == sentence.heightForWidth(sentence.width())


def test_a_word_wider_than_the_column_reaches_the_column(qtbot):
    page, sentence, requests = column(qtbot, ONE_LINE)
    sentence.setText("Kostenoptimierungsmaßnahmenübersichtsdarstellungsbeschreibungstext")
    settled(sentence)
    assert sentence.minimumSizeHint().width() > WIDTH - 20
    assert requests.count >= 1
    assert page.layout().minimumSize().width() >= sentence.minimumSizeHint().width()
