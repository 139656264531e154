"""The certificate of completion as a one-page A4 PDF, drawn with Qt's own PDF writer.

No web engine: a QTextDocument laid out for the PDF's resolution and painted
with QPainter on a QPdfWriter. Black text on white with grey rules, and every
result in words, so it prints well on a black-and-white office printer.

The PDF is drawn in memory, checked, and only then written (export_write: an
unnamed temporary file, fsync, rename), so a kill or a full disk leaves the old
certificate whole and no part-written file. The page is in English, like the
course, so its dates are too, whatever the computer's language.
"""

from __future__ import annotations

import html
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from . import theme
from .model.learning_record import CourseRecord, isolate
from .model.persistence import export_write

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")

RESOLUTION = 300  # dots per inch of the PDF's coordinate system
MARGIN_MM = 18
FONT_PT = 10.5
MIN_FONT_PT = 7.0


def completion_date(timestamp: str) -> str:
    """'12 November 2026' from an ISO 8601 timestamp ("" gives today)."""
    try:
        moment = datetime.fromisoformat(timestamp) if timestamp else datetime.now()
    except ValueError:
        moment = datetime.now()
    # Not strftime("%B"): it follows the computer's language (LC_TIME), not the page's.
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def certificate_html(record: CourseRecord, code: str, completed_on: str,
                     point: float = FONT_PT) -> str:
    """The page's content as the HTML subset QTextDocument understands (sizes from ``point``)."""
    e = html.escape
    result = "Passed" if record.passed else "Not passed"
    # Below the pass mark the page is a summary, not a certificate: it says so at the top.
    heading = "CERTIFICATE OF COMPLETION" if record.passed else "COURSE COMPLETION SUMMARY"
    steps = "".join(
        f"<tr><td>{s.number}</td><td>{e(s.title)}</td>"
        f"<td>{'Completed' if s.completed else 'Not completed'}"
        f"{' on ' + e(completion_date(s.completed_at)) if s.completed_at else ''}</td></tr>"
        for s in record.steps)
    questions = "".join(
        f"<tr><td>{q.number}</td><td>{e(q.question)}</td>"
        f"<td>{e(q.response.upper()) if q.answered else '-'}</td>"
        f"<td><b>{q.result_text}</b>{'' if q.correct or not q.answered else ' (answer: ' + e(q.answer.upper()) + ')'}"
        f"</td></tr>"
        for q in record.questions)
    who = e(isolate(record.learner_name))
    email = f"<br/>{e(isolate(record.learner_email))}" if record.learner_email else ""
    return f"""
<html><body style="color:#000000;">
<p align="center" style="font-size:{point * 0.95:.1f}pt; margin-top:6px;">
{heading}</p>
<p align="center" style="margin-top:18px;">This certifies that</p>
<p align="center" style="font-size:{point * 2.3:.1f}pt; font-weight:700; margin-top:6px;
 margin-bottom:0px;">{who}</p>
<p align="center" style="font-size:{point * 0.9:.1f}pt; margin-top:2px;">{email}</p>
<p align="center" style="margin-top:14px;">has completed the course</p>
<p align="center" style="font-size:{point * 1.6:.1f}pt; font-weight:700; margin-top:4px;">
{e(record.course_title)}</p>
<p align="center" style="margin-top:4px;">on {e(completed_on)}</p>

<table width="100%" cellspacing="0" cellpadding="6" style="margin-top:22px;
 border-collapse:collapse; border:1px solid #555555;">
<tr>
<td align="center" width="25%"><span style="font-size:{point * 1.8:.1f}pt;
 font-weight:700;">{record.completion_percent}%</span><br/>overall completion</td>
<td align="center" width="25%"><span style="font-size:{point * 1.8:.1f}pt;
 font-weight:700;">{record.quiz_correct} of {len(record.questions)}</span><br/>quiz questions
 correct</td>
<td align="center" width="25%"><span style="font-size:{point * 1.8:.1f}pt;
 font-weight:700;">{record.steps_completed} of {len(record.steps)}</span><br/>steps completed</td>
<td align="center" width="25%"><span style="font-size:{point * 1.8:.1f}pt;
 font-weight:700;">{result}</span><br/>pass mark {record.pass_percent}%</td>
</tr></table>

<p style="font-weight:700; margin-top:18px; margin-bottom:4px;">Steps</p>
<table width="100%" cellspacing="0" cellpadding="4" border="1"
 style="border-collapse:collapse; border-color:#777777;">
<tr style="background-color:#e6e6e6;"><th align="left" width="8%">Step</th>
<th align="left">Title</th><th align="left" width="38%">Status</th></tr>
{steps}
</table>

<p style="font-weight:700; margin-top:14px; margin-bottom:4px;">Quiz</p>
<table width="100%" cellspacing="0" cellpadding="4" border="1"
 style="border-collapse:collapse; border-color:#777777;">
<tr style="background-color:#e6e6e6;"><th align="left" width="8%">Quiz</th>
<th align="left">Question</th><th align="left" width="10%">Answer</th>
<th align="left" width="22%">Result</th></tr>
{questions}
</table>

<p style="margin-top:20px; margin-bottom:2px;">Verification code:
 <span style="font-size:{point * 1.3:.1f}pt; font-weight:700;">
{e(code)}</span></p>
<p style="font-size:{point * 0.8:.1f}pt; color:#333333; margin-top:2px;">
The code is a hash of this attempt's results. It also stands in the learner's exported
learning record (xAPI), in the course's "completed" statement, so a trainer can match
this page to the record.<br/>
Course: {e(record.course_iri)} (content version {e(record.content_version)})<br/>
Registration: {e(record.registration)}</p>
</body></html>
"""


