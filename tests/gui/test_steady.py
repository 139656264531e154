"""A sentence held by Steady: its column is laid out again only when the sentence needs it.

A new figure in a sentence that keeps its lines must not lay out the page (each such
layout measured every wrapped label of it); a sentence that grows by a line, or a word
wider than the column, must, or the learner reads it cut.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from desktop.widgets.common import label
from desktop.widgets.steady import Steady
from tests.gui.events import Events

WIDTH = 320
ONE_LINE = "Team salaries are 75% of the cost."


def column(qtbot, text: str) -> tuple[QWidget, QWidget, QLabel, Events]:
    """A page holding a fixed-width column: a heading and a sentence in a Steady, laid out.
    The requests counted are the page's: what a step page would lay out again."""
    page = QWidget()
    # room to grow: a window's height does not follow its layout's height for width
    page.setFixedSize(WIDTH + 40, 600)
    outer = QVBoxLayout(page)
    col = QWidget()
    col.setFixedWidth(WIDTH)
    outer.addWidget(col)
    outer.addStretch(1)
    lay = QVBoxLayout(col)
    lay.addWidget(QLabel("Heading"))
    sentence = label(text, "muted")
    lay.addWidget(Steady(sentence))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    return page, col, sentence, Events.on(page, QEvent.Type.LayoutRequest)


def settled(qtbot, sentence: QLabel) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: sentence.height() >= sentence.heightForWidth(sentence.width()))


def test_new_figures_on_the_same_lines_leave_the_column_alone(qtbot):
    page, col, sentence, requests = column(qtbot, ONE_LINE)
    # a label built with its text says it wraps (height for width) once its text changes
    sentence.setText("Team: 76%")
    qtbot.wait(50)
    requests.seen.clear()
    for share in ("8", "100", "12.5", "74"):  # other widths, still one line
        sentence.setText(f"Team: {share}%")
        settled(qtbot, sentence)
        qtbot.wait(10)  # the page's own request, if any, arrives a pass later
    assert requests.stop() == []


def test_a_sentence_grown_by_a_line_is_laid_out_whole(qtbot):
    page, col, sentence, requests = column(qtbot, ONE_LINE)
    one_line = sentence.height()
    sentence.setText(ONE_LINE + " Storage and inference share the rest, and the levers act on"
                     " GPU compute and inference only.")
    settled(qtbot, sentence)
    assert sentence.height() > one_line
    assert sentence.height() == sentence.heightForWidth(sentence.width())


def test_a_word_wider_than_the_column_reaches_the_column(qtbot):
    page, col, sentence, requests = column(qtbot, ONE_LINE)
    sentence.setText("Kostenoptimierungsmaßnahmenübersichtsdarstellungsbeschreibungstext")
    settled(qtbot, sentence)
    assert sentence.minimumSizeHint().width() > WIDTH - 20
    assert col.layout().minimumSize().width() >= sentence.minimumSizeHint().width()


def test_a_hidden_line_takes_no_room_and_shows_when_its_text_comes(qtbot):
    page = QWidget()
    page.setFixedSize(WIDTH, 600)
    lay = QVBoxLayout(page)
    lay.setSpacing(10)
    figure = QLabel("$509,430")
    lay.addWidget(figure)
    detail = label("", "muted")
    detail.hide()
    holder = Steady(detail)
    lay.addWidget(holder)
    lay.addStretch(1)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not holder.isVisible()
    assert lay.minimumSize().height() == lay.contentsMargins().top() + lay.contentsMargins(
    ).bottom() + figure.minimumSizeHint().height()
    detail.setText("Before levers: $598,380")
    detail.show()
    qtbot.waitUntil(lambda: detail.isVisible() and detail.height() > 0)
    assert holder.isVisible() and detail.geometry() == holder.rect()
    detail.hide()
    qtbot.waitUntil(lambda: not holder.isVisible())
