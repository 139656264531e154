"""An org chart drawn with the shared diagram pieces: role-coloured boxes, connectors, a legend.

Two shapes: "tree" (top-down, reports under their lead) and "hub" (the top box
in the middle, its children around it as spokes). Each box carries its role's
colour, icon and name, so the role never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians, sin

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QWidget

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


class OrgChartView(FitView):
    """Shows one org chart at a time (``show_chart``); boxes are named ``team.box.<id>``."""

    def __init__(self, roles: tuple[RoleSpec, ...], legend_title: str = "",
                 name: str = "team.chart", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture: the text beside it says it
        self.roles = {r.id: r for r in roles}
        self._legend_entries = tuple(LegendEntry("role", r.label, r.accent, r.icon) for r in roles)
        self._legend_title = legend_title
        self.boxes: dict[str, NodeItem] = {}
        self.connectors: list[ArrowItem] = []
        self.legend: LegendItem | None = None
        self._specs: tuple[BoxSpec, ...] = ()
        self._shape = "tree"
        self.chart_id = ""

    def show_chart(self, chart_id: str, boxes: tuple[BoxSpec, ...], shape: str,
                   accessible: str = "") -> None:
        """Draw ``boxes`` (replacing the previous chart)."""
        self.chart_id = chart_id
        self._specs, self._shape = tuple(boxes), shape
        scene = self.scene()
        scene.clear()
        self.boxes, self.connectors = {}, []
        for spec in self._specs:
            role = self.roles.get(spec.role)
            subtitle = spec.note or (role.label if role else "")
            item = NodeItem(spec.id, spec.label, subtitle, role.icon if role else "", interactive=False,
                            accent=role.accent if role else "primary", min_width=BOX_MIN,
                            name_prefix="team.box")
            role_name = role.label if role else spec.role
            item.set_accessible_name(f"{spec.label}, {role_name}")
            scene.addItem(item)
            item.setParent(scene)
            self.boxes[spec.id] = item
        for spec in self._specs:
            if spec.parent in self.boxes:
                arrow = ArrowItem(f"{spec.parent}->{spec.id}", head=False, color="text_muted")
                scene.addItem(arrow)
                self.connectors.append(arrow)
        self.legend = LegendItem(self._legend_entries, self._legend_title)
        scene.addItem(self.legend)
        self.setAccessibleName(accessible or "Org chart")
        self.setAccessibleDescription(self.describe())
        self.relayout()

    def describe(self) -> str:
        """The chart in words: who leads whom, with roles (the text alternative)."""
        parts = []
        for spec in self._specs:
            kids = [b for b in self._specs if b.parent == spec.id]
            role = self.roles.get(spec.role)
            who = f"{spec.label} ({role.label if role else spec.role})"
            if kids:
                reports = ", ".join(f"{k.label} ({self.roles[k.role].label if k.role in self.roles else k.role})"
                                    for k in kids)
                parts.append(f"{who} leads {reports}.")
            elif not spec.parent:
                parts.append(f"{who}.")
        return " ".join(parts)

    # -- layout -------------------------------------------------------------------------
    def relayout(self) -> None:
        if not self.boxes:
            return
        for item in self.boxes.values():
            item.measure()
        box_w = max(item.preferred_size()[0] for item in self.boxes.values())
        box_h = max(item.preferred_size()[1] for item in self.boxes.values())
        for item in self.boxes.values():
            item.set_size(item.preferred_size()[0], box_h)
        if self._shape == "hub":
            bottom, width = self._layout_hub(box_w, box_h)
        else:
            bottom, width = self._layout_tree(box_w, box_h)
        self.legend.set_width(width - 2 * MARGIN)
        self.legend.setPos(MARGIN, bottom + 18)
        total = bottom + 18 + self.legend.height() + MARGIN
        self.scene().setSceneRect(QRectF(0, 0, width, total))
        self.scene_changed_size()

    def _children(self, box_id: str) -> list[BoxSpec]:
        return [b for b in self._specs if b.parent == box_id]

    def _layout_tree(self, box_w: float, box_h: float) -> tuple[float, float]:
        spans: dict[str, float] = {}

        def span(box_id: str) -> float:
            kids = self._children(box_id)
            width = sum(span(k.id) for k in kids) + H_GAP * max(0, len(kids) - 1)
            spans[box_id] = max(self.boxes[box_id].rect().width(), width)
            return spans[box_id]

        roots = [b for b in self._specs if not b.parent]
        total = sum(span(r.id) for r in roots) + ROOT_GAP * max(0, len(roots) - 1)
        width = max(MIN_WIDTH, total + 2 * MARGIN)
        bottom = 0.0

        def place(box_id: str, left: float, depth: int) -> None:
            nonlocal bottom
            y = MARGIN + 6 + depth * (box_h + V_GAP) + box_h / 2
            self.boxes[box_id].setPos(left + spans[box_id] / 2, y)
            bottom = max(bottom, y + box_h / 2)
            kids = self._children(box_id)
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
            parent_id, child_id = arrow.edge_id.split("->")
            p, c = self.boxes[parent_id].scene_box(), self.boxes[child_id].scene_box()
            mid = p.bottom() + V_GAP / 2
            path = QPainterPath(QPointF(p.center().x(), p.bottom()))
            path.lineTo(p.center().x(), mid)
            path.lineTo(c.center().x(), mid)
            path.lineTo(c.center().x(), c.top())
            arrow.set_path(path)
        return bottom, width

    def _layout_hub(self, box_w: float, box_h: float) -> tuple[float, float]:
        roots = [b for b in self._specs if not b.parent]
        hub = roots[0].id
        spokes = self._children(hub)
        n = max(1, len(spokes))
        hub_w = self.boxes[hub].rect().width()
        spoke_w = max((self.boxes[k.id].rect().width() for k in spokes), default=box_w)
        rx, ry = (hub_w + spoke_w) / 2 + 70, box_h + 46
        width = max(MIN_WIDTH, 2 * (rx + spoke_w / 2 + MARGIN))
        cx, cy = width / 2, MARGIN + 6 + ry + box_h / 2
        self.boxes[hub].setPos(cx, cy)
        # Spread spokes evenly around the hub, starting upper left, so three fill the width.
        start = 210.0 if n == 3 else 180.0
        for i, spoke in enumerate(spokes):
            a = radians(start + 360.0 * i / n)
            self.boxes[spoke.id].setPos(cx + rx * cos(a), cy + ry * sin(a))
        # Any other boxes (deeper levels) go under their parent.
        for spec in self._specs:
            if spec.parent and spec.parent != hub and spec.id in self.boxes:
                parent = self.boxes[spec.parent]
                self.boxes[spec.id].setPos(parent.x(), parent.y() + box_h + V_GAP)
        # Start at the top margin whatever the spokes' angles left free above.
        shift = MARGIN + 6 - min(item.scene_box().top() for item in self.boxes.values())
        for item in self.boxes.values():
            item.moveBy(0, shift)
        bottom = max(item.scene_box().bottom() for item in self.boxes.values())
        for arrow in self.connectors:
            parent_id, child_id = arrow.edge_id.split("->")
            p, c = self.boxes[parent_id].scene_box(), self.boxes[child_id].scene_box()
            path = QPainterPath(_edge_point(p, c.center()))
            path.lineTo(_edge_point(c, p.center()))
            arrow.set_path(path)
        return bottom, width

    def restyle(self) -> None:
        if getattr(self, "boxes", None):
            self.relayout()
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

