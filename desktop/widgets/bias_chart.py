"""Bar chart of two groups' approval rates with the four-fifths threshold line.

Plain values in (two rates in percent, the threshold rate, the labels); the
chart updates its items in place, so it follows a slider while it is dragged.
The y axis is fixed at 0–100 % and shows its 0, so a bar's height can be compared
by eye from one setting to the next. The threshold's name and value stand at the
line's right end, outside the bars (on the right axis): no gridline crosses them and
the bars keep the plot's width. A bar's value label that would sit on the threshold
line moves clear of it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from .. import theme
from .chart_panel import ChartPanel, pyqtgraph
from .display import number, percent

BAR_X = (0.0, 1.0)
BAR_WIDTH = 0.6
X_RANGE = (-0.55, 1.55)
Y_MAX = 110.0
GRID = (20, 40, 60, 80, 100)
#: Pixels kept between a bar's value label and the threshold line.
CLEARANCE = 3


class BiasChart(ChartPanel):
    """Approval rate of group A and group B, and the line at four-fifths of the higher rate.

    ``bars`` (a BarGraphItem), ``threshold`` (an InfiniteLine) and ``bar_labels``
    (TextItems) are the plot items; the threshold's label is the right axis' one tick.
    """

    def __init__(self, name: str, title: str, group_names: tuple[str, str],
                 tick_labels: tuple[str, str], threshold_text: str, axis_label: str,
                 parent: QWidget | None = None):
        self._ready = False
        super().__init__(name, title, height=200, parent=parent)
        pg = pyqtgraph()
        self.group_names = group_names
        self.threshold_text = threshold_text
        self.rates = (0.0, 0.0)
        self.threshold_rate = 0.0
        item = self.plot.getPlotItem()
        item.setXRange(*X_RANGE, padding=0)
        item.setYRange(0, Y_MAX, padding=0)
        item.getAxis("bottom").setTicks([list(zip(BAR_X, tick_labels))])
        left = item.getAxis("left")
        left.setTicks([[(v, number(v)) for v in range(0, 101, 20)]])
        left.setStyle(hideOverlappingLabels=False)  # the 0 at the axis' very end stays
        item.showAxis("right")
        item.getAxis("right").setStyle(tickLength=0, hideOverlappingLabels=False)
        self.axis_label = axis_label
        # Gridlines under everything (an axis grid is drawn over the plot's items).
        self.grid = pg.PlotCurveItem(x=[v for _ in GRID for v in X_RANGE],
                                     y=[g for g in GRID for _ in X_RANGE], connect="pairs")
        self.grid.setZValue(-10)
        self.plot.addItem(self.grid)
        self.bars = pg.BarGraphItem(x=list(BAR_X), height=[0.0, 0.0], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.threshold = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.plot.addItem(self.threshold)
        self.bar_labels = [pg.TextItem("", anchor=(0.5, 1.0)) for _ in BAR_X]
        for text in self.bar_labels:
            text.setZValue(20)
            self.plot.addItem(text)
        self.plot.getPlotItem().getViewBox().sigResized.connect(self._place_labels)
        self._ready = True
        self.on_theme_changed()

    def set_values(self, rate_a: float, rate_b: float, threshold_rate: float) -> None:
        """Show two rates and the threshold rate (all percent, clamped to 0–100)."""
        a, b, t = (min(100.0, max(0.0, float(v))) for v in (rate_a, rate_b, threshold_rate))
        # A slider step changes one rate (and often the threshold): move only what moved.
        if (a, b) != self.rates:
            self.bars.setOpts(height=[a, b])
        for rate, old, text in zip((a, b), self.rates, self.bar_labels):
            if rate != old or not text.toPlainText():
                text.setText(percent(rate))
        if t != self.threshold_rate or self.threshold.value() != t:
            self.threshold.setPos(t)
            self.plot.getPlotItem().getAxis("right").setTicks(
                [[(t, f"{self.threshold_text}\n{percent(t)}")]])
        self.rates, self.threshold_rate = (a, b), t
        self._place_labels()
        below = [g for g, r in zip(self.group_names, (a, b)) if r < t]
        if len(below) == 2:
            verdict = QCoreApplication.translate("BiasChart", "{a} and {b} below it").format(
                a=below[0], b=below[1])
        elif below:
            verdict = QCoreApplication.translate("BiasChart", "{group} below it").format(
                group=below[0])
        else:
            verdict = QCoreApplication.translate("BiasChart", "no group below it")
        self.set_summary(QCoreApplication.translate(
            "BiasChart", "{a}: {rate_a}; {b}: {rate_b}; {line}: {rate_t}, {verdict}.").format(
                a=self.group_names[0], rate_a=percent(a), b=self.group_names[1],
                rate_b=percent(b), line=self.threshold_text.lower(), rate_t=percent(t),
                verdict=verdict))
        self.set_table((QCoreApplication.translate("BiasChart", "Bar"),
                        QCoreApplication.translate("BiasChart", "Approval rate")),
                       ((self.group_names[0], percent(a)), (self.group_names[1], percent(b)),
                        (self.threshold_text, percent(t))))

    def _place_labels(self, *_: object) -> None:
        """Each bar's value above its top, or above the threshold line where the line
        would run through it."""
        _, per_pixel = self.plot.getPlotItem().getViewBox().viewPixelSize()
        if per_pixel <= 0:
            per_pixel = Y_MAX / 200  # not laid out yet: a typical plot height
        height = (QFontMetrics(self.bar_labels[0].textItem.font()).height() + CLEARANCE) * per_pixel
        gap, t = CLEARANCE * per_pixel, self.threshold_rate
        for x, rate, text in zip(BAR_X, self.rates, self.bar_labels):
            y = rate + gap
            if y - gap < t < y + height:  # the line would cross the label
                y = t + gap
            text.setPos(x, y)

    def on_theme_changed(self) -> None:
        if not getattr(self, "_ready", False):
            return
        pg = pyqtgraph()
        t = theme.current()
        colours = [t.color("chart_a"), t.color("chart_b")]
        self.bars.setOpts(brushes=colours, pens=[pg.mkPen(t.color("text"), width=1)] * 2)
        self.threshold.setPen(pg.mkPen(t.color("chart_line"), width=2.5,
                                       style=pg.QtCore.Qt.PenStyle.DashLine))
        font = QApplication.font()
        item = self.plot.getPlotItem()
        for side in ("left", "bottom", "right"):
            item.getAxis(side).setTickFont(font)
        metrics = QFontMetrics(font)
        # Tick labels may take two lines ("Group A" over "(reference)"): reserve room for them.
        item.getAxis("bottom").setHeight(metrics.lineSpacing() * 2 + 14)
        right = item.getAxis("right")
        right.setWidth(max(metrics.horizontalAdvance(line) for line in
                           (self.threshold_text, percent(100.0))) + 12)
        right.setPen(pg.mkPen(None))
        right.setTextPen(t.color("chart_line"))
        self.grid.setPen(pg.mkPen(t.color("grid"), width=1))
        for text in self.bar_labels:
            text.setFont(font)
            text.fill = pg.mkBrush(t.color("surface"))
            text.setColor(t.color("text"))
        item.setLabel("left", self.axis_label, color=t.hex("text"),
                      **{"font-size": f"{font.pointSizeF():g}pt"})


if __name__ == "__main__":  # a preview with made-up values
    import sys

    app = QApplication(sys.argv)
    chart = BiasChart("preview.chart", "Approval rate by group", ("Group A", "Group B"),
                      ("Group A\n(reference)", "Group B\n(protected)"), "Four-fifths threshold",
                      "Approval rate (%)")
    chart.set_values(65, 48, 52)
    chart.resize(700, 400)
    chart.show()
    sys.exit(app.exec())
