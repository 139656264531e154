"""Step 5 content: the stakeholder map and the churn model files, their state rules,
and broken variants reported at the right line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import churn, stakeholders
from desktop.content.reader import parse_yaml
from desktop.model.state import StateRules, apply_saved, new_state, reset_state

CONTENT = Path(__file__).resolve().parents[2] / "content"
STAKEHOLDERS = (CONTENT / "stakeholders.yaml").read_text("utf-8")
CHURN = (CONTENT / "churn_model.yaml").read_text("utf-8")
SEED_IDS = ("vp_sales", "head_ops", "cfo", "legal", "frontline", "cto")


def _parse(module, text: str, name: str):
    reader = parse_yaml(text, name)
    return module.parse(reader), reader.problems


def _line(text: str, fragment: str, after: str = "") -> int:
    """1-based line of the first line containing ``fragment`` (after ``after``'s line)."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line) if after else 0
    return next(i for i, line in enumerate(lines[start:], start) if fragment in line) + 1


def _replace(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture(scope="module")
def people():
    content, problems = _parse(stakeholders, STAKEHOLDERS, "content/stakeholders.yaml")
    assert problems == []
    return content


@pytest.fixture(scope="module")
def demo():
    content, problems = _parse(churn, CHURN, "content/churn_model.yaml")
    assert problems == []
    return content


# -- stakeholders -------------------------------------------------------------------------------
def test_the_six_stakeholders_of_the_seed_in_card_order(people):
    assert people.ids == SEED_IDS
    kinds = {s.id: s.kind for s in people.stakeholders}
    assert kinds == {"vp_sales": "skeptic", "head_ops": "champion", "cfo": "neutral",
                     "legal": "skeptic", "frontline": "neutral", "cto": "champion"}
    for s in people.stakeholders:
        assert len(s.strategy.moves) == 4 and s.strategy.name and s.strategy.key and s.quote
        assert people.kind(s.kind).label  # each card can show its kind as text


def test_seed_texts_survive_with_proper_characters(people):
    vp = people.stakeholder("vp_sales")
    assert vp.strategy.name == "Show, Don't Tell"
    assert vp.quote == "I don't trust black box models. My reps know the customers better."
    assert "—" in people.stakeholder("legal").strategy.moves[0]
    assert "×" in dict(people.view_labels)["grid"]


def test_grid_positions_tell_who_needs_what(people):
    assert people.quadrant_of("cto").id == "manage_closely"
    assert people.quadrant_of("vp_sales").id == "keep_satisfied"
    assert people.quadrant_of("legal").id == "keep_satisfied"
    assert people.quadrant_of("frontline").id == "keep_informed"
    cto, vp, front = (people.stakeholder(i) for i in ("cto", "vp_sales", "frontline"))
    assert cto.influence > front.influence and vp.influence > front.influence
    assert cto.support > 0 > vp.support
    assert {q.id for q in people.grid.quadrants} == {
        "manage_closely", "keep_satisfied", "keep_informed", "monitor"}


def test_quadrant_split_points_count_as_high(people):
    grid = people.grid
    assert grid.quadrant_at(grid.influence_split, grid.support_split).id == "manage_closely"
    assert grid.quadrant_at(grid.influence_split - 0.01, grid.support_split - 0.01).id == "monitor"


def test_stakeholder_state_rules(people):
    assert people.defaults() == {"stakeholders": {"open_card": "", "view": "cards"}}
    assert people.choices() == {"stakeholders": {"open_card": ("", *SEED_IDS),
                                                 "view": ("cards", "grid")}}
    rules = StateRules(defaults=people.defaults(), choices=people.choices())
    state = new_state(rules)
    dropped = apply_saved(state, {"stakeholders": {"open_card": "cfo", "view": "table"}}, rules)
    assert state.stakeholders.open_card == "cfo" and state.stakeholders.view == "cards"
    assert dropped == ["stakeholders.view"]
    assert apply_saved(state, {"stakeholders": {"open_card": "ceo"}}, rules) == [
        "stakeholders.open_card"]


@pytest.mark.parametrize("old, new, fragment, after, message", [
    ("    kind: skeptic\n    quote: \"I don't", "    kind: sceptic\n    quote: \"I don't",
     "kind: sceptic", "", "'kind' must be one of"),
    ("    influence: 0.85", "    influence: 1.5", "influence: 1.5", "", "at most 1"),
    ("    support: -0.45", "    support: -2", "support: -2", "", "at least -1"),
    ("  - id: cfo", "  - id: head_ops", "id: head_ops", "internal marketing",
     "duplicate id 'head_ops'"),
    ("    icon: scale", "    icon: balance", "icon: balance", "", "'icon' must be one of"),
    ("      support: low\n      description: Little say",
     "      support: high\n      description: Little say", "id: monitor", "",
     "two quadrants share"),
])
def test_broken_stakeholder_files_are_reported_at_the_line(old, new, fragment, after, message):
    text = _replace(STAKEHOLDERS, old, new)
    _, problems = _parse(stakeholders, text, "content/stakeholders.yaml")
    assert problems, "a broken file must be reported"
    line = _line(text, fragment, after)
    assert any(p.line == line and message in p.message for p in problems), problems
    assert all(p.file == "content/stakeholders.yaml" for p in problems)


def test_three_moves_are_too_few():
    text = _replace(STAKEHOLDERS, "        - Use their success as internal marketing\n", "")
    _, problems = _parse(stakeholders, text, "content/stakeholders.yaml")
    # a list's problems point at its first entry
    assert [(p.line, "at least 4" in p.message) for p in problems] == [
        (_line(text, "- Give them early access"), True)]


# -- churn model ----------------------------------------------------------------------------------
def test_churn_content_holds_the_default_customer(demo):
    assert demo.customer_name == "Enterprise Account #4471"
    assert [(f.label, f.value) for f in demo.facts] == [("Monthly spend", "$12,400"),
                                                       ("Tenure", "14 months")]
    assert dict(demo.default_customer.values) == {
        "tickets": 8, "login_gap": 23, "renewal": 3, "spend_trend": "stable",
        "industry": "saas"}
    assert demo.model.feature_ids == ("tickets", "login_gap", "renewal", "spend_trend",
                                      "industry")
    assert demo.model.background.shape == (200, 5)
    assert "not" in demo.texts.shap_note and "caus" in demo.texts.shap_note


def test_what_if_controls(demo):
    tickets = demo.control("tickets")
    assert (tickets.minimum, tickets.maximum, tickets.step) == (0, 20, 1)
    assert demo.control("industry").options[0] == ("saas", "SaaS")
    assert [o for o, _ in demo.control("spend_trend").options] == ["declining", "stable",
                                                                   "growing"]


def test_churn_state_rules_drive_reset_and_saved_files(demo):
    rules = StateRules(defaults=demo.defaults(), ranges=demo.ranges(), choices=demo.choices())
    assert demo.defaults() == {"shap": {"tickets": 8.0, "login_gap": 23.0, "renewal": 3.0,
                                        "spend_trend": "stable", "industry": "saas"}}
    state = new_state(rules)
    assert demo.customer_from_state(state.shap).values == demo.default_customer.values
    saved = {"shap": {"tickets": 12, "login_gap": 400, "renewal": 6, "spend_trend": "flat",
                      "industry": "retail"}}
    dropped = apply_saved(state, saved, rules)
    assert sorted(dropped) == ["shap.login_gap", "shap.spend_trend"]
    assert (state.shap.tickets, state.shap.login_gap, state.shap.industry) == (12, 23, "retail")
    e = demo.explain(demo.customer_from_state(state.shap))
    assert e.contribution("tickets").value == 12
    reset_state(state, rules)
    assert state.shap.tickets == 8.0 and state.shap.industry == "saas"


@pytest.mark.parametrize("old, new, fragment, message", [
    ("coefficient: 0.34 ", "coefficient: many ", "coefficient: many", "must be a number"),
    ("    login_gap: 23", "    login_gap: 120", "login_gap: 120", "at most 90"),
    ("    industry: saas", "    industry: mining", "industry: mining",
     "'industry' must be one of"),
    ("  also: \"Also, {drivers}.\"", "  also: \"Also, {reasons}.\"", "{reasons}",
     "unknown field {reasons}"),
    ("{risk:.0%}, against an average of {base:.0%}), mainly because {drivers}.\"\n  below",
     "{risk:.0q}, against an average of {base:.0%}), mainly because {drivers}.\"\n  below",
     "{risk:.0q}", "not a valid template"),
    ("        up: their spend is {value}", "        up: their spend is {level}",
     "{level}", "unknown field {level}"),
    ("      minimum: 0.40", "      minimum: 0.80", "minimum: 0.80", "highest minimum down"),
    ("      background: {distribution: poisson, mean: 3}",
     "      background: {distribution: normal, mean: 3}", "distribution: normal",
     "'distribution' must be one of"),
    ("    - id: renewal", "    - id: tenure", "id: tenure", "unknown feature 'tenure'"),
    ("      what_if: {min: 1, max: 24, step: 1}", "      what_if: {min: 24, max: 1, step: 1}",
     "min: 24, max: 1", "'max' must be greater"),
    ("        - {id: finance, label: Finance, coefficient: -0.1, weight: 0.10}",
     "        - {id: retail, label: Finance, coefficient: -0.1, weight: 0.10}",
     "id: retail, label: Finance", "duplicate id 'retail'"),
])
def test_broken_churn_files_are_reported_at_the_line(old, new, fragment, message):
    text = _replace(CHURN, old, new)
    content, problems = _parse(churn, text, "content/churn_model.yaml")
    assert problems, "a broken file must be reported"
    line = _line(text, fragment)
    assert any(p.line == line and message in p.message for p in problems), problems
    assert content.model is None  # a broken file never yields a half-built model


def test_a_missing_feature_is_named():
    start = CHURN.index("    - id: industry")
    end = CHURN.index("background:\n  size")
    text = CHURN[:start] + CHURN[end:]
    text = _replace(text, "    industry: saas\n", "")
    _, problems = _parse(churn, text, "content/churn_model.yaml")
    assert [(p.line, "lacks industry" in p.message) for p in problems] == [
        (_line(text, "- id: tickets"), True)]


def test_bands_need_one_starting_at_zero():
    text = _replace(CHURN, "      minimum: 0\n", "      minimum: 0.1\n")
    _, problems = _parse(churn, text, "content/churn_model.yaml")
    assert [p.line for p in problems] == [_line(text, "- id: high")]


def test_loading_the_course_imports_no_numpy():
    """The first frame must not wait for numpy: content parsing builds the churn model
    from plain tuples, and numpy arrives with the first explanation."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    script = (
        "import sys\n"
        "from desktop.content.loader import load_course\n"
        "course = load_course('content')\n"
        "print('numpy' in sys.modules)\n"
        "demo = course.topic('churn')\n"
        "print(round(demo.explain(demo.default_customer).prediction, 2))\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True,
                         text=True, timeout=120, check=True).stdout.split()
    assert out == ["False", "0.78", "True"]
