"""A horizontal waterfall: from a base value, each contribution in turn, to the total.

Rows read top to bottom: the base bar, one bar per contribution (starting where the
previous one ended), and the total bar. A bar that pushes up is drawn in the
``risk_up`` colour and runs right, one that pushes down in ``risk_down`` and runs
left; its value label carries the sign and the row label names the feature and its
value, so colour is never the only cue.

One ruler for every what-if (issue 19, item 15): the :class:`Ruler` names the lowest
and highest running value any what-if can reach and every row and value label any
what-if can show. The scale, the ticks and the row-label column are fitted to those
once per plot width and font, never to the current bars, so the same pixels stand for
the same risk whatever the learner chose, and bars can be compared by eye.

Redrawing must fit in a few milliseconds (it follows a dragged slider), so the
items stay the same between updates and only their data changes; the value labels,
connectors, grid and base line are painted by one light item, and the row labels
by a light axis, instead of pyqtgraph's text items and tick pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QWidget

from .. import theme
from .binding import on_event
from .chart_panel import ChartPanel, pyqtgraph
from .display import number, share, signed

#: Where the probability ticks stand (their text is written in the learner's locale).
TICK_VALUES = (0.0, 0.25, 0.5, 0.75, 1.0)
BAR_HEIGHT = 0.62
GAP = 4  # pixels between a bar's end and its value label
PAD = 6  # pixels kept between the outermost value label and the plot's edge
#: The row labels' column takes at most this share of the plot; longer labels wrap.
ROW_LABEL_SHARE = 0.5
#: Where a row's label does not fit beside the bars, it stands above its bar; the bar,
#: at most this share of a line's height, runs below with its value beside it.
ABOVE_BAR = 0.45
#: How small the labels above the bars may get to keep to one line, as a share of the text.
MIN_LABEL_SHARE = 0.75
#: Below this share of the plot per unit of risk, the total's label takes two lines.
STACK_BELOW = 0.4


@dataclass(frozen=True)
class Ruler:
    """Everything any what-if of a chart can show, so that one scale fits them all.

    ``low``/``high``: the lowest and highest running value (base, a partial sum or the
    total) any input combination reaches; ``row_texts``: every label of a contribution's
    row (the base's and the total's rows are measured as shown: they do not change).
    """

    low: float = 0.0
    high: float = 1.0
    row_texts: tuple[str, ...] = ()


def probability_ticks() -> tuple[tuple[float, str], ...]:
    """The 0..1 ticks as the learner's locale writes numbers ("0,25" in German)."""
    return tuple((v, number(v)) for v in TICK_VALUES)


def widest_value_texts() -> tuple[str, str, str]:
    """The widest labels a what-if can show, as the SHAP demo formats them: the total's
    (right of a bar ending at most at 1), a rise's (right) and a fall's (left of its bar)."""
    return f"{number(1.0, 2)} ({share(1.0)})", signed(1.0), signed(-1.0)


def muted_to_contrast(color: QColor, surface: QColor, limit: float, most: float) -> QColor:
    """``color`` laid over ``surface`` with the largest opacity up to ``most`` whose contrast
    against the surface stays at or below ``limit`` (a total bar no louder than the bars)."""
    mix = surface
    for step in range(int(round(most * 20)), -1, -1):
        alpha = step / 20
        mix = QColor.fromRgbF(*(alpha * a + (1 - alpha) * b for a, b in zip(
            color.getRgbF()[:3], surface.getRgbF()[:3])))
        if theme.contrast_ratio(mix.name(), surface.name()) <= limit:
            break
    return mix


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
    wrap: float = 0.0  # px: a narrow plot sets the total's label on two lines


