"""Grouped horizontal bars (one row per category, one bar per series), values labelled.

Plain values in: category names, series names, numbers, and formatters for the
value labels and the axis ticks. The bar and text items are made once; an
update only moves them (``setOpts``, ``setPos``, ``setText``), so it is cheap
enough to follow a slider while it is dragged.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QFontMetrics
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme
from .chart_panel import ChartPanel, grid_lines, pyqtgraph, room_for_end_labels, set_grid
from .ticks import end_ticks, nice_step

TickFormat = Callable[[float, float], str]  # (value, tick spacing) -> text

#: Series colours in order; every other series is hatched, so the bars differ in
#: pattern as well as colour.
SERIES_TOKENS = ("chart_a", "chart_b")
#: Room to the right of the longest bar for its value label, as a share of it, at least;
#: more where the label's pixels need it (a narrow plot at 200 % text).
LABEL_ROOM = 0.3


def axis_with_format(orientation: str, tick_format: TickFormat):
    """A pyqtgraph AxisItem whose tick labels come from ``tick_format``.

    Assign ``axis.tick_format`` to change it later, then call ``axis.picture = None;
    axis.update()`` (pyqtgraph caches the drawn ticks).
    """
    pg = pyqtgraph()

    class FormattedAxis(pg.AxisItem):
        def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
            return [self.tick_format(v * scale, spacing * scale) for v in values]

    axis = FormattedAxis(orientation)
    axis.tick_format = tick_format
    axis.enableAutoSIPrefix(False)
    return axis


def legend_below(plot_item, columns: int):
    """A legend laid out under the bottom axis, so it never covers the data.

    It spans the axis' column too, and takes fewer columns where its entries do not fit
    side by side (:func:`fit_legend`): under the view box alone, a legend wider than the
    view box (two series at 200 % text) widened it past the plot's right edge, cutting
    the bars' labels and "After levers"."""
    pg = pyqtgraph()
    legend = pg.LegendItem(colCount=columns, frame=False, horSpacing=14)
    legend.most_columns = columns
    legend.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)  # entries kept together
    plot_item.layout.addItem(legend, 4, 0, 1, 3, Qt.AlignmentFlag.AlignLeft)
    return legend


def fit_legend(legend, width: float) -> None:
    """As many of the legend's columns (up to the number it was made with) as fit ``width``."""
    entries = [sample.boundingRect().width() + label.boundingRect().width()
               for sample, label in legend.items]
    for columns in range(legend.most_columns, 0, -1):
        widths = [max(entries[c::columns], default=0.0) for c in range(columns)]
        if sum(widths) + legend.layout.horizontalSpacing() * (columns - 1) <= width or columns == 1:
            if legend.columnCount != columns:
                legend.setColumnCount(columns)
            return


def style_legend(legend) -> None:
    """Legend labels in the theme's text colour and the app's text size."""
    t = theme.current()
    legend.setLabelTextColor(t.color("text"))
    legend.setLabelTextSize(f"{t.pt()}pt")
    for _, text in legend.items:
        text.setText(text.text)  # pyqtgraph re-renders a label only on setText
    legend.update()


