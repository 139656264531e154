"""The certificate of completion: one page, A4 or Letter, drawn with Qt's own PDF writer.

No web engine: QPainter on a QPdfWriter, laid out top to bottom by hand so that
each line has the size a certificate gives it: a large title, the learner's name
on one line (the type shrinks to fit rather than break a name inside a word, as
happened to 李小龍), the course, the date, who issues it, a signature line, and
the results and verification code in small type at the foot. Black text on white
with grey rules, so it prints well on a black-and-white office printer.

The PDF is drawn in memory, checked, and only then written (export_write: an
unnamed temporary file, fsync, rename), so a kill or a full disk leaves the old
certificate whole and no part-written file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (QBuffer, QCoreApplication, QDate, QIODevice, QLocale, QMarginsF, QPointF,
                            QRectF, Qt)
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QPen)

from . import theme
from .model.learning_record import CourseRecord, isolate
from .model.persistence import export_write

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 18
TITLE_PT = 30
NAME_PT = 30
MIN_NAME_PT = 12
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}


def completion_date(timestamp: str) -> str:
    """'12 November 2026' from an ISO 8601 timestamp ("" gives today)."""
    try:
        moment = datetime.fromisoformat(timestamp) if timestamp else datetime.now()
    except ValueError:
        moment = datetime.now()
    # Not strftime("%B"): it follows the computer's language (LC_TIME), not the page's.
    if QLocale().language() == QLocale.Language.English:
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    # The learner's language (issue 22): its long date without the weekday
    # ("6. Dezember 2026", "6 ديسمبر 2026").
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"dddd\W*", "", pattern).strip()
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)


def page_size_for(locale: QLocale | None = None) -> str:
    """Letter where paper is Letter (the US system of measurement; Canada too), A4
    everywhere else. The computer's own locale: the interface language says nothing
    about the paper in the printer (English would mean en_US, so Letter, in London)."""
    locale = locale or QLocale.system()
    us = locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if us or locale.territory() == QLocale.Country.Canada else "A4"


@dataclass(frozen=True)
class Issuer:
    """The trainer's lines from content (course.yaml's ``certificate`` section)."""

    name: str = ""
    signature_label: str = ""


def write_certificate(path: Path | str, record: CourseRecord, code: str, completed_on: str,
                      issuer: Issuer = Issuer(), page_size: str | None = None) -> None:
    """Draw the certificate on one page at ``path`` (replaced only once complete).

    Raises OSError when the PDF could not be drawn or written; the old file is then kept.
    """
    export_write(Path(path), render_certificate(record, code, completed_on, issuer, page_size))


def render_certificate(record: CourseRecord, code: str, completed_on: str,
                       issuer: Issuer = Issuer(), page_size: str | None = None) -> bytes:
    """The certificate's PDF bytes, drawn in memory (``page_size`` "A4", "Letter" or the
    locale's)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(QCoreApplication.translate("Certificate", "Certificate of completion: {course}").format(
        course=record.course_title))
    writer.setCreator(record.course_title)
    writer.setResolution(RESOLUTION)
    size = PAGE_SIZES.get(page_size or page_size_for(), QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    page = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the PDF could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        _draw_frame(painter, page)
        _Page(painter, page).draw(record, code, completed_on, issuer)
    finally:
        painter.end()
    data = bytes(buffer.data())
    buffer.close()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise OSError(0, "the PDF came out incomplete")
    return data


def _mm(value: float) -> float:
    return value / 25.4 * RESOLUTION


def _pt(value: float) -> float:
    return value / 72 * RESOLUTION


class _Page:
    """Draws the lines one under another inside the margins."""

    def __init__(self, painter: QPainter, page: QRectF):
        self.painter = painter
        self.body = page.adjusted(_mm(MARGIN_MM + 6), _mm(MARGIN_MM + 10),
                                  -_mm(MARGIN_MM + 6), -_mm(MARGIN_MM + 6))
        self.y = self.body.top()
        families = theme.font_families()
        self.family = families[0] if families else "Sans Serif"

    def font(self, point: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        # Point sizes are device independent; the writer maps them to its 300 dpi.
        font.setPointSizeF(point)
        font.setBold(bold)
        font.setItalic(italic)
        return font

    def text(self, text: str, font: QFont, gap_after: float = 0, colour: str = "#000000",
             wrap: bool = True) -> QRectF:
        """One centred paragraph; word wrap breaks between words only."""
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        flags = int(Qt.AlignmentFlag.AlignHCenter) | (int(Qt.TextFlag.TextWordWrap) if wrap else 0)
        bounds = QRectF(self.body.left(), self.y, self.body.width(), self.body.bottom() - self.y)
        used = self.painter.boundingRect(bounds, flags, text)
        self.painter.drawText(QRectF(self.body.left(), self.y, self.body.width(), used.height()),
                              flags, text)
        self.y += used.height() + _pt(gap_after)
        return used

    def fitting(self, text: str, largest: float) -> QFont:
        """The largest bold size up to ``largest`` at which ``text`` fits on one line."""
        point = largest
        while point > MIN_NAME_PT:
            font = self.font(point, bold=True)
            metrics = QFontMetricsF(font, self.painter.device())
            if metrics.horizontalAdvance(text) <= self.body.width():
                return font
            point -= 1
        return self.font(MIN_NAME_PT, bold=True)

    def rule(self, width_mm: float, gap_after: float, colour: str = "#777777") -> None:
        pen = QPen(QColor(colour))
        pen.setWidthF(_pt(0.8))
        self.painter.setPen(pen)
        middle = self.body.center().x()
        self.painter.drawLine(QPointF(middle - _mm(width_mm) / 2, self.y),
                              QPointF(middle + _mm(width_mm) / 2, self.y))
        self.y += _pt(gap_after)

    def draw(self, record: CourseRecord, code: str, completed_on: str, issuer: Issuer) -> None:
        # Below the pass mark the page is a summary, not a certificate: it says so at the top.
        heading = (QCoreApplication.translate("Certificate", "CERTIFICATE OF COMPLETION") if record.passed
                   else QCoreApplication.translate("Certificate", "COURSE COMPLETION SUMMARY"))
        self.y += _mm(8)
        # No letter spacing: it splits the title into single letters for PDF text search.
        self.text(heading, self.fitting(heading, TITLE_PT), gap_after=12)
        self.rule(60, gap_after=30)
        self.text(QCoreApplication.translate("Certificate", "This certifies that"), self.font(13), gap_after=8)
        name = printed_name(record)
        # Shrinks to fit; a name too long even at the smallest size wraps between words.
        self.text(name, self.fitting(name, NAME_PT), gap_after=4)
        if record.learner_email:
            self.text(isolate(record.learner_email), self.font(10), colour="#333333")
        self.y += _pt(22)
        self.text(QCoreApplication.translate("Certificate", "has completed the course"), self.font(13), gap_after=8)
        self.text(record.course_title, self.font(20, bold=True), gap_after=14)
        self.text(QCoreApplication.translate("Certificate", "on {date}").format(date=completed_on), self.font(13),
                  gap_after=6)
        if issuer.name:
            self.text(issuer.name, self.font(12, italic=True), gap_after=6)
        self.y += _pt(30)
        self._results(record)
        self._signatures(completed_on, issuer)
        self._verification(record, code)

    def _results(self, record: CourseRecord) -> None:
        verdict = QCoreApplication.translate("Certificate", "Passed") if record.passed else QCoreApplication.translate("Certificate", "Not passed")
        summary = QCoreApplication.translate("Certificate", "{percent}% overall completion · {correct} of {questions} quiz "
                                    "questions correct · {steps} of {total} steps completed · "
                                    "{verdict} (pass mark {pass_mark}%)").format(
            percent=record.completion_percent, correct=record.quiz_correct,
            questions=len(record.questions), steps=record.steps_completed,
            total=len(record.steps), verdict=verdict, pass_mark=record.pass_percent)
        self.text(summary, self.font(11), gap_after=6)
        quiz = " · ".join(
            QCoreApplication.translate("Certificate", "Quiz {number}: {result}").format(
                number=q.number, result=_result_words(q))
            for q in record.questions)
        self.text(quiz, self.font(9), colour="#333333")

    def _signatures(self, completed_on: str, issuer: Issuer) -> None:
        """Two lines near the foot: the date on the left, the trainer's signature right."""
        line_y = self.body.bottom() - _mm(44)
        width = self.body.width() * 0.38
        pen = QPen(QColor("#000000"))
        pen.setWidthF(_pt(0.8))
        captions = ((self.body.left(), completed_on, QCoreApplication.translate("Certificate", "Date")),
                    (self.body.right() - width, "",
                     issuer.signature_label or QCoreApplication.translate("Certificate", "Signature")))
        for left, above, caption in captions:
            self.painter.setPen(pen)
            self.painter.drawLine(QPointF(left, line_y), QPointF(left + width, line_y))
            self.painter.setFont(self.font(11))
            if above:
                self.painter.drawText(QRectF(left, line_y - _pt(20), width, _pt(18)),
                                      int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                                      above)
            self.painter.setFont(self.font(9))
            self.painter.setPen(QColor("#333333"))
            self.painter.drawText(QRectF(left, line_y + _pt(3), width, _pt(14)),
                                  int(Qt.AlignmentFlag.AlignHCenter), caption)

    def _verification(self, record: CourseRecord, code: str) -> None:
        self.y = self.body.bottom() - _mm(26)
        self.text(QCoreApplication.translate("Certificate", "Verification code: {code}").format(code=code),
                  self.font(11, bold=True), gap_after=3)
        self.text(QCoreApplication.translate("Certificate", "The code is a hash of this attempt's results. It also "
                                    "stands in the learner's exported learning record (xAPI), in "
                                    "the course's \"completed\" statement, so a trainer can match "
                                    "this page to the record."), self.font(7.5), colour="#333333")
        self.text(QCoreApplication.translate("Certificate", "Course: {iri} (content version {version}) · Registration: "
                                    "{registration}").format(
            iri=record.course_iri, version=record.content_version,
            registration=record.registration), self.font(7.5), colour="#333333")


def printed_name(record: CourseRecord) -> str:
    """The learner's name as printed: isolated, so a right-to-left name cannot reorder
    the words around it."""
    return isolate(record.learner_name)


def _result_words(q) -> str:
    if not q.answered:
        return QCoreApplication.translate("Certificate", "Not answered")
    if q.correct:
        return QCoreApplication.translate("Certificate", "Correct")
    return QCoreApplication.translate("Certificate", "Incorrect (answer: {answer})").format(answer=q.answer.upper())


def _draw_frame(painter: QPainter, page: QRectF) -> None:
    """A double rule round the page: the certificate look, in black and grey only."""
    frame = page.adjusted(_mm(MARGIN_MM * 0.55), _mm(MARGIN_MM * 0.55),
                          -_mm(MARGIN_MM * 0.55), -_mm(MARGIN_MM * 0.55))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    outer = QPen(QColor("#000000"))
    outer.setWidthF(RESOLUTION * 0.02)
    painter.setPen(outer)
    painter.drawRect(frame)
    inner = QPen(QColor("#777777"))
    inner.setWidthF(RESOLUTION * 0.006)
    painter.setPen(inner)
    gap = RESOLUTION * 0.06
    painter.drawRect(frame.adjusted(gap, gap, -gap, -gap))


if __name__ == "__main__":  # preview: python -m desktop.certificate [out.pdf] [A4|Letter]
    import sys

    from PySide6.QtGui import QGuiApplication

    from .model.learning_record import QuestionResult, StepResult

    _app = QGuiApplication(sys.argv[:1])
    sample = CourseRecord(
        "Framework 4: Enterprise ML Integration", "https://courses.example.com/mlops/framework-4",
        "preview", "0" * 32, "Ada Lovelace", "ada@example.com", "00000000-0000-4000-8000-000000000000",
        tuple(StepResult(n, f"Step {n}", True, "2026-11-12T09:30:00+01:00") for n in range(1, 6)),
        tuple(QuestionResult(f"q{n}", n, f"Question {n}?", "b" if n != 3 else "a", "", "b", "")
              for n in range(1, 6)),
        90, 80, "2026-11-12T09:30:00+01:00")
    out = sys.argv[1] if len(sys.argv) > 1 else "certificate-preview.pdf"
    write_certificate(out, sample, "ABCD-EFGH-JKLM-NPQR", completion_date(sample.completed_at),
                      Issuer("Issued by your training provider", "Trainer's signature"),
                      sys.argv[2] if len(sys.argv) > 2 else None)
    print(out)
