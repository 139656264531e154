"""The influence × support grid: each stakeholder where their influence and support put them.

Support runs left (opposed) to right (supportive), influence bottom (little say) to
top (decides or can block); the split points divide four named quadrants. Every
stakeholder is a real, focusable button (Tab reaches it, Enter or Space or a click
activates it), so the grid works by keyboard and for screen readers. A marker is
centred on its position but stays wholly inside the quadrant its values put it in
(a value on a split counts as high, as the content's quadrant rule says), so a
near-neutral stakeholder never sits on a divider; markers moved for that, or
pushed apart so they do not overlap, get a leader line back to the dot that marks
their exact position.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from .. import theme
from .stakeholder_card import kind_avatar, kind_background, kind_token

PAD = 10  # inner padding of the painted texts
DIVIDER_GAP = 4  # room between a marker and a quadrant divider
RING = 3  # room around a marker for its focus ring


@dataclass(frozen=True)
class GridMarkerView:
    id: str
    name: str
    kind: str
    kind_label: str
    influence: float  # 0 .. 1
    support: float  # -1 .. 1
    quadrant: str = ""  # the quadrant's name, for screen readers


@dataclass(frozen=True)
class GridQuadrantView:
    name: str
    high_influence: bool
    high_support: bool


@dataclass(frozen=True)
class GridView:
    """Plain data the grid shows (the page builds it from the course content)."""

    influence_label: str
    support_label: str
    influence_low: str
    influence_high: str
    support_low: str
    support_high: str
    influence_split: float
    support_split: float
    quadrants: tuple[GridQuadrantView, ...]
    markers: tuple[GridMarkerView, ...]

    def quadrant(self, high_influence: bool, high_support: bool) -> str:
        for q in self.quadrants:
            if q.high_influence == high_influence and q.high_support == high_support:
                return q.name
        return ""


class GridMarker(QAbstractButton):
    """One stakeholder on the grid: a pill with the kind's icon and the name."""

    def __init__(self, view: GridMarkerView, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName(name)
        self.setText(view.name)
        self.setCheckable(True)  # "checked" tells screen readers the strategy is shown
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if view.quadrant:
            spoken = QCoreApplication.translate("GridMarker", "{name}, {kind}, {quadrant}")
        else:
            spoken = QCoreApplication.translate("GridMarker", "{name}, {kind}")
        self.setAccessibleName(spoken.format(name=view.name, kind=view.kind_label,
                                             quadrant=view.quadrant))
        self.setAccessibleDescription(
            QCoreApplication.translate("GridMarker", "Press Enter or Space to show the strategy"))

    def _font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(self.isChecked())
        return font

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        fm = QFontMetrics(self._font())
        icon = fm.height() + 4
        return QSize(RING * 2 + 10 + icon + 6 + fm.horizontalAdvance(self.text()) + 12,
                     RING * 2 + max(icon, fm.height()) + 10)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pill = QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)
        radius = pill.height() / 2
        accent = t.color(kind_token(self.view.kind))
        p.setBrush(t.color(kind_background(self.view.kind) if self.isChecked() else "surface"))
        p.setPen(QPen(accent, 3.0 if self.isChecked() else 1.6))
        p.drawRoundedRect(pill.adjusted(1, 1, -1, -1), radius, radius)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(t.color("focus"), 2.0))
            p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), radius + 2, radius + 2)
        font = self._font()
        fm = QFontMetrics(font)
        size = fm.height() + 2
        icon_rect = QRectF(pill.left() + 9, pill.center().y() - size / 2, size, size)
        pixmap = theme.icon_pixmap(kind_avatar(self.view.kind), t.hex(kind_token(self.view.kind)),
                                   int(size), self.devicePixelRatioF())
        p.drawPixmap(icon_rect.toRect(), pixmap)
        p.setFont(font)
        p.setPen(t.color("text"))
        text_rect = QRectF(icon_rect.right() + 6, pill.top(), pill.right() - icon_rect.right() - 12,
                           pill.height())
        # the grid gives a marker its full width unless the plot itself is narrower
        text = fm.elidedText(self.text(), Qt.TextElideMode.ElideRight, int(text_rect.width()) + 1)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        p.end()


