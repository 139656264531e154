"""Bar chart of two groups' approval rates with the four-fifths threshold line.

Plain values in (two rates in percent, the threshold rate, the labels); the
chart updates its items in place, so it follows a slider while it is dragged.
The y axis is fixed at 0–100 %, so a bar's height can be compared by eye from
one setting to the next.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from .. import theme
from .chart_panel import ChartPanel, pyqtgraph
from .labelled_slider import plain_number

BAR_X = (0.0, 1.0)
BAR_WIDTH = 0.6
#: Room right of the bars for the threshold line's label.
X_RANGE = (-0.5, 2.55)
Y_MAX = 110.0


def percent(value: float) -> str:
    return f"{plain_number(round(value, 1))}\u00a0%"


class BiasChart(ChartPanel):
    """Approval rate of group A and group B, and the line at four-fifths of the higher rate.

    ``bars`` (a BarGraphItem), ``threshold`` (an InfiniteLine), ``bar_labels`` and
    ``threshold_label`` (TextItems) are the plot items; tests read them.
    """

    def __init__(self, name: str, title: str, group_names: tuple[str, str],
                 tick_labels: tuple[str, str], threshold_text: str, axis_label: str,
                 parent: QWidget | None = None):
        self._ready = False
        super().__init__(name, title, height=280, parent=parent)
        pg = pyqtgraph()
        self.group_names = group_names
        self.threshold_text = threshold_text
        self.rates = (0.0, 0.0)
        self.threshold_rate = 0.0
        item = self.plot.getPlotItem()
        item.setXRange(*X_RANGE, padding=0)
        item.setYRange(0, Y_MAX, padding=0)
        item.showGrid(x=False, y=True, alpha=0.35)
        item.getAxis("bottom").setTicks([list(zip(BAR_X, tick_labels))])
        item.getAxis("left").setTicks([[(v, f"{v}") for v in range(0, 101, 20)]])
        self.axis_label = axis_label
        self.bars = pg.BarGraphItem(x=list(BAR_X), height=[0.0, 0.0], width=BAR_WIDTH)
        self.plot.addItem(self.bars)
        self.threshold = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        self.plot.addItem(self.threshold)
        # Labels sit on a background box above the line, so the line never crosses their text.
        self.bar_labels = [pg.TextItem("", anchor=(0.5, 1.0)) for _ in BAR_X]
        self.threshold_label = pg.TextItem("", anchor=(1.0, 1.0))
        for text in (*self.bar_labels, self.threshold_label):
            text.setZValue(20)
            self.plot.addItem(text)
        self._ready = True
        self.on_theme_changed()

    def set_values(self, rate_a: float, rate_b: float, threshold_rate: float) -> None:
        """Show two rates and the threshold rate (all percent, clamped to 0–100)."""
        a, b, t = (min(100.0, max(0.0, float(v))) for v in (rate_a, rate_b, threshold_rate))
        # A slider step changes one rate (and often the threshold): move only what moved.
        if (a, b) != self.rates:
            self.bars.setOpts(height=[a, b])
        for x, rate, old, text in zip(BAR_X, (a, b), self.rates, self.bar_labels):
            if rate != old or not text.toPlainText():
                text.setText(percent(rate))
                text.setPos(x, rate + 1.0)
        if t != self.threshold_rate or not self.threshold_label.toPlainText():
            self.threshold.setPos(t)
            self.threshold_label.setText(f"{self.threshold_text}\n{percent(t)}")
            self.threshold_label.setPos(X_RANGE[1] - 0.05, t + 1.0)
        self.rates, self.threshold_rate = (a, b), t
        below = [g for g, r in zip(self.group_names, (a, b)) if r < t]
        verdict = (f"{' and '.join(below)} below it" if below else "no group below it")
        self.set_summary(f"{self.group_names[0]}: {percent(a)}; {self.group_names[1]}: "
                         f"{percent(b)}; {self.threshold_text.lower()}: {percent(t)}, "
                         f"{verdict}.")
        self.set_table(("Bar", "Approval rate"),
                       ((self.group_names[0], percent(a)), (self.group_names[1], percent(b)),
                        (self.threshold_text, percent(t))))

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
        for side in ("left", "bottom"):
            item.getAxis(side).setTickFont(font)
        # Tick labels may take two lines ("Group A" over "(reference)"): reserve room for them.
        item.getAxis("bottom").setHeight(QFontMetrics(font).lineSpacing() * 2 + 14)
        for text in (*self.bar_labels, self.threshold_label):
            text.setFont(font)
        for text in (*self.bar_labels, self.threshold_label):
            text.fill = pg.mkBrush(t.color("surface"))
            text.setColor(t.color("text"))
        self.threshold_label.setColor(t.color("chart_line"))
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
