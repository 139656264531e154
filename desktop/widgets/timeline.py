"""A drawn vertical timeline: a rail with numbered dots, and wrapping text beside each dot."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from .. import theme
from .common import hbox, label, vbox


@dataclass(frozen=True)
class TimelineEntry:
    """One stop on the timeline: period (e.g. "2006–2012"), title, text and an optional tag."""

    period: str
    title: str
    text: str
    tag: str = ""


class _Rail(QWidget):
    """The rail beside one entry: the line through it and the entry's numbered dot."""

    DOT = 30

    def __init__(self, number: int, first: bool, last: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.first, self.last = number, first, last
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._size()

    def dot(self) -> float:
        """The disc's diameter: grown with the text, so its number keeps a margin."""
        return theme.current().px(self.DOT)

    def _size(self) -> None:
        self.setFixedWidth(self.dot() + theme.current().px(12))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:  # a new text size
            self._size()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cx = self.width() / 2
        side = self.dot()
        cy = 4 + side / 2
        pen = QPen(t.color("border"), 3)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        if not self.first:
            p.drawLine(QPointF(cx, 0), QPointF(cx, cy))
        if not self.last:
            p.drawLine(QPointF(cx, cy), QPointF(cx, self.height()))
        dot = QRectF(cx - side / 2, cy - side / 2, side, side)
        p.setPen(QPen(t.color("surface"), 3))
        p.setBrush(t.color("primary"))
        p.drawEllipse(dot)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(t.color("on_primary"))
        p.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(self.number))
        p.end()


class Timeline(QWidget):
    """Entries top to bottom; labels are named ``<name>.era_<n>.period|title|text|tag``."""

    def __init__(self, entries: tuple[TimelineEntry, ...], name: str = "case.timeline",
                 accessible: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible or QCoreApplication.translate("Timeline", "Timeline"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(0)
        grid.setColumnStretch(1, 1)
        self.rows: list[dict[str, QLabel]] = []
        for i, entry in enumerate(entries):
            n = i + 1
            grid.addWidget(_Rail(n, i == 0, i == len(entries) - 1), i, 0)
            box = QWidget()
            col = vbox(box, margins=(0, 6, 0, 22 if i < len(entries) - 1 else 4), spacing=4)
            head = hbox(spacing=10)
            period = label(entry.period, "eyebrow", name=f"{name}.era_{n}.period", wrap=False)
            title = label(entry.title, "h3", name=f"{name}.era_{n}.title")
            head.addWidget(period)
            head.addWidget(title, 1)
            col.addLayout(head)
            row = {"period": period, "title": title}
            if entry.tag:
                tag = label(entry.tag, "tag", name=f"{name}.era_{n}.tag", wrap=False)
                tag_row = hbox()
                tag_row.addWidget(tag)
                tag_row.addStretch(1)
                col.addLayout(tag_row)
                row["tag"] = tag
            text = label(entry.text, name=f"{name}.era_{n}.text")
            col.addWidget(text)
            row["text"] = text
            box.setAccessibleName(QCoreApplication.translate("Timeline", "{period}: {title}")
                                  .format(period=entry.period, title=entry.title))
            box.setAccessibleDescription(entry.text)
            grid.addWidget(box, i, 1)
            self.rows.append(row)
        stop = QCoreApplication.translate("Timeline", "{period}: {title}.")
        self.setAccessibleDescription(" ".join(stop.format(period=e.period, title=e.title)
                                               for e in entries))