class _TextCache:
    """Laid-out texts (QStaticText) for one font: drawing one is much cheaper than
    drawText, which lays the text out again on every paint."""

    def __init__(self) -> None:
        self.font = QFont()
        self._texts: dict[tuple, QStaticText] = {}

    def get(self, text: str, font: QFont, wrap: float = 0.0,
            align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight) -> QStaticText:
        """``text`` laid out in ``font``; wider than ``wrap`` px (if given), it wraps,
        its lines aligned by ``align`` (right: a row label beside its bar)."""
        if font != self.font:
            self.font, self._texts = QFont(font), {}
        static = self._texts.get((text, wrap, align))
        if static is None:
            if len(self._texts) > 500:  # values change while dragging: keep it bounded
                self._texts.clear()
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            if wrap > 0:
                static.setTextWidth(wrap)
                static.setTextOption(QTextOption(align))
            static.prepare(font=font)
            self._texts[(text, wrap, align)] = static
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
            self.x_range = (0.0, 1.0)
            self.ticks: tuple[tuple[float, str], ...] = ()  # the grid follows the x axis's ticks
            self.font = QFont()
            self.text_color = QColor("black")
            self.line_color = QColor("gray")
            self.grid_color = QColor("lightgray")
            self.surface = QColor("white")
            self.placed: list[tuple[str, QRectF]] = []  # painted label rects, device px
            self.row_labels: tuple[tuple[float, str], ...] = ()  # drawn above their bars
            self.texts = _TextCache()

        def set_data(self, labels, connectors, base: float, rows: int) -> None:
            if rows != self.rows:
                self.prepareGeometryChange()
            self.labels, self.connectors, self.base, self.rows = labels, connectors, base, rows
            self.update()

        def set_style(self, font: QFont, text: QColor, line: QColor, grid: QColor,
                      surface: QColor) -> None:
            self.font, self.text_color, self.line_color, self.grid_color = font, text, line, grid
            self.surface = surface
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
            left = to_device.map(QPointF(self.x_range[0], 0)).x()
            right = to_device.map(QPointF(self.x_range[1], 0)).x()
            self.placed = []
            painter.setPen(self.text_color)
            if self.row_labels:
                self._paint_rows_above(painter, to_device, left, right)
            else:
                self._paint_beside(painter, to_device, left, right)
            painter.restore()

        def _put(self, painter, static: QStaticText, text: str, rect: QRectF) -> None:
            # on the surface's colour: the base line, a connector or a grid line passing
            # behind a label never strikes through its letters
            painter.fillRect(rect.adjusted(-2, -1, 2, 1), self.surface)
            painter.drawStaticText(rect.topLeft(), static)
            self.placed.append((text, rect))

        def _paint_beside(self, painter, to_device, left: float, right: float) -> None:
            """Each value label beside its bar: a rise's right of it, a fall's left."""
            for label in self.labels:
                static = self.texts.get(label.text, self.font, label.wrap,
                                        Qt.AlignmentFlag.AlignLeft)
                width, height = static.size().width(), static.size().height()
                start = to_device.map(QPointF(label.start, label.row))
                end = to_device.map(QPointF(label.end, label.row))
                side = label.side
                # the ruler leaves room for every label on its side; should a font not
                # fit after all, a label stays whole on the other side of its bar
                if side < 0 and start.x() - GAP - width < left:
                    side = 1
                elif side > 0 and end.x() + GAP + width > right:
                    side = -1
                x = end.x() + GAP if side > 0 else start.x() - GAP - width
                self._put(painter, static, label.text,
                          QRectF(x, end.y() - height / 2, width, height))

        def _paint_rows_above(self, painter, to_device, left: float, right: float) -> None:
            """Each row's label at the top of its row from the plot's left edge, its value
            after it on the same line (the bar runs below, the whole width free for it)."""
            for (row, text), label in zip(self.row_labels, self.labels):
                value = self.texts.get(label.text, self.font)
                room = right - left - 4 - value.size().width() - 3 * GAP
                static = self.texts.get(text, self.font)
                if static.size().width() > room:  # wrapped only where it must be
                    static = self.texts.get(text, self.font, room, Qt.AlignmentFlag.AlignLeft)
                top = to_device.map(QPointF(0, row + 0.5)).y() + 1
                rect = QRectF(QPointF(left + 2, top), static.size())
                painter.fillRect(rect.adjusted(-2, -1, 2, 1), self.surface)
                painter.drawStaticText(rect.topLeft(), static)
                line = QRectF(rect.right() + 3 * GAP, rect.bottom() - value.size().height(),
                              value.size().width(), value.size().height())
                self._put(painter, value, label.text, line)

    return WaterfallOverlay


