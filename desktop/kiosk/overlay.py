"""A layer over the whole kiosk window with a card in the middle.

Overlays are children of the main window, not separate windows, so they can never
fall behind the full-screen, always-on-top kiosk window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QWidget

from .. import theme
from ..widgets.common import hbox, vbox


class Overlay(QFrame):
    """Covers ``parent`` and swallows every touch outside its controls.

    The page behind shows faintly through a scrim in the theme's window colour.
    """

    def __init__(self, name: str, accessible: str, parent: QWidget, *, card_width: int = 640,
                 scrim_alpha: int = 232):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self._scrim_alpha = scrim_alpha
        outer = vbox(self, margins=24)
        outer.addStretch(1)
        row = hbox()
        row.addStretch(1)
        self.card = QFrame()
        self.card.setProperty("kiosk", "card")
        self._card_width = card_width
        self._fit_card()
        self.card_layout = vbox(self.card, margins=(36, 32, 36, 32), spacing=16)
        row.addWidget(self.card, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self.hide()

    def _fit_card(self) -> None:
        # The card's words grow with the kiosk's text scale; its width grows with them.
        self.card.setMaximumWidth(int(self._card_width * theme.current().scale))

    def open(self) -> None:
        """Cover the window and come to the front."""
        self._fit_card()
        self.cover()
        self.show()
        self.raise_()

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None and self.geometry() != parent.rect():
            self.setGeometry(parent.rect())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        color = QColor(theme.current().color("window"))
        color.setAlpha(self._scrim_alpha)
        painter.fillRect(self.rect(), color)
        painter.end()

    # A touch on the scrim must not reach the page behind it.
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        event.accept()


def transparent_for_touch(*widgets: QWidget) -> None:
    """Let touches on decorations fall through to the widget under them."""
    for w in widgets:
        w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