def fit_axis_width(axis, texts) -> None:
    """Reserve room for the widest of ``texts`` on a left or right axis.

    pyqtgraph widens an axis only after painting labels that did not fit, so a
    first frame (or a grab of a page never scrolled to) would lose them.
    """
    metrics = QFontMetrics(axis.style.get("tickFont") or QFont())
    # half a line between a label and its axis: at 200 % text too, a category label
    # never touches its axis
    offset = max(5, metrics.height() // 2)
    width = (max((metrics.horizontalAdvance(t) for t in texts), default=0)
             + max(0, axis.style["tickLength"]) + offset + 4)
    if (axis.style["autoExpandTextSpace"] or axis.style["tickTextWidth"] != width
            or axis.style["tickTextOffset"][0] != offset):
        axis.setStyle(autoExpandTextSpace=False, tickTextWidth=width,
                      tickTextOffset=offset)


def nice_range(low: float, high: float, ticks: int = 5) -> tuple[float, float]:
    """``low``..``high`` widened to whole steps, so small changes of data keep the axis still."""
    if not high > low:
        return (low - 1.0, high + 1.0)
    step = nice_step(high - low, ticks)
    return (math.floor(low / step) * step, math.ceil(high / step) * step)


class HorizontalBarChart(ChartPanel):
    """A card with grouped horizontal bars, a legend, a summary and a values table.

    ``set_values(per_series)`` takes one sequence of numbers per series, each in
    category order. The first category is drawn at the top.
    """

    def __init__(self, name: str, title: str, categories: Sequence[str], series: Sequence[str], *,
                 value_format: Callable[[float], str] = lambda v: f"{v:,.0f}",
                 tick_format: TickFormat | None = None, height: int = 240,
                 parent: QWidget | None = None):
        super().__init__(name, title, height=height, parent=parent)
        pg = pyqtgraph()
        self._value_format = value_format
        self._categories = tuple(categories)
        self._series = tuple(series)
        item = self.plot.getPlotItem()
        if tick_format:
            item.setAxisItems({"bottom": axis_with_format("bottom", tick_format)})
        n, rows = len(self._series), len(self._categories)
        thickness = 0.8 / max(1, n)
        self.bars = []
        self.labels = []
        for i, series_name in enumerate(self._series):
            centres = [r - 0.4 + thickness * (i + 0.5) for r in range(rows)]
            bar = pg.BarGraphItem(x0=0, y=centres, height=thickness * 0.86, width=[0.0] * rows,
                                  name=series_name)
            item.addItem(bar)
            self.bars.append(bar)
            texts = []
            for y in centres:
                text = pg.TextItem("", anchor=(-0.04, 0.5))
                text.setPos(0, y)
                item.addItem(text)
                texts.append(text)
            self.labels.append(texts)
        left = item.getAxis("left")
        left.setTicks([[(r, c) for r, c in enumerate(self._categories)], []])
        fit_axis_width(left, self._categories)
        item.invertY(True)
        item.setYRange(-0.5, rows - 0.5, padding=0.02)
        item.enableAutoRange(x=False, y=False)
        self.grid = grid_lines(item)
        self.legend = legend_below(item, n)
        for bar, series_name in zip(self.bars, self._series):
            self.legend.addItem(bar, series_name)
        self._values: tuple[tuple[float, ...], ...] = tuple((0.0,) * rows for _ in self._series)
        self._x_max = 0.0
        item.getViewBox().sigResized.connect(self._on_resized)
        self._ready = True
        self.apply_theme()
        self.set_values(self._values)

    # -- data ------------------------------------------------------------------------------
    def set_values(self, per_series: Sequence[Sequence[float]]) -> None:
        values = tuple(tuple(float(v) for v in series) for series in per_series)
        if len(values) != len(self._series) or any(len(v) != len(self._categories) for v in values):
            raise ValueError("one value per category for each series")
        for bar, texts, new, old in zip(self.bars, self.labels, values, self._values):
            if new != old:
                bar.setOpts(width=list(new))
            for text, v, before in zip(texts, new, old):
                if v != before or not text.toPlainText():
                    text.setText(self._value_format(v))
                    text.setPos(v, text.pos().y())
        self._values = values
        self._fit_range()

    def _label_room(self) -> float:
        """The longest bar's share to leave for its value label: the label's pixels over
        what the view box has left. A fixed 30 % cut "$450,000" to "$45" in a narrow
        pane at 200 % text."""
        view = self.plot.getPlotItem().getViewBox().width()
        # as drawn: the text item's margins and its anchor's offset from the bar's end
        widest = max((t.textItem.boundingRect().width() * 1.04 for texts in self.labels
                      for t in texts), default=0.0) + 2
        if view <= 1.5 * widest:  # not laid out yet, or too narrow to share: half each
            return max(LABEL_ROOM, 1.0)
        return max(LABEL_ROOM, widest / (view - widest))

    def _fit_range(self) -> None:
        top = max((v for series in self._values for v in series if math.isfinite(v)), default=0.0)
        x_max = nice_range(0.0, top * (1 + self._label_room()), ticks=10)[1] if top > 0 else 1.0
        if x_max != self._x_max:
            self._x_max = x_max
            self.plot.getPlotItem().setXRange(0, x_max, padding=0)
            self._set_ticks()

    def _set_ticks(self) -> None:
        """The value axis from 0 to its end, both labelled, as many steps as fit."""
        item = self.plot.getPlotItem()
        axis = item.getAxis("bottom")
        fmt = getattr(axis, "tick_format", None) or (lambda v, _: self._value_format(v))
        widest = QFontMetrics(self.font()).horizontalAdvance(fmt(self._x_max, self._x_max / 5))
        ticks = end_ticks(0.0, self._x_max, fmt, item.getViewBox().width(), widest)
        axis.setTicks([ticks])
        set_grid(self.grid, ticks[1:], (-0.5, len(self._categories) - 0.5), vertical=True)
        room_for_end_labels(item, right=widest / 2)
        fit_legend(self.legend, self.plot.width())

    def _on_resized(self) -> None:
        self._fit_range()
        self._set_ticks()

    # -- theme -----------------------------------------------------------------------------
    def on_theme_changed(self) -> None:
        if not getattr(self, "_ready", False):
            return
        pg = pyqtgraph()
        t = theme.current()
        for i, bar in enumerate(self.bars):
            color = t.color(SERIES_TOKENS[i % len(SERIES_TOKENS)])
            hatched = i % 2 == 0 and len(self.bars) > 1
            brush = QBrush(color, Qt.BrushStyle.BDiagPattern if hatched else Qt.BrushStyle.SolidPattern)
            bar.setOpts(brush=brush, pen=pg.mkPen(color, width=1.5))
        for texts in self.labels:
            for text in texts:
                text.setColor(t.color("text"))
        self.grid.setPen(pg.mkPen(t.color("grid"), width=1))
        style_legend(self.legend)
        fit_axis_width(self.plot.getPlotItem().getAxis("left"), self._categories)


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    chart = HorizontalBarChart("preview.bars", "Cost lines", ["GPU", "Storage", "Inference", "Team"],
                               ["Before", "After"], value_format=lambda v: f"${v:,.0f}",
                               tick_format=lambda v, s: f"${v:,.0f}")
    chart.set_values([[7200, 1380, 3000, 450000], [2880, 1380, 450, 450000]])
    chart.resize(800, 360)
    chart.show()
    app.exec()
