"""A short list of what is still to do, each item a link to it (issue 19's finish).

One line per step: "Step 2 (Governance):" and then a link for each quiz to answer
and each part to try. The owner decides where a link leads (``item_chosen``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from ..content.course import Course
from ..content.needs import part_block
from ..model.progress import Missing
from .common import hbox, label, vbox
from .flow_layout import FlowLayout
from .icon_label import IconLabel


@dataclass(frozen=True)
class MissingItem:
    """One link: the thing to do, in words, and where it is."""

    step: int
    kind: str
    target: str
    text: str


def missing_items(course: Course, todo: Sequence[Missing]) -> list[MissingItem]:
    """Words for each missing item: "Quiz 2" or the part's title from the content."""
    out = []
    for m in todo:
        step = course.steps[m.step - 1]
        if m.kind == "quiz":
            quiz = next(q for q in step.quizzes if q.id == m.target)
            text = QCoreApplication.translate("MissingList", "Answer quiz {number}").format(number=quiz.number)
        else:
            block = part_block(step, m.target)
            title = block.title if block and block.title else m.target
            text = QCoreApplication.translate("MissingList", "Try “{part}”").format(part=title)
        out.append(MissingItem(m.step, m.kind, m.target, text))
    return out


class MissingList(QFrame):
    """A warning-coloured box: a sentence, then per step a row of links. Hidden when empty."""

    item_chosen = Signal(int, str, str)  # step, "quiz" or "part", quiz id or section

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("panel", "warning")
        self._name = name
        outer = hbox(self, margins=(16, 8, 16, 8), spacing=10)
        outer.addWidget(IconLabel("warning", "warning", 20), 0, Qt.AlignmentFlag.AlignTop)
        self.column = vbox(spacing=2)
        outer.addLayout(self.column, 1)
        self.heading = label("", "strong", name=f"{name}.heading")
        self.column.addWidget(self.heading)
        # One run of links that wraps where the window ends: five steps' worth stays two
        # or three lines high at 1366×768, and nothing is cut at 200 % text.
        self.flow_box = QWidget()
        self.flow = FlowLayout(self.flow_box, spacing=6)
        self.column.addWidget(self.flow_box)
        self.rows: list[QWidget] = []
        self.links: list[QPushButton] = []
        close = QPushButton(QCoreApplication.translate("MissingList", "Close"))
        close.setObjectName(f"{name}.close")
        close.clicked.connect(self.clear)
        outer.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_items(self, heading: str, items: Sequence[MissingItem]) -> None:
        self._drop_rows()
        self.heading.setText(heading)
        by_step: dict[int, list[MissingItem]] = {}
        for item in items:
            by_step.setdefault(item.step, []).append(item)
        for step, step_items in by_step.items():
            head = label(QCoreApplication.translate("MissingList", "Step {number}:").format(
                number=step), "strong", wrap=False)
            head.setObjectName(f"{self._name}.step_{step}")
            first, *rest = [self._link(item) for item in step_items]
            # The step's label and its first link wrap as one: a line never ends on
            # "Step 5:" with what to do on the next (issue 19 review item 9).
            self._add_row(_together(head, first))
            for link in rest:
                self._add_row(link)
        self.setAccessibleName(heading)
        self.show()
        if self.links:
            self.links[0].setFocus()

    def _add_row(self, widget: QWidget) -> None:
        self.flow.addWidget(widget)
        self.rows.append(widget)

    def _link(self, item: MissingItem) -> QPushButton:
        button = QPushButton(item.text)
        button.setObjectName(f"{self._name}.{item.kind}.{item.target}")
        button.setProperty("link", "true")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(QCoreApplication.translate(
            "MissingList", "Step {number}: {thing}").format(number=item.step, thing=item.text))
        button.clicked.connect(lambda: self.item_chosen.emit(item.step, item.kind, item.target))
        self.links.append(button)
        return button

    def clear(self) -> None:
        self._drop_rows()
        self.hide()

    def _drop_rows(self) -> None:
        for row in self.rows:
            self.flow.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows, self.links = [], []


def _together(*widgets: QWidget) -> QWidget:
    """One unbreakable run of ``widgets``, baseline to baseline as the flow places them."""
    box = QWidget()
    row = hbox(box, spacing=6)
    for widget in widgets:
        row.addWidget(widget)
    return box
