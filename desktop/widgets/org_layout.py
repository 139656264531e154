"""Where an org chart's boxes go, in a few arrangements from the widest to the narrowest.

The chart keeps its text at the learner's size; when a column is too narrow for the
widest arrangement it takes a narrower one rather than drawing everything smaller:
a lead's reports hang in a column under it (an outline) instead of a row beside each
other, and a hub's spokes stand in rows above and below it instead of around it.
Sizes are in scene units, which the view draws at (about) one pixel each.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import cos, radians, sin
from typing import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

MARGIN = 16.0
TOP = MARGIN + 6  # room above the top box for its focus ring
H_GAP = 16.0
ROOT_GAP = 44.0
V_GAP = 40.0
#: How far a hanging report stands right of its lead's left edge; its connector runs
#: down at half of it.
INDENT = 30.0
HANG_GAP = 12.0


class Box:
    """What the arrangements need of a box: its id, its parent's and its width."""

    __slots__ = ("id", "parent", "width")

    def __init__(self, box_id: str, parent: str, width: float):
        self.id, self.parent, self.width = box_id, parent, width


@dataclass(frozen=True)
class Placement:
    """Box centres, connector paths (keyed ``parent->child``) and the size they take."""

    centers: dict[str, QPointF]
    paths: dict[str, QPainterPath]
    width: float
    height: float


#: How a lead's reports stand under it: in a row, hanging in two columns either side
#: of a spine, or hanging in one column under the lead's left edge.
ROW, SIDES, COLUMN = "row", "sides", "column"


def arrangements(boxes: Sequence[Box], box_h: float, shape: str) -> list[Placement]:
    """Every way this chart can be drawn, the widest first; the last is the narrowest."""
    tree = _Tree(boxes, box_h)
    outline = _Tree(boxes, box_h, lambda _: COLUMN, stack_roots=True).place()
    if shape == "hub":
        spokes = tree.kids(tree.roots[0].id) if tree.roots else []
        flat = all(not tree.kids(s.id) for s in spokes)
        return [_hub_ring(tree, box_h)] + ([_hub_rows(tree, box_h)] if flat else []) + [outline]

    def leaves(style: str) -> Callable[[str], str]:
        # only a group of two or more reports with none of their own hangs
        return lambda box: style if len(tree.kids(box)) > 1 and not any(
            tree.kids(k.id) for k in tree.kids(box)) else ROW

    return [tree.place(), _Tree(boxes, box_h, leaves(SIDES)).place(),
            _Tree(boxes, box_h, leaves(COLUMN)).place(), outline]


def first_fitting(ways: Sequence[Placement], width: float) -> int:
    """The index of the widest arrangement no wider than ``width`` (else the narrowest)."""
    for i, way in enumerate(ways):
        if way.width <= width:
            return i
    return len(ways) - 1


