"""A big number with a caption (the intro's and the closing page's figures)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from .common import label, vbox


class StatTile(QFrame):
    """``note`` says where the figure comes from: a tooltip, and read out with the tile."""

    def __init__(self, value: str, caption: str, note: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("card", "true")
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=2)
        self.value = label(value, "stat")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = label(caption, "muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lay.addWidget(self.value)
        lay.addWidget(self.caption)
        self.setAccessibleName(f"{value} {caption}")
        if note:
            self.setToolTip(note)
            self.setAccessibleDescription(note)


def figure_notes(figures, name: str) -> QLabel:
    """Numbered footnotes for a row of tiles: "1. Source: ...", "2. Illustrative: ..."."""
    lines = [f"{i}. {f.value}: {f.note}" for i, f in enumerate(figures, 1)]
    notes = label("\n".join(lines), "muted", name=name, selectable=True)
    return notes
