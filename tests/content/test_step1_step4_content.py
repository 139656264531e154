"""content/diagram.yaml and content/teams.yaml: parsing, state hooks, and broken files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.content import diagram, teams
from desktop.content.reader import Problem, parse_yaml
from desktop.model.state import StateRules, apply_saved, new_state

CONTENT = Path(__file__).resolve().parents[2] / "content"
NODE_IDS = ("erp", "crm", "iot", "logs", "external", "etl", "data_lake", "data_warehouse",
            "feature_store", "training", "serving", "monitoring")


def load(module, name: str, text: str | None = None):
    """Parse a topic file (or a changed copy of its text); return (content, problems)."""
    if text is None:
        text = (CONTENT / name).read_text("utf-8")
    reader = parse_yaml(text, f"content/{name}")
    return module.parse(reader), reader.problems


def broken(name: str, old: str, new: str) -> tuple[str, int]:
    """The real file with the one line containing ``old`` replaced; and that line's number."""
    lines = (CONTENT / name).read_text("utf-8").splitlines()
    hits = [i for i, line in enumerate(lines) if old in line]
    assert len(hits) == 1, f"{old!r} must occur on exactly one line of {name}"
    lines[hits[0]] = lines[hits[0]].replace(old, new)
    return "\n".join(lines) + "\n", hits[0] + 1


def problems_at(problems: list[Problem], line: int) -> list[str]:
    return [p.message for p in problems if p.line == line]


@pytest.fixture(scope="module")
def dia():
    content, problems = load(diagram, "diagram.yaml")
    assert problems == []
    return content


@pytest.fixture(scope="module")
def team():
    content, problems = load(teams, "teams.yaml")
    assert problems == []
    return content


# -- the real files ----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["diagram.yaml", "teams.yaml"])
def test_files_follow_the_content_rules(name):
    text = (CONTENT / name).read_text("utf-8")
    assert text.startswith("schema: 1\n")
    # Broken encodings of the seed, and pictographs, must not reach the course.
    assert "â€" not in text and "Ã" not in text
    assert not re.search("[\U0001F000-\U0001FAFF\u2600-\u27BF]", text)


def test_diagram_has_the_twelve_nodes_in_four_labelled_bands(dia):
    assert dia.node_ids() == NODE_IDS
    assert [(layer.id, layer.label) for layer in dia.layers] == [
        ("sources", "Data sources"), ("pipeline", "ETL / Streaming"),
        ("storage", "Storage layer"), ("ml", "ML layer")]
    subtitles = {n.id: n.subtitle for n in dia.nodes}
    assert subtitles["erp"] == "SAP/Oracle"
    assert subtitles["external"] == "APIs/Market"
    assert subtitles["etl"] == "Kafka, Spark, Airflow"
    assert subtitles["monitoring"] == "Drift Detection"
    assert len({n.icon for n in dia.nodes}) == 12


def test_every_node_has_six_panel_facts_under_their_headings(dia):
    for node_id in NODE_IDS:
        facts = dia.facts(node_id)
        assert [heading for heading, _ in facts] == [
            "What it is", "Examples", "Update frequency", "Format", "ML uses", "Main challenge"]
        assert all(len(text) > 5 for _, text in facts), node_id
    assert "Kafka" in dict(dia.facts("etl"))["Examples"]
    assert "skew" in dict(dia.facts("feature_store"))["ML uses"]
    assert dia.facts("") == ()


def test_diagram_edges_and_the_retraining_loop(dia):
    pairs = {(e.source, e.target) for e in dia.edges}
    assert {(s, "etl") for s in ("erp", "crm", "iot", "logs", "external")} <= pairs
    assert len(dia.edges) == 16
    loops = [e for e in dia.edges if e.feedback]
    assert [(e.source, e.target) for e in loops] == [("monitoring", "training")]
    assert loops[0].label == "Retraining loop"


