"""Behind the PIN: the trainer's anonymous counters, a reset, and the way out."""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QScrollArea, QWidget

from .. import theme
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from .overlay import Overlay

#: Exit codes the supervisor sees (docs/kiosk.md): 0 stays stopped, 75 is restarted.
EXIT_ADMIN = 0
EXIT_RESTART = 75
CONFIRM_SECONDS = 5.0


@dataclass(frozen=True)
class CounterView:
    """Plain values the panel shows."""

    since: str
    sessions_started: int
    sessions_ended_by_idle: int
    steps: tuple[tuple[str, int], ...]  # (step label, times completed)
    quizzes: tuple[tuple[str, int, int], ...]  # (question label, right, wrong)
    settings_source: str


class AdminPanel(Overlay):
    """Counters, "Reset counters" (tap twice), "Back to the kiosk", "Restart", "Exit"."""

    back_requested = Signal()
    reset_requested = Signal()
    exit_requested = Signal(int)

    def __init__(self, parent: QWidget):
        heading = QCoreApplication.translate("AdminPanel", "Kiosk administration")
        super().__init__("kiosk.admin", heading, parent, card_width=900,
                         scrim_alpha=250)
        self._confirm_until = 0.0
        head = hbox(spacing=12)
        head.addWidget(IconLabel("settings", "primary", 36), 0, Qt.AlignmentFlag.AlignVCenter)
        title = label(heading, name="kiosk.admin.title")
        title.setProperty("kiosk", "title")
        head.addWidget(title, 1)
        self.card_layout.addLayout(head)
        self.since = label("", "muted", name="kiosk.admin.since")
        self.card_layout.addWidget(self.since)
        scroll = QScrollArea()
        scroll.setObjectName("kiosk.admin.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setProperty("kiosk", "plain")
        self.scroll = scroll
        body = QWidget()
        self.body = vbox(body, spacing=14)
        scroll.setWidget(body)
        self.card_layout.addWidget(scroll, 1)
        figures = hbox(spacing=24)
        self.sessions_started = self._figure(figures, "kiosk.admin.sessions_started",
            QCoreApplication.translate("AdminPanel", "sessions started"))
        self.sessions_idle = self._figure(figures, "kiosk.admin.sessions_ended_by_idle",
                                          QCoreApplication.translate("AdminPanel", "sessions ended because nobody answered"))
        self.body.addLayout(figures)
        self.body.addWidget(label(QCoreApplication.translate("AdminPanel", "Steps completed"), "h3"))
        self.steps_grid = QGridLayout()
        self.steps_grid.setHorizontalSpacing(18)
        self.steps_grid.setVerticalSpacing(6)
        self.body.addLayout(self.steps_grid)
        self.body.addWidget(label(QCoreApplication.translate("AdminPanel", "Quiz answers"), "h3"))
        self.quiz_grid = QGridLayout()
        self.quiz_grid.setHorizontalSpacing(18)
        self.quiz_grid.setVerticalSpacing(6)
        self.body.addLayout(self.quiz_grid)
        self.source = label("", "muted", name="kiosk.admin.settings")
        self.body.addWidget(self.source)
        self.body.addStretch(1)
        row = hbox(spacing=12)
        self.reset_button = self._button(
            QCoreApplication.translate("AdminPanel", "Reset counters"), "kiosk.admin.reset", "trash", "text",
                                         self._on_reset)
        self.back_button = self._button(
            QCoreApplication.translate("AdminPanel", "Back to the kiosk"), "kiosk.admin.back", "arrow_left",
                                        "text", self.back_requested.emit)
        self.restart_button = self._button(
            QCoreApplication.translate("AdminPanel", "Restart the app"), "kiosk.admin.restart", "refresh",
                                           "text", lambda: self.exit_requested.emit(EXIT_RESTART))
        self.exit_button = self._button(
            QCoreApplication.translate("AdminPanel", "Exit kiosk mode"), "kiosk.admin.exit", "cross", "danger",
                                        lambda: self.exit_requested.emit(EXIT_ADMIN))
        self.exit_button.setProperty("kiosk", "danger")
        self.back_button.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "Back to the kiosk (close this panel)"))
        self.reset_button.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "Reset all counters to zero (tap twice)"))
        self.restart_button.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "Restart the app (the supervisor starts it again)"))
        self.exit_button.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "Exit kiosk mode and close the app"))
        for b in (self.back_button, self.reset_button, self.restart_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.exit_button)
        self.card_layout.addLayout(row)
        self.reset_note = label("", name="kiosk.admin.reset_note")
        self.reset_note.hide()
        self.card_layout.addWidget(self.reset_note)

    def open(self) -> None:
        super().open()
        self.fit()

    def fit(self) -> None:
        """As tall as the counters when the screen allows; they scroll only on small screens."""
        width = min(self.card.maximumWidth(), self.width() - 48) - 72 - 20
        needed = self.body.totalHeightForWidth(max(200, width)) + 12
        room = self.height() - 360
        self.scroll.setMinimumHeight(max(120, min(needed, room)))

    def _button(self, text: str, name: str, icon: str, token: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setIcon(theme.current().icon(icon, token))
        b.clicked.connect(slot)
        return b

    @staticmethod
    def _figure(row, name: str, caption: str):
        col = vbox(spacing=2)
        value = label("0", name=name, wrap=False)
        value.setProperty("kiosk", "figure")
        col.addWidget(value)
        col.addWidget(label(caption, "muted"))
        row.addLayout(col, 1)
        return value

    # -- content --------------------------------------------------------------------------
    def show_counters(self, view: CounterView) -> None:
        self._confirm_until = 0.0
        self.reset_button.setText(QCoreApplication.translate("AdminPanel", "Reset counters"))
        self.reset_note.hide()
        self.since.setText(
            QCoreApplication.translate("AdminPanel", "Anonymous totals since {since}. Nothing here names or "
                                                    "identifies a visitor.").format(since=view.since))
        self.sessions_started.setText(str(view.sessions_started))
        self.sessions_started.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "%n session(s) started", None, view.sessions_started))
        self.sessions_idle.setText(str(view.sessions_ended_by_idle))
        self.sessions_idle.setAccessibleName(
            QCoreApplication.translate("AdminPanel", "%n session(s) ended because nobody answered", None, view.sessions_ended_by_idle))
        _fill(self.steps_grid, (QCoreApplication.translate("AdminPanel", "Step"),
            QCoreApplication.translate("AdminPanel", "Completed")),
              [(text, str(n)) for text, n in view.steps], "kiosk.admin.step")
        _fill(self.quiz_grid, (
            QCoreApplication.translate("AdminPanel", "Question"),
                QCoreApplication.translate("AdminPanel", "Right"),
                    QCoreApplication.translate("AdminPanel", "Wrong")),
              [(text, str(right), str(wrong)) for text, right, wrong in view.quizzes],
              "kiosk.admin.quiz")
        self.source.setText(QCoreApplication.translate("AdminPanel", "Settings: {source}").format(
            source=view.settings_source or QCoreApplication.translate("AdminPanel", "built-in defaults")))
        if self.isVisible():
            self.fit()

    def _on_reset(self) -> None:
        now = time.monotonic()
        if now < self._confirm_until:
            self._confirm_until = 0.0
            self.reset_button.setText(QCoreApplication.translate("AdminPanel", "Reset counters"))
            self.reset_note.setText(QCoreApplication.translate("AdminPanel", "The counters were reset."))
            self.reset_note.show()
            self.reset_requested.emit()
            return
        self._confirm_until = now + CONFIRM_SECONDS
        self.reset_button.setText(QCoreApplication.translate("AdminPanel", "Tap again to reset"))
        self.reset_note.setText(
            QCoreApplication.translate("AdminPanel", "Tap \"{again}\" within 5 seconds to set every counter back "
                                                         "to zero.").format(again=self.reset_button.text()))
        self.reset_note.show()


def _fill(grid: QGridLayout, headers: tuple[str, ...], rows: list[tuple[str, ...]],
          prefix: str) -> None:
    """Replace the grid's labels (word-wrapped question text, right-aligned numbers)."""
    while grid.count():
        item = grid.takeAt(0)
        if item.widget():
            item.widget().setObjectName("")
            item.widget().deleteLater()
    for c, text in enumerate(headers):
        head = label(text, "muted", wrap=c == 0)
        grid.addWidget(head, 0, c)
    for r, row in enumerate(rows, 1):
        for c, text in enumerate(row):
            cell = label(text, wrap=c == 0, name=f"{prefix}_{r}.{c}")
            if c:
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(cell, r, c)
    grid.setColumnStretch(0, 1)
