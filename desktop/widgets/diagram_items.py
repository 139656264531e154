"""Drawing pieces shared by the drawn diagrams: node box, arrow, layer band, legend.

Items read their colours from the active theme's tokens each time they paint,
so a theme change needs only a repaint (plus a re-layout when text sizes
change). Icons are drawn as vectors from resources/icons, so they stay sharp
at any view scale and device pixel ratio.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush, QColor, QFont, QFontMetricsF, QGuiApplication, QPainter, QPainterPath, QPen, QPolygonF,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from .. import theme
from ..paths import resource_path
from .accessibility import ROLE

# Sizes in scene units; the view scales the whole scene to the width it is given.
TITLE_PX = 13.5
SUBTITLE_PX = 11.5
SMALL_PX = 11.5
ICON = 20.0
PAD = 10.0
RADIUS = 8.0
FOCUS_GAP = 4.0
BADGE = 17.0
#: How much of its colour an arrow off the selected path keeps over the background: in
#: high contrast a white line becomes mid grey (about 3:1 on black against the path's 19:1),
#: so the lit path stands out in every theme (tests/gui/test_step1_diagram.py measures it).
DIMMED_EDGE = 0.38


# -- helpers ------------------------------------------------------------------------------

def scene_font(px: float, bold: bool = False) -> QFont:
    """The app's (bundled) font at ``px`` scene units, scaled by the theme's text scale."""
    font = QFont(QGuiApplication.font())
    font.setPixelSize(max(1, round(px * theme.current().scale)))
    font.setBold(bold)
    # Unhinted glyphs scale smoothly with the view, so measured text keeps fitting.
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def text_width(text: str, font: QFont) -> float:
    return QFontMetricsF(font).horizontalAdvance(text)


def token(name: str) -> QColor:
    return theme.current().color(name)


def blend(color: QColor, background: QColor, amount: float) -> QColor:
    """``amount`` of ``color`` over ``background`` (an opaque tint)."""
    a = max(0.0, min(1.0, amount))
    return QColor.fromRgbF(color.redF() * a + background.redF() * (1 - a),
                           color.greenF() * a + background.greenF() * (1 - a),
                           color.blueF() * a + background.blueF() * (1 - a))


@lru_cache(maxsize=256)
def _renderer(name: str, color: str) -> QSvgRenderer:
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        path = resource_path("icons", "circle.svg")
    data = path.read_text("utf-8").replace("#000000", color)
    return QSvgRenderer(QByteArray(data.encode("utf-8")))


def draw_icon(painter: QPainter, name: str, color: QColor, rect: QRectF) -> None:
    """An icon from resources/icons, recoloured, drawn as vectors (sharp at any scale)."""
    if name:
        _renderer(name, color.name()).render(painter, rect)


def arrow_head(painter: QPainter, tip: QPointF, angle_deg: float, size: float, color: QColor) -> None:
    """A filled triangle whose tip is at ``tip``, pointing along ``angle_deg`` (QPainterPath angles)."""
    from math import cos, radians, sin

    a = radians(angle_deg)
    # QPainterPath angles run counter-clockwise with y up; scene y points down.
    dx, dy = cos(a), -sin(a)
    back = QPointF(tip.x() - dx * size, tip.y() - dy * size)
    nx, ny = -dy * size * 0.55, dx * size * 0.55
    poly = QPolygonF([tip, QPointF(back.x() + nx, back.y() + ny), QPointF(back.x() - nx, back.y() - ny)])
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(poly)


# -- node ---------------------------------------------------------------------------------

class NodeItem(QGraphicsObject):
    """A rounded box with an icon, a title and a subtitle.

    Interactive nodes take keyboard focus, show a pointing cursor and a subtle
    highlight on hover, and emit ``activated(id)`` on click, tap, Enter or Space.
    Visual states: selected, on the selected path, dimmed (a selection exists
    elsewhere), explored (a check badge: never colour alone). ``accent`` names a
    theme token that tints the box and draws a stripe (org-chart roles).
    """

    activated = Signal(str)

    def __init__(self, node_id: str, title: str, subtitle: str = "", icon: str = "", *,
                 interactive: bool = True, accent: str = "", min_width: float = 0.0,
                 name_prefix: str = "diagram.node"):
        super().__init__()
        self.node_id, self.title, self.subtitle, self.icon = node_id, title, subtitle, icon
        self.interactive, self.accent, self.min_width = interactive, accent, min_width
        self.setObjectName(f"{name_prefix}.{node_id}")
        self.selected = self.on_path = self.dimmed = self.explored = self.hovered = False
        self._width, self._height = 0.0, 0.0
        self._accessible = title
        if interactive:
            # An object of its own on the accessibility bus (accessibility.py's _Item).
            self.setProperty(ROLE, "item")
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
            self.setAcceptHoverEvents(True)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{title}: {subtitle}" if subtitle else title)
        self.measure()

    # -- size -------------------------------------------------------------------------
    def preferred_size(self) -> tuple[float, float]:
        """The smallest box that shows the icon, title and subtitle unclipped."""
        tf, sf = scene_font(TITLE_PX, True), scene_font(SUBTITLE_PX)
        text_w = max(text_width(self.title, tf), text_width(self.subtitle, sf) if self.subtitle else 0)
        scale = theme.current().scale
        icon_w = (ICON * scale + 8) if self.icon else 0
        stripe = 6 if self.accent else 0
        width = max(self.min_width, stripe + PAD + icon_w + text_w + PAD + 6)
        lines = QFontMetricsF(tf).height() + (QFontMetricsF(sf).height() + 2 if self.subtitle else 0)
        height = max(ICON * scale, lines) + 2 * PAD
        return width, height

    def measure(self) -> None:
        self.set_size(*self.preferred_size())

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != (self._width, self._height):
            self.prepareGeometryChange()
            self._width, self._height = width, height

    def rect(self) -> QRectF:
        """The box itself, in item coordinates (centred on the item's position)."""
        return QRectF(-self._width / 2, -self._height / 2, self._width, self._height)

    def scene_box(self) -> QRectF:
        return self.rect().translated(self.pos())

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        m = FOCUS_GAP + 3 + BADGE / 2
        return self.rect().adjusted(-m, -m, m, m)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.rect(), RADIUS, RADIUS)
        return path

    # -- state ------------------------------------------------------------------------
    def set_state(self, *, selected: bool = False, on_path: bool = False, dimmed: bool = False,
                  explored: bool | None = None) -> None:
        changed = (selected, on_path, dimmed) != (self.selected, self.on_path, self.dimmed)
        self.selected, self.on_path, self.dimmed = selected, on_path, dimmed
        if explored is not None and explored != self.explored:
            self.explored, changed = explored, True
        if changed:
            self.update()

    def set_accessible_name(self, text: str) -> None:
        self._accessible = text
        self.setProperty("accessibleName", text)

    def accessibleName(self) -> str:  # noqa: N802 - reads like QWidget's, for tools and tests
        """What a screen reader says for this node (its label and state)."""
        return self._accessible

    # -- as an accessible object (read by accessibility._Item) -------------------------
    def a11y_view(self):
        return self.scene().views()[0]

    def a11y_description(self) -> str:
        return self.subtitle

    def a11y_rect(self):
        view = self.a11y_view()
        box = view.mapFromScene(self.sceneBoundingRect()).boundingRect()
        return box.translated(view.viewport().mapToGlobal(box.topLeft()) - box.topLeft())

    # -- input ------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.interactive and event.button() == Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
        else:
            event.ignore()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if (self.interactive and event.button() == Qt.MouseButton.LeftButton
                and self.shape().contains(event.pos())):
            self.activated.emit(self.node_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.interactive and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.node_id)
            event.accept()
        else:
            event.ignore()

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.hovered = False
        self.update()

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.update()

    # -- drawing ----------------------------------------------------------------------
    def colors(self) -> tuple[QColor, QColor, QColor, QColor, float]:
        """(fill, border, title, subtitle, border width) for the current state."""
        surface = token("surface")
        accent = token(self.accent) if self.accent else None
        if self.selected:
            return token("primary"), token("primary"), token("on_primary"), token("on_primary"), 2.5
        if self.on_path:
            return token("primary_soft"), token("primary"), token("text"), token("text"), 2.0
        fill = blend(accent, surface, 0.16) if accent is not None else surface
        border = accent if accent is not None else token("text_muted")
        width = 1.4
        if self.hovered:
            fill, border, width = blend(token("primary"), fill, 0.10), token("primary"), 2.0
        elif self.dimmed:
            border = token("border")
        return fill, border, token("text"), token("text_muted"), width

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        r = self.rect()
        fill, border, title_c, sub_c, bw = self.colors()
        painter.setPen(QPen(border, bw))
        painter.setBrush(fill)
        painter.drawRoundedRect(r.adjusted(bw / 2, bw / 2, -bw / 2, -bw / 2), RADIUS, RADIUS)
        x = r.left() + PAD
        if self.accent and not self.selected:
            stripe = QPainterPath()
            stripe.addRoundedRect(QRectF(r.left(), r.top(), 12, r.height()), RADIUS, RADIUS)
            clip = QPainterPath()
            clip.addRect(QRectF(r.left(), r.top(), 6, r.height()))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(token(self.accent))
            painter.drawPath(stripe.intersected(clip))
            x += 6
        scale = theme.current().scale
        if self.icon:
            size = ICON * scale
            icon_color = title_c if self.selected else (token(self.accent) if self.accent else token("primary"))
            draw_icon(painter, self.icon, icon_color, QRectF(x, r.center().y() - size / 2, size, size))
            x += size + 8
        tf, sf = scene_font(TITLE_PX, True), scene_font(SUBTITLE_PX)
        th = QFontMetricsF(tf).height()
        sh = QFontMetricsF(sf).height() + 2 if self.subtitle else 0
        top = r.center().y() - (th + sh) / 2
        text_rect = QRectF(x, top, r.right() - x - 4, th)
        painter.setFont(tf)
        painter.setPen(title_c)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        if self.subtitle:
            painter.setFont(sf)
            painter.setPen(sub_c)
            painter.drawText(QRectF(x, top + th + 2, r.right() - x - 4, sh - 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.subtitle)
        if self.explored:
            self._paint_badge(painter, r)
        if self.hasFocus():
            pen = QPen(token("focus"), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            g = FOCUS_GAP
            painter.drawRoundedRect(r.adjusted(-g, -g, g, g), RADIUS + g, RADIUS + g)

    def _paint_badge(self, painter: QPainter, r: QRectF) -> None:
        size = BADGE
        box = QRectF(r.right() - size * 0.7, r.top() - size * 0.3, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(token("surface"))
        painter.drawEllipse(box.adjusted(-1.5, -1.5, 1.5, 1.5))
        draw_icon(painter, "check_circle", token("success"), box)


# -- arrow --------------------------------------------------------------------------------

def _shortened(path: QPainterPath, by: float) -> QPainterPath:
    """``path`` ending ``by`` earlier. A final straight segment is simply pulled back, so
    square corners stay square (sampling the path cut them into bevels); a path ending
    in a curve is sampled."""
    n = path.elementCount()
    if n >= 2 and path.elementAt(n - 1).type == QPainterPath.ElementType.LineToElement:
        end, before = path.elementAt(n - 1), path.elementAt(n - 2)
        dx, dy = end.x - before.x, end.y - before.y
        length = (dx * dx + dy * dy) ** 0.5
        if length > by:
            cut = QPainterPath(path)
            cut.setElementPositionAt(n - 1, end.x - dx / length * by, end.y - dy / length * by)
            return cut
    cut_at = path.percentAtLength(max(0.0, path.length() - by))
    line = QPainterPath(path.pointAtPercent(0))
    steps = 40
    for i in range(1, steps + 1):
        line.lineTo(path.pointAtPercent(cut_at * i / steps))
    return line


class ArrowItem(QGraphicsItem):
    """A path (flow arrow or org-chart connector) with an optional head and label.

    States: highlighted (on the selected path), dimmed (a selection exists elsewhere).
    ``dashed`` marks a feedback arrow (the retraining loop): a dash pattern and a
    label, not colour alone.
    """

    def __init__(self, edge_id: str, path: QPainterPath | None = None, *, head: bool = True,
                 dashed: bool = False, label: str = "", color: str = "text_muted"):
        super().__init__()
        self.edge_id, self.head, self.dashed, self.label = edge_id, head, dashed, label
        self.color = color
        self.highlighted = self.dimmed = False
        self._path = QPainterPath()
        self._drawn: dict[float, tuple[QPainterPath, QPointF, float]] = {}
        self._label_box: tuple[float, QRectF] | None = None
        self.setZValue(-1)
        self.set_path(path or QPainterPath())

    def set_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self._path = QPainterPath(path)
        self._drawn.clear()
        self._label_box = None

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def set_state(self, *, highlighted: bool = False, dimmed: bool = False) -> None:
        if (highlighted, dimmed) != (self.highlighted, self.dimmed):
            self.highlighted, self.dimmed = highlighted, dimmed
            self.setZValue(0 if highlighted else -1)
            self.update()

    def _label_rect(self) -> QRectF:
        if not self.label:
            return QRectF()
        # Kept per text scale: boundingRect asks on every paint and scene index update.
        scale = theme.current().scale
        if self._label_box is None or self._label_box[0] != scale:
            font = scene_font(SMALL_PX, True)
            w = text_width(self.label, font) + 12
            h = QFontMetricsF(font).height() + 4
            mid = self._path.pointAtPercent(0.5)
            self._label_box = (scale, QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h))
        return QRectF(self._label_box[1])

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._path.boundingRect().adjusted(-10, -10, 10, 10).united(self._label_rect())

    def pen(self) -> QPen:
        if self.highlighted:
            color, width = token("primary"), 2.6
        elif self.dimmed:
            color, width = blend(token(self.color), token("surface"), DIMMED_EDGE), 1.4
        else:
            color, width = token(self.color), 1.5
        pen = QPen(color, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([4.0, 2.5])
        return pen

    def _geometry(self, size: float) -> tuple[QPainterPath, QPointF, float]:
        """The line to stroke, the head's tip and angle for a head of ``size``.

        Kept until the path changes, per head size (a highlighted pen is wider): the
        shortened line takes ~40 ``pointAtPercent`` calls, which were about 9 ms of a
        step 1 switch (every arrow repaints when the page shows)."""
        if size not in self._drawn:
            path = self._path
            if self.head:
                # Stop the line short of the tip so the head keeps a sharp point.
                path = _shortened(path, size * 0.8)
            self._drawn[size] = (path, self._path.pointAtPercent(1.0),
                                 self._path.angleAtPercent(1.0))
        return self._drawn[size]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        size = 6.5 + pen.widthF() * 1.2
        path, tip, angle = self._geometry(size)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if self.head:
            arrow_head(painter, tip, angle, size, pen.color())
        if self.label:
            rect = self._label_rect()
            painter.setPen(QPen(pen.color(), 1.0))
            painter.setBrush(token("surface"))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setFont(scene_font(SMALL_PX, True))
            painter.setPen(token("primary") if self.highlighted else token("text"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.label)


# -- band ---------------------------------------------------------------------------------

class LayerBand(QGraphicsItem):
    """A labelled background band that groups the nodes of one layer."""

    LABEL_PX = 11.5

    def __init__(self, band_id: str, label: str):
        super().__init__()
        self.band_id, self.label = band_id, label
        self._rect = QRectF()
        self.setZValue(-2)

    @classmethod
    def label_height(cls) -> float:
        return QFontMetricsF(scene_font(cls.LABEL_PX, True)).height() + 8

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def rect(self) -> QRectF:
        return QRectF(self._rect)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect.adjusted(-1, -1, 1, 1)

    def _label_row(self) -> QRectF:
        return QRectF(self._rect.left() + 12, self._rect.top() + 4, self._rect.width() - 24,
                      self.label_height() - 4)

    def label_rect(self) -> QRectF:
        """Where the label's text is drawn: arrows entering the band keep out of it."""
        row = self._label_row()
        width = min(row.width(), text_width(self.label.upper(), scene_font(self.LABEL_PX, True)))
        return QRectF(row.left(), row.top(), width, row.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(token("border"), 1.0))
        painter.setBrush(token("surface_alt"))
        painter.drawRoundedRect(self._rect, 10, 10)
        painter.setFont(scene_font(self.LABEL_PX, True))
        painter.setPen(token("text_muted"))
        painter.drawText(self._label_row(), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.label.upper())


# -- legend -------------------------------------------------------------------------------

@dataclass(frozen=True)
class LegendEntry:
    """One key entry. ``kind``: selected, path, explored, flow, feedback, or role
    (a tinted box in the ``accent`` token with ``icon``)."""

    kind: str
    label: str
    accent: str = ""
    icon: str = ""


class LegendItem(QGraphicsItem):
    """A key of swatches and labels that wraps into rows within a width.

    Right to left it reads from the right: each row is mirrored, swatch then label.
    """

    SWATCH_W = 26.0
    LABEL_GAP = 6.0
    GAP = 18.0

    def __init__(self, entries: tuple[LegendEntry, ...], title: str = ""):
        super().__init__()
        self.entries, self.title = tuple(entries), title
        self._width = 600.0
        self._places: list[tuple[LegendEntry, QRectF]] = []
        self._title_width = 0.0
        self._height = 0.0
        self.relayout()

    def _row_height(self) -> float:
        return max(QFontMetricsF(scene_font(SMALL_PX)).height(), 18.0) + 6

    def set_width(self, width: float) -> None:
        self._width = width
        self.relayout()

    def relayout(self) -> None:
        self.prepareGeometryChange()
        font, bold = scene_font(SMALL_PX), scene_font(SMALL_PX, True)
        row_h = self._row_height()
        self._title_width = text_width(self.title, bold) if self.title else 0.0
        x = self._title_width + self.GAP if self.title else 0.0
        y = 0.0
        places = []
        for entry in self.entries:
            w = self.SWATCH_W + self.LABEL_GAP + text_width(entry.label, font)
            if x > 0 and x + w > self._width:
                x, y = 0.0, y + row_h
            places.append((entry, QRectF(x, y, w, row_h)))
            x += w + self.GAP
        self._places = places
        self._height = y + row_h

    def height(self) -> float:
        return self._height

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-2, -2, self._width + 4, self._height + 4)

    def entry_rects(self) -> list[tuple[LegendEntry, QRectF, QRectF]]:
        """Each entry's swatch and label rectangles as painted (mirrored right to left)."""
        rtl = QGuiApplication.isRightToLeft()
        out = []
        for entry, place in self._places:
            if rtl:
                place = QRectF(self._width - place.right(), place.y(), place.width(), place.height())
            swatch_x = place.right() - self.SWATCH_W if rtl else place.left()
            swatch = QRectF(swatch_x, place.y() + (place.height() - 16) / 2, self.SWATCH_W, 16)
            text = place.adjusted(0, 0, -(self.SWATCH_W + self.LABEL_GAP), 0) if rtl else \
                place.adjusted(self.SWATCH_W + self.LABEL_GAP, 0, 0, 0)
            out.append((entry, swatch, text))
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row_h = self._row_height()
        # Each text in its own measured box, aligned absolutely: a box "aligned left" in a
        # right-to-left view is right-aligned, which put every label at the far right.
        align = Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if self.title:
            painter.setFont(scene_font(SMALL_PX, True))
            painter.setPen(token("text"))
            x = self._width - self._title_width if QGuiApplication.isRightToLeft() else 0.0
            painter.drawText(QRectF(x, 0, self._title_width + 1, row_h), align, self.title)
        font = scene_font(SMALL_PX)
        for entry, swatch, text in self.entry_rects():
            self._swatch(painter, entry, swatch)
            painter.setFont(font)
            painter.setPen(token("text"))
            painter.drawText(text.adjusted(0, 0, 1, 0), align, entry.label)

    def _swatch(self, painter: QPainter, entry: LegendEntry, r: QRectF) -> None:
        kind = entry.kind
        if kind == "selected":
            painter.setPen(QPen(token("primary"), 1.5))
            painter.setBrush(token("primary"))
            painter.drawRoundedRect(r, 4, 4)
        elif kind == "path":
            painter.setPen(QPen(token("primary"), 2.0))
            painter.setBrush(token("primary_soft"))
            painter.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4)
        elif kind == "explored":
            size = r.height()
            draw_icon(painter, "check_circle", token("success"),
                      QRectF(r.center().x() - size / 2, r.top(), size, size))
        elif kind in ("flow", "feedback"):
            pen = QPen(token("text_muted"), 1.6)
            if kind == "feedback":
                pen.setStyle(Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([4.0, 2.5])
            painter.setPen(pen)
            y = r.center().y()
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right() - 7, y))
            arrow_head(painter, QPointF(r.right(), y), 0.0, 8.0, token("text_muted"))
        else:  # role
            accent = token(entry.accent or "primary")
            painter.setPen(QPen(accent, 1.4))
            painter.setBrush(QBrush(blend(accent, token("surface"), 0.16)))
            painter.drawRoundedRect(r.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
            if entry.icon:
                size = r.height() - 4
                draw_icon(painter, entry.icon, accent,
                          QRectF(r.center().x() - size / 2, r.top() + 2, size, size))
