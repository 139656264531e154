"""An org chart drawn with the shared diagram pieces: role-coloured boxes, connectors, a legend.

Two shapes: "tree" (top-down, reports under their lead) and "hub" (the top box
in the middle, its children around it as spokes). Each box carries its role's
colour, icon and name, so the role never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil, cos, radians, sin

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from .diagram_items import ArrowItem, LegendEntry, LegendItem, NodeItem
from .diagram_view import FitView


@dataclass(frozen=True)
class RoleSpec:
    """A role type: id, legend label, theme colour token, icon name."""

    id: str
    label: str
    accent: str
    icon: str


@dataclass(frozen=True)
class BoxSpec:
    """One box: ``parent`` is "" for a top box; ``note`` is an optional second line."""

    id: str
    label: str
    role: str
    parent: str = ""
    note: str = ""


MIN_WIDTH = 760.0
MARGIN = 16.0
H_GAP = 16.0
ROOT_GAP = 44.0
V_GAP = 40.0
BOX_MIN = 118.0
LEGEND_GAP = 18.0
#: A chart given more width than it needs is drawn at most this much larger, so the
#: box text stays near the page's text size instead of growing with the window.
MAX_SCALE = 1.15


@dataclass(frozen=True)
class ChartSpec:
    """One chart the view can show: its boxes, its shape ("tree" or "hub") and its name."""

    id: str
    boxes: tuple[BoxSpec, ...]
    shape: str = "tree"
    accessible: str = ""


class _Chart:
    """One chart's scene and items, built once and kept while the learner switches."""

    def __init__(self, spec: ChartSpec, roles: dict[str, RoleSpec], legend_title: str):
        self.spec = spec
        self.scene = QGraphicsScene()
        self.boxes: dict[str, NodeItem] = {}
        self.connectors: list[ArrowItem] = []
        for box in spec.boxes:
            role = roles.get(box.role)
            item = NodeItem(box.id, box.label, box.note or (role.label if role else ""),
                            role.icon if role else "", interactive=False,
                            accent=role.accent if role else "primary", min_width=BOX_MIN,
                            name_prefix="team.box")
            # A chart is redrawn on every switch and never animates: keep each box as a
            # picture (its icon is an SVG rendered on every paint otherwise).
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            item.set_accessible_name(QCoreApplication.translate("OrgChartView", "{box}, {role}")
                                     .format(box=box.label, role=role.label if role else box.role))
            self.scene.addItem(item)
            item.setParent(self.scene)
            self.boxes[box.id] = item
        for box in spec.boxes:
            if box.parent in self.boxes:
                arrow = ArrowItem(f"{box.parent}->{box.id}", head=False, color="text_muted")
                self.scene.addItem(arrow)
                self.connectors.append(arrow)
        # The key names only the roles this chart draws, in the course's role order.
        used = {b.role for b in spec.boxes}
        self.legend = LegendItem(tuple(LegendEntry("role", r.label, r.accent, r.icon)
                                       for r in roles.values() if r.id in used), legend_title)
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.scene.addItem(self.legend)

    def children(self, box_id: str) -> list[BoxSpec]:
        return [b for b in self.spec.boxes if b.parent == box_id]

    def layout(self, box_h: float, width: float, top: float) -> tuple[float, float]:
        """Place the boxes centred in ``width``, starting ``top`` lower; (bottom, width)."""
        if self.spec.shape == "hub":
            return self._layout_hub(box_h, width, top)
        return self._layout_tree(box_h, width, top)

    def _layout_tree(self, box_h: float, min_width: float, top: float) -> tuple[float, float]:
        spans: dict[str, float] = {}

        def span(box_id: str) -> float:
            kids = self.children(box_id)
            width = sum(span(k.id) for k in kids) + H_GAP * max(0, len(kids) - 1)
            spans[box_id] = max(self.boxes[box_id].rect().width(), width)
            return spans[box_id]

        roots = [b for b in self.spec.boxes if not b.parent]
        total = sum(span(r.id) for r in roots) + ROOT_GAP * max(0, len(roots) - 1)
        width = max(min_width, MIN_WIDTH, total + 2 * MARGIN)
        bottom = 0.0

        def place(box_id: str, left: float, depth: int) -> None:
            nonlocal bottom
            y = top + MARGIN + 6 + depth * (box_h + V_GAP) + box_h / 2
            self.boxes[box_id].setPos(left + spans[box_id] / 2, y)
            bottom = max(bottom, y + box_h / 2)
            kids = self.children(box_id)
            inner = sum(spans[k.id] for k in kids) + H_GAP * max(0, len(kids) - 1)
            x = left + (spans[box_id] - inner) / 2
            for k in kids:
                place(k.id, x, depth + 1)
                x += spans[k.id] + H_GAP

        x = (width - total) / 2
        for r in roots:
            place(r.id, x, 0)
            x += spans[r.id] + ROOT_GAP
        for arrow in self.connectors:
            p, c = self._ends(arrow)
            mid = p.bottom() + V_GAP / 2
            path = QPainterPath(QPointF(p.center().x(), p.bottom()))
            path.lineTo(p.center().x(), mid)
            path.lineTo(c.center().x(), mid)
            path.lineTo(c.center().x(), c.top())
            arrow.set_path(path)
        return bottom, width

    def _layout_hub(self, box_h: float, min_width: float, top: float) -> tuple[float, float]:
        roots = [b for b in self.spec.boxes if not b.parent]
        hub = roots[0].id
        spokes = self.children(hub)
        n = max(1, len(spokes))
        hub_w = self.boxes[hub].rect().width()
        spoke_w = max((self.boxes[k.id].rect().width() for k in spokes), default=hub_w)
        rx, ry = (hub_w + spoke_w) / 2 + 70, box_h + 46
        width = max(min_width, MIN_WIDTH, 2 * (rx + spoke_w / 2 + MARGIN))
        cx, cy = width / 2, MARGIN + 6 + ry + box_h / 2
        self.boxes[hub].setPos(cx, cy)
        # Spread spokes evenly around the hub, starting upper left, so three fill the width.
        start = 210.0 if n == 3 else 180.0
        for i, spoke in enumerate(spokes):
            a = radians(start + 360.0 * i / n)
            self.boxes[spoke.id].setPos(cx + rx * cos(a), cy + ry * sin(a))
        # Any other boxes (deeper levels) go under their parent.
        for spec in self.spec.boxes:
            if spec.parent and spec.parent != hub and spec.id in self.boxes:
                parent = self.boxes[spec.parent]
                self.boxes[spec.id].setPos(parent.x(), parent.y() + box_h + V_GAP)
        # Start at the top margin whatever the spokes' angles left free above.
        shift = top + MARGIN + 6 - min(item.scene_box().top() for item in self.boxes.values())
        for item in self.boxes.values():
            item.moveBy(0, shift)
        bottom = max(item.scene_box().bottom() for item in self.boxes.values())
        for arrow in self.connectors:
            p, c = self._ends(arrow)
            path = QPainterPath(_edge_point(p, c.center()))
            path.lineTo(_edge_point(c, p.center()))
            arrow.set_path(path)
        return bottom, width

    def _ends(self, arrow: ArrowItem) -> tuple[QRectF, QRectF]:
        parent_id, child_id = arrow.edge_id.split("->")
        return self.boxes[parent_id].scene_box(), self.boxes[child_id].scene_box()