def test_explored_counter_text(dia):
    assert dia.explored_label(0) == "Explored 0 of 12"
    assert dia.explored_label(5) == "Explored 5 of 12"


def test_diagram_state_hooks(dia):
    assert dia.defaults() == {"diagram": {"selected": "", "explored": ()}}
    assert dia.choices()["diagram"]["selected"] == ("", *NODE_IDS)


def test_teams_has_three_structures_with_charts_and_legend(team):
    assert team.structure_ids() == ("centralized", "embedded", "hub_and_spoke")
    assert {t.id for t in team.role_types} == set(teams.ROLE_TYPES)
    central = team.structure("centralized").chart
    assert [b.label for b in central.roots()] == ["VP of AI/ML"]
    assert [b.label for b in central.children("vp")] == ["ML Eng. Lead", "DS Lead", "MLOps Lead"]
    assert len(central.boxes) == 9 and central.depth("analyst_2") == 2
    embedded = team.structure("embedded").chart
    assert [b.label for b in embedded.roots()] == ["Product Team A", "Marketing Team"]
    assert {b.role for b in embedded.roots()} == {"leadership"}
    hub = team.structure("hub_and_spoke").chart
    assert hub.shape == "hub"
    assert [b.label for b in hub.children("hub")] == ["DS Sales", "DS Ops", "DS Marketing"]
    for s in team.structures:
        assert len(s.pros) == 3 and len(s.cons) == 3 and s.best_for


def test_spotify_timeline(team):
    eras = team.case_study.eras
    assert [(e.period, e.structure) for e in eras] == [
        ("2008–2012", "centralized"), ("2013–2017", "embedded"), ("2018–present", "hub_and_spoke")]
    # Checked facts: launched July 2015, 1 billion streams by October 2015, 40 million
    # users by May 2016; the platform in use from 2018, named Hendrix in 2022.
    assert "July 2015" in eras[1].text and "40 million users by May 2016" in eras[1].text
    assert "1 billion streams" in eras[1].text and "40M plays" not in eras[1].text
    assert "since 2018" in eras[2].text and "Hendrix in 2022" in eras[2].text
    assert "$300M" not in eras[2].text and "50%" not in eras[2].text
    urls = [s.url for s in team.case_study.sources]
    assert any("theverge.com" in u for u in urls) and any("hendrix" in u for u in urls)
    assert "not Spotify's" in team.case_study.note


def test_team_state_hooks_and_a_saved_file(team):
    assert team.defaults() == {"team": {"structure": "centralized", "size": 25, "practitioners": 2,
                                        "core": False, "regulated": False}}
    assert team.ranges()["team"]["practitioners"] == (0, 100)
    assert team.choices() == {"team": {"structure": ("centralized", "embedded", "hub_and_spoke")}}
    rules = StateRules(defaults=team.defaults(), ranges=team.ranges(), choices=team.choices())
    state = new_state(rules)
    assert state.team.structure == "centralized" and state.team.size == 25
    dropped = apply_saved(state, {"team": {"structure": "matrix", "practitioners": 250, "size": 200,
                                           "core": True}}, rules)
    assert sorted(dropped) == ["team.practitioners", "team.structure"]
    assert state.team.size == 200 and state.team.core is True


def test_size_bands_cover_the_quiz_company(team):
    size = team.fit.size
    assert size.bands[size.band_index(200)].label == "50–249"
    assert size.band_index(0) == 0 and size.band_index(10**9) == len(size.bands) - 1


# -- broken variants: each reported on the line that is wrong ---------------------------------

def test_edge_to_unknown_node_names_its_line():
    text, line = broken("diagram.yaml", "{from: iot, to: etl}", "{from: iot, to: warehouse}")
    _, problems = load(diagram, "diagram.yaml", text)
    assert problems_at(problems, line) == ["'to' names no node: 'warehouse'"]
    assert str(problems[0]).startswith(f"content/diagram.yaml:{line}: ")


