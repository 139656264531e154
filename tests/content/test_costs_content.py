"""content/costs.yaml: the real file parses, holds the course's numbers, and mistakes are located."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content.costs import CostsContent, parse
from desktop.content.reader import parse_yaml
from desktop.model.costs import MINUS, CostInputs
from desktop.model.state import CostState, StateRules, apply_saved, new_state

ROOT = Path(__file__).resolve().parents[2]
NAME = "content/costs.yaml"
TEXT = (ROOT / NAME).read_text("utf-8")
NBSP = "\u00a0"
THOUSANDS_LINE = "  thousands_separator: comma     # comma, period, space, thin_space, apostrophe or none"


def load(text: str = TEXT) -> tuple[CostsContent, list]:
    r = parse_yaml(text, NAME)
    content = parse(r)
    return content, r.problems


def line_no(line: str, occurrence: int = 0, text: str = TEXT) -> int:
    """The 1-based number of the ``occurrence``-th line equal to ``line``."""
    found = [i for i, x in enumerate(text.splitlines(), 1) if x == line]
    assert len(found) > occurrence, f"{line!r} not in the file"
    return found[occurrence]


def replaced(old: str, new: str, occurrence: int = 0) -> tuple[str, int]:
    """The real file with one whole line replaced, and that line's number."""
    n = line_no(old, occurrence)
    lines = TEXT.splitlines()
    lines[n - 1] = new
    return "\n".join(lines) + "\n", n


@pytest.fixture(scope="module")
def costs() -> CostsContent:
    content, problems = load()
    assert problems == []
    return content


def test_real_file_parses_without_problems():
    _, problems = load()
    assert [str(p) for p in problems] == []


def test_sliders_hold_the_course_ranges_and_defaults(costs):
    got = {d.id: (d.minimum, d.maximum, d.default) for d in costs.drivers}
    # 4,000 h/month on 0-10,000: the scenario the seed's printed breakdown was computed at.
    assert got == {"gpu_hours": (0, 10_000, 4000), "storage_tb": (0, 100, 5),
                   "calls_k": (0, 10_000, 500), "team_fte": (0, 20, 3),
                   "value_k": (0, 10_000, 1200), "setup_k": (0, 5000, 0)}
    assert "integration" in costs.driver("setup_k").rate_note  # what the set-up covers
    assert all(d.step > 0 and d.label and d.chart_label and d.unit for d in costs.drivers)


def test_rates_are_the_course_rates(costs):
    r = costs.rates
    assert (r.gpu_hour, r.gpu_hour_spot, r.storage_tb_month, r.per_call, r.fte_year) == \
        (3, 1.2, 23, 0.0005, 150_000)


def test_rate_notes_show_the_rates_in_the_currency(costs):
    assert "$3/h" in costs.driver("gpu_hours").rate_note
    assert "$1.20/h" in costs.driver("gpu_hours").rate_note
    assert "$23" in costs.driver("storage_tb").rate_note
    assert "$0.0005" in costs.driver("calls_k").rate_note
    assert "$150,000" in costs.driver("team_fte").rate_note
    assert all("{" not in d.rate_note for d in costs.drivers)


def test_levers_act_on_the_lines_their_descriptions_name(costs):
    assert {x.id: x.line for x in costs.levers} == {"spot": "gpu", "compression": "inference",
                                                    "caching": "inference"}
    assert 60 <= costs.lever("compression").percent <= 80  # the seed's own range
    assert 40 <= costs.lever("caching").percent <= 60
    assert costs.lever("spot").percent == pytest.approx(60)  # $1.20 instead of $3
    assert "60%" in costs.lever("spot").description
    assert f"{costs.lever('compression').percent:g}%" in costs.lever("compression").description
    assert all("{" not in x.description for x in costs.levers)


def test_the_default_calculation_through_the_content(costs):
    state = CostState(**costs.defaults()["cost"])
    result = costs.calculate(state)
    # The seed's printed figures: GPU $144,000 ... total $598,380 (4,000 h × $3 × 12).
    assert [costs.money(x.before) for x in result.lines] == [
        "$144,000", "$1,380", "$3,000", "$450,000"]
    assert costs.money(result.total) == "$598,380"
    assert costs.money(result.roi.net, signed=True) == "+$601,620"
    assert costs.percent(result.roi.percent) == "101%"  # 601,620 / 598,380 = 100.54 %
    assert costs.payback_text(result.roi) == "Month 1"  # no set-up cost to recover
    sentence = costs.where_the_money_is(result)
    assert "Team Salaries" in sentence and "$450,000" in sentence and "75%" in sentence
    assert "25%" in sentence  # GPU + inference = 147,000 of 598,380: the levers matter
    spot = costs.calculate(CostState(**{**costs.defaults()["cost"], "spot": True}))
    assert costs.money(spot.lever("spot").saving) == "$86,400"  # 4,000 × (3 − 1.2) × 12