@lru_cache(maxsize=1)
def _row_axis_class():
    """The left axis class; defined on first use so pyqtgraph loads only then."""
    pg = pyqtgraph()

    class RowLabelAxis(pg.AxisItem):
        """The left axis as a column of row labels, right-aligned beside their bars.

        pyqtgraph's own axis re-shapes every tick text into a cached picture whenever
        one label changes, which takes several milliseconds; these labels change on
        every step of a drag, so they are drawn directly instead. The column is as wide
        as the widest label any what-if can show (:meth:`fit`), so the bars' scale never
        depends on today's labels; if that is more than a share of the plot, the column
        shrinks away and the overlay sets each label above its bar (200 %, German).
        """

        def __init__(self) -> None:
            super().__init__("left")
            self.rows: tuple[tuple[float, str], ...] = ()
            self.above = False
            self.texts = _TextCache()
            self._measured: tuple = ((), "", None, 0)  # (texts, font key, metrics, widest px)

        def set_rows(self, rows: tuple[tuple[float, str], ...]) -> None:
            self.rows = rows
            self.update()

        def fit(self, possible: tuple[str, ...], most: float) -> None:
            """Width for the widest of ``possible`` (and the current rows), at most ``most`` px."""
            # the ruler's texts measured once per font: this runs on every step of a drag
            if self._measured[:2] != (possible, self.font().key()):
                metrics = QFontMetrics(self.font())
                self._measured = (possible, self.font().key(), metrics,
                                  max((metrics.horizontalAdvance(t) for t in possible), default=0))
            metrics = self._measured[2]
            widest = max([self._measured[3], *(metrics.horizontalAdvance(t) for _, t in self.rows)])
            # too wide for the column: the labels go above the bars (the overlay paints them)
            self.above = widest + 16 > most
            width = 8.0 if self.above else widest + 16
            if int(width + 0.5) != int(self.width()):
                self.setWidth(int(width + 0.5))
            self.update()

        def paint(self, painter, option, widget=None) -> None:
            view = self.linkedView()
            if view is None or not self.rows or self.above:
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
    """A ChartPanel showing a :class:`WaterfallData`; call :meth:`set_data` to update and
    :meth:`set_ruler` once with what any data can show."""

    def __init__(self, name: str, title: str, *, height: int = 300,
                 parent: QWidget | None = None):
        self._data: WaterfallData | None = None
        self._row_count = 0
        self._style: dict = {}
        self.ruler = Ruler()
        self._min_height = height
        self._total_wrap = 0.0  # px; set when the total's label must take two lines
        self._bar_geometry = (0.0, BAR_HEIGHT)  # a bar's centre offset and height, in rows
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
        self._fitted: tuple = ()
        # The axis title wraps within the axis' width, under the tick labels: pyqtgraph's
        # own is one line, cut where the axis is narrower, and overlaps the ticks at 200 %.
        self.axis_title = item.getAxis("bottom").label
        self.axis_title.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
        self.ends = pg.BarGraphItem(x0=[0, 0], width=[0, 0], y=[0, 0], height=BAR_HEIGHT)
        self.bars = pg.BarGraphItem(x0=[], width=[], y=[], height=BAR_HEIGHT)
        self.overlay = _overlay_class()()
        self.overlay.setZValue(-1)  # grid and connectors under the bars, labels beside them
        for part in (self.ends, self.bars, self.overlay):
            item.addItem(part)
        item.getViewBox().sigResized.connect(self._fit_ruler)
        on_event(self.plot, QEvent.Type.Resize, self._fit_ruler)
        self._restyle()

    # -- public --------------------------------------------------------------------------
    def set_data(self, data: WaterfallData) -> None:
        """Show ``data`` (the items are reused; only their data changes)."""
        self._data = data
        self._draw()

    def set_ruler(self, ruler: Ruler) -> None:
        """What any data this chart will show can reach: the scale is fitted to it."""
        self.ruler = ruler
        self._fitted = ()
        self._fit_ruler()

    @property
    def data(self) -> WaterfallData | None:
        return self._data

    def pixels_per_unit(self) -> float:
        """How many pixels one unit of risk spans on screen (the same for every what-if)."""
        view = self.plot.getPlotItem().getViewBox()
        low, high = view.viewRange()[0]
        return view.width() / (high - low) if high > low else 0.0

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
        # The base and the total are results among others, not the loudest marks (on dark,
        # text colour is near white): no more contrast with the surface than the
        # contributions' bars have; the total a little stronger than the base.
        surface = t.color("surface").name()
        loudest = max(theme.contrast_ratio(t.color(k).name(), surface)
                      for k in ("risk_up", "risk_down"))
        total = muted_to_contrast(t.color("text"), t.color("surface"), loudest, 0.7)
        base = muted_to_contrast(t.color("text_muted"), t.color("surface"), loudest * 0.8, 1.0)
        self.ends.setOpts(brushes=[pg.mkBrush(base), pg.mkBrush(total)], pen=edge)
        self.overlay.set_style(QFont(self.font()), t.color("text"), t.color("text_muted"),
                               t.color("grid"), t.color("surface"))
        font = QFont(self.font())
        self.row_axis.setFont(font)
        bottom = self.plot.getPlotItem().getAxis("bottom")
        bottom.setTickFont(font)
        # room for one line of tick labels and the title, set before the first paint
        # (pyqtgraph would widen the axis only after drawing labels that did not fit)
        if self._data is not None:
            self._set_axis_title(self._data.axis_label)
        else:
            bottom.setHeight(QFontMetrics(font).height() + 12)
        self._brush_keys: tuple = ()
        self._fitted = ()

    def _draw(self) -> None:
        data = self._data
        if data is None:
            return
        if self._style.get("theme") != theme.current():
            self._restyle()
        item = self.plot.getPlotItem()
        rows = len(data.steps) + 2
        top = rows - 1  # pyqtgraph's y runs up: the base row sits at the top
        if rows != self._row_count:
            self._row_count = rows
            item.setYRange(-0.5, rows - 0.5, padding=0.02)
        self._fit_ruler()  # the total's label may need two lines: known before it is made
        x0s, widths, ys, keys, connectors = [], [], [], [], []
        # a row holds its bar, or (labels above) its label over its bar
        shift, height = self._bar_geometry
        labels = [ValueLabel(data.base_text, top + shift, min(0.0, data.base),
                             max(0.0, data.base), 1)]
        half = height / 2
        running = data.base
        for i, step in enumerate(data.steps):
            y = top - 1 - i + shift
            end = running + step.value
            x0s.append(min(running, end))
            widths.append(abs(step.value))
            ys.append(y)
            keys.append("up" if step.value > 0 else "down")
            connectors.append((running, y + 1 - half, y + half))
            labels.append(ValueLabel(step.text, y, min(running, end), max(running, end),
                                     1 if step.value >= 0 else -1))
            running = end
        connectors.append((running, 1 + shift - half, shift + half))
        labels.append(ValueLabel(data.total_text, shift, min(0.0, running), max(0.0, running),
                                 1, self._total_wrap))
        colours = {}
        if tuple(keys) != self._brush_keys:
            self._brush_keys = tuple(keys)
            colours["brushes"] = [self._style[k] for k in keys]
        self.bars.setOpts(x0=x0s, width=widths, y=ys, height=height, **colours)
        self.ends.setOpts(x0=[0.0, 0.0], width=[data.base, running], y=[top + shift, shift],
                          height=height)
        rows_labels = ((float(top), data.base_label),
                       *((float(top - 1 - i), s.label) for i, s in enumerate(data.steps)),
                       (0.0, data.total_label))
        if rows_labels != self.row_axis.rows:
            self.row_axis.set_rows(rows_labels)
        self.overlay.row_labels = rows_labels if self.row_axis.above else ()
        self.overlay.set_data(tuple(labels), tuple(connectors), data.base, rows)
        if data.axis_label != self.plot.getPlotItem().getAxis("bottom").labelText:
            self._set_axis_title(data.axis_label)
        self.set_summary(data.summary)
        table = [(data.base_label, data.base_text, number(data.base, 2))]
        running = data.base
        for s in data.steps:
            running += s.value
            table.append((s.label, s.text, number(running, 2)))
        table.append((data.total_label, data.total_text, number(running, 2)))
        self.set_table((QCoreApplication.translate("WaterfallChart", "Row"),
                        QCoreApplication.translate("WaterfallChart", "Value"),
                        QCoreApplication.translate("WaterfallChart", "Running total")), table)

    def _set_axis_title(self, text: str) -> None:
        # through pyqtgraph's own label text: the axis writes it again on a new text pen
        font = self.font()
        self.plot.getPlotItem().getAxis("bottom").setLabel(
            text, color=theme.current().hex("text"), **{"font-size": f"{font.pointSizeF():g}pt"})
        self._fit_axis_title()

    def _fit_axis_title(self) -> None:
        """Wrap the title to the axis' width; the axis holds the ticks' line and the title.
        Runs on every redraw: it touches the axis only when a size changed (a touched axis
        draws its ticks again)."""
        bottom = self.plot.getPlotItem().getAxis("bottom")
        width = max(60.0, self.plot.getPlotItem().getViewBox().width())
        changed = self.axis_title.textWidth() != width
        if changed:
            self.axis_title.setTextWidth(width)
        ticks = QFontMetrics(self.font()).height() + 12
        # pyqtgraph sets the title 5 px lower than its box: its margin takes that
        title = self.axis_title.boundingRect().height() - 2 if bottom.labelText else 0
        if bottom.fixedHeight != int(ticks + title):
            bottom.setHeight(int(ticks + title))
            changed = True
        if changed:
            bottom.resizeEvent()  # places the title at the axis' bottom

    def _fit_ruler(self) -> None:
        """Fit the scale to the ruler: the row-label column, then the x range and ticks.

        Only the plot's width, the font and the ruler decide the result, never the bars
        shown, so every what-if is drawn to the same scale with the same ticks.
        """
        if self._data is None:
            return
        item = self.plot.getPlotItem()
        self.row_axis.fit(self.ruler.row_texts, self.plot.width() * ROW_LABEL_SHARE)
        self._fit_axis_title()
        width = item.getViewBox().width()
        if width < 50:
            return  # not laid out yet; the resize will call again
        key = (width, item.getViewBox().height(), self.font().key(), self.ruler,
               self._row_count, self.row_axis.above)
        if key == self._fitted:
            return
        self._fitted = key
        before = (self._total_wrap, self._bar_geometry)
        low, high = self._x_range(width)
        font = self._label_font(width)
        metrics = QFontMetrics(font)
        # rows for a line of text each (or the two-line total's label); above the bars, a
        # line and a bar
        row = metrics.height() * (2 if self._total_wrap else 1) + 8
        if self.row_axis.above:
            row = metrics.height() * (1 + ABOVE_BAR) + 5
        needed = max(self._min_height,  # + the ticks under the plot
                     int(self._row_count * row + QFontMetrics(self.font()).height() + 20))
        if self.plot.minimumHeight() != needed:
            # not inside the resize that asked: a new minimum relays the page out
            QTimer.singleShot(0, self, lambda: self.plot.setMinimumHeight(needed))
        self._bar_geometry = (0.0, BAR_HEIGHT)
        if self.row_axis.above:  # the label's line on top, the bar in the rest of the row
            rows_per_px = (self._row_count * 1.04) / max(1.0, item.getViewBox().height())
            band = max(0.3, 1.0 - (metrics.height() + 2) * rows_per_px)
            height = min(band * 0.8, metrics.height() * ABOVE_BAR * rows_per_px)
            self._bar_geometry = (-0.5 + band / 2, height)
        if font != self.overlay.font:
            self.overlay.font = font
        if (self._total_wrap, self._bar_geometry) != before:
            self._draw()  # labels or bars placed anew
        item.setXRange(low, high, padding=0)
        self.overlay.set_x_range(low, high)
        # fewer ticks when the scale is too narrow for every quarter's label
        ticks = probability_ticks()
        quarter = width / (high - low) / 4
        room = max(metrics.horizontalAdvance(t) for _, t in ticks) + 20
        step = 1 if quarter >= room else 2 if 2 * quarter >= room else 4
        ticks = ticks[::step]
        if ticks != self.overlay.ticks:
            self.overlay.ticks = ticks
            item.getAxis("bottom").setTicks([list(ticks)])

    def _label_font(self, width: float) -> QFont:
        """The chart's font; above the bars, as much smaller (to 3/4) as a row's label and
        the widest value need to share one line of the plot (200 % text in a half pane)."""
        font = QFont(self.font())
        if not self.row_axis.above:
            return font
        metrics = QFontMetrics(font)
        widest = max([metrics.horizontalAdvance(t) for t in
                      (*self.ruler.row_texts, *(t for _, t in self.row_axis.rows))])
        line = widest + 3 * GAP + max(metrics.horizontalAdvance(t) for t in widest_value_texts())
        share = min(1.0, max(MIN_LABEL_SHARE, (width - 8) / line))
        if share < 1.0:
            font.setPointSizeF(font.pointSizeF() * share)
        return font

    def _x_range(self, width: float) -> tuple[float, float]:
        """The x range over ``width`` px that holds the ruler's values and leaves room
        beside them for the widest value labels (the total's right of 1 at most)."""
        metrics = QFontMetrics(self.font())
        total_text, rise_text, fall_text = widest_value_texts()
        rise, fall = (metrics.horizontalAdvance(t) + GAP + PAD for t in (rise_text, fall_text))
        low, high = min(0.0, self.ruler.low), max(1.0, self.ruler.high)

        def per_px(total: float) -> float:
            # u units per px: from the lowest bar's fall label to the highest bar's rise
            # label, and to the total's label right of 1, everything must fit the width
            return max((high - low) / max(1.0, width - fall - rise),
                       (1.0 - low) / max(1.0, width - fall - total))

        one_line = metrics.horizontalAdvance(total_text)
        units = per_px(one_line + GAP + PAD)
        self._total_wrap = 0.0
        # too narrow: the total's label takes two lines (not with labels above the bars:
        # the bar's part of the row holds one line)
        if self.row_axis.above:  # the values stand on the label lines: no room beside
            return low - PAD * ((high - low) / (width - 2 * PAD)), \
                high + PAD * ((high - low) / (width - 2 * PAD))
        if 1 / units < STACK_BELOW * width:
            self._total_wrap = max(metrics.horizontalAdvance(w) for w in total_text.split()) + 1
            units = per_px(self._total_wrap + GAP + PAD)
        return low - fall * units, low + (width - fall) * units

    def on_theme_changed(self) -> None:
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
