"""content/gdpr.yaml parses cleanly, and broken edits are reported at the right line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.content import gdpr
from desktop.content.reader import ContentError, parse_yaml
from desktop.model import compliance as c

FILE = Path(__file__).resolve().parents[2] / "content" / "gdpr.yaml"
NAME = "content/gdpr.yaml"
TEXT = FILE.read_text("utf-8")
LINES = TEXT.splitlines()


def _parse(text: str) -> tuple[gdpr.GdprContent, list]:
    reader = parse_yaml(text, NAME)
    return gdpr.parse(reader), reader.problems


def _line(exact: str, after: str | None = None) -> int:
    """1-based number of the first line equal to ``exact`` (after the line ``after``)."""
    start = LINES.index(after) + 1 if after else 0
    return LINES.index(exact, start) + 1


def _replaced(line: int, new: str) -> str:
    lines = list(LINES)
    lines[line - 1] = new
    return "\n".join(lines) + "\n"


def _problems_at(text: str) -> list[tuple[int, str]]:
    _, problems = _parse(text)
    assert all(p.file == NAME for p in problems)
    return [(p.line, p.message) for p in problems]


# -- the real file --------------------------------------------------------------------------

def test_the_real_file_parses_without_problems():
    content, problems = _parse(TEXT)
    assert [str(p) for p in problems] == []
    assert [p.id for p in content.presets] == [
        "churn", "credit_social", "resume_screening", "health_insurance",
        "recommendations", "fraud_detection"]
    assert all(len(p.checks) == 5 for p in content.presets)
    assert [ch.id for ch in content.rules.checks] == [
        "purpose_limitation", "minimisation", "lawful_basis", "special_categories",
        "transparency", "right_to_object", "automated_decisions", "dpia", "ai_act"]


def test_the_form_asks_what_the_issue_lists():
    form = _parse(TEXT)[0].form
    kinds = {q.id: q.kind for q in form.questions}
    assert kinds["data"] == kinds["ai_practice"] == c.MULTIPLE
    for yes_no in ("automated_decision", "human_review", "informed", "dpia"):
        assert kinds[yes_no] == c.YES_NO
        assert form.question(yes_no).option_ids == ("yes", "no")
    assert {"health", "biometrics", "religion", "politics", "sexual_orientation", "children",
            "contact", "transactions", "browsing", "location", "financial",
            "social_media"} <= set(form.question("data").option_ids)
    assert form.question("lawful_basis").option_ids == (
        "consent", "contract", "legal_obligation", "li_lia", "li_no_lia", "none")
    assert form.question("sector").option_ids == (
        "credit", "employment", "insurance", "health", "education", "biometric_id",
        "law_enforcement", "marketing", "fraud", "other")
    assert set(form.question("new_purpose").option_ids) >= {"compatible", "unrelated"}
    for question in ("source", "original_purpose", "data_scope"):
        assert form.question(question) is not None


def test_texts_verdict_labels_and_disclaimer():
    content = _parse(TEXT)[0]
    labels = {o.status: o.label for o in content.rules.verdict.outcomes}
    assert labels == {"pass": "Generally compliant", "warn": "Compliant with safeguards",
                      "fail": "High compliance risk"}
    assert "not legal advice" in content.disclaimer
    assert set(content.status_labels) == {"pass", "warn", "fail"}
    assert content.texts.check_button == "Check compliance"


def test_state_defaults_and_choices():
    content = _parse(TEXT)[0]
    assert content.defaults() == {"gdpr": {"mode": "preset", "preset": "churn", "checked": False,
                                           "custom": {}, "custom_checked": False}}
    choices = content.choices()["gdpr"]
    assert choices["mode"] == ("preset", "custom")
    assert choices["preset"] == tuple(p.id for p in content.presets)


def test_file_uses_proper_characters_and_no_emoji():
    assert TEXT.startswith("#") and "\nschema: 1\n" in TEXT
    assert not re.search("[\U0001F000-\U0001FAFF\u2600-\u27BF]", TEXT)
    assert "â€" not in TEXT  # mojibake of — and –


# -- broken variants --------------------------------------------------------------------------

def test_unknown_option_in_a_condition_is_reported_at_its_line():
    line = _line("      - when: {answer: data_scope, is: much_more}")
    problems = _problems_at(_replaced(line, "      - when: {answer: data_scope, is: way_more}"))
    assert len(problems) == 1
    assert problems[0][0] == line
    assert "no option 'way_more'" in problems[0][1]


def test_unknown_option_in_a_list_and_unknown_question_in_a_condition():
    name = "  decides_price_credit_or_job: "
    line = _line(name + "{answer: sector, in: [credit, insurance, employment]}")
    text = _replaced(line, name + "{answer: sector, in: [credit, insurnace]}")
    assert [(n, "insurnace" in m) for n, m in _problems_at(text)] == [(line, True)]
    line = _line("  marketing: {answer: sector, is: marketing}")
    text = _replaced(line, "  marketing: {answer: sectr, is: marketing}")
    assert [(n, "no question 'sectr'" in m) for n, m in _problems_at(text)] == [(line, True)]


def test_a_comparison_that_does_not_fit_the_question_kind_is_reported():
    line = _line("  children_data: {answer: data, includes: children}")
    problems = _problems_at(_replaced(line, "  children_data: {answer: data, is: children}"))
    assert problems[0][0] == line and "use includes" in problems[0][1]


def test_unknown_status_is_reported_at_its_line():
    line = _line("        status: fail", after="  - id: minimisation")
    problems = _problems_at(_replaced(line, "        status: failed"))
    assert problems == [(line, "'status' must be one of pass, warn, fail; found 'failed'")]


def test_duplicate_preset_id_is_reported_at_the_second_one():
    line = _line("  - id: fraud_detection")
    problems = _problems_at(_replaced(line, "  - id: churn"))
    first = _line("  - id: churn")
    assert problems == [(line, f"duplicate id 'churn' (first used on line {first})")]


def test_duplicate_option_id_is_reported():
    line = _line("        - {id: location, label: Location}")
    problems = _problems_at(_replaced(line, "        - {id: browsing, label: Location}"))
    assert problems[0][0] == line and "duplicate id 'browsing'" in problems[0][1]


def test_unknown_option_and_unknown_question_in_preset_answers():
    line = _line("      source: public_web", after="  - id: credit_social")
    problems = _problems_at(_replaced(line, "      source: darknet"))
    assert [(n, "no option 'darknet'" in m) for n, m in problems] == [(line, True)]
    line = _line("      data_scope: much_more", after="  - id: credit_social")
    problems = _problems_at(_replaced(line, "      data_size: much_more"))
    messages = [m for _, m in problems]
    assert (line, "no question 'data_size' in the form") in problems
    assert any("missing: data_scope" in m for m in messages)


def test_an_option_named_twice_in_preset_answers_is_reported():
    line = _line("      data: [contact, transactions]", after="  - id: churn")
    problems = _problems_at(_replaced(line, "      data: [contact, contact]"))
    assert problems == [(line, "'data' names an option twice")]


def test_a_preset_whose_form_answers_disagree_with_its_verdict_is_reported():
    line = _line("    verdict: warn", after="  - id: churn")
    problems = _problems_at(_replaced(line, "    verdict: pass"))
    assert problems == [(line, "preset 'churn' says 'pass', but its form answers give "
                               "'warn' under the rules")]


def test_named_condition_errors():
    line = _line("  marketing: {answer: sector, is: marketing}")
    problems = _problems_at(_replaced(line, "  marketing: {ref: marketing}"))
    assert any(n == line and "refers to itself" in m for n, m in problems)
    line = _line("            - {ref: legitimate_interest}", after="  - id: right_to_object")
    problems = _problems_at(_replaced(line, "            - {ref: legit_interest}"))
    assert any(n == line and "no named condition 'legit_interest'" in m for n, m in problems)


def test_an_unused_named_condition_is_reported():
    text = TEXT.replace("conditions:\n", "conditions:\n  spare: {answer: dpia, is: yes}\n", 1)
    line = text.splitlines().index("  spare: {answer: dpia, is: yes}") + 1
    assert _problems_at(text) == [(line, "named condition 'spare' is never used")]


def test_unknown_placeholder_in_a_conclusion_template():
    rest = " checks pass. Record the processing, keep the privacy"
    line = _line("        All {check_count}" + rest)
    text = _replaced(line, "        All {checks}" + rest)
    problems = _problems_at(text)
    assert len(problems) == 1 and "unknown placeholder '{checks}'" in problems[0][1]
    assert problems[0][0] == line - 1  # the line of `conclusion: >-`


def test_syntax_errors_name_the_line():
    line = _line("      label: Which personal data does the model use?")
    with pytest.raises(ContentError) as exc:
        parse_yaml(_replaced(line, "      label: [unclosed"), NAME)
    assert exc.value.problems[0].line >= line


def test_wrong_schema_is_reported():
    line = _line("schema: 1")
    assert _problems_at(_replaced(line, "schema: 2")) == [
        (line, "'schema' must be at most 1, found 2")]


def test_a_small_inline_file_reports_every_problem():
    text = """\
schema: 1
disclaimer: Not legal advice.
texts: {preset_mode: a, custom_mode: b, check_button: c, form_intro: d, incomplete: e}
status_labels: {pass: P, warn: W, fail: F}
form:
  yes_label: "Yes"
  no_label: "No"
  questions:
    - {id: q, kind: yes_no, label: "Q?"}
    - {id: q, kind: single, label: "Again?", options: [{id: a, label: A}, {id: b, label: B}]}
conditions: {}
checks:
  - id: one
    title: One
    article: Art. 1
    rules:
      - {when: {answer: q, is: maybe}, status: warn, reason: r}
    default: {status: sure, reason: r}
verdict:
  rules: [{status: fail, at_least: 1, verdict: fail}]
  default: pass
  outcomes:
    - {id: pass, label: P, conclusion: ok}
    - {id: warn, label: W, conclusion: ok}
    - {id: fail, label: F, conclusion: ok}
presets: []
"""
    problems = _problems_at(text)
    assert (10, "duplicate id 'q' (first used on line 9)") in problems
    assert (17, "'is' must be true or false, found the text 'maybe'") in problems
    assert (18, "'status' must be one of pass, warn, fail; found 'sure'") in problems
    assert (26, "'presets' needs at least 1 entries, found 0") in problems