class _Tree:
    """A top-down tree; ``style`` says how each lead's reports stand (ROW, SIDES, COLUMN)."""

    def __init__(self, boxes: Sequence[Box], box_h: float,
                 style: Callable[[str], str] = lambda _: ROW, stack_roots: bool = False):
        self.boxes = {b.id: b for b in boxes}
        self.roots = [b for b in boxes if not b.parent or b.parent not in self.boxes]
        self._kids = {b.id: [k for k in boxes if k.parent == b.id] for b in boxes}
        self.box_h, self.style, self.stack_roots = box_h, style, stack_roots
        self.centers: dict[str, QPointF] = {}
        self.paths: dict[str, QPainterPath] = {}
        self._size: dict[str, tuple[float, float]] = {}

    def kids(self, box_id: str) -> list[Box]:
        return self._kids[box_id]

    def _measure(self, box_id: str) -> tuple[float, float]:
        own, kids = self.boxes[box_id].width, self.kids(box_id)
        sizes = [self._measure(k.id) for k in kids]
        style = self.style(box_id) if kids else ""
        if not kids:
            size = (own, self.box_h)
        elif style == COLUMN:
            size = (max(own, INDENT + max(w for w, _ in sizes)),
                    self.box_h + sum(HANG_GAP + h for _, h in sizes))
        elif style == SIDES:
            left, right = _sides(kids)
            rows = len(left)
            size = (max(own, _widest(left) + INDENT + _widest(right)),
                    self.box_h + rows * (HANG_GAP + self.box_h))
        else:
            size = (max(own, sum(w for w, _ in sizes) + H_GAP * (len(kids) - 1)),
                    self.box_h + V_GAP + max(h for _, h in sizes))
        self._size[box_id] = size
        return size

    def place(self) -> Placement:
        sizes = [self._measure(r.id) for r in self.roots]
        if self.stack_roots:
            width = max(w for w, _ in sizes)
            height = sum(h for _, h in sizes) + V_GAP * (len(sizes) - 1)
            y = TOP
            for root, (_, h) in zip(self.roots, sizes):
                self._place(root.id, MARGIN, y)
                y += h + V_GAP
        else:
            width = sum(w for w, _ in sizes) + ROOT_GAP * (len(sizes) - 1)
            height = max(h for _, h in sizes)
            x = MARGIN
            for root, (w, _) in zip(self.roots, sizes):
                self._place(root.id, x, TOP)
                x += w + ROOT_GAP
        return Placement(self.centers, self.paths, width + 2 * MARGIN, TOP + height + 2)

    def _place(self, box_id: str, left: float, top: float) -> None:
        kids = self.kids(box_id)
        style = self.style(box_id) if kids else ROW
        if style == COLUMN:
            self._place_column(box_id, left, top)
        elif style == SIDES:
            self._place_sides(box_id, left, top)
        else:
            self._place_row(box_id, left, top)

    def _link(self, lead: str, kid: str, points: list[tuple[float, float]]) -> None:
        path = QPainterPath(QPointF(*points[0]))
        for point in points[1:]:
            path.lineTo(*point)
        self.paths[f"{lead}->{kid}"] = path

    def _place_row(self, box_id: str, left: float, top: float) -> None:
        kids, span = self.kids(box_id), self._size[box_id][0]
        self.centers[box_id] = QPointF(left + span / 2, top + self.box_h / 2)  # over its reports
        inner = sum(self._size[k.id][0] for k in kids) + H_GAP * max(0, len(kids) - 1)
        x = left + (span - inner) / 2
        kid_top = top + self.box_h + V_GAP
        for kid in kids:
            self._place(kid.id, x, kid_top)
            x += self._size[kid.id][0] + H_GAP
        lead_x, mid = left + span / 2, top + self.box_h + V_GAP / 2
        for kid in kids:
            kid_x = self.centers[kid.id].x()
            self._link(box_id, kid.id, [(lead_x, top + self.box_h), (lead_x, mid),
                                        (kid_x, mid), (kid_x, kid_top)])

    def _place_column(self, box_id: str, left: float, top: float) -> None:
        # the lead at the left of its span, its reports in a column under its left edge
        self.centers[box_id] = QPointF(left + self.boxes[box_id].width / 2, top + self.box_h / 2)
        trunk, y = left + INDENT / 2, top + self.box_h
        for kid in self.kids(box_id):
            y += HANG_GAP
            self._place(kid.id, left + INDENT, y)
            mid = y + self.box_h / 2
            self._link(box_id, kid.id, [(trunk, top + self.box_h), (trunk, mid),
                                        (left + INDENT, mid)])
            y += self._size[kid.id][1]

    def _place_sides(self, box_id: str, left: float, top: float) -> None:
        # a spine down from the lead's middle, its reports in pairs either side of it
        lefts, rights = _sides(self.kids(box_id))
        inner = _widest(lefts) + INDENT + _widest(rights)
        start = left + (self._size[box_id][0] - inner) / 2
        spine = start + _widest(lefts) + INDENT / 2
        self.centers[box_id] = QPointF(spine, top + self.box_h / 2)
        for row, pair in enumerate(zip(lefts, rights + [None])):
            mid = top + self.box_h + HANG_GAP + row * (HANG_GAP + self.box_h) + self.box_h / 2
            for kid, edge in zip(pair, (spine - INDENT / 2, spine + INDENT / 2)):
                if kid is None:
                    continue
                x = edge - kid.width / 2 if edge < spine else edge + kid.width / 2
                self.centers[kid.id] = QPointF(x, mid)
                self._link(box_id, kid.id, [(spine, top + self.box_h), (spine, mid), (edge, mid)])


