"""Step 1's architecture diagram (content/diagram.yaml): layers, nodes, facts, arrows, legend."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from ..model.architecture import Edge, Graph, GraphNode, Highlight, Slot, edge_id
from .reader import Reader

SCHEMA = 1
#: Icons the diagram's icon set draws.
NODE_ICONS = (
    "database", "server", "sensor", "logs", "globe", "pipeline", "lake", "warehouse",
    "feature", "training", "serving", "monitoring",
)
#: Legend swatches the diagram view knows how to draw.
LEGEND_KINDS = ("selected", "path", "explored", "flow", "feedback")


@dataclass(frozen=True)
class NodeFacts:
    """The detail panel's facts for one node (or, in ``detail_labels``, their headings)."""

    what: str
    examples: str
    frequency: str
    format: str
    ml_uses: str
    challenge: str


FACT_KEYS = tuple(f.name for f in fields(NodeFacts))


@dataclass(frozen=True)
class Layer:
    id: str
    label: str


@dataclass(frozen=True)
class DiagramNode:
    """A box on the diagram: id, band, label, short subtitle, icon name, panel facts."""

    id: str
    layer: str
    label: str
    subtitle: str
    icon: str
    facts: NodeFacts


@dataclass(frozen=True)
class LegendEntry:
    kind: str
    label: str


@dataclass(frozen=True)
class DiagramContent:
    """Everything the Step 1 diagram shows; ``graph`` answers the highlighting questions."""

    hint: str
    explored_text: str
    detail_labels: NodeFacts
    layers: tuple[Layer, ...]
    nodes: tuple[DiagramNode, ...]
    graph: Graph
    legend: tuple[LegendEntry, ...]

    def node_ids(self) -> tuple[str, ...]:
        return tuple(n.id for n in self.nodes)

    def node(self, node_id: str) -> DiagramNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)

    @property
    def edges(self) -> tuple[Edge, ...]:
        return self.graph.edges

    def facts(self, node_id: str) -> tuple[tuple[str, str], ...]:
        """(heading, text) pairs for the detail panel, in display order; () for no node."""
        node = self.node(node_id)
        if node is None:
            return ()
        return tuple((getattr(self.detail_labels, k), getattr(node.facts, k)) for k in FACT_KEYS)

    def highlighted(self, node_id: str) -> Highlight:
        """Node and edge ids on ``node_id``'s paths (see desktop.model.architecture)."""
        return self.graph.highlighted(node_id)

    def layout(self) -> dict[str, Slot]:
        return self.graph.layout()

    def explored_label(self, explored: int) -> str:
        """The counter text, e.g. "Explored 3 of 12"."""
        return self.explored_text.format(n=explored, total=len(self.nodes))

    # -- learner state ---------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        return {"diagram": {"selected": "", "explored": ()}}

    def ranges(self) -> dict[str, dict[str, tuple[float, float]]]:
        return {}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"diagram": {"selected": ("", *self.node_ids())}}


# -- parser ---------------------------------------------------------------------------------

def _facts(r: Reader) -> NodeFacts:
    return NodeFacts(*(r.text(k) for k in FACT_KEYS))


def _node(r: Reader, layer_ids: tuple[str, ...]) -> DiagramNode:
    return DiagramNode(r.ident("id"), r.choice("layer", layer_ids), r.text("label"),
                       r.text("subtitle"), r.choice("icon", NODE_ICONS), _facts(r.child("details")))


def _edge(r: Reader, node_ids: set[str]) -> Edge:
    ends = []
    for key in ("from", "to"):
        value = r.code(key)
        if value and value not in node_ids:
            r.problem(f"'{key}' names no node: '{value}'", r.line_of(key))
        ends.append(value)
    return Edge(ends[0], ends[1], r.boolean("feedback", False), r.text("label", ""))


def _check_edges(r: Reader, readers: list[Reader], edges: tuple[Edge, ...],
                 nodes: tuple[DiagramNode, ...]) -> None:
    seen: dict[str, int] = {}
    for er, e in zip(readers, edges):
        if e.source and e.source == e.target:
            er.problem(f"an arrow cannot lead from '{e.source}' to itself")
        elif e.id in seen:
            er.problem(f"duplicate arrow {e.source} → {e.target} (first on line {seen[e.id]})")
        seen.setdefault(e.id, er.line)
    connected = {e.source for e in edges} | {e.target for e in edges}
    for n in nodes:
        if n.id and n.id not in connected:
            r.problem(f"node '{n.id}' has no arrows", r.line_of("nodes"))


def _check_explored_text(r: Reader, text: str) -> None:
    try:
        text.format(n=1, total=12)
    except (KeyError, IndexError, ValueError):
        r.problem("'explored_text' may only use the placeholders {n} and {total}",
                  r.line_of("explored_text"))
        return
    if "{n}" not in text or "{total}" not in text:
        r.problem("'explored_text' must contain {n} and {total}", r.line_of("explored_text"))


def parse(r: Reader) -> DiagramContent:
    """Read diagram.yaml; problems are recorded on ``r`` with their lines."""
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    layer_readers = r.items("layers", min_items=1)
    r.unique_ids(layer_readers)
    layers = tuple(Layer(lr.ident("id"), lr.text("label")) for lr in layer_readers)
    layer_ids = tuple(layer.id for layer in layers if layer.id)
    node_readers = r.items("nodes", min_items=1)
    r.unique_ids(node_readers)
    nodes = tuple(_node(nr, layer_ids or ("",)) for nr in node_readers)
    for layer, lr in zip(layers, layer_readers):
        if layer.id and not any(n.layer == layer.id for n in nodes):
            lr.problem(f"layer '{layer.id}' has no nodes")
    node_ids = {n.id for n in nodes if n.id}
    edge_readers = r.items("edges", min_items=1)
    edges = tuple(_edge(er, node_ids) for er in edge_readers)
    _check_edges(r, edge_readers, edges, nodes)
    graph = Graph(layer_ids, tuple(GraphNode(n.id, n.layer) for n in nodes), edges)
    cycle = graph.flow_cycle()
    if cycle:
        first = edge_id(cycle[-2], cycle[-1])
        line = next((er.line for er, e in zip(edge_readers, edges) if e.id == first), r.line_of("edges"))
        r.problem(f"arrows {' → '.join(cycle)} form a loop; mark the arrow that closes it "
                  "with 'feedback: true'", line)
    explored_text = r.text("explored_text")
    _check_explored_text(r, explored_text)
    legend = r.each("legend", lambda lr: LegendEntry(lr.choice("kind", LEGEND_KINDS), lr.text("label")),
                    min_items=1)
    return DiagramContent(r.text("hint"), explored_text, _facts(r.child("detail_labels")),
                          layers, nodes, graph, legend)
