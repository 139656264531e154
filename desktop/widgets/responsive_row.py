"""Widgets side by side when the text fits, one under the other when it does not.

The breakpoint is in characters of the current font, not pixels, so a page that
fits at 100 % text stacks by itself at 200 % instead of running off the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QWidget


def width_in_chars(widget: QWidget, width: int | None = None) -> float:
    """How many average characters of the widget's font fit across ``width``."""
    return (widget.width() if width is None else width) / max(1.0, widget.fontMetrics().averageCharWidth())


def arrange_box(box: QBoxLayout, widget: QWidget, width: int, min_chars: float) -> bool:
    """Lay ``box`` out as a row when ``width`` holds ``min_chars`` characters, else a column."""
    wide = width_in_chars(widget, width) >= min_chars
    direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
    if box.direction() != direction:
        box.setDirection(direction)
    return wide


def flow_grid(grid: QGridLayout, widgets, columns: int,
              alignment: Qt.AlignmentFlag = Qt.AlignmentFlag(0)) -> None:
    """Lay ``widgets`` out in ``grid`` row by row, ``columns`` to a row, filled columns
    sharing the width equally (the unused ones take none)."""
    widgets = list(widgets)
    for widget in widgets:
        grid.removeWidget(widget)
    for i, widget in enumerate(widgets):
        grid.addWidget(widget, i // columns, i % columns, alignment)
    for col in range(len(widgets)):
        grid.setColumnStretch(col, 1 if col < columns else 0)


class ArrangedByWidth:
    """Mixin for a QWidget that arranges its children by its width: it calls
    ``arrange(width)`` on every resize and when the text size changes (breakpoints
    are in characters, so a larger font moves them). List it before QWidget."""

    def arrange(self, width: int) -> None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self.arrange(event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            self.arrange(self.width())
        super().changeEvent(event)


class ResponsiveRow(ArrangedByWidth, QWidget):
    """A row of widgets that becomes a column below ``min_chars`` characters of width.

    ``side_max_chars`` caps the width of widgets added with ``side=True`` while
    they stand in a row (a detail panel beside a diagram, say).
    """

    def __init__(self, min_chars: float, *, spacing: int = 14, side_max_chars: float | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.min_chars = min_chars
        self.side_max_chars = side_max_chars
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self._sides: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 1, *, side: bool = False) -> QWidget:
        self.box.addWidget(widget, stretch)
        if side:
            self._sides.append(widget)
        return widget

    @property
    def is_row(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.LeftToRight

    def arrange(self, width: int) -> None:
        wide = arrange_box(self.box, self, width, self.min_chars)
        cap = 16777215
        if wide and self.side_max_chars is not None:
            cap = int(self.side_max_chars * self.fontMetrics().averageCharWidth())
        for widget in self._sides:
            widget.setMaximumWidth(cap)

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        # As a column it needs only the widest child's minimum, so a narrow page never
        # has to scroll sideways because of a row that could have stacked.
        hint = super().minimumSizeHint()
        if self.is_row:
            widest = max((self.box.itemAt(i).minimumSize().width() for i in range(self.box.count())),
                         default=0)
            hint.setWidth(widest)
        return hint
