"""The closing page: the answer to the CTO, the checklist as the learner practised it,
and the certificate with the name field right there."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLineEdit, QPushButton, QWidget

from ..content.course import Course
from ..content.needs import course_needs
from ..model.learning_record import check_name
from ..model.progress import missing_for_certificate
from ..model.state import LearnerState
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.missing_list import MissingList, missing_items
from ..widgets.stat_tile import StatTile, figure_notes, TileGrid
from .base import ScrollPage

#: A checklist item tied to the whole course is practised once every step is complete.
WHOLE_COURSE = "course"


class ClosingPage(ScrollPage):
    """Shown once all five steps are complete."""

    certificate_requested = Signal(str)  # the name to print

    def __init__(self, course: Course, state: LearnerState, parent: QWidget | None = None):
        super().__init__("closing", course.closing.title, parent)
        self.course, self.state = course, state
        c = course.closing
        head = hbox(spacing=10)
        head.addWidget(IconLabel("trophy", "success", 30))
        head.addWidget(label(c.title, "h1", name="closing.title"), 1)
        self.body.addLayout(head)
        self.add(label(c.answer, markdown=True, name="closing.answer"))
        tiles = []
        for i, fig in enumerate(c.figures):
            tiles.append(StatTile(fig.value, fig.label, fig.note))
            tiles[-1].setObjectName(f"closing.figure_{i + 1}")
        self.add(TileGrid(tiles, len(tiles)))
        self.add(figure_notes(c.figures, "closing.sources"))
        self.add(self._build_certificate())
        self.add(self._build_checklist())
        self.add(label(c.next_steps, markdown=True, name="closing.next_steps"))
        self.add_link_button(QCoreApplication.translate("ClosingPage", "Back to course home"),
                             "closing.home", "home")
        self.body.addStretch(1)
        self._watch = (state.events.used, state.events.completed_steps)
        for signal in self._watch:
            signal.connect(self._show_ticks)
        self._show_ticks()

    # -- checklist -------------------------------------------------------------------------
    def _build_checklist(self) -> QFrame:
        c = self.course.closing
        box = QFrame()
        box.setProperty("card", "true")
        col = vbox(box, margins=(18, 14, 18, 14), spacing=8)
        col.addWidget(label(c.checklist_title, "h2"))
        col.addWidget(label(QCoreApplication.translate(
            "ClosingPage", "Ticked: what you practised in this course. The others are "
                           "worth a look before you apply them."), "muted",
            name="closing.checklist_note"))
        self.ticks: list[tuple[IconLabel, QWidget, str]] = []
        for i, item in enumerate(c.checklist, 1):
            row = hbox(spacing=10)
            icon = IconLabel("circle", "text_muted", 20)
            row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
            text = label(item, name=f"closing.check_{i}")
            row.addWidget(text, 1)
            col.addLayout(row)
            practised = c.checklist_practised[i - 1] if i <= len(c.checklist_practised) else ""
            self.ticks.append((icon, text, practised))
        return box

    def practised(self, where: str) -> bool:
        if where == WHOLE_COURSE:
            return self.state.all_steps_complete
        return bool(where) and where in self.state.used

    def _show_ticks(self, *_: object) -> None:
        for icon, text, where in self.ticks:
            done = self.practised(where)
            icon.set_icon("check_circle" if done else "circle", "success" if done else "text_muted")
            text.setProperty("ticked", done)
            text.setAccessibleDescription(QCoreApplication.translate("ClosingPage", "practised") if done
                                          else QCoreApplication.translate("ClosingPage", "not practised yet"))

    # -- certificate ------------------------------------------------------------------------
    def _build_certificate(self) -> QFrame:
        box = QFrame()
        box.setObjectName("closing.certificate_box")
        box.setProperty("card", "true")
        col = vbox(box, margins=(18, 14, 18, 14), spacing=8)
        head = hbox(spacing=10)
        head.addWidget(IconLabel("trophy", "primary", 22))
        head.addWidget(label(QCoreApplication.translate("ClosingPage", "Your certificate"), "h2"), 1)
        col.addLayout(head)
        col.addWidget(label(QCoreApplication.translate("ClosingPage", "Type your name as it should stand on the "
                                              "certificate, then save it as a PDF."), "muted"))
        row = hbox(spacing=10)
        self.name_field = QLineEdit()
        self.name_field.setObjectName("closing.name")
        self.name_field.setAccessibleName(QCoreApplication.translate("ClosingPage", "Your name for the certificate"))
        self.name_field.setPlaceholderText(QCoreApplication.translate("ClosingPage", "Your name"))
        self.name_field.returnPressed.connect(self.ask_certificate)
        row.addWidget(self.name_field, 1)
        self.certificate_button = QPushButton(QCoreApplication.translate("ClosingPage", "Get your certificate"))
        self.certificate_button.setObjectName("closing.certificate")
        self.certificate_button.setProperty("accent", "true")
        self.certificate_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.certificate_button.setAccessibleName(self.certificate_button.text())
        self.certificate_button.clicked.connect(self.ask_certificate)
        row.addWidget(self.certificate_button)
        col.addLayout(row)
        self.name_problem = label("", name="closing.name_problem")
        self.name_problem.setProperty("role", "strong")
        self.name_problem.hide()
        col.addWidget(self.name_problem)
        self.missing = MissingList("closing.missing")
        col.addWidget(self.missing)
        box.hide()  # until the records offer it: a kiosk makes no certificates
        self.certificate_box = box
        return box

    def offer_certificate(self, name: str | None) -> None:
        """Show the certificate card (``name``: the saved name, to fill in) or hide it (None)."""
        self.certificate_box.setVisible(name is not None)
        if name and not self.name_field.text():
            self.name_field.setText(name)

    def ask_certificate(self) -> None:
        """Too early: what is missing, as links. A bad name: why. Otherwise the request."""
        todo = missing_for_certificate(course_needs(self.course), self.state.completed_steps,
                                       self.state.quiz_answers, self.state.used)
        if todo:
            self.name_problem.hide()
            self.missing.show_items(QCoreApplication.translate("ClosingPage", "The certificate needs this first:"),
                                    missing_items(self.course, todo))
            return
        self.missing.clear()
        problem = check_name(self.name_field.text())
        self.name_problem.setText(problem)
        self.name_problem.setVisible(bool(problem))
        if problem:
            self.name_field.setFocus()
            return
        self.certificate_requested.emit(self.name_field.text().strip())

    def close_page(self) -> None:
        for signal in self._watch:
            signal.disconnect(self._show_ticks)
