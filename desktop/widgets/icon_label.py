"""A label showing a theme-coloured SVG icon that follows theme changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

from .. import theme
from .accessibility import ROLE


class IconLabel(QLabel):
    """An icon from resources/icons in a theme colour (a token name such as "success")."""

    def __init__(self, name: str, token: str = "text", size: int = 20, parent: QWidget | None = None):
        super().__init__(parent)
        self._name, self._token, self._size = name, token, size
        # Decorative: the text beside it carries the meaning, so it is left out of the tree.
        self.setProperty(ROLE, "decorative")
        self._render()

    def set_icon(self, name: str, token: str | None = None) -> None:
        self._name = name
        if token:
            self._token = token
        self._render()

    def _render(self) -> None:
        t = theme.current()
        size = int(round(self._size * t.scale))
        self.setPixmap(theme.icon_pixmap(self._name, t.hex(self._token), size,
                                         self.devicePixelRatioF()))
        self.setFixedSize(QSize(size, size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.DevicePixelRatioChange):
            self._render()
        super().changeEvent(event)