class StakeholderGrid(QWidget):
    """The painted grid with one :class:`GridMarker` per stakeholder.

    Markers are named ``name + "." + id`` (``stakeholder.grid.cfo``).
    """

    activated = Signal(str)  # stakeholder id

    def __init__(self, view: GridView, name: str = "stakeholder.grid",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.view = view
        self.setObjectName(name)
        self.setAccessibleName(
            QCoreApplication.translate("StakeholderGrid", "{influence} \u00d7 {support} grid")
            .format(influence=view.influence_label, support=view.support_label))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._fit_minimum()
        self.markers: dict[str, GridMarker] = {}
        for m in view.markers:
            marker = GridMarker(m, f"{name}.{m.id}", self)
            marker.clicked.connect(lambda _=False, i=m.id: self.activated.emit(i))
            self.markers[m.id] = marker
        self._points: dict[str, QPointF] = {}

    # -- public ------------------------------------------------------------------------------
    def set_open(self, stakeholder_id: str) -> None:
        """Mark ``stakeholder_id`` as the one whose strategy is shown ("" for none)."""
        for sid, marker in self.markers.items():
            if marker.isChecked() != (sid == stakeholder_id):
                marker.setChecked(sid == stakeholder_id)
                marker.updateGeometry()
        self._place_markers()

    def _fit_minimum(self) -> None:
        # room for about twenty lines of text, so larger text gets a taller grid
        line = QFontMetrics(self.font()).height()
        self.setMinimumSize(max(420, line * 24), max(380, line * 22))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(max(640, self.minimumWidth()), max(460, self.minimumHeight()))

    # -- geometry ----------------------------------------------------------------------------
    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _split_x(self, plot: QRectF) -> float:
        return plot.left() + plot.width() * (self.view.support_split + 1) / 2

    def _split_y(self, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * self.view.influence_split

    def _header_height(self, width: float, names: tuple[str, str], plot_split: float) -> int:
        fm = QFontMetrics(self._bold())
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        widths = (max(40, plot_split - PAD), max(40, width - plot_split - PAD))
        return max(fm.boundingRect(QRect(0, 0, int(w), 1000), flags, n).height()
                   for w, n in zip(widths, names)) + PAD

    def plot_rect(self) -> QRectF:
        """The area inside the axes where positions are drawn."""
        fm = QFontMetrics(self.font())
        left = 2 * fm.height() + 4 + PAD + PAD // 2
        width = self.width() - left - PAD
        split = width * (self.view.support_split + 1) / 2
        v = self.view
        top = self._header_height(width, (v.quadrant(True, False), v.quadrant(True, True)), split)
        bottom_names = self._header_height(width, (v.quadrant(False, False),
                                                   v.quadrant(False, True)), split)
        bottom = bottom_names + fm.height() + PAD
        return QRectF(left, top, width, max(40, self.height() - top - bottom))

    def point_of(self, marker: GridMarkerView, plot: QRectF | None = None) -> QPointF:
        plot = plot or self.plot_rect()
        x = plot.left() + plot.width() * (marker.support + 1) / 2
        y = plot.bottom() - plot.height() * marker.influence
        return QPointF(x, y)

    def quadrant_rect(self, marker: GridMarkerView, plot: QRectF | None = None) -> QRectF:
        """The quadrant ``marker``'s values fall in, less a gap off its dividers."""
        plot = plot or self.plot_rect()
        sx, sy = self._split_x(plot), self._split_y(plot)
        high_s = marker.support >= self.view.support_split
        high_i = marker.influence >= self.view.influence_split
        gap = DIVIDER_GAP
        left, right = (sx + gap, plot.right()) if high_s else (plot.left(), sx - gap)
        top, bottom = (plot.top(), sy - gap) if high_i else (sy + gap, plot.bottom())
        return QRectF(left, top, max(1.0, right - left), max(1.0, bottom - top))

    def _place_markers(self) -> None:
        plot = self.plot_rect()
        rects: dict[str, QRectF] = {}
        bounds: dict[str, QRectF] = {}
        for sid, marker in self.markers.items():
            point = self.point_of(marker.view, plot)
            self._points[sid] = point
            bounds[sid] = self.quadrant_rect(marker.view, plot)
            # a touch screen may ask for bigger targets (a minimum size) than the hint
            hint = marker.sizeHint().expandedTo(marker.minimumSize())
            w, h = min(hint.width(), bounds[sid].width()), hint.height()
            rect = QRectF(point.x() - w / 2, point.y() - h / 2, w, h)
            rects[sid] = _clamped(rect, bounds[sid])
        _separate(rects, bounds)
        for sid, rect in rects.items():
            self.markers[sid].setGeometry(rect.toRect())
        self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place_markers()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_minimum()
            self._place_markers()
        super().changeEvent(event)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        t = theme.current()
        v = self.view
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self.plot_rect()
        sx, sy = self._split_x(plot), self._split_y(plot)
        # quadrants in a checkerboard of the two surface tones
        cells = ((True, False, QRectF(plot.left(), plot.top(), sx - plot.left(), sy - plot.top())),
                 (True, True, QRectF(sx, plot.top(), plot.right() - sx, sy - plot.top())),
                 (False, False, QRectF(plot.left(), sy, sx - plot.left(), plot.bottom() - sy)),
                 (False, True, QRectF(sx, sy, plot.right() - sx, plot.bottom() - sy)))
        for high_i, high_s, rect in cells:
            p.fillRect(rect, t.color("surface_alt" if high_i == high_s else "surface"))
        p.setPen(QPen(t.color("border"), 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(plot)
        p.setPen(QPen(t.color("text_muted"), 1.2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(sx, plot.top()), QPointF(sx, plot.bottom()))
        p.drawLine(QPointF(plot.left(), sy), QPointF(plot.right(), sy))
        # quadrant names: above the plot for the high-influence ones, below for the others
        p.setFont(self._bold())
        p.setPen(t.color("text"))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap
        for high_i, high_s, rect in cells:
            name = v.quadrant(high_i, high_s)
            if high_i:
                box = QRectF(rect.left(), 0, rect.width(), plot.top() - 2)
                p.drawText(box, flags | Qt.AlignmentFlag.AlignBottom, name)
            else:
                box = QRectF(rect.left(), plot.bottom() + 2, rect.width(), 1000)
                p.drawText(box, flags | Qt.AlignmentFlag.AlignTop, name)
        self._paint_axes(p, plot)
        # leader lines from markers that had to move back to their exact positions
        for sid, point in self._points.items():
            marker = self.markers[sid]
            centre = QRectF(marker.geometry()).center()
            colour = t.color(kind_token(marker.view.kind))
            if (centre - point).manhattanLength() > 6:
                p.setPen(QPen(colour, 1.5))
                p.drawLine(point, centre)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawEllipse(point, 4, 4)
        p.end()

    def _paint_axes(self, p: QPainter, plot: QRectF) -> None:
        t = theme.current()
        v = self.view
        fm = QFontMetrics(self.font())
        muted, bold = t.color("text_muted"), self._bold()
        # support, along the bottom: "Opposed ... Support ... Supportive"
        y = self.height() - fm.height() - PAD / 2
        row = QRectF(plot.left(), y, plot.width(), fm.height() + 2)
        p.setFont(self.font())
        p.setPen(muted)
        p.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   _low_end(v.support_low))
        p.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   _high_end(v.support_high))
        p.setFont(bold)
        p.setPen(t.color("text"))
        p.drawText(row, Qt.AlignmentFlag.AlignCenter, v.support_label)
        # influence, up the left side, written bottom to top: the ends in the inner
        # column, the axis title in the outer one, so neither can cover the other
        p.save()
        p.translate(PAD / 2, plot.bottom())
        p.rotate(-90)
        outer = QRectF(0, 0, plot.height(), fm.height() + 2)
        inner = outer.translated(0, fm.height() + 4)
        low, high = _low_end(v.influence_low), _high_end(v.influence_high)
        # the low end takes what it needs (at most half), the high end the rest
        low_room = min(fm.horizontalAdvance(low), int(plot.height() / 2))
        high_room = int(plot.height()) - low_room - 12
        p.setFont(self.font())
        p.setPen(muted)
        p.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(low, Qt.TextElideMode.ElideRight, low_room + 1))
        p.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   fm.elidedText(high, Qt.TextElideMode.ElideLeft, high_room))
        p.setFont(bold)
        p.setPen(t.color("text"))
        p.drawText(outer, Qt.AlignmentFlag.AlignCenter, v.influence_label)
        p.restore()


def _low_end(text: str) -> str:
    # the arrow points to the axis's low end (a right-to-left translation may turn it)
    return QCoreApplication.translate("StakeholderGrid", "\u2190 {label}").format(label=text)


def _high_end(text: str) -> str:
    return QCoreApplication.translate("StakeholderGrid", "{label} \u2192").format(label=text)


def _clamped(rect: QRectF, bounds: QRectF) -> QRectF:
    x = min(max(rect.left(), bounds.left()), bounds.right() - rect.width())
    y = min(max(rect.top(), bounds.top()), bounds.bottom() - rect.height())
    return QRectF(x, y, rect.width(), rect.height())


def _separate(rects: dict[str, QRectF], bounds: dict[str, QRectF], passes: int = 40) -> None:
    """Push overlapping rectangles apart vertically (in place), each kept in its bounds."""
    ids = list(rects)
    for _ in range(passes):
        moved = False
        for i, a_id in enumerate(ids):
            for b_id in ids[i + 1:]:
                a, b = rects[a_id], rects[b_id]
                if not a.intersects(b):
                    continue
                upper, lower = (a_id, b_id) if a.center().y() <= b.center().y() else (b_id, a_id)
                overlap = rects[upper].bottom() - rects[lower].top() + 2
                rects[upper] = _clamped(rects[upper].translated(0, -overlap / 2), bounds[upper])
                rects[lower] = _clamped(rects[lower].translated(0, overlap / 2), bounds[lower])
                moved = True
        if not moved:
            return


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    preview = StakeholderGrid(GridView(
        "Influence", "Support", "Little say", "Decides or can block", "Opposed", "Supportive",
        0.5, 0.0,
        (GridQuadrantView("Manage closely", True, True),
         GridQuadrantView("Keep satisfied", True, False),
         GridQuadrantView("Keep informed", False, True),
         GridQuadrantView("Monitor", False, False)),
        (GridMarkerView("cto", "CTO", "champion", "Champion", 0.95, 0.9),
         GridMarkerView("vp", "VP of Sales", "skeptic", "Skeptic", 0.85, -0.6),
         GridMarkerView("ops", "Frontline Managers", "neutral", "Neutral", 0.35, 0.1))))
    preview.activated.connect(preview.set_open)
    preview.show()
    app.exec()
