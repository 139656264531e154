"""content/gdpr.yaml -> the compliance checker's presets, form, rules and texts.

Conditions (the ``when`` of a rule, and the named ``conditions``) are small
mappings over the form's answers; each has exactly one of these shapes:

- ``{answer: Q, is: OPT}``: single-choice or yes/no question Q is answered OPT
  (yes/no answers are written ``yes`` or ``no``, without quotes);
- ``{answer: Q, in: [OPT, ...]}``: Q is answered with one of the options;
- ``{answer: Q, includes: OPT}``: multiple-choice Q has OPT ticked;
- ``{answer: Q, includes_any: [OPT, ...]}``: Q has at least one of them ticked;
- ``{all: [C, ...]}``, ``{any: [C, ...]}``, ``{not: C}``: combine conditions;
- ``{ref: NAME}``: the named condition NAME from the ``conditions`` mapping.

Every question and option id is checked against the form, so a typo is
reported with its line instead of silently never matching.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any, Mapping

from ..model import compliance as c
from .reader import Reader

SCHEMA = 1
MODES = ("preset", "custom")
_COMPARISONS = ("is", "in", "includes", "includes_any")
_CONDITION_KEYS = ("answer", "all", "any", "not", "ref")


@dataclass(frozen=True)
class GdprTexts:
    """Fixed texts of the checker's page."""

    preset_mode: str
    custom_mode: str
    check_button: str
    form_intro: str
    incomplete: str


@dataclass(frozen=True)
class GdprContent:
    """Everything the compliance checker shows and evaluates."""

    disclaimer: str
    texts: GdprTexts
    status_labels: Mapping[str, str]
    presets: tuple[c.Preset, ...]
    rules: c.Ruleset

    @property
    def form(self) -> c.Form:
        return self.rules.form

    def preset(self, preset_id: str) -> c.Preset | None:
        return next((p for p in self.presets if p.id == preset_id), None)

    def evaluate(self, answers: c.Answers) -> c.ComplianceResult:
        """The custom use case's result; raises compliance.AnswerError if answers don't fit."""
        return c.evaluate(self.rules, answers)

    def defaults(self) -> dict[str, dict[str, Any]]:
        return {"gdpr": {"mode": "preset", "preset": self.presets[0].id, "checked": False,
                         "custom": {}, "custom_checked": False}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"gdpr": {"mode": MODES, "preset": tuple(p.id for p in self.presets)}}


# -- form ------------------------------------------------------------------------------------

def _parse_option(r: Reader) -> c.Option:
    return c.Option(r.ident("id"), r.text("label"))


def _parse_question(r: Reader, yes_no: tuple[c.Option, ...]) -> c.Question:
    qid = r.ident("id")
    kind = r.choice("kind", c.KINDS)
    if kind == c.YES_NO:
        if r.has("options"):
            r.problem("a yes_no question takes its options from the form's yes_label and "
                      "no_label; remove 'options'", r.line_of("options"))
        options = yes_no
    else:
        readers = r.items("options", min_items=2)
        r.unique_ids(readers)
        options = tuple(_parse_option(o) for o in readers)
    return c.Question(qid, r.text("label"), kind, options, r.text("help", ""))


def _parse_form(r: Reader) -> c.Form:
    yes_no = (c.Option("yes", r.text("yes_label")), c.Option("no", r.text("no_label")))
    readers = r.items("questions", min_items=1)
    r.unique_ids(readers)
    return c.Form(tuple(_parse_question(q, yes_no) for q in readers))


# -- conditions -------------------------------------------------------------------------------

