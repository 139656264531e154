"""The Step 1 architecture diagram as a graph: paths up- and downstream, and layout slots.

Flow edges (source → ETL → storage → ML) form an acyclic graph. The retraining
loop (monitoring → training) is a *feedback* edge. Highlighting follows a feedback
edge once and stops at its far end: otherwise the loop would make every node
"upstream" of every other one and a selection would light up the whole diagram.
So selecting ERP lights ERP's own flow to serving and monitoring plus the loop
arrow back to training, but not the other sources; no node is ever upstream of a
source.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True)
class GraphNode:
    """A node and the layer (band) it sits in."""

    id: str
    layer: str


@dataclass(frozen=True)
class Edge:
    """An arrow; ``feedback`` marks the retraining loop, which highlighting follows once."""

    source: str
    target: str
    feedback: bool = False
    label: str = ""

    @property
    def id(self) -> str:
        return edge_id(self.source, self.target)


def edge_id(source: str, target: str) -> str:
    """The stable id of the arrow from ``source`` to ``target`` (e.g. ``"erp->etl"``)."""
    return f"{source}->{target}"


class Highlight(NamedTuple):
    """What a selection lights up: node ids (the selected one included) and edge ids."""

    nodes: frozenset[str]
    edges: frozenset[str]


@dataclass(frozen=True)
class Slot:
    """Where a node goes: its layer's index (top = 0), its place in the layer, the layer's size."""

    layer_index: int
    order: int
    count: int

    @property
    def x_fraction(self) -> float:
        """Horizontal centre as a fraction of the width, nodes spread evenly across a band."""
        return (self.order + 0.5) / self.count


@dataclass(frozen=True)
class Graph:
    """Nodes in layer order, and the arrows between them."""

    layers: tuple[str, ...]
    nodes: tuple[GraphNode, ...]
    edges: tuple[Edge, ...]

    def node_ids(self) -> tuple[str, ...]:
        return tuple(n.id for n in self.nodes)

    def _flow(self) -> tuple[Edge, ...]:
        return tuple(e for e in self.edges if not e.feedback)

    def _feedback(self) -> tuple[Edge, ...]:
        return tuple(e for e in self.edges if e.feedback)

    def _flow_upstream(self, node_id: str) -> set[str]:
        return _reach(node_id, {(e.target, e.source) for e in self._flow()})

    def _flow_downstream(self, node_id: str) -> set[str]:
        return _reach(node_id, {(e.source, e.target) for e in self._flow()})

    def upstream(self, node_id: str) -> frozenset[str]:
        """Nodes whose data reaches ``node_id``; a feedback edge into that path adds only its source."""
        found = self._flow_upstream(node_id)
        chain = found | {node_id}
        found |= {e.source for e in self._feedback() if e.target in chain}
        found.discard(node_id)
        return frozenset(found)

    def downstream(self, node_id: str) -> frozenset[str]:
        """Nodes that ``node_id``'s data reaches; a feedback edge out of it adds only its target."""
        found = self._flow_downstream(node_id)
        chain = found | {node_id}
        found |= {e.target for e in self._feedback() if e.source in chain}
        found.discard(node_id)
        return frozenset(found)

    def highlighted(self, node_id: str) -> Highlight:
        """Every node and edge on ``node_id``'s paths up- and downstream; empty for no selection."""
        if node_id not in self.node_ids():
            return Highlight(frozenset(), frozenset())
        up = self._flow_upstream(node_id) | {node_id}
        down = self._flow_downstream(node_id) | {node_id}
        edges = set()
        for e in self._flow():
            # An edge between two nodes that both reach the selection lies on a path into it.
            if (e.source in up and e.target in up) or (e.source in down and e.target in down):
                edges.add(e.id)
        for e in self._feedback():
            if e.target in up or e.source in down:
                edges.add(e.id)
        nodes = {node_id} | self.upstream(node_id) | self.downstream(node_id)
        return Highlight(frozenset(nodes), frozenset(edges))

    def layout(self) -> dict[str, Slot]:
        """A slot for every node: bands in layer order, nodes in file order within a band."""
        slots = {}
        for index, layer in enumerate(self.layers):
            members = [n.id for n in self.nodes if n.layer == layer]
            for order, node_id in enumerate(members):
                slots[node_id] = Slot(index, order, len(members))
        return slots

    def flow_cycle(self) -> tuple[str, ...]:
        """A loop among the flow edges (node ids, first repeated at the end), or () if none.

        Only feedback edges may close a loop; a loop of flow edges would make its
        nodes both up- and downstream of each other.
        """
        succ: dict[str, list[str]] = {}
        for e in self._flow():
            succ.setdefault(e.source, []).append(e.target)
        state: dict[str, int] = {}  # 1 = on the current path, 2 = finished
        path: list[str] = []

        def visit(node: str) -> tuple[str, ...]:
            state[node] = 1
            path.append(node)
            for nxt in succ.get(node, ()):
                if state.get(nxt) == 1:
                    return (*path[path.index(nxt):], nxt)
                if nxt not in state:
                    found = visit(nxt)
                    if found:
                        return found
            path.pop()
            state[node] = 2
            return ()

        for node in self.node_ids():
            if node not in state:
                found = visit(node)
                if found:
                    return found
        return ()


def _reach(start: str, pairs: set[tuple[str, str]]) -> set[str]:
    """Nodes reachable from ``start`` over directed ``pairs`` (``start`` itself excluded)."""
    succ: dict[str, list[str]] = {}
    for a, b in pairs:
        succ.setdefault(a, []).append(b)
    seen: set[str] = set()
    todo = [start]
    while todo:
        for nxt in succ.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    seen.discard(start)
    return seen
