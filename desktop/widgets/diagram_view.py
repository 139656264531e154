"""Views for drawn diagrams: a view that fits its scene to its width, and the Step 1
architecture diagram built from plain node, layer and edge specs.

The whole scene is visible: the scene is scaled to the view's width and the view
asks the layout for the matching height (height-for-width), re-fitting on every
resize. An owner may cap that height (``set_max_height``) so the whole scene fits
on the screen beside its details, and may set a scale the text must not shrink
below (``set_min_scale``, for a learner who enlarged the text): then the scene
fills the width at that scale or more and the view scrolls instead of shrinking it.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QSizePolicy, QWidget

from .. import theme
from .accessibility import item_changed, item_focused, set_role
from .diagram_items import ArrowItem, LayerBand, LegendEntry, LegendItem, NodeItem


class FitView(QGraphicsView):
    """A QGraphicsView that shows its whole scene, scaled to the width it is given."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._restyle_pending = False
        self._max_height = 0  # 0: as tall as the width asks for
        self._min_scale = 0.0  # 0: shrink to fit, however small
        self._apply_background()

    # -- size ---------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        rect = self.sceneRect()
        if rect.width() <= 0:
            return 0
        natural = int(ceil(rect.height() * width / rect.width())) + 2
        return min(natural, self._max_height) if self._max_height > 0 else natural

    def set_max_height(self, height: int) -> None:
        """Never ask for more than ``height`` px: the scene then scales to fit that height."""
        if height != self._max_height:
            self._max_height = height
            self.updateGeometry()

    def set_min_scale(self, scale: float) -> None:
        """Never draw the scene smaller than ``scale``: scroll rather than shrink the text."""
        if scale != self._min_scale:
            self._min_scale = scale
            policy = (Qt.ScrollBarPolicy.ScrollBarAsNeeded if scale > 0
                      else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(policy)
            self.setVerticalScrollBarPolicy(policy)
            self.refit()

    def scrolls(self) -> bool:
        """Whether part of the scene is out of the view (it is readable at its size, not whole)."""
        return self.verticalScrollBar().maximum() > 0 or self.horizontalScrollBar().maximum() > 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        rect = self.sceneRect()
        return QSize(int(rect.width()), int(ceil(rect.height())) + 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.heightForWidth(240))

    def scene_changed_size(self) -> None:
        """Call after the scene rect changed: new height for the layout, then re-fit."""
        self.updateGeometry()
        self.refit()

    def refit(self) -> None:
        """Scale the scene so all of it shows in the viewport, as wide as possible."""
        rect = self.sceneRect()
        vp = self.viewport().rect()
        if rect.width() <= 0 or rect.height() <= 0 or vp.width() <= 0 or vp.height() <= 0:
            return
        across = vp.width() / rect.width()
        scale = min(across, vp.height() / rect.height())
        whole = scale >= self._min_scale
        if not whole:  # as wide as the view, or wider, at a readable size; it scrolls
            # Downwards, so the vertical bar takes its share of the width; one pixel spare
            # keeps a rounding error from adding a horizontal bar.
            bar = self.verticalScrollBar()
            fill = (vp.width() - (0 if bar.isVisible() else bar.sizeHint().width()) - 1) / rect.width()
            scale = max(fill, self._min_scale)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if fill < self._min_scale
                                              else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.resetTransform()
        self.scale(scale, scale)
        if whole:
            self.centerOn(rect.center())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.refit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refit()

    # -- theme --------------------------------------------------------------------------
    def _apply_background(self) -> None:
        self.setBackgroundBrush(theme.current().color("surface"))

    def restyle(self) -> None:
        """Follow a theme change: colours repaint; subclasses re-measure text here."""
        self._apply_background()
        self.scene().update()
        self.viewport().update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            # One theme change sends dozens of these: re-style once, when they are done.
            if not self._restyle_pending:
                self._restyle_pending = True
                QTimer.singleShot(0, self, self._restyle_now)
        super().changeEvent(event)

    def _restyle_now(self) -> None:
        self._restyle_pending = False
        self.restyle()


# -- the architecture diagram -------------------------------------------------------------

@dataclass(frozen=True)
class LayerSpec:
    id: str
    label: str


@dataclass(frozen=True)
class NodeSpec:
    id: str
    layer: str
    label: str
    subtitle: str
    icon: str


@dataclass(frozen=True)
class EdgeSpec:
    """An arrow; its id is ``"source->target"``. ``feedback`` draws it dashed, looping back."""

    source: str
    target: str
    feedback: bool = False
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.source}->{self.target}"


