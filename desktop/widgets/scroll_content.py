"""The widget a scrolling page scrolls: its height comes from heightForWidth."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


class ScrollContent(QWidget):
    """The scrolled widget. Its height comes from heightForWidth at the real width.

    Word-wrapped labels report a tall minimum (measured at a narrow width); summed
    up, that made every page scroll though its text fits. QScrollArea asks
    heightForWidth when the layout has it, so the minimum height can be zero.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), 0)
