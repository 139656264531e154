"""The attract screen: course title, "Touch to start", the languages on offer, and content
that keeps moving.

The title card drifts slowly along a long Lissajous path and soft shapes wander
behind it, so no pixel shows the same thing for long (no burn-in on screens that
run all day). With reduced motion the card stands still and moves to a new place
once a minute instead.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap,
                           QRadialGradient, QResizeEvent)
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from .. import i18n, theme
from ..widgets.common import hbox, label, vbox
from ..widgets.icon_label import IconLabel
from .overlay import transparent_for_touch

FRAME_MS = 80          # about 12 frames a second: the motion is slow, so this looks smooth
STILL_MOVE_MS = 60_000  # reduced motion: a quiet jump once a minute
BACKGROUND_SCALE = 4
BACKGROUND_EVERY_S = 0.5
# Periods (seconds) of the drift; not multiples of each other, so the path rarely repeats.
PERIOD_X, PERIOD_Y = 173.0, 127.0
#: The kiosk's built-in invitation (a trainer's own attract_text is shown as written).
DEFAULT_INVITATION = QT_TRANSLATE_NOOP("AttractScreen", "Touch to start")
BLOBS = ((0.21, 0.30, 61.0, 0.0, "primary_soft"), (0.78, 0.70, 83.0, 1.7, "info_bg"),
         (0.60, 0.18, 97.0, 3.1, "primary_soft"), (0.30, 0.82, 71.0, 4.4, "surface_alt"))


class AttractScreen(QWidget):
    """Covers the window between visitors; any touch or click emits ``start_requested``,
    a language button ``language_chosen`` with its code ("de")."""

    start_requested = Signal()
    language_chosen = Signal(str)
    opened = Signal()  # between visitors, again

    def __init__(self, title: str, subtitle: str, tags: tuple[str, ...], invitation: str,
                 reduced_motion: bool, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("kiosk.attract")
        if invitation == DEFAULT_INVITATION:
            invitation = QCoreApplication.translate("AttractScreen", DEFAULT_INVITATION)
        self.setAccessibleName(f"{title}. {invitation}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.reduced_motion = reduced_motion
        self._t0 = time.monotonic()
        self._jumps = 0
        self._bg: QPixmap | None = None
        self._bg_drawn = 0.0
        self.content = QFrame(self)
        self.content.setObjectName("kiosk.attract.content")
        col = vbox(self.content, spacing=18)
        icon_row = hbox(spacing=12)
        icon_row.addWidget(IconLabel("architecture", "primary", 64))
        icon_row.addStretch(1)
        col.addLayout(icon_row)
        if tags:
            col.addWidget(label("   ·   ".join(tags), "eyebrow", name="kiosk.attract.tags"))
        self.title = label(title, name="kiosk.attract.title")
        self.title.setProperty("kiosk", "display")
        col.addWidget(self.title)
        if subtitle:
            sub = label(subtitle, name="kiosk.attract.subtitle")
            sub.setProperty("kiosk", "subtitle")
            col.addWidget(sub)
        col.addSpacing(18)
        pill = QFrame()
        pill.setObjectName("kiosk.attract.invite")
        pill.setProperty("kiosk", "invite")
        pill_row = hbox(pill, margins=(32, 16, 40, 16), spacing=16)
        pill_row.addWidget(IconLabel("touch", "on_primary", 44))
        self.invitation = label(invitation, name="kiosk.attract.text")
        self.invitation.setProperty("kiosk", "invite")
        pill_row.addWidget(self.invitation)
        invite_row = hbox()
        invite_row.addWidget(pill)
        invite_row.addStretch(1)
        col.addLayout(invite_row)
        transparent_for_touch(self.content)
        # Beside the card, not in it: the card lets touches through to "start".
        self.languages = QFrame(self)
        self.languages.setObjectName("kiosk.attract.languages")
        self.language_row = hbox(self.languages, spacing=16)
        self.language_buttons: dict[str, QPushButton] = {}
        self.languages.hide()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self.hide()

    def offer_languages(self, codes: tuple[str, ...], current: str) -> None:
        """Large buttons, one per language (each named in itself); none for fewer than two."""
        for button in self.language_buttons.values():
            button.deleteLater()
        self.language_buttons.clear()
        self.languages.setVisible(len(codes) >= 2)
        if len(codes) < 2:
            return
        for code in codes:
            button = QPushButton(i18n.NATIVE_NAMES.get(code, code))
            button.setObjectName(f"kiosk.attract.language.{code}")
            button.setProperty("kiosk", "language")
            button.setCheckable(True)
            button.setChecked(code == current)
            button.setAccessibleName(button.text())
            button.setMinimumSize(180, 72)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            button.setFont(font)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_row.addWidget(button)
            self.language_buttons[code] = button
        self.languages.adjustSize()
        self._place()

    # -- showing --------------------------------------------------------------------------
    def open(self) -> None:
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.opened.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._timer.start(STILL_MOVE_MS if self.reduced_motion else FRAME_MS)
        self._fit_content()
        self._place()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self._timer.stop()
        self._bg = None  # 8 MB at 1920 x 1080: not kept while visitors use the course
        super().hideEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._fit_content()
        self._place()
        super().resizeEvent(event)

    # -- motion ---------------------------------------------------------------------------
    def set_reduced_motion(self, reduced: bool) -> None:
        if reduced != self.reduced_motion:
            self.reduced_motion = reduced
            if self.isVisible():
                self._timer.start(STILL_MOVE_MS if reduced else FRAME_MS)
                self._bg = None
                self.update()

    def elapsed(self) -> float:
        return time.monotonic() - self._t0

    def _tick(self) -> None:
        if self.reduced_motion:
            self._jumps += 1
        elif self.elapsed() - self._bg_drawn >= BACKGROUND_EVERY_S:
            # The shapes drift a few pixels a second: redrawing them twice a second is
            # smooth enough and costs a tenth of redrawing them every frame.
            self._bg_drawn = self.elapsed()
            self._bg = None
            self.update()
        self._place()

    def _drift(self) -> tuple[float, float]:
        """Where the card is on its path, each axis in -1..1."""
        if self.reduced_motion:
            # Hop between well-spread points (golden-angle steps), one per minute.
            angle = self._jumps * 2.399963
            return math.cos(angle) * 0.8, math.sin(angle) * 0.8
        t = self.elapsed()
        return math.sin(2 * math.pi * t / PERIOD_X), math.sin(2 * math.pi * t / PERIOD_Y + 1.0)

    def _fit_content(self) -> None:
        """Size the card for this screen (on show and resize only, not every frame)."""
        width = max(200, min(self.width() - 80, max(480, int(self.width() * 0.62))))
        self.content.setFixedWidth(width)
        lay = self.content.layout()
        height = lay.totalHeightForWidth(width) if lay.hasHeightForWidth() else -1
        self.content.setFixedHeight(max(height, lay.totalSizeHint().height()))

    def _place(self) -> None:
        bar = self.languages.sizeHint().height() + 24 if self.language_buttons else 0
        free_x = max(0, self.width() - self.content.width())
        free_y = max(0, self.height() - self.content.height() - bar)
        dx, dy = self._drift()
        x, y = int(free_x / 2 * (1 + 0.85 * dx)), int(free_y / 2 * (1 + 0.85 * dy))
        self.content.move(x, y)
        if bar:
            # The buttons drift with the card (no pixel stands still) and stay on screen.
            self.languages.move(x, y + self.content.height() + 24)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._bg is None or self._bg.size() != self.size():
            self._bg = QPixmap.fromImage(self._background().scaled(
                self.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        painter = QPainter(self)
        # Only the exposed part: when just the card moved, that is a thin strip.
        painter.drawPixmap(event.rect(), self._bg, event.rect())
        painter.end()

    def _background(self) -> QImage:
        """The soft shapes, drawn at a quarter of the size (they are blurry anyway)."""
        t = theme.current()
        w, h = max(1, self.width() // BACKGROUND_SCALE), max(1, self.height() // BACKGROUND_SCALE)
        image = QImage(w, h, QImage.Format.Format_RGB32)
        image.fill(t.color("window"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        now = 0.0 if self.reduced_motion else self.elapsed()
        radius = max(w, h) * 0.32
        for fx, fy, period, phase, token in BLOBS:
            a = 2 * math.pi * now / period + phase
            centre = QPointF(w * (fx + 0.12 * math.cos(a)), h * (fy + 0.12 * math.sin(a * 0.7)))
            gradient = QRadialGradient(centre, radius)
            colour = QColor(t.color(token))
            gradient.setColorAt(0.0, colour)
            colour.setAlpha(0)
            gradient.setColorAt(1.0, colour)
            painter.setBrush(gradient)
            painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius))
        painter.end()
        return image

    # -- any touch starts -----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()
        if self.rect().contains(event.position().toPoint()):
            self.start_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.start_requested.emit()
            return
        super().keyPressEvent(event)
