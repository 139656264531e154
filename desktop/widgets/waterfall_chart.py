"""A horizontal waterfall: from a base value, each contribution in turn, to the total.

Rows read top to bottom: the base bar, one bar per contribution (starting where the
previous one ended), and the total bar. A bar that pushes up is drawn in the
``risk_up`` colour and runs right, one that pushes down in ``risk_down`` and runs
left; its value label carries the sign and the row label names the feature and its
value, so colour is never the only cue. The scale runs from 0 to 1 with room beside
it for the value labels; that room only grows while the plot keeps its width, so
bars move against a still scale while the learner drags a what-if control.

Redrawing must fit in a few milliseconds (it follows a dragged slider), so the
items stay the same between updates and only their data changes; the value labels,
connectors, grid and base line are painted by one light item, and the row labels
by a light axis, instead of pyqtgraph's text items and tick pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen, QStaticText
from PySide6.QtWidgets import QWidget

from .. import theme
from .chart_panel import ChartPanel, pyqtgraph

MARGIN = (0.12, 0.8)  # room beside the 0..1 scale for the value labels, in scale units
X_TICKS = ((0.0, "0"), (0.25, "0.25"), (0.5, "0.5"), (0.75, "0.75"), (1.0, "1"))
BAR_HEIGHT = 0.62
GAP = 4  # pixels between a bar's end and its value label
#: The widest value labels a what-if can produce: the ruler leaves room for them once.
WIDEST_LABELS = ("1.00 (100%)", "+1.00")


@dataclass(frozen=True)
class WaterfallStep:
    label: str  # "Support tickets: 8 tickets"
    value: float  # signed contribution
    text: str  # "+0.31"


@dataclass(frozen=True)
class WaterfallData:
    """Plain data for one waterfall."""

    base: float
    base_label: str
    base_text: str
    total_label: str
    total_text: str
    steps: tuple[WaterfallStep, ...]
    summary: str = ""
    axis_label: str = ""

    @property
    def total(self) -> float:
        return self.base + sum(s.value for s in self.steps)


@dataclass(frozen=True)
class ValueLabel:
    """A value label as the overlay paints it, in data coordinates."""

    text: str
    row: float
    start: float  # the bar's left end
    end: float  # the bar's right end
    side: int  # 1: right of the end; -1: left of the start (it flips if it would not fit)


class _TextCache:
    """Laid-out texts (QStaticText) for one font: drawing one is much cheaper than
    drawText, which lays the text out again on every paint."""

    def __init__(self) -> None:
        self.font = QFont()
        self._texts: dict[str, QStaticText] = {}

    def get(self, text: str, font: QFont) -> QStaticText:
        if font != self.font:
            self.font, self._texts = QFont(font), {}
        static = self._texts.get(text)
        if static is None:
            if len(self._texts) > 500:  # values change while dragging: keep it bounded
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._texts[text] = static
        return static


@lru_cache(maxsize=1)
def _overlay_class():
    """The overlay item class; defined on first use so pyqtgraph loads only then."""
    pg = pyqtgraph()

    class WaterfallOverlay(pg.GraphicsObject):
        """Connectors between bars, the base line, and the value label of every bar."""

        def __init__(self) -> None:
            super().__init__()
            self.labels: tuple[ValueLabel, ...] = ()
            self.connectors: tuple[tuple[float, float, float], ...] = ()  # (x, y0, y1)
            self.base = 0.0
            self.rows = 1
            self.x_range = (-MARGIN[0], 1 + MARGIN[0])
            self.ticks = X_TICKS  # the grid follows the x axis's ticks
            self.font = QFont()
            self.text_color = QColor("black")
            self.line_color = QColor("gray")
            self.grid_color = QColor("lightgray")
            self.placed: list[tuple[str, QRectF]] = []  # painted label rects, device px
            self.texts = _TextCache()

        def set_data(self, labels, connectors, base: float, rows: int) -> None:
            if rows != self.rows:
                self.prepareGeometryChange()
            self.labels, self.connectors, self.base, self.rows = labels, connectors, base, rows
            self.update()

        def set_style(self, font: QFont, text: QColor, line: QColor, grid: QColor) -> None:
            self.font, self.text_color, self.line_color, self.grid_color = font, text, line, grid
            self.update()

        def set_x_range(self, low: float, high: float) -> None:
            self.prepareGeometryChange()
            self.x_range = (low, high)

        def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
            low, high = self.x_range
            return QRectF(low, -0.5, high - low, self.rows)

        def paint(self, painter, option, widget=None) -> None:
            # the grid is drawn here, not by the x axis: an axis grid spans the whole plot,
            # so the axis would be repainted with every change of the bars
            grid = QPen(self.grid_color, 1)
            grid.setCosmetic(True)
            painter.setPen(grid)
            for x, _ in self.ticks:
                painter.drawLine(QPointF(x, -0.5), QPointF(x, self.rows - 0.5))
            pen = QPen(self.line_color, 1, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLine(QPointF(self.base, -0.5), QPointF(self.base, self.rows - 0.5))
            for x, y0, y1 in self.connectors:
                painter.drawLine(QPointF(x, y0), QPointF(x, y1))
            to_device = painter.transform()
            painter.save()
            painter.resetTransform()
            painter.setFont(self.font)
            painter.setPen(self.text_color)
            left = to_device.map(QPointF(self.x_range[0], 0)).x()
            right = to_device.map(QPointF(self.x_range[1], 0)).x()
            self.placed = []
            for label in self.labels:
                static = self.texts.get(label.text, self.font)
                width, height = static.size().width(), static.size().height()
                start = to_device.map(QPointF(label.start, label.row))
                end = to_device.map(QPointF(label.end, label.row))
                side = label.side
                # a label that would leave the scale goes on the other side of its bar
                if side < 0 and start.x() - GAP - width < left:
                    side = 1
                elif side > 0 and end.x() + GAP + width > right:
                    side = -1
                x = end.x() + GAP if side > 0 else start.x() - GAP - width
                rect = QRectF(x, end.y() - height / 2, width, height)
                painter.drawStaticText(rect.topLeft(), static)
                self.placed.append((label.text, rect))
            painter.restore()

    return WaterfallOverlay


@lru_cache(maxsize=1)
def _row_axis_class():
    """The left axis class; defined on first use so pyqtgraph loads only then."""
    pg = pyqtgraph()

    class RowLabelAxis(pg.AxisItem):
        """The left axis as a column of row labels, right-aligned beside their bars.

        pyqtgraph's own axis re-shapes every tick text into a cached picture whenever
        one label changes, which takes several milliseconds; these labels change on
        every step of a drag, so they are drawn directly instead. The column only
        grows (until the font changes), so the plot does not jitter.
        """

        def __init__(self) -> None:
            super().__init__("left")
            self.rows: tuple[tuple[float, str], ...] = ()
            self._needed = 0.0
            self.texts = _TextCache()

        def set_rows(self, rows: tuple[tuple[float, str], ...]) -> None:
            self.rows = rows
            font = self.font()
            needed = max((self.texts.get(t, font).size().width() for _, t in rows),
                         default=0) + 16
            if needed > self._needed:
                self._needed = needed
                self.setWidth(int(needed + 0.5))
            self.update()

        def refit(self) -> None:
            """Measure again from scratch (after a font or theme change)."""
            self._needed = 0.0
            self.set_rows(self.rows)

        def paint(self, painter, option, widget=None) -> None:
            view = self.linkedView()
            if view is None or not self.rows:
                return
            painter.setFont(self.font())
            painter.setPen(self.textPen())
            right = self.width() - 8
            for value, text in self.rows:
                static = self.texts.get(text, self.font())
                size = static.size()
                y = self.mapFromScene(view.mapViewToScene(QPointF(0, value))).y()
                painter.drawStaticText(QPointF(right - size.width(), y - size.height() / 2), static)

    return RowLabelAxis


class WaterfallChart(ChartPanel):
    """A ChartPanel showing a :class:`WaterfallData`; call :meth:`set_data` to update."""

    def __init__(self, name: str, title: str, *, height: int = 300,
                 parent: QWidget | None = None):
        self._data: WaterfallData | None = None
        self._rows = 0
        self._style: dict = {}
        super().__init__(name, title, height=height, parent=parent)
        pg = pyqtgraph()
        # bars and lines are axis-aligned: antialiasing would only blur their edges, and
        # it costs paint time on every step of a drag (text stays antialiased)
        self.plot.setAntialiasing(False)
        # the view fills every pixel with its background: nothing under it needs painting
        self.plot.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        item = self.plot.getPlotItem()
        self.row_axis = _row_axis_class()()
        item.setAxisItems({"left": self.row_axis})
        self._margin, self._fitted_width = (0.0, 0.0), -1.0
        item.getAxis("bottom").setTicks([list(X_TICKS)])
        self.ends = pg.BarGraphItem(x0=[0, 0], width=[0, 0], y=[0, 0], height=BAR_HEIGHT)
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR_HEIGHT)
        self.overlay = _overlay_class()()
        self.overlay.setZValue(-1)  # grid and connectors under the bars, labels beside them
        for part in (self.ends, self.bars, self.overlay):
            item.addItem(part)
        self._restyle()

    # -- public --------------------------------------------------------------------------
    def set_data(self, data: WaterfallData) -> None:
        """Show ``data`` (the items are reused; only their data changes)."""
        self._data = data
        self._draw()

    @property
    def data(self) -> WaterfallData | None:
        return self._data

    # -- drawing -------------------------------------------------------------------------
    def _restyle(self) -> None:
        """Pens and brushes for the current theme, made once per theme, not per redraw."""
        if not hasattr(self, "overlay"):
            return  # ChartPanel applies the theme before the items exist
        pg = pyqtgraph()
        t = theme.current()
        self._style = {"up": pg.mkBrush(t.color("risk_up")),
                       "down": pg.mkBrush(t.color("risk_down")), "theme": t}
        edge = pg.mkPen(t.color("surface"), width=1)
        self.bars.setOpts(pen=edge)
        # The total is a result among others, not the loudest mark (on dark, pure text
        # colour is near white): text colour 70 % over the surface.
        text, surface = t.color("text"), t.color("surface")
        total = QColor.fromRgbF(*(0.7 * a + 0.3 * b for a, b in zip(
            text.getRgbF()[:3], surface.getRgbF()[:3])))
        self.ends.setOpts(brushes=[pg.mkBrush(t.color("text_muted")), pg.mkBrush(total)],
                          pen=edge)
        self.overlay.set_style(QFont(self.font()), t.color("text"), t.color("text_muted"),
                               t.color("grid"))
        self.row_axis.setFont(self.font())
        self.row_axis.refit()
        self._brush_keys: tuple = ()
        if self._data is not None and self._data.axis_label:
            self.plot.getPlotItem().setLabel("bottom", self._data.axis_label, color=t.hex("text"))

    def _draw(self) -> None:
        data = self._data
        if data is None:
            return
        if self._style.get("theme") != theme.current():
            self._restyle()
        item = self.plot.getPlotItem()
        rows = len(data.steps) + 2
        top = rows - 1  # pyqtgraph's y runs up: the base row sits at the top
        if rows != self._rows:
            self._rows = rows
            item.setYRange(-0.5, rows - 0.5, padding=0.02)
        x0s, widths, ys, keys, connectors = [], [], [], [], []
        labels = [ValueLabel(data.base_text, top, min(0.0, data.base), max(0.0, data.base), 1)]
        half = BAR_HEIGHT / 2
        running = data.base
        for i, step in enumerate(data.steps):
            y = top - 1 - i
            end = running + step.value
            x0s.append(min(running, end))
            widths.append(abs(step.value))
            ys.append(y)
            keys.append("up" if step.value > 0 else "down")
            connectors.append((running, y + 1 - half, y + half))
            labels.append(ValueLabel(step.text, y, min(running, end), max(running, end),
                                     1 if step.value >= 0 else -1))
            running = end
        connectors.append((running, 1 - half, half))
        labels.append(ValueLabel(data.total_text, 0, min(0.0, running), max(0.0, running), 1))
        colours = {}
        if tuple(keys) != self._brush_keys:
            self._brush_keys = tuple(keys)
            colours["brushes"] = [self._style[k] for k in keys]
        self.bars.setOpts(x0=x0s, width=widths, y=ys, **colours)
        self.ends.setOpts(x0=[0.0, 0.0], width=[data.base, running], y=[top, 0])
        self._fit_range(labels)
        self.overlay.set_data(tuple(labels), tuple(connectors), data.base, rows)
        rows_labels = ((float(top), data.base_label),
                       *((float(top - 1 - i), s.label) for i, s in enumerate(data.steps)),
                       (0.0, data.total_label))
        if rows_labels != self.row_axis.rows:
            self.row_axis.set_rows(rows_labels)
        if data.axis_label and item.getAxis("bottom").labelText != data.axis_label:
            item.setLabel("bottom", data.axis_label, color=self._style["theme"].hex("text"))
        self.set_summary(data.summary)
        table = [(data.base_label, data.base_text, f"{data.base:.2f}")]
        running = data.base
        for s in data.steps:
            running += s.value
            table.append((s.label, s.text, f"{running:.2f}"))
        table.append((data.total_label, data.total_text, f"{running:.2f}"))
        self.set_table((QCoreApplication.translate("WaterfallChart", "Row"), QCoreApplication.translate("WaterfallChart", "Value"),
                        QCoreApplication.translate("WaterfallChart", "Running total")), table)

    def _fit_range(self, labels: list[ValueLabel]) -> None:
        """Leave room beside the 0..1 scale for the value labels.

        Right of the scale: the widest label there can be, so even a total of 1 keeps its label
        beside the bar. Left: a negative share's label ("−0.00"); one that would not
        fit flips to the right of its bar. The room only grows while the plot keeps its
        width (it is measured afresh when the width or the font changes), so the scale
        stands still during a drag.
        """
        width = self.plot.getPlotItem().getViewBox().width()
        if width < 50:
            return  # not laid out yet; the resize will call again
        texts, font = self.overlay.texts, self.overlay.font
        # The widest label any what-if can have ("1.00 (100%)") sets the room from the
        # start, so the ruler is the same for every customer and bars compare by eye.
        widest = max((texts.get(v.text, font).size().width() for v in labels), default=0)
        widest = max(widest, *(texts.get(x, font).size().width() for x in WIDEST_LABELS))
        right_px = widest + GAP + 6
        left_px = texts.get("\u22120.00", font).size().width() + GAP + 6
        # over `width` pixels the range [-l, 1 + r] has u = (1 + l + r) / width units per
        # pixel; with l = left_px * u and r = right_px * u, u = 1 / (width - left - right)
        per_px = 1 / max(1.0, width - left_px - right_px)
        low = min(max(left_px * per_px, MARGIN[0] / 2), MARGIN[1])
        high = min(max(right_px * per_px, MARGIN[0]), MARGIN[1])
        new_width = width != self._fitted_width
        margin = (low, high) if new_width else (max(low, self._margin[0]),
                                                 max(high, self._margin[1]))
        if new_width or margin != self._margin:
            self._fitted_width, self._margin = width, margin
            low, high = margin
            item = self.plot.getPlotItem()
            item.setXRange(-low, 1 + high, padding=0)
            self.overlay.set_x_range(-low, 1 + high)
            # fewer ticks when the scale is too narrow for every quarter's label
            quarter = width / (1 + low + high) / 4
            room = texts.get("0.75", font).size().width() + 20
            step = 1 if quarter >= room else 2 if 2 * quarter >= room else 4
            ticks = tuple(X_TICKS[::step])
            if ticks != self.overlay.ticks:
                self.overlay.ticks = ticks
                item.getAxis("bottom").setTicks([list(ticks)])

    def on_theme_changed(self) -> None:
        self._fitted_width = -1.0  # a new font may need other room
        self._restyle()
        self._draw()


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    preview = WaterfallChart("preview.chart", "Contributions")
    preview.set_data(WaterfallData(
        0.28, "Average customer", "0.28", "This customer", "0.78 (78%)",
        (WaterfallStep("Support tickets: 8", 0.31, "+0.31"),
         WaterfallStep("Login gap: 23 days", 0.3, "+0.30"),
         WaterfallStep("Spend trend: stable", -0.11, "\u22120.11")), "A preview."))
    preview.resize(700, 420)
    preview.show()
    app.exec()
