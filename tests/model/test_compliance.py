"""The compliance rule engine's semantics, on a small hand-built ruleset.

The course's own rules are tested case by case, each case naming its source in the
regulations, in test_compliance_cases.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content import gdpr
from desktop.content.reader import read_file
from desktop.model import compliance as c

CONTENT = Path(__file__).resolve().parents[2] / "content"


# -- the engine on a tiny hand-built ruleset ---------------------------------------------------

FORM = c.Form((
    c.Question("colour", "Colour?", c.SINGLE, (c.Option("red", "Red"), c.Option("blue", "Blue"))),
    c.Question("pets", "Pets?", c.MULTIPLE,
               (c.Option("cat", "Cat"), c.Option("dog", "Dog"), c.Option("fish", "Fish"))),
    c.Question("loud", "Loud?", c.YES_NO, (c.Option("yes", "Yes"), c.Option("no", "No"))),
))
RED = c.AnswerIn("colour", ("red",))
FURRY = c.Includes("pets", ("cat", "dog"))
LOUD = c.AnswerIn("loud", ("yes",))
POLICY = c.VerdictPolicy(
    outcomes=(c.Outcome("pass", "Fine", "All {check_count} fine."),
              c.Outcome("warn", "Careful", "{warn_count} warn: {warned}."),
              c.Outcome("fail", "Bad", "{fail_count} of {check_count} fail: {failed}.")),
)


def _check(cid: str, *rules: c.Rule, default: str = "pass") -> c.Check:
    return c.Check(cid, cid.title(), "Art. 1", rules, c.Rule(c.AllOf(()), default, "default reason"))


RULES = c.Ruleset(FORM, (
    _check("noise", c.Rule(c.AllOf((FURRY, LOUD)), "fail", "furry and loud"),
           c.Rule(LOUD, "warn", "loud")),
    _check("colour", c.Rule(c.Not(RED), "warn", "not red")),
    _check("pets", c.Rule(c.AnyOf((c.Includes("pets", ("fish",)), RED)), "warn", "fish or red")),
), POLICY)


def _answers(colour="red", pets=(), loud="no"):
    return {"colour": colour, "pets": list(pets), "loud": loud}


def test_first_matching_rule_wins_and_default_applies_when_none_matches():
    checks = {r.id: r for r in c.evaluate(RULES, _answers(pets=["dog"], loud="yes")).checks}
    # Both rules of "noise" hold; the first (fail) is the one reported.
    assert (checks["noise"].status, checks["noise"].reason) == ("fail", "furry and loud")
    checks = {r.id: r for r in c.evaluate(RULES, _answers(pets=["fish"], loud="yes")).checks}
    assert (checks["noise"].status, checks["noise"].reason) == ("warn", "loud")
    checks = {r.id: r for r in c.evaluate(RULES, _answers(colour="blue")).checks}
    assert (checks["noise"].status, checks["noise"].reason) == ("pass", "default reason")
    assert checks["colour"].status == "warn"  # not red
    assert checks["pets"].status == "pass"    # no fish, not red


def test_includes_means_any_of_the_options_and_an_empty_any_never_holds():
    assert FURRY.holds({"pets": ("fish", "cat")})
    assert not FURRY.holds({"pets": ("fish",)})
    assert not FURRY.holds({"pets": ()})
    assert not c.NEVER.holds({"colour": "red"})
    assert c.AllOf(()).holds({})  # vacuous truth: the empty "all" holds


def test_the_verdict_is_one_rule_any_fail_else_any_warn_else_pass():
    assert c.decide(POLICY, ["pass", "warn", "fail"]) == c.Verdict("fail", "Bad")
    assert c.decide(POLICY, ["warn", "pass", "warn"]) == c.Verdict("warn", "Careful")
    assert c.decide(POLICY, ["warn", "pass", "pass"]) == c.Verdict("warn", "Careful")
    assert c.decide(POLICY, ["pass", "not_applicable"]) == c.Verdict("pass", "Fine")
    # Rows that do not apply count for nothing, even when they are all there is.
    assert c.decide(POLICY, ["not_applicable"] * 3) == c.Verdict("pass", "Fine")


def test_a_skipped_question_need_not_be_answered_and_its_answer_is_ignored():
    quiet = c.AnswerIn("loud", ("no",))
    form = c.Form((FORM.questions[0], FORM.questions[1],
                   c.Question("loud", "Loud?", c.YES_NO, FORM.questions[2].options,
                              skip_when=c.AnswerIn("colour", ("blue",)),
                              skip_reason="blue things are never loud")))
    rules = c.Ruleset(form, (_check("quiet", c.Rule(quiet, "warn", "said quiet")),), POLICY)
    assert c.missing_answers(form, {"colour": "blue"}) == ()
    assert form.skipped({"colour": "blue"}) == {"loud": "blue things are never loud"}
    # The old answer "no" to the skipped question is dropped before any rule sees it.
    assert c.evaluate(rules, {"colour": "blue", "loud": "no"}).checks[0].status == "pass"
    assert c.evaluate(rules, {"colour": "red", "loud": "no"}).checks[0].status == "warn"
    assert c.missing_answers(form, {"colour": "red"}) == ("loud",)


def test_at_least_counts_the_conditions_that_hold():
    two_of = c.AtLeast(2, (RED, FURRY, LOUD))
    assert two_of.holds({"colour": "red", "pets": ("cat",), "loud": "no"})
    assert not two_of.holds({"colour": "red", "pets": (), "loud": "no"})


def test_a_reason_can_name_the_chosen_option_and_what_it_cites():
    form = c.Form((c.Question("basis", "Basis?", c.SINGLE,
                              (c.Option("consent", "Consent", "Art. 6(1)(a)"),
                               c.Option("none", "None"))),))
    check = c.Check("b", "B", "Art. 6", (), c.Rule(c.AllOf(()), "pass",
                                                   "{basis.label} ({basis.cites})", "{basis.cites}"))
    row = check.evaluate(form, {"basis": "consent"})
    assert (row.reason, row.article) == ("Consent (Art. 6(1)(a))", "Art. 6(1)(a)")
    assert check.evaluate(form, {}).reason == " ()"


def test_conclusion_names_the_checks_behind_the_verdict():
    result = c.evaluate(RULES, _answers(colour="blue", pets=["cat"], loud="yes"))
    # noise fails (furry and loud), colour warns (blue), pets passes.
    assert result.verdict.status == "fail"
    assert result.conclusion == "1 of 3 fail: Noise."
    result = c.evaluate(RULES, _answers(colour="blue", pets=["fish"]))
    assert result.verdict.status == "warn"
    assert result.conclusion == "2 warn: Colour, Pets."
    result = c.evaluate(RULES, _answers(colour="blue"))
    assert result.verdict.status == "warn"  # one warning is enough: one rule for every result


def test_a_missing_multiple_choice_answer_is_an_empty_selection():
    result = c.evaluate(RULES, {"colour": "red", "loud": "yes"})
    assert [r.status for r in result.checks] == ["warn", "pass", "warn"]


@pytest.mark.parametrize("answers, fragment", [
    ({**_answers(), "size": "big"}, "unknown question 'size'"),
    (_answers(colour="green"), "'colour' has no option 'green'"),
    (_answers(pets=["cat", "cow"]), "'pets' has no option 'cow'"),
    ({**_answers(), "pets": "cat"}, "'pets' needs a list"),
    (_answers(pets=["cat", "cat"]), "names an option twice"),
    (_answers(loud=True), "'loud' has no option 'True'"),
    ({"colour": "red"}, "unanswered: loud"),
])
def test_answers_that_do_not_fit_the_form_are_rejected(answers, fragment):
    with pytest.raises(c.AnswerError, match=fragment):
        c.evaluate(RULES, answers)


def test_missing_and_clean_answers():
    assert c.missing_answers(FORM, {}) == ("colour", "loud")
    assert c.missing_answers(FORM, {"colour": "blue"}) == ("loud",)
    saved = {"colour": "green", "pets": ["cat", "dog"], "loud": "no", "old": "x"}
    assert c.clean_answers(FORM, saved) == {"pets": ("cat", "dog"), "loud": "no"}
    assert c.clean_answers(FORM, ["not", "a", "mapping"]) == {}
