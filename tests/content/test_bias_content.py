"""content/bias.yaml: the real file parses, feeds the learner state, and mistakes name their line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from desktop.content.bias import BiasContent, parse
from desktop.content.reader import ContentError, parse_yaml
from desktop.model.state import BiasState, StateRules, apply_saved, new_state

FILE = Path(__file__).resolve().parents[2] / "content" / "bias.yaml"
NAME = "content/bias.yaml"


def _parse(text: str) -> tuple[BiasContent, list]:
    reader = parse_yaml(text, NAME)
    content = parse(reader)
    return content, reader.problems


@pytest.fixture(scope="module")
def text() -> str:
    return FILE.read_text("utf-8")


@pytest.fixture(scope="module")
def content(text) -> BiasContent:
    parsed, problems = _parse(text)
    assert problems == []
    return parsed


# -- the real file ------------------------------------------------------------------------------

def test_sliders_match_the_seed_and_the_state(content):
    assert [s.id for s in content.sliders] == [f.name for f in dataclasses.fields(BiasState)
                                               if f.name != "context"]
    seed = {"rate_a": (10, 95, 65), "rate_b": (10, 95, 48), "accuracy": (50, 99, 82),
            "n_a": (10, 10_000, 500), "n_b": (10, 10_000, 500)}
    for field, (low, high, default) in seed.items():
        s = content.slider(field)
        assert (s.minimum, s.maximum, s.default) == (low, high, default)
        assert s.label and s.unit and s.step > 0
    assert "Group A" in content.slider("rate_a").label
    assert "(protected)" in content.slider("rate_b").label


def test_defaults_and_ranges_feed_the_learner_state(content):
    rules = StateRules(defaults=content.defaults(), ranges=content.ranges(),
                       choices=content.choices())
    state = new_state(rules)
    assert (state.bias.rate_a, state.bias.rate_b, state.bias.accuracy) == (65, 48, 82)
    assert (state.bias.n_a, state.bias.n_b) == (500, 500)
    # Types follow the state's fields: a saved file with a float count would be refused.
    assert isinstance(state.bias.rate_a, float) and isinstance(state.bias.n_a, int)
    dropped = apply_saved(state, {"bias": {"rate_a": 95, "rate_b": 96, "n_a": 10_000, "n_b": 5}},
                          rules)
    assert sorted(dropped) == ["bias.n_b", "bias.rate_b"]
    assert (state.bias.rate_a, state.bias.n_a) == (95, 10_000)
    assert (state.bias.rate_b, state.bias.n_b) == (48, 500)


def test_rules_from_the_file(content):
    rules = content.rules
    assert rules.threshold == 0.8
    assert [(b.id, b.at_least) for b in rules.bands] == [("pass", 0.8), ("caution", 0.6),
                                                          ("fail", 0)]
    assert all(b.label and b.advice for b in rules.bands)
    assert rules.alpha == 0.05
    assert (rules.group_a, rules.group_b) == ("Group A", "Group B")
    assert [(g.id, g.role) for g in content.groups] == [("a", "reference"), ("b", "protected")]
    # {level} is filled in from the level, so the sentences cannot go stale.
    for sentence in (rules.significant, rules.not_significant):
        assert "5\u00a0%" in sentence and "{" not in sentence
    assert "29 CFR 1607.4(D)" in content.context("hiring").intro


def test_the_learner_chooses_the_law_that_frames_the_ratio(content):
    assert [c.id for c in content.contexts] == ["hiring", "lending"]
    assert content.defaults()["bias"]["context"] == "hiring"
    assert content.choices()["bias"]["context"] == ("hiring", "lending")
    hiring, lending = content.context("hiring"), content.context("lending")
    # The four-fifths rule belongs to employee selection (29 CFR 1607.2(B), 1607.4(D)).
    assert hiring.rule_name == "Four-fifths rule"
    assert "1607.2(B)" in hiring.intro and "1607.4(D)" in hiring.intro
    assert any("1607.4" in s.url for s in hiring.sources)
    # ECOA and Regulation B set no fixed ratio: the ratio is a screening measure there.
    assert lending.rule_name == "Screening ratio"
    assert "no numeric threshold" in lending.intro and "significance test" in lending.intro
    assert any("1002.6" in s.url for s in lending.sources)
    for source in hiring.sources + lending.sources:
        assert source.url.startswith("https://") and source.title and source.year


def test_band_names_say_what_the_rule_says(content):
    labels = [(b.at_least, b.label) for b in content.rules.bands]
    assert labels == [(0.8, "No adverse impact indicated"), (0.6, "Adverse impact indicated"),
                      (0, "Severe adverse impact")]
    # Only 0.80 comes from the rule: the 0.60 line says it is the course's own.
    assert "0.60" in content.bands_note and "illustration" in content.bands_note


def test_audit_at_the_defaults_reads_like_the_seed(content):
    result = content.audit(BiasState(**content.defaults()["bias"]))
    assert result.ratio_text == "0.74"
    assert result.parity_difference == -17
    assert result.band_label == "Adverse impact indicated"  # 0.74 < 0.80: the rule's words
    assert result.disadvantaged_name == "Group B"
    assert result.accuracy == 82
    assert result.threshold_rate == pytest.approx(52)
    assert result.significance_text == content.rules.significant


def test_labels_are_all_filled(content):
    assert all(dataclasses.asdict(content.labels).values())


def test_file_is_clean_text(text):
    assert text.startswith("schema: 1")
    assert "&" not in re.sub(r"#.*", "", text)  # no YAML anchors
    # No emoji or pictographs: the seed's were lost and become icons in the UI.
    assert not [c for c in text if ord(c) >= 0x2190 and c not in "−–—×€"], "unexpected symbol"
    assert "Ã" not in text and "â€" not in text  # no mis-decoded UTF-8 from the seed


# -- broken variants ------------------------------------------------------------------------

def _line_no(text: str, after: str, needle: str) -> int:
    """1-based number of the first line containing ``needle`` after the line containing ``after``."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if after in line)
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def _replace_line(text: str, number: int, new: str) -> str:
    lines = text.splitlines()
    indent = lines[number - 1][: len(lines[number - 1]) - len(lines[number - 1].lstrip())]
    lines[number - 1] = indent + new
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("after, needle, new, message", [
    ("id: rate_a", "default:", "default: 99", "'default' must lie between min and max"),
    ("id: rate_b", "max:", "max: 5", "'min' (10) must be less than 'max' (5)"),
    ("id: accuracy", "id: accuracy", "- id: precision", "'id' must name a field"),
    ("id: n_a", "default:", "default: 500.5", "'default' must be a whole number"),
    ("id: n_a", "default:", "default: 505", "not reachable from 'min' (10) in steps of 10"),
    ("id: n_b", "min:", "min: 0", "'min' must be at least 1"),
    ("id: rate_a", "step:", "step: 0", "'step' must be more than 0"),
    ("id: rate_b", "unit:", "unit: 5", "'unit' must be text"),
    ("id: caution", "at_least:", "at_least: 0.85", "'at_least' must be below the previous band's"),
    ("id: fail", "at_least:", "at_least: 0.1", "the last band's 'at_least' must be 0"),
    ("id: caution", "id: caution", "- id: amber", "'id' must be one of pass, caution, fail"),
    ("four_fifths:", "threshold:", "threshold: high", "'threshold' must be a number"),
    ("four_fifths:", "threshold:", "threshold: 4", "'threshold' must be at most 1"),
    ("significance:", "level:", "level: 0", "'level' must be more than 0"),
    ("schema:", "schema:", "schema: 2", "'schema' must be at most 1"),
    ("groups:", "name: Group B", "name: ''", "'name' must not be empty"),
])
def test_broken_value_is_reported_on_its_line(text, after, needle, new, message):
    number = _line_no(text, after, needle)
    _, problems = _parse(_replace_line(text, number, new))
    assert [(p.line, message in p.message) for p in problems if message in p.message] \
        == [(number, True)], [str(p) for p in problems]
    assert all(str(p).startswith(f"{NAME}:") for p in problems)


