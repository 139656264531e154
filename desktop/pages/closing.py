"""The closing page, shown once all five steps are complete."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from ..content.course import Course
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.stat_tile import StatTile, figure_notes
from .base import ScrollPage


class ClosingPage(ScrollPage):
    def __init__(self, course: Course, parent: QWidget | None = None):
        super().__init__("closing", course.closing.title, parent)
        c = course.closing
        head = hbox(spacing=10)
        head.addWidget(IconLabel("trophy", "success", 30))
        head.addWidget(label(c.title, "h1", name="closing.title"), 1)
        self.body.addLayout(head)
        self.add(label(c.answer, markdown=True, name="closing.answer"))
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, fig in enumerate(c.figures):
            tile = StatTile(fig.value, fig.label, fig.note)
            tile.setObjectName(f"closing.figure_{i + 1}")
            grid.addWidget(tile, 0, i)
        self.body.addLayout(grid)
        self.add(figure_notes(c.figures, "closing.sources"))
        box = QFrame()
        box.setProperty("card", "true")
        col = vbox(box, margins=(18, 14, 18, 14), spacing=8)
        col.addWidget(label(c.checklist_title, "h2"))
        for i, item in enumerate(c.checklist, 1):
            row = hbox(spacing=10)
            row.addWidget(IconLabel("check_circle", "success", 20), 0, Qt.AlignmentFlag.AlignTop)
            text = label(item, name=f"closing.check_{i}")
            row.addWidget(text, 1)
            col.addLayout(row)
        self.add(box)
        self.add(label(c.next_steps, markdown=True))
        home = QPushButton("Back to course home")
        home.setObjectName("closing.home")
        home.setAccessibleName(home.text())
        home.clicked.connect(lambda: self.navigate_requested.emit("home"))
        row = hbox()
        row.addWidget(home)
        row.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
