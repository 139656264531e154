"""Two curves over one input's range, the current input marked, a crossing point marked.

Plain values in: x values, the two series, the current x and its two values, and
an optional marker point (the break-even) with its label. All plot items are
made once; an update moves them with ``setData`` / ``setValue`` / ``setPos``.
"""

from __future__ import annotations

import math
from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from .. import theme
from .bar_chart import (
    TickFormat, axis_with_format, fit_axis_width, fit_legend, legend_below, nice_range,
    style_legend,
)
from .chart_panel import ChartPanel, grid_lines, pyqtgraph, room_for_end_labels, set_grid
from .display import number
from .ticks import end_ticks, tick_decimals


def numpy():
    import numpy as np  # like pyqtgraph: only once a chart is built

    return np


def _plain(value: float, spacing: float) -> str:
    return number(value, tick_decimals(spacing))


class SensitivityChart(ChartPanel):
    """A card with a line chart of two series over one input, plus markers.

    ``series`` names the two curves (the second is dashed), ``current_name`` the
    markers at the current input and ``marker_name`` the optional crossing point;
    all four appear in the legend under the plot (the marker only while shown).
    """

    def __init__(self, name: str, title: str, series: tuple[str, str], current_name: str,
                 marker_name: str, *, y_format: TickFormat | None = None, height: int = 280,
                 parent: QWidget | None = None):
        super().__init__(name, title, height=height, parent=parent)
        pg = pyqtgraph()
        item = self.plot.getPlotItem()
        item.setAxisItems({"bottom": axis_with_format("bottom", _plain),
                           "left": axis_with_format("left", y_format or _plain)})
        item.enableAutoRange(x=False, y=False)
        # Horizontal grid lines only, at the y ticks: money is read across.
        self.grid = grid_lines(item)
        for side in ("left", "bottom"):
            item.getAxis(side).setStyle(maxTickLevel=1)
        self.zero_line = pg.InfiniteLine(pos=0, angle=0, movable=False)
        item.addItem(self.zero_line, ignoreBounds=True)
        # Bare curve and scatter items: PlotDataItem's extra layer costs time on every update.
        self.curve_a = pg.PlotCurveItem(name=series[0])
        self.curve_b = pg.PlotCurveItem(name=series[1])
        item.addItem(self.curve_a)
        item.addItem(self.curve_b)
        self.current_line = pg.InfiniteLine(pos=0, angle=90, movable=False)
        item.addItem(self.current_line, ignoreBounds=True)
        # One point each, drawn at the item's origin and moved with setPos: re-setting a
        # scatter's data rebuilds its spot table, a quarter of a millisecond on every step.
        self.current_points = pg.ScatterPlotItem(symbol="o", size=10, name=current_name)
        self._current_b = pg.ScatterPlotItem(symbol="o", size=10)
        for point in (self.current_points, self._current_b):
            item.addItem(point)
        self.marker = pg.ScatterPlotItem(symbol="d", size=14, name=marker_name)
        item.addItem(self.marker)
        self.marker_text = pg.TextItem("", anchor=(0, 1))
        item.addItem(self.marker_text, ignoreBounds=True)
        self.legend = legend_below(item, 4)
        for entry, text in zip((self.curve_a, self.curve_b, self.current_points, self.marker),
                               (*series, current_name, marker_name)):
            self.legend.addItem(entry, text)
        # The marker's entry keeps its place while hidden: adding and removing it laid the
        # legend and the plot out again, a millisecond and more on each step that made or
        # lost a break-even point (benchmarks/interaction.py, cost.team_fte).
        self._marker_entry = self.legend.items[-1]
        for part in self._marker_entry:
            policy = part.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            part.setSizePolicy(policy)
            part.setVisible(False)
        self._marker_point: tuple[float, float] | None = None
        self._points: tuple[float, float, float] | None = None
        self._x_range: tuple[float, float] | None = None
        self._y_range: tuple[float, float] | None = None
        self._ready = True
        item.getViewBox().sigResized.connect(self._set_ticks)
        self.apply_theme()

    # -- data ------------------------------------------------------------------------------
    def set_x_axis(self, text: str, low: float, high: float,
                   tick_format: TickFormat | None = None) -> None:
        """The input shown along x: its axis title, range and tick labels."""
        item = self.plot.getPlotItem()
        axis = item.getAxis("bottom")
        axis.tick_format = tick_format or _plain
        axis.picture = None
        axis.setLabel(text, color=theme.current().hex("text"))
        self._x_text = text
        if (low, high) != self._x_range:
            self._x_range = (low, high)
            item.setXRange(low, high, padding=0.02)
        self._set_ticks()

    def set_data(self, xs: Sequence[float], a: Sequence[float], b: Sequence[float],
                 current: float, current_a: float, current_b: float,
                 marker: tuple[float, float] | None = None, marker_text: str = "") -> None:
        np = numpy()
        x = np.asarray(xs, dtype=float)
        self.curve_a.setData(x, np.asarray(a, dtype=float))
        self.curve_b.setData(x, np.asarray(b, dtype=float))
        self.current_line.setValue(current)
        points = (current, current_a, current_b)
        if points != self._points:
            if self._points is None:
                for point in (self.current_points, self._current_b):
                    point.setData([0.0], [0.0])
            self._points = points
            self.current_points.setPos(current, current_a)
            self._current_b.setPos(current, current_b)
        self._set_marker(marker, marker_text)
        values = [v for v in (*a, *b, current_a, current_b) if math.isfinite(v)]
        y_range = nice_range(min([0.0, *values]), max([0.0, *values]))
        if y_range != self._y_range:
            self._y_range = y_range
            self._fit_left_axis()
            self.plot.getPlotItem().setYRange(*y_range, padding=0.03)
            self._set_ticks()

    def _set_ticks(self) -> None:
        """Both axes' ends labelled ($0 and the top; the input's first and last value),
        as many steps between as the plot's size has room for (200 % text too)."""
        item = self.plot.getPlotItem()
        view = item.getViewBox()
        metrics = QFontMetrics(self.font())
        fit_legend(self.legend, self.plot.width())
        if self._x_range is not None:
            axis = item.getAxis("bottom")
            low, high = self._x_range
            widest = max(metrics.horizontalAdvance(axis.tick_format(v, (high - low) / 5))
                         for v in (low, high))
            axis.setTicks([end_ticks(low, high, axis.tick_format, view.width(), widest)])
            room_for_end_labels(item, right=widest / 2)
        if self._y_range is not None:
            axis = item.getAxis("left")
            ticks = end_ticks(*self._y_range, axis.tick_format, view.height(), metrics.height())
            axis.setTicks([ticks])
            if self._x_range is not None:
                low, high = self._x_range
                pad = (high - low) * 0.02  # the x range's padding
                set_grid(self.grid, ticks, (low - pad, high + pad), vertical=False)

    def _fit_left_axis(self) -> None:
        if self._y_range is None:
            return
        low, high = self._y_range
        axis = self.plot.getPlotItem().getAxis("left")
        spacing = (high - low) / 4
        fit_axis_width(axis, [axis.tick_format(v, spacing) for v in (low, high)])

    def _set_marker(self, point: tuple[float, float] | None, text: str) -> None:
        shown = point is not None
        if shown:
            x, y = point
            if point != self._marker_point:
                self.marker.setData([x], [y])
            self.marker_text.setPos(x, y)
            if self.marker_text.toPlainText() != text:
                self.marker_text.setText(text)
            # Keep the label inside the plot: right of the point in the left half, else left.
            low, high = self._x_range or (x, x)
            self.marker_text.setAnchor((-0.06, 1.15) if x <= (low + high) / 2 else (1.06, 1.15))
        elif self._marker_point is not None:
            self.marker.setData([], [])
        self._marker_point = point
        self.marker_text.setVisible(shown)
        for part in self._marker_entry:
            part.setVisible(shown)

    # -- theme -----------------------------------------------------------------------------
    def on_theme_changed(self) -> None:
        if not getattr(self, "_ready", False):
            return
        pg = pyqtgraph()
        t = theme.current()
        a, b, text, muted = (t.color(k) for k in ("chart_a", "chart_b", "text", "text_muted"))
        self.curve_a.setPen(pg.mkPen(a, width=2.5))
        self.curve_b.setPen(pg.mkPen(b, width=2.5, style=Qt.PenStyle.DashLine))
        self.zero_line.setPen(pg.mkPen(muted, width=1))
        self.grid.setPen(pg.mkPen(t.color("grid"), width=1))
        self.current_line.setPen(pg.mkPen(muted, width=1.5, style=Qt.PenStyle.DotLine))
        for point in (self.current_points, self._current_b):
            point.setPen(pg.mkPen(text, width=2))
            point.setBrush(pg.mkBrush(t.color("surface")))
        self.marker.setPen(pg.mkPen(t.color("surface"), width=1.5))
        self.marker.setBrush(pg.mkBrush(t.color("chart_line")))
        self.marker_text.setColor(text)
        # A surface-coloured box keeps the label readable where it crosses a curve.
        fill = t.color("surface")
        fill.setAlpha(225)
        self.marker_text.fill = pg.mkBrush(fill)
        self.marker_text.border = pg.mkPen(t.color("border"))
        self.marker_text.update()
        style_legend(self.legend)
        self._fit_left_axis()
        self._set_ticks()
        axis = self.plot.getPlotItem().getAxis("bottom")
        if getattr(self, "_x_text", ""):
            axis.setLabel(self._x_text, color=t.hex("text"))
        self.legend.update()


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    chart = SensitivityChart("preview.sens", "Sensitivity", ("Annual cost", "Net ROI"),
                             "Current value", "Break-even",
                             y_format=lambda v, s: f"${v:,.0f}")
    xs = [i * 0.4 for i in range(51)]
    cost = [11580 + 150000 * x for x in xs]
    chart.set_x_axis("Team size (FTE)", 0, 20)
    chart.set_data(xs, cost, [1200000 - c for c in cost], 3, 461580, 738420,
                   (7.92, 0.0), "Break-even: 7.9 FTE")
    chart.resize(800, 420)
    chart.show()
    app.exec()
