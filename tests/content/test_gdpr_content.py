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
    assert all(p.notes for p in content.presets)
    assert [ch.id for ch in content.rules.checks] == [
        "scope", "purpose_limitation", "minimisation", "lawful_basis", "special_categories",
        "transparency", "right_to_object", "automated_decisions", "dpia", "ai_act"]


#: The checker's vocabulary (issue 17): the contract with tests that drive the form.
VOCABULARY = {
    "personal_data": ("yes_no", ("yes", "no")),
    "data": ("multiple", ("contact", "transactions", "financial", "browsing", "location",
                          "social_media", "career", "photos_voice", "biometric_id", "health",
                          "genetic", "racial_ethnic", "religion", "politics", "trade_union",
                          "sexual_orientation", "criminal", "children")),
    "people": ("multiple", ("customers", "employees", "patients", "children",
                            "other_vulnerable", "public")),
    "source": ("single", ("from_people", "observed", "third_party", "public_web")),
    "original_purpose": ("single", ("service", "marketing", "legal", "healthcare",
                                    "employment", "social", "unknown")),
    "new_purpose": ("single", ("same", "compatible", "unrelated")),
    "lawful_basis": ("single", ("consent", "contract", "legal_obligation", "vital_interests",
                                "public_task", "li_lia", "li_no_lia", "none")),
    "automated_decision": ("yes_no", ("yes", "no")),
    "human_review": ("yes_no", ("yes", "no")),
    "art22_exception": ("single", ("contract_necessary", "authorised_by_law",
                                   "explicit_consent", "none")),
    "informed": ("yes_no", ("yes", "no")),
    "data_scope": ("single", ("needed_only", "some_extra", "much_more")),
    "dpia_factors": ("multiple", ("large_scale", "systematic_monitoring", "combines_datasets",
                                  "new_technology", "blocks_service")),
    "dpia": ("yes_no", ("yes", "no")),
    "profiling": ("yes_no", ("yes", "no")),
    "ai_act_use": ("single", (
        "remote_biometric_id", "biometric_verification", "biometric_categorisation",
        "emotion_recognition", "critical_infrastructure", "education", "recruitment",
        "work_decisions", "public_benefits", "creditworthiness", "fraud_detection",
        "life_health_insurance", "other_insurance", "emergency_triage", "law_enforcement",
        "migration_border", "justice_democracy", "none")),
    "art6_3": ("single", ("narrow_procedural", "improves_human_result",
                          "detects_patterns_only", "preparatory", "none")),
    "ai_practice": ("multiple", ("social_scoring", "manipulation", "crime_profiling",
                                 "face_scraping", "emotion_work", "biometric_sensitive",
                                 "realtime_public_id", "emotion_other", "chatbot",
                                 "synthetic_content")),
}


def test_the_form_asks_exactly_the_issues_vocabulary():
    form = _parse(TEXT)[0].form
    assert {q.id: (q.kind, q.option_ids) for q in form.questions} == VOCABULARY
    assert form.question("personal_data").label.startswith(
        "Can the people in the data be identified, directly or with other data you hold?")
    assert form.question("profiling").label.startswith(
        "Does it evaluate people's personal aspects (work, finances, health, preferences,")


def test_questions_that_may_not_apply_say_why_they_are_skipped():
    form = _parse(TEXT)[0].form
    anonymous = form.skipped({"personal_data": "no", "ai_act_use": "none"})
    assert set(anonymous) == set(VOCABULARY) - {"personal_data", "ai_act_use", "ai_practice"}
    assert all(why for why in anonymous.values())
    assert set(form.skipped({"personal_data": "yes", "automated_decision": "no",
                             "ai_act_use": "recruitment"})) == {"human_review",
                                                                "art22_exception"}
    assert set(form.skipped({"personal_data": "yes", "automated_decision": "yes",
                             "human_review": "no", "ai_act_use": "recruitment"})) == set()


