"""The course home: the MLOps course's frameworks, and which are in this package."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from ..content.course import Course, Framework
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from .base import ScrollPage


class HomePage(ScrollPage):
    def __init__(self, course: Course, parent: QWidget | None = None):
        super().__init__("home", course.home.title, parent)
        self.add(label(course.home.title, "h1", name="home.title"))
        self.add(label(course.home.intro, markdown=True))
        for fw in course.home.frameworks:
            self.add(self._framework_card(fw, course.home.unavailable_note))
        self.body.addStretch(1)

    def _framework_card(self, fw: Framework, note: str) -> QFrame:
        box = QFrame()
        box.setProperty("card", "true")
        box.setObjectName(f"home.framework_{fw.number}")
        row = hbox(box, margins=(16, 12, 16, 12), spacing=12)
        row.addWidget(IconLabel("book" if fw.available else "lock",
                                "primary" if fw.available else "text_muted", 24))
        col = vbox(spacing=2)
        col.addWidget(label(f"Framework {fw.number}: {fw.title}", "h3"))
        col.addWidget(label(fw.summary, "muted"))
        row.addLayout(col, 1)
        if fw.available:
            open_button = QPushButton("Open")
            open_button.setObjectName(f"home.open_{fw.number}")
            open_button.setProperty("accent", "true")
            open_button.setCursor(Qt.CursorShape.PointingHandCursor)
            open_button.setAccessibleName(f"Open framework {fw.number}: {fw.title}")
            open_button.clicked.connect(lambda: self.navigate_requested.emit("intro"))
            row.addWidget(open_button)
        else:
            row.addWidget(label(note, "muted", wrap=False))
        box.setAccessibleName(f"Framework {fw.number}: {fw.title}"
                              + ("" if fw.available else f", {note}"))
        return box
