"""A big number with a caption (the intro's and the closing page's figures)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLayout, QWidget

from .common import label, vbox


class StatTile(QFrame):
    """``note`` says where the figure comes from: a tooltip, and read out with the tile."""

    def __init__(self, value: str, caption: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("card", "true")
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=2)
        # One unbroken line: "87% → 30%" split after the arrow read as two figures
        # (review item 10).
        self.value = label(value, "stat", wrap=False)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = label(caption, "muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setAccessibleName(f"{value} {caption}")
        if note:
            self.setToolTip(note)
            self.setAccessibleDescription(note)


class TileGrid(QWidget):
    """Tiles in equal columns, as many side by side as fit whole (review item 10).

    Equal columns keep a caption from taking three lines beside a neighbour with room
    to spare; a value too wide for an equal share at 200 % text ("87% → 30%") moves the
    row to fewer columns instead of breaking the figure or squeezing its neighbours."""

    SPACING = 12

    def __init__(self, tiles: list[StatTile], columns: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.tiles, self.most = tiles, max(1, columns)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(self.SPACING)
        # The widget, not the layout, says how narrow it may get: one column's worth.
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columns = 0
        self._place(self.most)

    def fitting_columns(self, width: int) -> int:
        need = max((t.minimumSizeHint().width() for t in self.tiles), default=0)
        fit = (width + self.SPACING) // max(1, need + self.SPACING)
        return max(1, min(self.most, fit))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        for tile in self.tiles:
            self.grid.removeWidget(tile)
        for column in range(max(self.columns, columns)):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self.columns = columns
        for i, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, i // columns, i % columns)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._place(self.fitting_columns(event.size().width()))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = max((t.minimumSizeHint().width() for t in self.tiles), default=0)
        return QSize(width, super().minimumSizeHint().height())


def figure_notes(figures, name: str) -> QLabel:
    """Numbered footnotes for a row of tiles: "1. Source: ...", "2. Illustrative: ..."."""
    lines = [f"{i}. {f.value}: {f.note}" for i, f in enumerate(figures, 1)]
    notes = label("\n".join(lines), "muted", name=name, selectable=True)
    return notes