def test_texts_verdict_labels_and_disclaimer():
    content = _parse(TEXT)[0]
    labels = {o.status: o.label for o in content.rules.verdict.outcomes}
    assert labels == {"pass": "Generally compliant", "warn": "Compliant with safeguards",
                      "fail": "High compliance risk"}
    assert "not legal advice" in content.disclaimer
    assert set(content.status_labels) == {"pass", "warn", "fail", "not_applicable"}
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
    name = "  law_based: "
    line = _line(name + "{answer: lawful_basis, in: [legal_obligation, public_task]}")
    text = _replaced(line, name + "{answer: lawful_basis, in: [legal_obligation, public_tsak]}")
    assert [(n, "public_tsak" in m) for n, m in _problems_at(text)] == [(line, True)]
    line = _line("  employees: {answer: people, includes: employees}")
    text = _replaced(line, "  employees: {answer: peple, includes: employees}")
    assert [(n, "no question 'peple'" in m) for n, m in _problems_at(text)] == [(line, True)]


def test_a_comparison_that_does_not_fit_the_question_kind_is_reported():
    line = _line("  criminal_data: {answer: data, includes: criminal}")
    problems = _problems_at(_replaced(line, "  criminal_data: {answer: data, is: criminal}"))
    assert problems[0][0] == line and "use includes" in problems[0][1]


def test_unknown_status_is_reported_at_its_line():
    line = _line("        status: fail", after="  - id: minimisation")
    problems = _problems_at(_replaced(line, "        status: failed"))
    assert problems == [(line, "'status' must be one of pass, warn, fail, not_applicable; "
                               "found 'failed'")]


def test_a_rule_without_a_citation_is_reported_at_its_line():
    line = _line("        cites: GDPR Art. 10", after="  - id: special_categories")
    problems = _problems_at(_replaced(line, "        citation: GDPR Art. 10"))
    assert any(n == line - 1 or "'cites'" in m for n, m in problems), problems
    assert any("cites" in m for _, m in problems)


def test_an_unknown_placeholder_in_a_reason_is_reported():
    line = _line('        cites: "{art22_exception.cites}; Recital 71"')
    problems = _problems_at(_replaced(line, '        cites: "{art22_exeption.cites}; Recital 71"'))
    assert [(n, "unknown placeholder '{art22_exeption.cites}'" in m)
            for n, m in problems] == [(line, True)]


def test_a_note_may_not_take_the_id_of_a_check():
    line = _line("      - id: retention")
    problems = _problems_at(_replaced(line, "      - id: dpia"))
    assert [(n, "has the id of a check" in m) for n, m in problems] == [(line, True)]


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
    assert problems == [(line, "preset 'churn' says 'pass', but its answers and notes give "
                               "'warn' under the rules")]


def test_named_condition_errors():
    line = _line("  employees: {answer: people, includes: employees}")
    problems = _problems_at(_replaced(line, "  employees: {ref: employees}"))
    assert any(n == line and "refers to itself" in m for n, m in problems)
    line = _line("            - {ref: objectable_basis}", after="  - id: right_to_object")
    problems = _problems_at(_replaced(line, "            - {ref: objectable_bases}"))
    assert any(n == line and "no named condition 'objectable_bases'" in m for n, m in problems)


def test_an_unused_named_condition_is_reported():
    text = TEXT.replace("conditions:\n", "conditions:\n  spare: {answer: dpia, is: yes}\n", 1)
    line = text.splitlines().index("  spare: {answer: dpia, is: yes}") + 1
    assert _problems_at(text) == [(line, "named condition 'spare' is never used")]


def test_unknown_placeholder_in_a_conclusion_template():
    rest = " of {check_count}."
    line = _line("        Checks passed, of those that apply: {check_count}" + rest)
    text = _replaced(line, "        Checks passed, of those that apply: {checks}" + rest)
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
texts: {preset_mode: a, custom_mode: b, check_button: c, open_in_form: f, open_in_form_help: g,
        form_intro: d, incomplete: e, skipped_prefix: h}
status_labels: {pass: P, warn: W, fail: F, not_applicable: N}
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
      - {when: {answer: q, is: maybe}, status: warn, reason: r, cites: Art. 1}
    default: {status: sure, reason: r, cites: Art. 1}
verdict:
  outcomes:
    - {id: pass, label: P, conclusion: ok}
    - {id: warn, label: W, conclusion: ok}
    - {id: fail, label: F, conclusion: ok}
presets: []
"""
    problems = _problems_at(text)
    assert (11, "duplicate id 'q' (first used on line 10)") in problems
    assert (18, "'is' must be true or false, found the text 'maybe'") in problems
    assert (19, "'status' must be one of pass, warn, fail, not_applicable; found 'sure'") \
        in problems
    assert (25, "'presets' needs at least 1 entries, found 0") in problems