def test_readout_texts(costs):
    assert costs.driver_text("gpu_hours", 200) == "200 h/month"
    assert costs.driver_text("value_k", 1200) == "$1,200,000 a year"
    assert costs.driver_text("setup_k", 250) == "$250,000 once"
    assert costs.percent(None) == "n/a"
    assert costs.money(-361_580) == f"{MINUS}$361,580"
    loss = costs.calculate(CostInputs(200, 5, 500, 3, 300))  # $300K against $461,580
    assert costs.payback_text(loss.roi) == "Never"
    assert costs.payback_detail(loss.roi) == "The yearly value is below the yearly cost"
    even = costs.calculate(CostInputs(team_fte=2, value_k=300))
    assert costs.payback_text(even.roi) == "Never"
    assert costs.payback_detail(even.roi) == "The yearly value only equals the yearly cost"
    later = costs.calculate(CostInputs(200, 5, 500, 3, 1200, setup_k=300))
    assert costs.payback_text(later.roi) == "Month 5"  # 300,000 / (738,420 / 12) = 4.9
    assert "$300,000 set-up" in costs.payback_detail(later.roi)
    assert "4.9 months" in costs.payback_detail(later.roi)
    result = costs.calculate(CostInputs(200, 5, 500, 3, 1200, levers=frozenset({"spot"})))
    assert costs.lever_text(result.lever("spot")) == "saves $4,320 a year"  # 200 × (3 − 1.2) × 12
    assert costs.lever_text(result.lever("caching")) == "would save $1,500 a year on its own"


def test_sensitivity_uses_the_slider_range_and_the_chosen_driver(costs):
    state = CostState(**costs.defaults()["cost"])
    state.driver = "team_fte"
    s = costs.sensitivity(state)
    assert s.driver == "team_fte"
    assert (s.xs[0], s.xs[-1], len(s.xs)) == (0, 20, costs.chart.points)
    assert s.break_even.x == pytest.approx((1_200_000 - 148_380) / 150_000)
    assert costs.sensitivity(state, "value_k").break_even.x == pytest.approx(598.38)
    # The set-up cost delays payback but never moves the yearly break-even.
    assert costs.sensitivity(state, "setup_k").break_even is None


def test_state_defaults_ranges_and_choices(costs):
    assert costs.defaults() == {"cost": {
        "gpu_hours": 4000.0, "storage_tb": 5.0, "calls_k": 500.0, "team_fte": 3.0,
        "value_k": 1200.0, "setup_k": 0.0,
        "spot": False, "compression": False, "caching": False, "driver": "gpu_hours"}}
    assert costs.ranges() == {"cost": {"gpu_hours": (0, 10_000), "storage_tb": (0, 100),
                                       "calls_k": (0, 10_000), "team_fte": (0, 20),
                                       "value_k": (0, 10_000), "setup_k": (0, 5000)}}
    assert costs.choices() == {"cost": {"driver": ("gpu_hours", "storage_tb", "calls_k",
                                                   "team_fte", "value_k", "setup_k")}}


def test_state_rules_from_the_content_start_and_load_the_learner_state(costs):
    rules = StateRules(defaults=costs.defaults(), ranges=costs.ranges(), choices=costs.choices())
    state = new_state(rules)
    assert (state.cost.gpu_hours, state.cost.value_k, state.cost.driver) == (4000, 1200, "gpu_hours")
    dropped = apply_saved(state, {"cost": {"gpu_hours": 50000, "team_fte": 7, "driver": "salary"}},
                          rules)
    assert sorted(dropped) == ["cost.driver", "cost.gpu_hours"]
    assert (state.cost.gpu_hours, state.cost.team_fte) == (4000, 7)


def test_prices_come_from_the_file():
    text, _ = replaced("    rate: 3                      # per GPU hour, on demand (A100)", "    rate: 2.5")
    content, problems = load(text)
    assert problems == []
    assert content.calculate(CostInputs(gpu_hours=200)).line("gpu").before == pytest.approx(200 * 2.5 * 12)


def test_euro_variant_is_a_content_edit():
    text = TEXT
    for old, new in (('  symbol: "$"', '  symbol: "€"'), ("  code: USD", "  code: EUR"),
                     ("  symbol_position: before        # before or after the amount",
                      "  symbol_position: after"),
                     ("  symbol_space: false            # a space between symbol and amount",
                      "  symbol_space: true"),
                     (THOUSANDS_LINE, "  thousands_separator: period"),
                     ("  decimal_separator: period      # period or comma", "  decimal_separator: comma"),
                     ('  percent_space: false           # "70 %" instead of "70%"', "  percent_space: true")):
        assert old in text.splitlines()
        text = text.replace(old, new)
    content, problems = load(text)
    assert problems == []
    assert content.money(461_580) == f"461.580{NBSP}€"
    assert content.money(-1_234) == f"{MINUS}1.234{NBSP}€"
    assert content.percent(12.5, decimals=1) == f"12,5{NBSP}%"
    assert f"1,20{NBSP}€/h" in content.driver("gpu_hours").rate_note


