"""The class report for trainers: the app's own bar charts, in a window and in a PDF.

``python -m desktop records report BUNDLES_OR_FILES... --out DIR`` writes
``learners.csv``, ``questions.csv`` and ``class-report.pdf``; File > Class report…
opens the same charts in the app. The numbers come from desktop.lrs.classdata.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog, QScrollArea, QWidget

from . import theme
from .lrs.classdata import (
    ClassReport, SourceError, class_report, learners_csv, questions_csv, read_sources,
)
from .model.persistence import atomic_write
from .widgets.bar_chart import HorizontalBarChart
from .widgets.common import label, vbox

CHART_WIDTH = 900  # px the charts are laid out at before they are painted into the PDF
PDF_DPI = 300
MARGIN_MM = 15


BAND_ORDER = ("pass", "caution", "fail")  # the bias content's bands, best first


def content_names(content: Path | None = None) -> dict[str, dict[str, str]]:
    """What the course calls each GDPR preset and bias band, for the charts' labels.

    The statements carry only ids (``credit_social``, ``caution``); a trainer reads the
    course's own words ("Adverse impact indicated"). Ids stay where the content folder
    cannot be read or no longer has them (an older edition's records).
    """
    from .content.loader import load_course
    from .content.reader import ContentError
    from .paths import default_content_dir

    try:
        course = load_course(content or default_content_dir())
    except (ContentError, OSError):
        return {"gdpr": {}, "bias": {}}
    return {"gdpr": {p.id: p.label for p in course.topic("gdpr").presets},
            "bias": {b.id: b.label for b in course.topic("bias").rules.bands}}


def whole_ticks(value: float, _spacing: float) -> str:
    """Learner counts are whole: no '2.5' on the axis."""
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else ""


def percent(v: float) -> str:
    return f"{v:.0f}%"


def count(v: float) -> str:
    return f"{v:.0f}"


def summary_text(report: ClassReport) -> str:
    n = len(report.learners)
    scores = [r.score for r in report.learners if r.score is not None]
    mean = f"{sum(scores) / len(scores):.0f}%" if scores else "no scores yet"
    who = f"{n} learner" if n == 1 else f"{n} learners"
    return (f"{who}: {report.completed} completed the course, {report.passed} passed; "
            f"mean score {mean}.")


def _chart(name: str, title: str, categories: Sequence[str], series: str,
           values: Sequence[float], fmt=count, summary: str = "") -> HorizontalBarChart:
    categories = list(categories) or ["(none yet)"]
    values = list(values) or [0.0]
    height = max(140, 30 * len(categories) + 70)
    chart = HorizontalBarChart(name, title, categories, [series], value_format=fmt,
                               tick_format=whole_ticks if fmt is count else None, height=height)
    chart.plot.setFixedHeight(height)  # bars as thick in the window as on paper
    chart.set_values([values])
    chart.set_summary(summary)
    chart.set_table([title, series], [[c, fmt(v)] for c, v in zip(categories, values)])
    return chart


def build_charts(report: ClassReport,
                 names: dict[str, dict[str, str]] | None = None) -> list[HorizontalBarChart]:
    names = names if names is not None else content_names()
    presets, band_names = names.get("gdpr", {}), names.get("bias", {})
    n = len(report.learners)
    questions = report.questions
    wrong = [(f"{st.question.name}: {key.upper()}", c)
             for st in questions for key, c in st.wrong.items()]
    bands = sorted(report.bias_bands.items(),
                   key=lambda kv: (BAND_ORDER.index(kv[0]) if kv[0] in BAND_ORDER else 99, kv[0]))
    learners = QCoreApplication.translate("ClassReport", "Learners")
    return [
        _chart("report.completion", QCoreApplication.translate("ClassReport", "Completion"),
               [QCoreApplication.translate("ClassReport", "Completed"),
                QCoreApplication.translate("ClassReport", "Passed"),
                QCoreApplication.translate("ClassReport", "Not completed")], learners,
               [report.completed, report.passed, n - report.completed],
               summary=QCoreApplication.translate(
                   "ClassReport", "{completed} of %n learner(s) completed the course.", None,
                   n).format(completed=report.completed)),
        _chart("report.scores", QCoreApplication.translate("ClassReport", "Scores"),
               [b for b, _ in report.score_bands()], learners,
               [c for _, c in report.score_bands()],
               summary=QCoreApplication.translate("ClassReport", "Learners per final score band.")),
        _chart("report.correct_rate",
               QCoreApplication.translate("ClassReport", "Correct answers per quiz question"),
               [st.question.name for st in questions],
               QCoreApplication.translate("ClassReport", "% of learners who answered"),
               [100 * st.correct_rate for st in questions], fmt=percent,
               summary="; ".join(QCoreApplication.translate(
                   "ClassReport", "{question}: {correct} of {answered} correct").format(
                   question=st.question.name, correct=st.correct, answered=st.answered)
                   for st in questions)),
        _chart("report.wrong_options", QCoreApplication.translate("ClassReport", "Wrong options chosen"),
               [w for w, _ in wrong], learners, [c for _, c in wrong],
               summary=QCoreApplication.translate("ClassReport",
                                                  "How often each wrong option was chosen.")),
        _chart("report.gdpr", QCoreApplication.translate("ClassReport", "GDPR use cases checked"),
               [presets.get(p, p) for p in report.gdpr_presets], learners,
               list(report.gdpr_presets.values()),
               summary=QCoreApplication.translate(
                   "ClassReport", "Learners who checked each worked use case in step 2.")),
        _chart("report.bias", QCoreApplication.translate("ClassReport", "Bias audit bands reached"),
               [band_names.get(b, b) for b, _ in bands], learners, [c for _, c in bands],
               summary=QCoreApplication.translate(
                   "ClassReport", "Learners whose bias audit reached each band, best first.")),
    ]


class ClassReportDialog(QDialog):
    """The report in the app: the summary and the charts, scrolled."""

    def __init__(self, report: ClassReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("records.class_report")
        self.setWindowTitle(QCoreApplication.translate("ClassReport", "Class report"))
        self.setAccessibleName(self.windowTitle())
        self.report = report
        body = QWidget()
        lay = vbox(body, margins=16, spacing=12)
        lay.addWidget(label(summary_text(report), "h3", name="report.summary"))
        self.charts = build_charts(report)
        for chart in self.charts:
            lay.addWidget(chart)
        lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        vbox(self, margins=0).addWidget(scroll)
        self.resize(980, 720)


def open_class_report(paths: Sequence[Path], parent: QWidget | None = None) -> ClassReportDialog:
    """File > Class report…: the dialog for the chosen files (SourceError says what is wrong)."""
    report = class_report(read_sources(paths))
    if not report.learners:
        raise SourceError(QCoreApplication.translate(
            "ClassReport", "No learners' statements found in the chosen files."))
    dialog = ClassReportDialog(report, parent)
    dialog.open()
    return dialog


def write_pdf(report: ClassReport, path: Path, title: str = "Class report") -> None:
    """A4 pages: the summary, then the charts, each painted from the app's chart widget."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    page = writer.pageLayout().paintRectPixels(PDF_DPI)
    painter = QPainter(writer)
    if not painter.isActive():  # QPdfWriter could not open the file: it says nothing else
        raise OSError(f"{path} could not be opened for writing")
    charts = build_charts(report)
    try:
        scale = page.width() / CHART_WIDTH
        font = QFont(painter.font())
        font.setPointSizeF(16)
        painter.setFont(font)
        y = 0.0
        painter.drawText(QRectF(0, y, page.width(), 90), Qt.AlignmentFlag.AlignLeft, title)
        font.setPointSizeF(10)
        painter.setFont(font)
        y += 100
        painter.drawText(QRectF(0, y, page.width(), 200), Qt.TextFlag.TextWordWrap,
                         summary_text(report))
        y += 140
        for chart in charts:
            chart.toggle.hide()  # a button means nothing on paper
            chart.resize(CHART_WIDTH, chart.sizeHint().height())
            chart.ensurePolished()
            chart.layout().activate()
            height = chart.height() * scale
            if y + height > page.height():
                writer.newPage()
                y = 0.0
            painter.save()
            painter.translate(0, y)
            painter.scale(scale, scale)
            chart.render(painter, QPoint(0, 0))
            painter.restore()
            y += height + 40
    finally:
        painter.end()
        for chart in charts:
            chart.deleteLater()


def run_report(sources: Sequence[Path], out: Path) -> int:
    """``records report``: CSVs and a PDF in ``out``; exit 1 with a message on a bad source."""
    try:
        report = class_report(read_sources(sources))
    except SourceError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not report.learners:
        print("No learners' statements found in the given files.", file=sys.stderr)
        return 1
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        atomic_write(out / "learners.csv", learners_csv(report).encode("utf-8-sig"))
        atomic_write(out / "questions.csv", questions_csv(report).encode("utf-8-sig"))
    except OSError as exc:
        print(f"The class report could not be written in {out}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a trainer's server has no screen
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], "-style", "Fusion"])
    theme.apply(app, theme.current())
    pdf = out / "class-report.pdf"
    try:
        write_pdf(report, pdf)
    except OSError as exc:
        print(f"The class report PDF could not be written: {exc}", file=sys.stderr)
        return 1
    if not pdf.is_file() or pdf.stat().st_size == 0:  # "Wrote" only for bytes on disk
        print(f"The class report PDF could not be written to {pdf}.", file=sys.stderr)
        return 1
    print(summary_text(report))
    for st in report.questions:
        wrong = ", ".join(f"{k.upper()} {c}" for k, c in st.wrong.items())
        print(f"{st.question.name}: {st.correct}/{st.answered} correct; wrong options: {wrong}")
    print(f"Wrote {out / 'learners.csv'}, {out / 'questions.csv'}, {out / 'class-report.pdf'}")
    return 0
