"""Arabic, right to left: no missing glyphs, and the legend, the quiz options, the stepper
and the sliders read from the right (the review's items 1, 4 and 14)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QStyleOptionGraphicsItem, QWidget

from desktop import theme
from desktop.widgets.diagram_view import ArchitectureView
from desktop.widgets.labelled_slider import LabelledSlider
from desktop.widgets.quiz_card import QuizCard


@pytest.fixture
def arabic(make_session):
    session = make_session("--lang", "ar")
    assert session.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return session


def missing_glyphs(document: QTextDocument) -> list[str]:
    """The runs of ``document`` that Qt draws with glyph 0, the box of a missing glyph."""
    document.size()  # lays it out
    missing, runs, block = [], 0, document.begin()
    while block.isValid():
        layout = block.layout()
        # A block's layout gives its runs line by line (its own glyphRuns() comes back empty).
        for line in (layout.lineAt(i) for i in range(layout.lineCount())):
            for run in line.glyphRuns():
                runs += 1
                if 0 in run.glyphIndexes():
                    raw = run.rawFont()
                    missing.append(f"{raw.familyName()} {raw.style()} {raw.weight()}")
        block = block.next()
    assert runs, "nothing was laid out"
    return missing


def ink(image: QImage, background: QColor | None = None, x0=0, y0=0, x1=None, y1=None
        ) -> list[tuple[int, int]]:
    """The pixels that differ from ``background`` (by default the image's commonest colour)."""
    x1, y1 = x1 or image.width(), y1 or image.height()
    bg = background.rgb() if background else Counter(
        image.pixel(x, y) for x in range(image.width()) for y in range(image.height())).most_common(1)[0][0]
    return [(x, y) for x in range(max(0, x0), min(x1, image.width()))
            for y in range(max(0, y0), min(y1, image.height())) if image.pixel(x, y) != bg]


# -- item 1: italic Arabic and CJK names have their glyphs ----------------------------------

def test_the_closing_pages_italic_arabic_has_every_glyph(arabic):
    arabic.window.go("closing")
    note = arabic.window.page("closing").findChild(QLabel, "closing.next_steps")
    assert "*" in note.text() and any("\u0600" <= c <= "\u06ff" for c in note.text())
    document = QTextDocument()
    document.setDefaultFont(note.font())
    document.setMarkdown(note.text())
    italic = [f for f in _formats(document) if f.fontItalic()]
    assert italic, "the note has its italic framework name"
    assert missing_glyphs(document) == []


def _formats(document: QTextDocument):
    block = document.begin()
    while block.isValid():
        for fmt in block.textFormats():
            yield fmt.format
        block = block.next()


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("italic", [False, True])
def test_every_style_of_the_app_font_has_arabic_and_a_chinese_name(qapp, bold, italic):
    theme.apply(qapp, theme.current())
    font = QFont(qapp.font())
    font.setBold(bold)
    font.setItalic(italic)
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setPlainText("الإطار 3: نشر النماذج وخطوط MLOps — 李小龍")
    assert missing_glyphs(document) == []


# -- item 4: the diagram's legend, mirrored ------------------------------------------------

def test_the_legend_reads_from_the_right_each_label_beside_its_swatch(arabic, qapp):
    arabic.window.go("step_1")
    view = arabic.window.page("step_1").findChild(ArchitectureView)
    legend = view.legend
    rects = legend.entry_rects()
    assert len(rects) >= 4
    width = int(legend.boundingRect().width())
    image = QImage(width + 4, int(legend.height()) + 4, QImage.Format.Format_ARGB32)
    background = QColor("#ffffff")
    image.fill(background)
    painter = QPainter(image)
    painter.translate(2, 2)
    painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    legend.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    texts = [t for _, _, t in rects]
    for (entry, swatch, text), nxt in zip(rects, rects[1:] + [None]):
        assert swatch.left() >= text.right(), f"{entry.label}: its swatch is right of its text"
        inside = ink(image, background, int(text.left()) + 2, int(text.top()) + 2,
                     int(text.right()) + 2, int(text.bottom()) + 2)
        assert len(inside) > 20, f"{entry.label}: no text in its place"
    for a, b in zip(texts, texts[1:]):
        assert not a.intersects(b), "labels do not overlap"
    # The first entry starts at the right edge, as a right-to-left reader starts.
    assert rects[0][1].right() > legend.boundingRect().right() - 10


# -- item 4 and 14: quiz options --------------------------------------------------------------

def _quiz(session, page: str = "step_1") -> QuizCard:
    session.window.go(page)
    card = session.window.page(page).findChild(QuizCard)
    session.window.resize(1366, 768)
    card.window().ensurePolished()
    return card


def test_arabic_quiz_options_are_flush_right(arabic, qapp):
    card = _quiz(arabic)
    qapp.processEvents()
    for key, button in card.buttons.items():
        text = button.text_label
        image = text.grab().toImage()
        spots = ink(image)
        assert spots, key
        right = max(x for x, _ in spots)
        assert right >= image.width() - 6 * image.devicePixelRatio(), \
            f"option {key} ends {image.width() - right} px short of the right edge"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_answered_options_icon_moves_no_text_and_sits_on_the_first_line(make_session, qapp, language):
    card = _quiz(make_session("--lang", language))
    qapp.processEvents()

    wrong = next(k for k in card.buttons if k != card.quiz.answer)
    card.choose(wrong)
    qapp.processEvents()
    starts = set()
    for key, button in card.buttons.items():
        text = button.text_label
        at = text.mapTo(card, text.rect().topLeft())
        starts.add(at.x() if language == "en" else at.x() + text.width())
        icon = button.icon_label
        if icon.isVisible():
            assert abs(_ink_middle(icon, card) - _first_line_middle(text, card)) <= 2.5, key
            # at the row's end: right of the text left to right, left of it right to left
            icon_x = icon.mapTo(card, icon.rect().center()).x()
            assert (icon_x > at.x() + text.width()) if language == "en" else (icon_x < at.x())
    assert len(starts) == 1, f"the options' text starts at {starts}: ragged"
    # Both verdicts are filled discs of one weight.
    chosen, right = card.buttons[wrong].icon_label, card.buttons[card.quiz.answer].icon_label
    cover = [_coverage(i) for i in (chosen, right)]
    assert min(cover) / max(cover) > 0.8, cover


def _ink_middle(widget: QWidget, card: QWidget) -> float:
    image = widget.grab().toImage()
    rows = [y for _, y in ink(image)]
    return widget.mapTo(card, widget.rect().topLeft()).y() + (min(rows) + max(rows)) / 2 / image.devicePixelRatio()


def _first_line_middle(text: QLabel, card: QWidget) -> float:
    """The middle of the first line's ink (capitals and parentheses, from its first inked row)."""
    image = text.grab().toImage()
    scale = image.devicePixelRatio()
    rows = sorted({y for _, y in ink(image)})
    line = [y for y in rows if y < rows[0] + text.fontMetrics().height() * scale]
    return text.mapTo(card, text.rect().topLeft()).y() + (line[0] + line[-1]) / 2 / scale


def _coverage(icon: QLabel) -> float:
    image = icon.pixmap().toImage()
    inked = sum(1 for x in range(image.width()) for y in range(image.height())
                if image.pixelColor(x, y).alpha() > 128)
    return inked / (image.width() * image.height())


# -- item 4: stepper labels keep their own direction -----------------------------------------

def _visual_x(text: str, index: int, font: QFont, direction: Qt.LayoutDirection) -> float:
    """Where the glyph of ``text[index]`` is drawn in a line laid out in ``direction``."""
    xs = _glyph_xs(text, font, direction)
    assert index in xs, f"no glyph for {text[index]!r}"
    return xs[index]


def _glyph_xs(text: str, font: QFont, direction: Qt.LayoutDirection) -> dict[int, float]:
    """Each drawn glyph's x by the index of the character it starts from."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    flags = (QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
             | QTextLayout.GlyphRunRetrievalFlag.RetrieveStringIndexes)
    return {at: where.x() for run in layout.glyphRuns(-1, -1, flags)
            for at, where in zip(run.stringIndexes(), run.positions())}


def test_an_english_step_label_keeps_its_full_stop_at_its_end(arabic):
    buttons = [b for b in arabic.window.findChildren(QWidget) if b.objectName().startswith("stepper.step_")]
    dotted = [b for b in buttons if b.short_label.endswith(".") and b.short_label.isascii()]
    assert dotted, [b.short_label for b in buttons]
    for b in dotted:
        text = b.full_text
        first = text.index(b.short_label[0])
        stop = text.rindex(".")
        direction = b.layoutDirection()
        assert direction == Qt.LayoutDirection.RightToLeft
        assert _visual_x(text, stop, b.font(), direction) > _visual_x(text, first, b.font(), direction), \
            f"{b.short_label!r} shows its full stop before its first letter"


# -- item 4: sliders fill from their minimum; the ends' words at the track's ends ------------

def test_a_low_value_fills_little_of_the_track_from_the_minimum_end(arabic, qapp):
    arabic.window.go("step_3")
    row = arabic.window.page("step_3").findChildren(LabelledSlider)[0]
    low, high = row._min, row._max
    row.set_value(low + (high - low) * 0.05)
    qapp.processEvents()
    primary = theme.current().color("primary")
    image = row.slider.grab().toImage()
    scale = image.devicePixelRatio()
    y = image.height() // 2
    filled = [x for x in range(image.width()) if image.pixelColor(x, y).rgb() == primary.rgb()]
    assert filled
    # Right to left the minimum is at the right: the fill is there, and short.
    assert min(filled) > image.width() * 0.8, f"fill from x={min(filled)} of {image.width()}"
    assert len(filled) < image.width() * 0.2
    # The minimum's words under the right end, the maximum's under the left end.
    ends = [w for w in row.findChildren(QLabel) if w.text() in (row._format(low), row._format(high))]
    words = {w.text(): w for w in ends}
    minimum, maximum = words[row._format(low)], words[row._format(high)]
    track_left = row.slider.mapTo(row, row.slider.rect().topLeft()).x()
    track_right = track_left + row.slider.width()
    for label, edge, side in ((minimum, track_right, "right"), (maximum, track_left, "left")):
        image = label.grab().toImage()
        spots = ink(image)
        xs = [x / scale for x, _ in spots]
        origin = label.mapTo(row, label.rect().topLeft()).x()
        at = origin + (max(xs) if side == "right" else min(xs))
        assert abs(at - edge) <= 6, f"{label.text()!r} ends at {at}, the track's {side} end is {edge}"


def test_the_right_answer_quoted_in_arabic_reads_as_its_option_does(arabic, qapp):
    """Step 2's quiz is not translated: its English option, quoted in the Arabic sentence,
    opens with "(C" at the right, as on the option itself (not "C)" at the left)."""
    card = _quiz(arabic, "step_2")
    card.choose(next(k for k in card.buttons if k != card.quiz.answer))
    qapp.processEvents()
    title = card.feedback_title
    text, font = title.text(), title.font()
    letter = text.index(card.quiz.answer.upper() + ")")
    words = [i for i, c in enumerate(text[:letter]) if c.isalpha()]
    option = [i for i, c in enumerate(text) if i >= letter and c.isalnum()]
    assert words and option
    xs = _glyph_xs(text, font, Qt.LayoutDirection.RightToLeft)  # a ligature has one index
    words, option = [i for i in words if i in xs], [i for i in option if i in xs]
    assert min(xs[i] for i in words) > max(xs[i] for i in option), \
        "the sentence's words run into the quoted option"
    assert any(c.isascii() and c.isalpha() for c in text[letter + 3:]), "an English option"
    assert xs[letter] == max(xs[i] for i in option)
