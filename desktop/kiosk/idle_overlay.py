""""Still there?": a countdown of at least 20 seconds and a large Continue button."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QProgressBar, QPushButton, QWidget

from .. import theme
from ..widgets.common import hbox, label
from ..widgets.icon_label import IconLabel
from .overlay import Overlay


class IdleOverlay(Overlay):
    """Counts down; ``expired`` when nobody pressed Continue, ``continued`` when someone did."""

    continued = Signal()
    expired = Signal()

    def __init__(self, title: str, text: str, continue_text: str, parent: QWidget):
        super().__init__("kiosk.idle_overlay", title, parent, card_width=720)
        self._deadline = 0.0
        self._total = 1.0
        self._shown_seconds = -1
        head = hbox(spacing=14)
        head.addWidget(IconLabel("clock", "primary", 44), 0, Qt.AlignmentFlag.AlignTop)
        heading = label(title, name="kiosk.idle_title")
        heading.setProperty("kiosk", "title")
        head.addWidget(heading, 1)
        self.card_layout.addLayout(head)
        body = label(text, name="kiosk.idle_text")
        body.setProperty("kiosk", "body")
        self.card_layout.addWidget(body)
        self.countdown = label("", name="kiosk.idle_countdown")
        self.countdown.setProperty("kiosk", "countdown")
        self.card_layout.addWidget(self.countdown)
        self.bar = QProgressBar()
        self.bar.setObjectName("kiosk.idle_progress")
        self.bar.setProperty("kiosk", "countdown")
        self.bar.setAccessibleName(
            QCoreApplication.translate("IdleOverlay", "Time left before the session ends"))
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.card_layout.addWidget(self.bar)
        self.continue_button = QPushButton(continue_text)
        self.continue_button.setObjectName("kiosk.continue")
        self.continue_button.setProperty("accent", "true")
        self.continue_button.setProperty("kiosk", "big")
        self.continue_button.setAccessibleName(
            QCoreApplication.translate("IdleOverlay", "{continue_text}: keep this session").format(
                continue_text=continue_text))
        self.continue_button.setIcon(theme.current().icon("play", "on_primary"))
        self.continue_button.setIconSize(QSize(26, 26))
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self._on_continue)
        self.card_layout.addSpacing(8)
        self.card_layout.addWidget(self.continue_button)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._tick)

    def start(self, seconds: float) -> None:
        """Show the overlay and count down from ``seconds``."""
        self._total = max(0.1, float(seconds))
        self._deadline = time.monotonic() + self._total
        self._shown_seconds = -1
        self.open()
        self._tick()
        self._timer.start()
        self.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        self._timer.stop()
        self.hide()

    @property
    def counting(self) -> bool:
        return self._timer.isActive()

    def remaining(self) -> float:
        return max(0.0, self._deadline - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining()
        seconds = math.ceil(left)
        self.bar.setValue(int(1000 * left / self._total))
        if seconds != self._shown_seconds:
            self._shown_seconds = seconds
            text = QCoreApplication.translate("IdleOverlay", "Starting over in %n second(s)", None, seconds)
            self.countdown.setText(text)
            self.countdown.setAccessibleName(text)
        if left <= 0:
            self.stop()
            self.expired.emit()

    def _on_continue(self) -> None:
        self.stop()
        self.continued.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._on_continue()
            return
        super().keyPressEvent(event)