def test_unknown_slider_also_reports_the_missing_one(text):
    number = _line_no(text, "id: accuracy", "id: accuracy")
    _, problems = _parse(_replace_line(text, number, "- id: precision"))
    missing = [p for p in problems if "no slider for accuracy" in p.message]
    # Reader.line_of gives a list's own line, which is that of its first entry.
    assert [p.line for p in missing] == [_line_no(text, "sliders:", "- id: rate_a")]


def test_duplicate_slider_is_reported_on_the_second(text):
    number = _line_no(text, "id: n_b", "id: n_b")
    _, problems = _parse(_replace_line(text, number, "- id: n_a"))
    assert any(p.line == number and "duplicate id 'n_a'" in p.message for p in problems)
    assert any("no slider for n_b" in p.message for p in problems)


def test_missing_band_is_reported(text):
    number = _line_no(text, "id: fail", "id: fail")
    _, problems = _parse(_replace_line(text, number, "- id: caution"))
    assert any(p.line == number and "duplicate id 'caution'" in p.message for p in problems)
    assert any(p.line == _line_no(text, "bands:", "- id: pass") and "needs the band fail" in p.message
               for p in problems)


def test_missing_label_names_the_labels_block(text):
    number = _line_no(text, "labels:", "chart_title:")
    broken = "\n".join(line for i, line in enumerate(text.splitlines(), 1) if i != number)
    _, problems = _parse(broken)
    assert [(p.line, p.message) for p in problems] == [
        (_line_no(text, "labels:", "impact_ratio:"), "missing field 'chart_title'")]


def test_yaml_alias_is_refused_with_its_line():
    with pytest.raises(ContentError) as err:
        parse_yaml("schema: 1\nintro: &x hello\nother: *x\n", NAME)
    assert [p.line for p in err.value.problems] == [3]
    assert "aliases" in err.value.problems[0].message


def test_small_inline_file_reports_every_missing_part():
    _, problems = _parse("schema: 1\nintro: Just an intro.\n")
    missing = {p.message for p in problems}
    for key in ("groups", "sliders", "four_fifths", "bands", "significance", "labels"):
        assert f"missing field '{key}'" in missing
    assert all(p.line == 1 for p in problems)