#: Scene metrics of the architecture diagram.
BASE_WIDTH = 760.0
MARGIN = 14.0
BAND_PAD = 10.0
BAND_GAP = 34.0
NODE_GAP = 14.0
LOOP_DROP = 22.0
#: Where edges that would cross meet a shared rail: sources drop left of their centre,
#: targets rise right of theirs, so every meeting is a T, never an X. The rail's corners
#: are square: where two edges share a drop, rounded corners turning in from both sides
#: drew a small "Y" instead of a clean T.
RAIL_OFFSET = 16.0
#: Room kept between a band's label and an arrow entering that band.
LABEL_CLEARANCE = 14.0
#: An arrow moved clear of a band label still enters its node this far from the node's
#: right edge (clear of the rounded corner).
ENTRY_INSET = 12.0
#: Space between the key and the bands.
LEGEND_GAP = 10.0


class ArchitectureView(FitView):
    """Layers as bands, nodes in them, arrows between; keyboard and pointer select nodes.

    Tab / Shift+Tab move between nodes (and out of the diagram after the last);
    Enter or Space selects; so do click and tap. Emits ``node_activated(id)``;
    the owner decides what is selected and highlighted (``set_selection``).
    """

    node_activated = Signal(str)

    def __init__(self, layers: tuple[LayerSpec, ...], nodes: tuple[NodeSpec, ...],
                 edges: tuple[EdgeSpec, ...], legend: tuple[LegendEntry, ...],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.nodes: dict[str, NodeItem] = {}
        set_role(self, "item_list")  # its nodes are objects on the accessibility bus
        self.setObjectName("diagram.view")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.layers, self.specs, self.edge_specs = tuple(layers), tuple(nodes), tuple(edges)
        self.specs_by_id = {spec.id: spec for spec in self.specs}
        scene = self.scene()
        self.bands = {layer.id: LayerBand(layer.id, layer.label) for layer in self.layers}
        for band in self.bands.values():
            scene.addItem(band)
        for spec in self.specs:
            item = NodeItem(spec.id, spec.label, spec.subtitle, spec.icon)
            item.activated.connect(self.node_activated)
            scene.addItem(item)
            item.setParent(scene)  # QObject parent: window.findChild finds nodes by name
            self.nodes[spec.id] = item
        self.arrows: dict[str, ArrowItem] = {}
        for edge in self.edge_specs:
            arrow = ArrowItem(edge.id, dashed=edge.feedback, label=edge.label)
            scene.addItem(arrow)
            self.arrows[edge.id] = arrow
        self.legend = LegendItem(tuple(legend))
        scene.addItem(self.legend)
        self._legend_on_top = False
        scene.focusItemChanged.connect(self._on_focus_item_changed)
        self.relayout()

    # -- public -------------------------------------------------------------------------
    def node(self, node_id: str) -> NodeItem:
        return self.nodes[node_id]

    def set_selection(self, selected: str, nodes: frozenset[str], edges: frozenset[str]) -> None:
        """Show ``selected`` and everything on its paths (``nodes``/``edges``), dim the rest."""
        active = bool(selected)
        for node_id, item in self.nodes.items():
            was = item.selected
            item.set_state(selected=node_id == selected, on_path=node_id in nodes and node_id != selected,
                           dimmed=active and node_id not in nodes)
            if item.selected != was:
                item_changed(item, selected=True)
        for edge_id, arrow in self.arrows.items():
            arrow.set_state(highlighted=edge_id in edges, dimmed=active and edge_id not in edges)

    def set_explored(self, explored: tuple[str, ...]) -> None:
        for node_id, item in self.nodes.items():
            item.set_state(selected=item.selected, on_path=item.on_path, dimmed=item.dimmed,
                           explored=node_id in explored)

    def focused_node(self) -> str:
        item = self.scene().focusItem()
        return item.node_id if isinstance(item, NodeItem) else ""

    def a11y_items(self) -> list[NodeItem]:
        return [self.nodes[i] for i in self._order_ids()] if self.nodes else []

    def a11y_focus_item(self) -> NodeItem | None:
        item = self.scene().focusItem()
        return item if isinstance(item, NodeItem) else None

    # -- layout -------------------------------------------------------------------------
    def set_legend_on_top(self, on_top: bool) -> None:
        """The key above the bands (when the view scrolls, it is read first), or below them."""
        if on_top != self._legend_on_top:
            self._legend_on_top = on_top
            self.relayout()

    def relayout(self) -> None:
        """Measure text and place bands, nodes, arrows and the legend."""
        for item in self.nodes.values():
            item.measure()
        by_layer = {layer.id: [s.id for s in self.specs if s.layer == layer.id] for layer in self.layers}
        node_h = max((n.preferred_size()[1] for n in self.nodes.values()), default=40.0)
        label_h = LayerBand.label_height()
        width = BASE_WIDTH
        for ids in by_layer.values():
            if ids:
                widest = max(self.nodes[i].preferred_size()[0] for i in ids)
                width = max(width, len(ids) * (widest + NODE_GAP) + 2 * (MARGIN + BAND_PAD))
        inner = width - 2 * (MARGIN + BAND_PAD)
        band_h = label_h + node_h + BAND_PAD
        self.legend.set_width(width - 2 * MARGIN)
        y = MARGIN + 6
        if self._legend_on_top:
            self.legend.setPos(MARGIN, MARGIN)
            y = MARGIN + self.legend.height() + LEGEND_GAP
        for index, layer in enumerate(self.layers):
            ids = by_layer[layer.id]
            band = self.bands[layer.id]
            band.set_rect(QRectF(MARGIN, y, width - 2 * MARGIN, band_h))
            slot = inner / max(1, len(ids))
            for order, node_id in enumerate(ids):
                item = self.nodes[node_id]
                w, _ = item.preferred_size()
                # Single nodes (the ETL stage) may spread out; rows keep equal slots.
                w = max(w, min(slot - NODE_GAP, 240.0)) if len(ids) == 1 else max(w, slot - NODE_GAP)
                item.set_size(w, node_h)
                item.setPos(MARGIN + BAND_PAD + (order + 0.5) * slot, y + label_h + node_h / 2)
            y += band_h + (BAND_GAP if index < len(self.layers) - 1 else 0)
        bottom = y
        if any(self._route_kind(e) == "loop" for e in self.edge_specs):
            bottom += LOOP_DROP + 12
        self._route_arrows()
        if self._legend_on_top:
            total = bottom + MARGIN
        else:
            self.legend.setPos(MARGIN, bottom + LEGEND_GAP)
            total = bottom + LEGEND_GAP + self.legend.height() + MARGIN
        self.scene().setSceneRect(QRectF(0, 0, width, total))
        self.scene_changed_size()

    def _layer_index(self, node_id: str) -> int:
        layer = next(s.layer for s in self.specs if s.id == node_id)
        return next(i for i, spec in enumerate(self.layers) if spec.id == layer)

    def _order(self, node_id: str) -> int:
        layer = next(s.layer for s in self.specs if s.id == node_id)
        return [s.id for s in self.specs if s.layer == layer].index(node_id)

    def _route_kind(self, e: EdgeSpec) -> str:
        a, b = self._layer_index(e.source), self._layer_index(e.target)
        if b > a:
            return "down"
        if b < a:
            return "up"
        if abs(self._order(e.source) - self._order(e.target)) == 1 and not e.feedback:
            return "side"
        return "loop"

    def _ports(self, node_id: str, edges: list[EdgeSpec], outgoing: bool) -> dict[str, float]:
        """x of each edge's end on a node's bottom (outgoing) or top edge, spread in order."""
        box = self.nodes[node_id].scene_box()
        others = sorted(edges, key=lambda e: self.nodes[e.target if outgoing else e.source].x())
        n = len(others)
        span = min(box.width() * 0.6, 26.0 * (n - 1)) if n > 1 else 0.0
        return {e.id: box.center().x() - span / 2 + (span * i / (n - 1) if n > 1 else 0.0)
                for i, e in enumerate(others)}

    def _crosses(self, a: EdgeSpec, b: EdgeSpec) -> bool:
        """Whether two downward edges between the same layers would cross as curves."""
        xs = self.nodes[a.source].x() - self.nodes[b.source].x()
        xt = self.nodes[a.target].x() - self.nodes[b.target].x()
        return xs * xt < 0

    def _railed(self, down: list[EdgeSpec]) -> set[str]:
        """Edges routed over a rail: every edge between two layers where any two would cross
        (three stores each feeding training and serving cannot be drawn as curves without an X)."""
        groups: dict[tuple[int, int], list[EdgeSpec]] = {}
        for e in down:
            groups.setdefault((self._layer_index(e.source), self._layer_index(e.target)), []).append(e)
        railed: set[str] = set()
        for edges in groups.values():
            if any(self._crosses(a, b) for i, a in enumerate(edges) for b in edges[i + 1:]):
                railed.update(e.id for e in edges)
        return railed

    def _rail_path(self, e: EdgeSpec) -> QPainterPath:
        """Down from the source to the rail between the two bands, along it, down into the target."""
        s, t = self.nodes[e.source].scene_box(), self.nodes[e.target].scene_box()
        upper = self.bands[self.specs_by_id[e.source].layer].rect().bottom()
        lower = self.bands[self.specs_by_id[e.target].layer].rect().top()
        rail = (upper + lower) / 2
        x0 = s.center().x() - RAIL_OFFSET
        x1 = self._clear_of_label(e.target, t.center().x() + RAIL_OFFSET)
        path = QPainterPath(QPointF(x0, s.bottom()))
        path.lineTo(x0, rail)
        path.lineTo(x1, rail)
        path.lineTo(x1, t.top())
        return path

    def _clear_of_label(self, node_id: str, x: float) -> float:
        """``x`` moved right of the node's band label when the arrow would enter through it
        (at 200 % text "STORAGE LAYER" reaches over the first node's middle)."""
        label = self.bands[self.specs_by_id[node_id].layer].label_rect()
        box = self.nodes[node_id].scene_box()
        if x < label.right() + LABEL_CLEARANCE:
            return min(max(x, label.right() + LABEL_CLEARANCE), box.right() - ENTRY_INSET)
        return x

    def _route_arrows(self) -> None:
        down = [e for e in self.edge_specs if self._route_kind(e) == "down"]
        railed = self._railed(down)
        curved = [e for e in down if e.id not in railed]
        out_x, in_x = {}, {}
        for node_id in self.nodes:
            out_x.update(self._ports(node_id, [e for e in curved if e.source == node_id], True))
            in_x.update(self._ports(node_id, [e for e in curved if e.target == node_id], False))
        for e in self.edge_specs:
            s, t = self.nodes[e.source].scene_box(), self.nodes[e.target].scene_box()
            kind = self._route_kind(e)
            path = QPainterPath()
            if e.id in railed:
                path = self._rail_path(e)
            elif kind == "down":
                # The curve lands on the band's top edge, then drops straight into the node:
                # it never sweeps through the band's label row.
                start = QPointF(out_x[e.id], s.bottom())
                end = QPointF(self._clear_of_label(e.target, in_x[e.id]), t.top())
                band_top = self.bands[self.specs_by_id[e.target].layer].rect().top()
                mid = (start.y() + band_top) / 2
                path.moveTo(start)
                path.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), QPointF(end.x(), band_top))
                path.lineTo(end)
            elif kind == "up":
                start, end = QPointF(s.center().x(), s.top()), QPointF(t.center().x(), t.bottom())
                mid = (start.y() + end.y()) / 2
                path.moveTo(start)
                path.cubicTo(QPointF(start.x(), mid), QPointF(end.x(), mid), end)
            elif kind == "side":
                left_to_right = t.center().x() > s.center().x()
                start = QPointF(s.right() if left_to_right else s.left(), s.center().y())
                end = QPointF(t.left() if left_to_right else t.right(), t.center().y())
                path.moveTo(start)
                path.lineTo(end)
            else:  # loop below the band, back into the target's bottom
                start, end = QPointF(s.center().x(), s.bottom()), QPointF(t.center().x(), t.bottom())
                low = max(s.bottom(), t.bottom()) + BAND_PAD + LOOP_DROP
                r = 8.0
                sign = -1.0 if end.x() < start.x() else 1.0
                path.moveTo(start)
                path.lineTo(start.x(), low - r)
                path.quadTo(start.x(), low, start.x() + sign * r, low)
                path.lineTo(end.x() - sign * r, low)
                path.quadTo(end.x(), low, end.x(), low - r)
                path.lineTo(end)
            self.arrows[e.id].set_path(path)

    # -- keyboard -----------------------------------------------------------------------
    def _order_ids(self) -> list[str]:
        return [s.id for s in self.specs]

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - Qt override
        """Tab walks the nodes in reading order, then leaves the diagram."""
        if self.hasFocus():
            ids = self._order_ids()
            current = self.focused_node()
            if current:
                i = ids.index(current) + (1 if next_ else -1)
                if 0 <= i < len(ids):
                    self.nodes[ids[i]].setFocus(
                        Qt.FocusReason.TabFocusReason if next_ else Qt.FocusReason.BacktabFocusReason)
                    return True
        # Bypass the scene's own tab handling, which would trap focus on the last node.
        return QWidget.focusNextPrevChild(self, next_)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        ids = self._order_ids()
        if not ids:
            return
        if event.reason() == Qt.FocusReason.TabFocusReason:
            self.nodes[ids[0]].setFocus(Qt.FocusReason.TabFocusReason)
        elif event.reason() == Qt.FocusReason.BacktabFocusReason:
            self.nodes[ids[-1]].setFocus(Qt.FocusReason.BacktabFocusReason)
        elif not self.focused_node():
            self.nodes[ids[0]].setFocus(event.reason())
        else:  # focus came back to the node it left: say that node, not the whole view
            item_focused(self.nodes[self.focused_node()])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Arrow keys move between nodes too; the view itself never scrolls.
        moves = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}
        if event.key() in moves and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            ids = self._order_ids()
            current = self.focused_node()
            i = (ids.index(current) + moves[event.key()]) % len(ids) if current else 0
            self.nodes[ids[i]].setFocus(Qt.FocusReason.OtherFocusReason)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_focus_item_changed(self, new, old, reason) -> None:
        if isinstance(new, NodeItem):
            if self.scrolls():  # Tab to a node out of the view brings it in
                self.ensureVisible(new.sceneBoundingRect(), 8, 8)
            if self.hasFocus():
                item_focused(new)

    # -- theme --------------------------------------------------------------------------
    def restyle(self) -> None:
        # Runs from the event loop (FitView defers it), so the nodes always exist by then.
        self.relayout()
        super().restyle()


def _preview() -> None:  # pragma: no cover - manual look
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    layers = (LayerSpec("a", "Sources"), LayerSpec("b", "Stores"))
    nodes = (NodeSpec("x", "a", "ERP", "SAP", "database"), NodeSpec("y", "a", "CRM", "CRM", "server"),
             NodeSpec("z", "b", "Lake", "Raw", "lake"))
    edges = (EdgeSpec("x", "z"), EdgeSpec("y", "z"))
    view = ArchitectureView(layers, nodes, edges, (LegendEntry("flow", "Data flow"),))
    view.node_activated.connect(lambda i: view.set_selection(i, frozenset({i, "z"}), frozenset({f"{i}->z"})))
    view.resize(800, 400)
    view.show()
    app.exec()


if __name__ == "__main__":  # pragma: no cover
    _preview()
