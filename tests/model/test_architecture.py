"""The architecture graph: what a selection highlights, and where nodes are laid out."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content.diagram import parse
from desktop.content.reader import read_file
from desktop.model.architecture import Edge, Graph, GraphNode, edge_id

CONTENT = Path(__file__).resolve().parents[2] / "content"

SOURCES = {"erp", "crm", "iot", "logs", "external"}
STORES = {"data_lake", "data_warehouse", "feature_store"}
ML = {"training", "serving", "monitoring"}
ALL = SOURCES | {"etl"} | STORES | ML


@pytest.fixture(scope="module")
def graph() -> Graph:
    reader = read_file(CONTENT / "diagram.yaml", "content/diagram.yaml")
    content = parse(reader)
    assert reader.problems == []
    return content.graph


def e(source: str, target: str) -> str:
    return edge_id(source, target)


# Hand-derived from COURSE-FACTS: sources -> etl -> stores -> training/serving,
# serving -> monitoring, monitoring -> training (retraining loop, followed once).
EXPECTED_NODES = {
    **{s: {s, "etl", *STORES, *ML} for s in SOURCES},
    "etl": ALL,
    **{store: SOURCES | {"etl", store} | ML for store in STORES},
    # Training's data comes from every store; monitoring feeds it through the loop,
    # but serving is neither up- nor downstream of training.
    "training": ALL - {"serving"},
    # Serving's downstream is monitoring, whose loop edge reaches training.
    "serving": ALL,
    "monitoring": ALL,
}


@pytest.mark.parametrize("node", sorted(ALL))
def test_highlighted_nodes_for_every_node(graph, node):
    assert graph.highlighted(node).nodes == EXPECTED_NODES[node]


def test_erp_lights_its_own_path_but_not_the_other_sources(graph):
    nodes, edges = graph.highlighted("erp")
    assert {"etl", "data_lake", "data_warehouse", "feature_store", "training", "serving",
            "monitoring"} <= nodes
    assert not nodes & {"crm", "iot", "logs", "external"}
    assert edges == {
        e("erp", "etl"),
        e("etl", "data_lake"), e("etl", "data_warehouse"), e("etl", "feature_store"),
        e("data_lake", "training"), e("data_warehouse", "training"), e("feature_store", "training"),
        e("data_lake", "serving"), e("data_warehouse", "serving"), e("feature_store", "serving"),
        e("serving", "monitoring"),
        e("monitoring", "training"),
    }


def test_monitoring_lights_everything_except_the_store_to_training_arrows(graph):
    _, edges = graph.highlighted("monitoring")
    all_edges = {edge.id for edge in graph.edges}
    # Stores -> training lie on no path through monitoring: monitoring's data comes
    # via serving, and its only way out is the loop edge into training.
    assert edges == all_edges - {e(s, "training") for s in STORES}


def test_feature_store_lights_all_sources_but_not_the_other_stores(graph):
    nodes, edges = graph.highlighted("feature_store")
    assert not nodes & {"data_lake", "data_warehouse"}
    assert edges == ({e(s, "etl") for s in SOURCES}
                     | {e("etl", "feature_store"), e("feature_store", "training"),
                        e("feature_store", "serving"), e("serving", "monitoring"),
                        e("monitoring", "training")})


def test_etl_lights_every_arrow(graph):
    _, edges = graph.highlighted("etl")
    assert len(edges) == 16
    assert edges == {edge.id for edge in graph.edges}


def test_training_includes_the_loop_but_not_serving(graph):
    _, edges = graph.highlighted("training")
    assert e("monitoring", "training") in edges
    assert e("serving", "monitoring") not in edges
    assert not {e(s, "serving") for s in STORES} & edges


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_no_node_is_upstream_of_a_source(graph, source):
    assert graph.upstream(source) == frozenset()


def test_up_and_downstream_follow_the_loop_only_once(graph):
    assert graph.downstream("monitoring") == {"training"}
    assert graph.upstream("training") == SOURCES | {"etl"} | STORES | {"monitoring"}
    # Training produces nothing further in this diagram, so its downstream is empty.
    assert graph.downstream("training") == frozenset()


def test_unknown_or_empty_selection_lights_nothing(graph):
    assert graph.highlighted("") == (frozenset(), frozenset())
    assert graph.highlighted("nope") == (frozenset(), frozenset())


def test_layout_puts_each_layer_in_its_own_row_in_file_order(graph):
    slots = graph.layout()
    assert set(slots) == ALL
    assert [slots[n].order for n in ("erp", "crm", "iot", "logs", "external")] == [0, 1, 2, 3, 4]
    assert {slots[n].layer_index for n in SOURCES} == {0}
    assert slots["etl"].layer_index == 1 and slots["etl"].count == 1
    assert slots["etl"].x_fraction == 0.5
    assert [slots[n].layer_index for n in ("data_lake", "training")] == [2, 3]
    assert slots["feature_store"].x_fraction == pytest.approx(5 / 6)


# -- the rules on a small hand-made graph ----------------------------------------------------

def small(*edges: Edge) -> Graph:
    ids = sorted({x for edge in edges for x in (edge.source, edge.target)})
    return Graph(("only",), tuple(GraphNode(i, "only") for i in ids), edges)


def test_feedback_edge_is_followed_once_not_round_and_round():
    # a -> b -> c, c -> b is the loop. Without the stop, c would count as upstream
    # of b and a as reachable from c, making everything related to everything.
    g = small(Edge("a", "b"), Edge("b", "c"), Edge("c", "b", feedback=True))
    assert g.upstream("a") == frozenset()
    assert g.downstream("c") == {"b"}
    assert g.upstream("c") == {"a", "b"}
    assert g.highlighted("c").edges == {"a->b", "b->c", "c->b"}


def test_flow_cycle_is_found_and_feedback_loops_are_allowed():
    assert small(Edge("a", "b"), Edge("b", "a", feedback=True)).flow_cycle() == ()
    assert small(Edge("a", "b"), Edge("b", "c"), Edge("c", "a")).flow_cycle() == ("a", "b", "c", "a")