class OrgChartView(FitView):
    """Shows one of its charts at a time; boxes are named ``team.box.<id>``.

    All charts share one scene size (the widest and tallest of them) and one box
    height, so switching keeps the text at one scale and the page where it was;
    each chart's scene is built once, which makes a switch a ``setScene``.
    """

    #: The shared scene size changed (a new text size or theme re-measured the boxes).
    scene_resized = Signal()

    def __init__(self, roles: tuple[RoleSpec, ...], legend_title: str = "",
                 name: str = "team.chart", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: the text beside it says it
        self.roles = {r.id: r for r in roles}
        self._legend_title = legend_title
        self._charts: dict[str, _Chart] = {}
        self._current: _Chart | None = None
        self.chart_id = ""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        rect = self.sceneRect()
        if rect.width() <= 0:
            return 0
        return int(ceil(rect.height() * min(width / rect.width(), MAX_SCALE))) + 2

    def refit(self) -> None:
        """Fit the chart to the width it is given, never drawing it above ``MAX_SCALE``."""
        rect, vp = self.sceneRect(), self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or vp.width() <= 0 or vp.height() <= 0:
            return
        scale = min(vp.width() / rect.width(), vp.height() / rect.height(), MAX_SCALE)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # A row of height-for-width widgets may be given less than the chart asks for,
        # which would shrink it by its height; a minimum height keeps it fitted by width.
        height = self.heightForWidth(event.size().width())
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
        super().resizeEvent(event)

    def set_charts(self, charts: tuple[ChartSpec, ...]) -> None:
        """Build every chart the view will switch between (replacing any before)."""
        self._charts = {c.id: _Chart(c, self.roles, self._legend_title) for c in charts}
        self._current = None
        self.relayout()

    def show_chart(self, chart_id: str) -> None:
        """Show the chart ``chart_id`` (one of those given to :meth:`set_charts`)."""
        chart = self._charts[chart_id]
        if chart is self._current:
            return
        if self._current is not None:
            self._current.scene.setParent(None)  # only the shown chart's boxes are found by name
        chart.scene.setParent(self)
        self._current, self.chart_id = chart, chart_id
        self.setScene(chart.scene)
        self.setAccessibleName(chart.spec.accessible
                               or QCoreApplication.translate("OrgChartView", "Org chart"))
        self.setAccessibleDescription(self.describe())
        self.refit()

    # -- the shown chart, for tests and the accessibility text ---------------------------
    @property
    def boxes(self) -> dict[str, NodeItem]:
        return self._current.boxes if self._current else {}

    @property
    def connectors(self) -> list[ArrowItem]:
        return self._current.connectors if self._current else []

    @property
    def legend(self) -> LegendItem | None:
        return self._current.legend if self._current else None

    def describe(self) -> str:
        """The chart in words: who leads whom, with roles (the text alternative)."""
        if self._current is None:
            return ""
        specs = self._current.spec.boxes

        def who(box: BoxSpec) -> str:
            role = self.roles.get(box.role)
            return QCoreApplication.translate("OrgChartView", "{box} ({role})").format(
                box=box.label, role=role.label if role else box.role)

        parts = []
        for spec in specs:
            kids = [b for b in specs if b.parent == spec.id]
            if kids:
                parts.append(QCoreApplication.translate("OrgChartView", "{lead} leads {reports}.")
                             .format(lead=who(spec), reports=", ".join(who(k) for k in kids)))
            elif not spec.parent:
                parts.append(QCoreApplication.translate("OrgChartView", "{box}.")
                             .format(box=who(spec)))
        return " ".join(parts)

    # -- layout -------------------------------------------------------------------------
    def relayout(self) -> None:
        """Measure every chart, then lay each out in the one size they share."""
        charts = list(self._charts.values())
        if not charts:
            return
        items = [item for c in charts for item in c.boxes.values()]
        for item in items:
            item.measure()
        box_h = max(item.preferred_size()[1] for item in items)
        for item in items:
            item.set_size(item.preferred_size()[0], box_h)
        natural = [c.layout(box_h, 0.0, 0.0) for c in charts]
        width = max(w for _, w in natural)
        content = max(bottom for bottom, _ in natural)
        for c, (bottom, _) in zip(charts, natural):
            c.layout(box_h, width, (content - bottom) / 2)
            c.legend.set_width(width - 2 * MARGIN)
            c.legend.setPos(MARGIN, content + LEGEND_GAP)
        height = content + LEGEND_GAP + max(c.legend.height() for c in charts) + MARGIN
        for c in charts:
            c.scene.setSceneRect(QRectF(0, 0, width, height))
        self.scene_changed_size()
        self.scene_resized.emit()

    def restyle(self) -> None:
        self.relayout()
        for chart in self._charts.values():  # new colours: drop the cached pictures
            for item in (*chart.boxes.values(), chart.legend):
                item.update()
        super().restyle()


def _edge_point(rect: QRectF, toward: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre toward ``toward`` leaves the rectangle."""
    c = rect.center()
    dx, dy = toward.x() - c.x(), toward.y() - c.y()
    if dx == 0 and dy == 0:
        return c
    tx = (rect.width() / 2) / abs(dx) if dx else float("inf")
    ty = (rect.height() / 2) / abs(dy) if dy else float("inf")
    t = min(tx, ty)
    return QPointF(c.x() + dx * t, c.y() + dy * t)

