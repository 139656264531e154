"""An org chart drawn with the shared diagram pieces: role-coloured boxes, connectors, a legend.

Two shapes: "tree" (top-down, reports under their lead) and "hub" (the top box
in the middle, its children around it as spokes). Each box carries its role's
colour, icon and name, so the role never rests on colour alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QWidget

from .diagram_items import ArrowItem, LegendEntry, LegendItem, NodeItem
from .diagram_view import FitView
from .org_layout import MARGIN, Box, Placement, arrangements, first_fitting


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
        self.ways: list[Placement] = []

    def arrange(self, box_h: float) -> None:
        """Work out every arrangement of this chart for boxes ``box_h`` tall."""
        boxes = [Box(b.id, b.parent, self.boxes[b.id].rect().width()) for b in self.spec.boxes]
        self.ways = arrangements(boxes, box_h, self.spec.shape)

    def place(self, way: int, width: float, top: float) -> None:
        """Draw arrangement ``way`` centred in ``width``, ``top`` lower than its own top."""
        placement = self.ways[way]
        dx = (width - placement.width) / 2
        for box_id, center in placement.centers.items():
            self.boxes[box_id].setPos(center.x() + dx, center.y() + top)
        for arrow in self.connectors:
            arrow.set_path(placement.paths[arrow.edge_id].translated(dx, top))


class OrgChartView(FitView):
    """Shows one of its charts at a time; boxes are named ``team.box.<id>``.

    The text stays at the learner's size: for the width it is given, each chart takes
    its widest arrangement that fits at full size (``org_layout``), rather than being
    drawn smaller. All charts share one scene size (the widest and tallest of the
    arrangements taken) and one box height, so switching keeps the text at one scale
    and the page where it was; each chart's scene is built once, which makes a switch
    a ``setScene``.
    """

    #: The boxes were measured again (a new text size or theme): new arrangement widths.
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
        #: scene sizes by the arrangement each chart takes (a few; found once per text size)
        self._fits: dict[tuple[int, ...], tuple[float, float]] = {}
        self._applied: tuple | None = None

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        fit = self._fit_for(width)
        if fit is None:
            return 0
        _, (scene_w, scene_h) = fit
        return int(ceil(scene_h * min(width / scene_w, MAX_SCALE))) + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # the widest arrangement, not the one shown: a layout that gives the chart what it
        # hints would otherwise narrow it one arrangement at a time
        width = int(ceil(max((c.ways[0].width for c in self._charts.values()), default=0.0)))
        return QSize(width, self.heightForWidth(width))

    def comfortable_width(self) -> float:
        """The width that draws every chart at full text size with no more than its
        leads' reports hanging in columns (its second arrangement)."""
        return max((c.ways[min(1, len(c.ways) - 1)].width for c in self._charts.values()),
                   default=0.0)

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
        self._apply_fit(event.size().width())
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
        """Measure every chart's boxes in the text size now, and every way to arrange them."""
        charts = list(self._charts.values())
        if not charts:
            return
        items = [item for c in charts for item in c.boxes.values()]
        for item in items:
            item.measure()
        box_h = max(item.preferred_size()[1] for item in items)
        for item in items:
            item.set_size(item.preferred_size()[0], box_h)
        for chart in charts:
            chart.arrange(box_h)
        self._fits = {}
        self._applied = None
        self._apply_fit(self.width())
        self.scene_resized.emit()

    def _fit_for(self, width: int) -> tuple[tuple[int, ...], tuple[float, float]] | None:
        """Each chart's widest arrangement that fits ``width`` at full text size, and the
        scene size they share (the widest and tallest of them, with the legend)."""
        charts = list(self._charts.values())
        if not charts or not charts[0].ways:
            return None
        ways = tuple(first_fitting(c.ways, width) for c in charts)
        if ways not in self._fits:
            chosen = [c.ways[w] for c, w in zip(charts, ways)]
            scene_w = max(p.width for p in chosen)
            content = max(p.height for p in chosen)
            legends = []
            for c in charts:
                c.legend.set_width(scene_w - 2 * MARGIN)
                legends.append(c.legend.height())
            self._fits[ways] = (scene_w, content + LEGEND_GAP + max(legends) + MARGIN)
            if self._applied is not None:  # measured, not shown: the shown legends as they were
                for c in charts:
                    c.legend.set_width(self._applied[1][0] - 2 * MARGIN)
        return ways, self._fits[ways]

    def _apply_fit(self, width: int) -> None:
        """Arrange every chart for ``width``, all in one scene size (one text scale)."""
        fit = self._fit_for(width)
        if fit is None or fit == self._applied:
            return
        self._applied = fit
        ways, (scene_w, scene_h) = fit
        charts = list(self._charts.values())
        content = max(c.ways[w].height for c, w in zip(charts, ways))
        for c, w in zip(charts, ways):
            c.place(w, scene_w, (content - c.ways[w].height) / 2)
            c.legend.set_width(scene_w - 2 * MARGIN)
            c.legend.setPos(MARGIN, content + LEGEND_GAP)
            c.scene.setSceneRect(QRectF(0, 0, scene_w, scene_h))
        self.scene_changed_size()

    def restyle(self) -> None:
        self.relayout()
        for chart in self._charts.values():  # new colours: drop the cached pictures
            for item in (*chart.boxes.values(), chart.legend):
                item.update()
        super().restyle()