class _Conditions:
    """Parses conditions against a form, resolving named ones (and catching cycles)."""

    def __init__(self, form: c.Form, named: list[tuple[str, Reader]]):
        self.form = form
        self.named = dict(named)
        self.resolved: dict[str, c.Condition] = {}
        self.used: set[str] = set()
        self._visiting: list[str] = []

    def parse(self, r: Reader) -> c.Condition:
        if not r.is_mapping():
            r.problem("a condition must be a mapping with one of: " + ", ".join(_CONDITION_KEYS))
            return c.NEVER
        found = [k for k in _CONDITION_KEYS if r.has(k)]
        if len(found) != 1:
            r.problem("a condition needs exactly one of: " + ", ".join(_CONDITION_KEYS)
                      + (f" (found {', '.join(found)})" if found else ""))
            return c.NEVER
        key = found[0]
        allowed = {key, *_COMPARISONS} if key == "answer" else {key}
        for extra in r.keys():
            if extra not in allowed:
                r.problem(f"unknown key '{extra}' in a condition", r.line_of(extra))
        if key == "answer":
            return self._answer(r)
        if key in ("all", "any"):
            parts = tuple(self.parse(p) for p in r.items(key, min_items=1))
            return c.AllOf(parts) if key == "all" else c.AnyOf(parts)
        if key == "not":
            return c.Not(self.parse(r.child("not")))
        return self._ref(r)

    def _ref(self, r: Reader) -> c.Condition:
        name = r.text("ref")
        if name not in self.named:
            if name:
                r.problem(f"no named condition '{name}' (known: {', '.join(self.named) or 'none'})",
                          r.line_of("ref"))
            return c.NEVER
        self.used.add(name)
        if name in self._visiting:
            r.problem(f"condition '{name}' refers to itself ("
                      + " -> ".join([*self._visiting, name]) + ")", r.line_of("ref"))
            return c.NEVER
        if name not in self.resolved:
            self._visiting.append(name)
            self.resolved[name] = self.parse(self.named[name])
            self._visiting.pop()
        return self.resolved[name]

    def finish(self) -> None:
        """Report named conditions no rule uses (and still check what they say)."""
        for name, r in self.named.items():
            if name not in self.used:
                r.problem(f"named condition '{name}' is never used")
                if name not in self.resolved:
                    self._visiting.append(name)
                    self.resolved[name] = self.parse(r)
                    self._visiting.pop()

    def _answer(self, r: Reader) -> c.Condition:
        qid = r.text("answer")
        question = self.form.question(qid)
        if question is None:
            if qid:
                r.problem(f"no question '{qid}' in the form", r.line_of("answer"))
            return c.NEVER
        ops = [k for k in _COMPARISONS if r.has(k)]
        if len(ops) != 1:
            r.problem(f"a condition on '{qid}' needs exactly one of: " + ", ".join(_COMPARISONS))
            return c.NEVER
        op = ops[0]
        multiple = question.kind == c.MULTIPLE
        if multiple != op.startswith("includes"):
            fits = "includes, includes_any" if multiple else "is, in"
            r.problem(f"'{qid}' is a {question.kind} question: use {fits}", r.line_of(op))
            return c.NEVER
        if op in ("is", "includes"):
            options = (self._option(r, op, question),)
        else:
            options = tuple(_read_option(item, question) for item in r.items(op, min_items=1))
        return c.Includes(qid, options) if multiple else c.AnswerIn(qid, options)

    def _option(self, r: Reader, key: str, question: c.Question) -> str:
        if question.kind == c.YES_NO:
            return "yes" if r.boolean(key) else "no"
        value = r.text(key)
        if value and value not in question.option_ids:
            r.problem(_unknown_option(question, value), r.line_of(key))
        return value


def _read_option(item: Reader, question: c.Question) -> str:
    """One option id given as a list entry (yes/no written without quotes)."""
    value = item.scalar()
    if question.kind == c.YES_NO and isinstance(value, bool):
        return "yes" if value else "no"
    if not isinstance(value, str) or value not in question.option_ids:
        item.problem(_unknown_option(question, value))
        return ""
    return value


def _unknown_option(question: c.Question, value: Any) -> str:
    shown = ("yes or no" if question.kind == c.YES_NO
             else ", ".join(question.option_ids))
    return f"question '{question.id}' has no option '{value}' (options: {shown})"


# -- checks and verdict -------------------------------------------------------------------------

def _parse_rule(r: Reader, conditions: _Conditions) -> c.Rule:
    return c.Rule(conditions.parse(r.child("when")), r.choice("status", c.STATUSES),
                  r.text("reason"))


def _parse_check(r: Reader, conditions: _Conditions) -> c.Check:
    default = r.child("default")
    return c.Check(r.ident("id"), r.text("title"), r.text("article"),
                   r.each("rules", lambda x: _parse_rule(x, conditions), min_items=1),
                   default.choice("status", c.STATUSES), default.text("reason"))


def _parse_outcome(r: Reader) -> c.Outcome:
    status = r.choice("id", c.STATUSES)
    template = r.text("conclusion")
    try:
        names = c.template_fields(template)
    except ValueError as exc:
        r.problem(f"'conclusion' is not a valid template ({exc}); write {{{{ and }}}} for braces",
                  r.line_of("conclusion"))
        names = ()
    for name in names:
        if name not in c.TEMPLATE_FIELDS:
            r.problem(f"unknown placeholder '{{{name}}}' in 'conclusion' "
                      f"(known: {', '.join(c.TEMPLATE_FIELDS)})", r.line_of("conclusion"))
            template = template.replace("{" + name + "}", "")
    return c.Outcome(status, r.text("label"), template)


def _parse_verdict_rule(r: Reader) -> c.VerdictRule:
    return c.VerdictRule(r.choice("status", c.STATUSES), r.integer("at_least", minimum=1),
                         r.choice("verdict", c.STATUSES))