def write_certificate(path: Path | str, record: CourseRecord, code: str, completed_on: str,
                      title: str = "Certificate of completion") -> None:
    """Draw the certificate on one A4 page at ``path`` (replaced only once complete).

    Raises OSError when the PDF could not be drawn or written; the old file is then kept.
    """
    export_write(Path(path), render_certificate(record, code, completed_on, title))


def render_certificate(record: CourseRecord, code: str, completed_on: str,
                       title: str = "Certificate of completion") -> bytes:
    """The certificate's PDF bytes, drawn in memory."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(f"{title}: {record.course_title}")
    writer.setCreator(record.course_title)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    page = QRectF(writer.pageLayout().fullRectPixels(RESOLUTION))
    margin = MARGIN_MM / 25.4 * RESOLUTION
    frame = page.adjusted(margin * 0.55, margin * 0.55, -margin * 0.55, -margin * 0.55)
    body = page.adjusted(margin, margin, -margin, -margin)

    doc = _layout(record, code, completed_on, writer, body.size())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(0, "the PDF could not be started")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        _draw_frame(painter, frame)
        painter.translate(body.topLeft())
        doc.drawContents(painter, QRectF(QPointF(0, 0), body.size()))
    finally:
        painter.end()
    data = bytes(buffer.data())
    buffer.close()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise OSError(0, "the PDF came out incomplete")
    return data


def _layout(record: CourseRecord, code: str, completed_on: str, device: QPdfWriter,
            size: QSizeF) -> QTextDocument:
    """Lay the text out for the PDF; shrink the type if long course texts would overflow."""
    families = theme.font_families()
    point = FONT_PT
    while True:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        font = QFont(families[0] if families else "Sans Serif")
        font.setPointSizeF(point)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(certificate_html(record, code, completed_on, point))
        doc.setTextWidth(size.width())
        if doc.size().height() <= size.height() or point <= MIN_FONT_PT:
            return doc
        point -= 0.5


def _draw_frame(painter: QPainter, frame: QRectF) -> None:
    """A double rule round the page: the certificate look, in black and grey only."""
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


if __name__ == "__main__":  # preview: python -m desktop.certificate [out.pdf]
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
    write_certificate(out, sample, "ABCD-EFGH-JKLM-NPQR", completion_date(sample.completed_at))
    print(out)
