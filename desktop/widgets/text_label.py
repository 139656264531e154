"""A QLabel that remembers its wrapped height (``common.label`` builds one).

QLabel lays its text out afresh on every ``heightForWidth`` call, and a layout that
re-activates asks every word-wrapped label in it again, even when nothing in the
label changed (Qt's own per-item cache is dropped on each activation). On a long
page that re-measuring was most of a relayout: several milliseconds whenever a
table was shown, a lever flipped or a row stacked. ``TextLabel`` keeps the answer
per width until its text, font, frame or margins change.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

#: Heights remembered at once: a dragged slider cycles a readout through a few dozen texts.
#: Still needed after the coalesced refresh and the Steady holders (measured 2026-12-07,
#: cProfile around benchmarks/interaction.py's change loop): a step of
#: cost.gpu_hours still asks about 140 labels their height (the results panes lay out
#: again), of which about 1 is a new text; without the cache each ask lays the text out
#: again, and interaction.py --clock cpu measured the slider p95s worse without it
#: (see the commit message for the table).
_CACHE_SIZE = 64


class TextLabel(QLabel):
    """A QLabel whose ``heightForWidth`` is computed once per width, text and look."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self._heights: dict[tuple, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # The frame width is in the key because a re-polish can change it without an event.
        key = (width, self.text(), self.frameWidth())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= _CACHE_SIZE:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    # What else the height depends on: each change of it forgets the heights.
    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - QLabel API
        self._heights.clear()
        super().setWordWrap(on)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - QLabel API
        self._heights.clear()
        super().setTextFormat(text_format)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - QLabel API
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - QLabel API
        self._heights.clear()
        super().setIndent(indent)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                            QEvent.Type.ContentsRectChange):
            self._heights.clear()
        super().changeEvent(event)