def _parse_policy(r: Reader) -> c.VerdictPolicy:
    rules = r.each("rules", _parse_verdict_rule)
    default = r.choice("default", c.STATUSES)
    readers = r.items("outcomes", min_items=len(c.STATUSES), max_items=len(c.STATUSES))
    r.unique_ids(readers)
    outcomes = tuple(_parse_outcome(o) for o in readers)
    missing = [s for s in c.STATUSES if s not in {o.status for o in outcomes}]
    if missing and len(readers) == len(c.STATUSES):
        r.problem(f"'outcomes' needs one entry for each of {', '.join(c.STATUSES)}",
                  r.line_of("outcomes"))
    if missing:
        # Placeholders keep the policy usable while the problem is reported.
        outcomes += tuple(c.Outcome(s, s, "") for s in missing)
    return c.VerdictPolicy(rules, default, outcomes)


# -- presets ------------------------------------------------------------------------------------

def _parse_preset_check(r: Reader) -> c.CheckResult:
    return c.CheckResult(r.ident("id"), r.text("title"), r.text("article"),
                         r.choice("status", c.STATUSES), r.text("reason"))


def _parse_answers(r: Reader, form: c.Form) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    for qid in r.keys():
        question = form.question(qid)
        if question is None:
            r.problem(f"no question '{qid}' in the form", r.line_of(qid))
        elif question.kind == c.YES_NO:
            answers[qid] = "yes" if r.boolean(qid) else "no"
        elif question.kind == c.MULTIPLE:
            chosen = tuple(_read_option(i, question) for i in r.items(qid))
            if len(set(chosen)) != len(chosen):
                r.problem(f"'{qid}' names an option twice", r.line_of(qid))
            answers[qid] = chosen
        else:
            value = r.text(qid)
            if value and value not in question.option_ids:
                r.problem(_unknown_option(question, value), r.line_of(qid))
            answers[qid] = value
    missing = c.missing_answers(form, answers)
    if missing:
        r.problem(f"'answers' must answer every question; missing: {', '.join(missing)}")
    return answers


def _parse_preset(r: Reader, form: c.Form, policy: c.VerdictPolicy) -> c.Preset:
    checks_r = r.items("checks", min_items=1)
    r.unique_ids(checks_r)
    status = r.choice("verdict", c.STATUSES)
    answers = _parse_answers(r.child("answers"), form)
    return c.Preset(r.ident("id"), r.text("label"), r.text("description"),
                    tuple(_parse_preset_check(x) for x in checks_r),
                    c.Verdict(status, policy.outcome(status).label), r.text("conclusion"),
                    MappingProxyType(answers))


def _check_agreement(readers: list[Reader], presets: tuple[c.Preset, ...],
                     rules: c.Ruleset) -> None:
    """Each preset entered through the form must reach the preset's own verdict."""
    for r, preset in zip(readers, presets):
        try:
            got = c.evaluate(rules, preset.answers).verdict.status
        except c.AnswerError as exc:  # parsing should have caught it; never crash on content
            r.problem(f"preset '{preset.id}': {exc}", r.line_of("answers"))
            continue
        if got != preset.verdict.status:
            r.problem(f"preset '{preset.id}' says '{preset.verdict.status}', but its form answers "
                      f"give '{got}' under the rules", r.line_of("verdict"))


# -- the file ------------------------------------------------------------------------------------

def parse(r: Reader) -> GdprContent:
    """Parse and validate gdpr.yaml; problems are recorded in ``r.problems``."""
    before = len(r.problems)
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    texts_r = r.child("texts")
    texts = GdprTexts(*(texts_r.text(f.name) for f in fields(GdprTexts)))
    labels_r = r.child("status_labels")
    status_labels = MappingProxyType({s: labels_r.text(s) for s in c.STATUSES})
    form = _parse_form(r.child("form"))
    conditions = _Conditions(form, r.entries("conditions") if r.has("conditions") else [])
    check_readers = r.items("checks", min_items=1)
    r.unique_ids(check_readers)
    checks = tuple(_parse_check(x, conditions) for x in check_readers)
    conditions.finish()
    policy = _parse_policy(r.child("verdict"))
    rules = c.Ruleset(form, checks, policy)
    preset_readers = r.items("presets", min_items=1)
    r.unique_ids(preset_readers)
    presets = tuple(_parse_preset(p, form, policy) for p in preset_readers)
    if len(r.problems) == before:
        # Only meaningful once every id is known to be right.
        _check_agreement(preset_readers, presets, rules)
    return GdprContent(r.text("disclaimer"), texts, status_labels, presets, rules)