BROKEN = [
    # (line to replace, occurrence, replacement, words the message must contain)
    ("schema: 1", 0, "schema: 2", "schema"),
    ("    default: 4000", 0, "    default: 20000", "default"),
    ("    default: 3", 0, "    default: 25", "default"),
    ("    default: 5", 0, "    default: 5.5", "default"),
    ("    max: 100", 0, "    max: 0", "max"),
    ("    step: 10", 0, "    step: 7", "step"),
    ("    step: 1", 1, "    step: 0", "step"),
    ("    rate: 23                     # per TB-month", 0, "    rate: .inf", "rate"),
    ("    rate: 23                     # per TB-month", 0, "    rate: cheap", "rate"),
    ("    spot_rate: 1.2               # per GPU hour, spot or preemptible", 0, "    spot_rate: 4",
     "spot_rate"),
    ("    percent: 70", 0, "    percent: 170", "percent"),
    ("    percent: 50", 0, "    percent: -5", "percent"),
    ("    line: inference", 1, "    line: network", "line"),
    ("    line: gpu", 0, "    line: team", "spot"),
    ("  - id: caching", 0, "  - id: compression", "duplicate"),
    ("  - id: storage_tb", 0, "  - id: gpu_hours", "duplicate"),
    ("  - id: team", 0, "  - id: salaries", "id"),
    ('  payback_value: "Month {month}"', 0, '  payback_value: "{months} months"', "{months}"),
    ('  main: "The largest cost is {line}: {amount} of {total} a year ({share})."', 0,
     '  main: "The largest cost is {line:>20}."', "format"),
    ("  minor_below_percent: 20", 0, "  minor_below_percent: 120", "minor_below_percent"),
    (THOUSANDS_LINE, 0, "  thousands_separator: dot", "thousands_separator"),
    ("  default_driver: gpu_hours", 0, "  default_driver: salaries", "default_driver"),
    ("  points: 51", 0, "  points: 1", "points"),
]


@pytest.mark.parametrize("old, occurrence, new, words", BROKEN, ids=[b[2].strip() for b in BROKEN])
def test_broken_variants_are_reported_on_their_line(old, occurrence, new, words):
    text, n = replaced(old, new, occurrence)
    _, problems = load(text)
    assert problems, f"no problem reported for {new!r}"
    here = [p for p in problems if p.line == n]
    assert here, f"expected a problem on line {n}, got {[str(p) for p in problems]}"
    assert any(words in p.message for p in here), [str(p) for p in here]
    assert all(p.file == NAME for p in problems)


def test_separators_that_clash_are_reported_on_the_decimal_line():
    text, _ = replaced(THOUSANDS_LINE, "  thousands_separator: period")
    _, problems = load(text)
    n = line_no("  decimal_separator: period      # period or comma", text=text)
    assert [p.line for p in problems] == [n]


def test_spot_with_its_own_percentage_is_reported():
    old = "    line: gpu"
    n = line_no(old)
    lines = TEXT.splitlines()
    lines.insert(n, "    percent: 50")  # becomes line n + 1
    _, problems = load("\n".join(lines) + "\n")
    assert [(p.line, "percent" in p.message) for p in problems] == [(n + 1, True)]


def test_missing_drivers_fields_and_sections_are_each_reported_once():
    _, problems = load("schema: 1\ndrivers:\n  - id: gpu_hours\n    label: GPU\n")
    messages = [str(p) for p in problems]
    # the list starts on line 3, and so does its only entry
    assert f"{NAME}:3: 'drivers' is missing storage_tb, calls_k, team_fte, value_k, setup_k" in messages
    assert f"{NAME}:3: missing field 'min'" in messages
    assert f"{NAME}:1: missing field 'currency'" in messages
    assert not any("thousands_separator" in m for m in messages)  # not once per field inside
    assert not any("must be greater" in m for m in messages)  # no comparisons of placeholders
    assert len(messages) == len(set(messages))


def test_a_value_driver_with_a_rate_is_reported():
    old = "    rate_note: \"Your estimate of what the models earn or save in a year\""
    n = line_no(old)
    lines = TEXT.splitlines()
    lines.insert(n, "    rate: 5")
    _, problems = load("\n".join(lines) + "\n")
    assert [p.line for p in problems] == [n + 1]