def _sides(kids: list[Box]) -> tuple[list[Box], list[Box]]:
    """Reports in reading order, row by row: left of the spine, then right of it."""
    return kids[0::2], kids[1::2]


def _widest(boxes: list[Box]) -> float:
    return max((b.width for b in boxes), default=0.0)


def _hub_ring(tree: _Tree, box_h: float) -> Placement:
    """The hub in the middle, its spokes evenly around it (three fill the width)."""
    hub = tree.roots[0]
    spokes = tree.kids(hub.id)
    n = max(1, len(spokes))
    spoke_w = max((s.width for s in spokes), default=hub.width)
    rx, ry = (hub.width + spoke_w) / 2 + 70, box_h + 46
    width = 2 * (rx + spoke_w / 2 + MARGIN)
    centers = {hub.id: QPointF(width / 2, 0.0)}
    start = 210.0 if n == 3 else 180.0  # spread from the upper left
    for i, spoke in enumerate(spokes):
        a = radians(start + 360.0 * i / n)
        centers[spoke.id] = QPointF(width / 2 + rx * cos(a), ry * sin(a))
    for box in tree.boxes.values():  # any deeper boxes go under their parent
        if box.id not in centers and box.parent in centers:
            parent = centers[box.parent]
            centers[box.id] = QPointF(parent.x(), parent.y() + box_h + V_GAP)
    return _spread(tree, centers, box_h, width)


def _hub_rows(tree: _Tree, box_h: float) -> Placement:
    """The hub in the middle row, the first half of its spokes above it, the rest below."""
    hub = tree.roots[0]
    spokes = tree.kids(hub.id)
    above, below = spokes[:(len(spokes) + 1) // 2], spokes[(len(spokes) + 1) // 2:]

    def row_width(row: list[Box]) -> float:
        return sum(s.width for s in row) + ROOT_GAP * max(0, len(row) - 1)

    width = max(hub.width, row_width(above), row_width(below)) + 2 * MARGIN
    centers = {hub.id: QPointF(width / 2, box_h + V_GAP)}
    for row, y in ((above, 0.0), (below, 2 * (box_h + V_GAP))):
        x = (width - row_width(row)) / 2
        for spoke in row:
            centers[spoke.id] = QPointF(x + spoke.width / 2, y)
            x += spoke.width + ROOT_GAP
    return _spread(tree, centers, box_h, width)


def _spread(tree: _Tree, centers: dict[str, QPointF], box_h: float, width: float) -> Placement:
    """Move ``centers`` down to the top margin and join each box to its parent, edge to edge."""
    shift = TOP + box_h / 2 - min(c.y() for c in centers.values())
    centers = {k: QPointF(c.x(), c.y() + shift) for k, c in centers.items()}

    def rect(box_id: str) -> QRectF:
        c, w = centers[box_id], tree.boxes[box_id].width
        return QRectF(c.x() - w / 2, c.y() - box_h / 2, w, box_h)

    paths = {}
    for box in tree.boxes.values():
        if box.parent in centers:
            p, c = rect(box.parent), rect(box.id)
            path = QPainterPath(_edge_point(p, c.center()))
            path.lineTo(_edge_point(c, p.center()))
            paths[f"{box.parent}->{box.id}"] = path
    bottom = max(c.y() for c in centers.values()) + box_h / 2
    return Placement(centers, paths, width, bottom + 2)


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