def test_duplicate_node_id_names_its_line():
    text, line = broken("diagram.yaml", "  - id: crm", "  - id: erp")
    _, problems = load(diagram, "diagram.yaml", text)
    assert any("duplicate id 'erp'" in m for m in problems_at(problems, line))


def test_unknown_node_layer_and_icon_are_reported():
    text, line = broken("diagram.yaml", "    icon: sensor", "    icon: robot")
    _, problems = load(diagram, "diagram.yaml", text)
    messages = problems_at(problems, line)
    assert len(messages) == 1 and "'icon' must be one of" in messages[0]
    text, line = broken("diagram.yaml", "    layer: pipeline", "    layer: transport")
    _, problems = load(diagram, "diagram.yaml", text)
    assert any("'layer' must be one of" in m for m in problems_at(problems, line))


def test_a_loop_not_marked_as_feedback_is_reported_on_the_arrow_that_closes_it():
    text, line = broken("diagram.yaml", "{from: monitoring, to: training, feedback: true",
                        "{from: monitoring, to: etl, feedback: false")
    _, problems = load(diagram, "diagram.yaml", text)
    messages = problems_at(problems, line)
    assert len(messages) == 1 and "form a loop" in messages[0]


def test_explored_text_without_placeholders_is_reported():
    text, line = broken("diagram.yaml", 'explored_text: "Explored {n} of {total}"',
                        'explored_text: "Explored {count}"')
    _, problems = load(diagram, "diagram.yaml", text)
    assert problems_at(problems, line)


def test_unknown_role_type_names_its_line():
    text, line = broken("teams.yaml", "label: DS 2, role: data_science",
                        "label: DS 2, role: data_wizard")
    _, problems = load(teams, "teams.yaml", text)
    messages = problems_at(problems, line)
    assert len(messages) == 1 and "'role' must be one of" in messages[0] and "data_wizard" in messages[0]


def test_box_with_unknown_parent_names_its_line():
    text, line = broken("teams.yaml", "role: ml_engineering, parent: ml_eng_lead",
                        "role: ml_engineering, parent: cto")
    _, problems = load(teams, "teams.yaml", text)
    assert problems_at(problems, line) == ["'parent' names no box of this chart: 'cto'"]


def test_rule_naming_an_unknown_structure_or_condition_names_its_line():
    text, line = broken("teams.yaml", "when: {regulated: true}",
                        "when: {regulated: true, budget: {min: 1}}")
    _, problems = load(teams, "teams.yaml", text)
    assert any("unknown condition 'budget'" in m for m in problems_at(problems, line))
    text, line = broken("teams.yaml", "- structure: embedded", "- structure: matrix")
    _, problems = load(teams, "teams.yaml", text)
    assert any("'structure' must be one of" in m for m in problems_at(problems, line))


def test_size_band_with_a_gap_names_its_line():
    text, line = broken("teams.yaml", "{label: 250–999, min: 250,", "{label: 250–999, min: 300,")
    _, problems = load(teams, "teams.yaml", text)
    assert problems_at(problems, line) == ["this band must start at 250, right after the previous one"]


def test_inline_minimal_files_report_missing_parts():
    _, problems = load(diagram, "diagram.yaml", "schema: 1\nlayers: []\n")
    messages = " ".join(p.message for p in problems)
    assert "'layers' needs at least 1" in messages and "missing field 'nodes'" in messages
    _, problems = load(teams, "teams.yaml", "schema: 2\n")
    assert problems[0].line == 1 and "at most 1" in problems[0].message


def test_every_node_icon_is_drawn_by_the_icon_set(dia):
    icons = CONTENT.parent / "resources" / "icons"
    assert set(diagram.NODE_ICONS) == {n.icon for n in dia.nodes}
    assert [i for i in diagram.NODE_ICONS if not (icons / f"{i}.svg").is_file()] == []
