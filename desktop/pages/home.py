"""The course home: this package's course first, then the MLOps course's other frameworks.

The other frameworks are not in this package. They are listed once, under one
note, so a learner sees what the course covers without five dead-end cards; a
trainer removes them from content/course.yaml where that list is not wanted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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
        here = [fw for fw in course.home.frameworks if fw.available]
        elsewhere = [fw for fw in course.home.frameworks if not fw.available]
        for fw in here:
            self.add(self._course_card(fw))
        if elsewhere:
            self.add(self._others(elsewhere, course.home.unavailable_note))
        self.body.addStretch(1)

    def _course_card(self, fw: Framework) -> QFrame:
        box = QFrame()
        box.setProperty("card", "true")
        box.setProperty("home", "current")
        box.setObjectName(f"home.framework_{fw.number}")
        row = hbox(box, margins=(20, 18, 20, 18), spacing=16)
        row.addWidget(IconLabel("book", "primary", 36), 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=4)
        name = framework_name(fw)
        col.addWidget(label(QCoreApplication.translate("HomePage", "In this package"), "eyebrow"))
        col.addWidget(label(name, "h2"))
        col.addWidget(label(fw.summary))
        row.addLayout(col, 1)
        open_button = QPushButton(QCoreApplication.translate("HomePage", "Open the course"))
        open_button.setObjectName(f"home.open_{fw.number}")
        open_button.setProperty("accent", "true")
        open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        open_button.setAccessibleName(
            QCoreApplication.translate("HomePage", "Open {framework}").format(framework=name))
        open_button.clicked.connect(lambda: self.navigate_requested.emit("intro"))
        row.addWidget(open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        box.setAccessibleName(name)
        return box

    def _others(self, frameworks: list[Framework], note: str) -> QFrame:
        """One quiet group: what else the course covers, said once to be elsewhere."""
        box = QFrame()
        box.setObjectName("home.elsewhere")
        box.setAccessibleName(note)
        col = vbox(box, margins=(4, 8, 4, 0), spacing=10)
        head = hbox(spacing=8)
        head.addWidget(IconLabel("lock", "text_muted", 20), 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(label(note, "strong", name="home.elsewhere_note"), 1)
        col.addLayout(head)
        for fw in frameworks:
            row = QFrame()
            row.setObjectName(f"home.framework_{fw.number}")
            row.setProperty("home", "elsewhere")
            row.setAccessibleName(framework_name(fw))
            lines = vbox(row, margins=(28, 0, 0, 0), spacing=0)
            lines.addWidget(label(framework_name(fw)))
            lines.addWidget(label(fw.summary, "muted"))
            col.addWidget(row)
        return box


def framework_name(fw: Framework) -> str:
    """'Framework 4: Enterprise ML Integration' (the title is content, the frame is ours)."""
    return QCoreApplication.translate("HomePage", "Framework {number}: {title}").format(
        number=fw.number, title=fw.title)
