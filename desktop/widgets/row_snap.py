"""A scrolling pane whose lower edge never cuts a row in half.

The GDPR checks beside the form scroll within their pane; where its edge fell inside
a row, the row's last line was sliced mid-height ("Art. 35 Abs. 3 lit. a DSGVO" in
German, review item 13). The pane now ends its view at the last row that shows whole
and leaves the rest of that height blank; scrolling shows the next rows whole too.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QScrollArea, QWidget

from .binding import on_event


class RowSnap:
    """Keeps ``pane``'s visible bottom on a boundary between the widgets ``rows()`` lists."""

    def __init__(self, pane: QScrollArea, rows: Callable[[], Sequence[QWidget]]):
        self.pane, self.rows = pane, rows
        self.margin = 0
        bar = pane.verticalScrollBar()
        bar.valueChanged.connect(self.snap)
        bar.rangeChanged.connect(self.snap)
        on_event(pane, QEvent.Type.Resize, self.snap)

    def cut(self) -> int:
        """How far into a row the pane's full height ends (0: on a boundary)."""
        body = self.pane.widget()
        bottom = self.pane.verticalScrollBar().value() + self.pane.height()
        for row in self.rows():
            if not row.isVisibleTo(body):
                continue
            top = row.mapTo(body, QPoint(0, 0)).y()
            if top < bottom < top + row.height():
                cut = bottom - top
                # A row taller than half the pane (an opened reason) is read by scrolling.
                return cut if cut < self.pane.height() // 2 else 0
        return 0

    def snap(self, *_: object) -> None:
        margin = self.cut() if self.pane.verticalScrollBar().maximum() + self.margin > 0 else 0
        if margin != self.margin:
            self.margin = margin
            self.pane.setViewportMargins(0, 0, 0, margin)
