"""content/gdpr.yaml -> the compliance checker's presets, form, rules and texts.

Conditions (the ``when`` of a rule, and the named ``conditions``) are small
mappings over the form's answers; each has exactly one of these shapes:

- ``{answer: Q, is: OPT}``: single-choice or yes/no question Q is answered OPT
  (yes/no answers are written ``yes`` or ``no``, without quotes);
- ``{answer: Q, in: [OPT, ...]}``: Q is answered with one of the options;
- ``{answer: Q, includes: OPT}``: multiple-choice Q has OPT ticked;
- ``{answer: Q, includes_any: [OPT, ...]}``: Q has at least one of them ticked;
- ``{all: [C, ...]}``, ``{any: [C, ...]}``, ``{not: C}``: combine conditions;
- ``{at_least: N, of: [C, ...]}``: at least N of the conditions hold;
- ``{ref: NAME}``: the named condition NAME from the ``conditions`` mapping.

Every question and option id is checked against the form, so a typo is
reported with its line instead of silently never matching.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from types import MappingProxyType
from typing import Any, Mapping

from ..model import compliance as c
from .reader import Reader

SCHEMA = 1
MODES = ("preset", "custom")
_COMPARISONS = ("is", "in", "includes", "includes_any")
_CONDITION_KEYS = ("answer", "all", "any", "not", "ref", "at_least")


@dataclass(frozen=True)
class GdprTexts:
    """Fixed texts of the checker's page."""

    preset_mode: str
    custom_mode: str
    check_button: str
    open_in_form: str
    open_in_form_help: str
    form_intro: str
    incomplete: str
    skipped_prefix: str


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

    def preset_result(self, preset: c.Preset) -> c.ComplianceResult:
        """A preset's rows (the engine's, then its notes) and the verdict they give."""
        return c.preset_result(self.rules, preset)

    def defaults(self) -> dict[str, dict[str, Any]]:
        return {"gdpr": {"mode": "preset", "preset": self.presets[0].id, "checked": False,
                         "custom": {}, "custom_checked": False}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"gdpr": {"mode": MODES, "preset": tuple(p.id for p in self.presets)}}


# -- form ------------------------------------------------------------------------------------

def _parse_option(r: Reader) -> c.Option:
    return c.Option(r.ident("id"), r.text("label"), r.text("cites", ""))


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


def _parse_form(r: Reader) -> tuple[c.Form, list[Reader]]:
    yes_no = (c.Option("yes", r.text("yes_label")), c.Option("no", r.text("no_label")))
    readers = r.items("questions", min_items=1)
    r.unique_ids(readers)
    return c.Form(tuple(_parse_question(q, yes_no) for q in readers)), readers


def _with_skips(form: c.Form, readers: list[Reader], conditions: "_Conditions") -> c.Form:
    """The form with each question's ``skip_when`` (it may name any question of the form)."""
    questions = []
    for q, r in zip(form.questions, readers):
        if r.has("skip_when"):
            q = replace(q, skip_when=conditions.parse(r.child("skip_when")),
                        skip_reason=r.text("skip_reason"))
        elif r.has("skip_reason"):
            r.problem("'skip_reason' needs a 'skip_when' condition", r.line_of("skip_reason"))
        questions.append(q)
    return c.Form(tuple(questions))


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
        allowed = {"answer": {key, *_COMPARISONS}, "at_least": {key, "of"}}.get(key, {key})
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
        if key == "at_least":
            parts = tuple(self.parse(p) for p in r.items("of", min_items=1))
            return c.AtLeast(r.integer("at_least", minimum=1, maximum=max(1, len(parts))), parts)
        return self._ref(r)

    def _ref(self, r: Reader) -> c.Condition:
        name = r.code("ref")
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
        qid = r.code("answer")
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
        value = r.code(key)
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

def _answer_template(r: Reader, key: str, form: c.Form) -> str:
    """A reason or citation; its ``{question.label}``/``{question.cites}`` fields must exist."""
    text = r.text(key)
    try:
        names = c.template_fields(text)
    except ValueError as exc:
        r.problem(f"'{key}' is not a valid template ({exc}); write {{{{ and }}}} for braces",
                  r.line_of(key))
        return text.replace("{", "(").replace("}", ")")
    for name in names:
        qid, _, attr = name.partition(".")
        question = form.question(qid)
        if question is None or question.kind != c.SINGLE or attr not in c.ANSWER_FIELDS:
            r.problem(f"unknown placeholder '{{{name}}}' in '{key}' (use {{question.label}} or "
                      "{question.cites} of a single-choice question)", r.line_of(key))
            text = text.replace("{" + name + "}", "")
    return text


def _parse_rule(r: Reader, conditions: _Conditions, *, default: bool = False) -> c.Rule:
    # Every rule names the provision it applies: a course on the law cites the law.
    when = c.AllOf(()) if default else conditions.parse(r.child("when"))
    form = conditions.form
    return c.Rule(when, r.choice("status", c.STATUSES), _answer_template(r, "reason", form),
                  _answer_template(r, "cites", form))


def _parse_check(r: Reader, conditions: _Conditions) -> c.Check:
    return c.Check(r.ident("id"), r.text("title"), r.text("article"),
                   r.each("rules", lambda x: _parse_rule(x, conditions), min_items=1),
                   _parse_rule(r.child("default"), conditions, default=True))


def _parse_outcome(r: Reader) -> c.Outcome:
    status = r.choice("id", c.VERDICTS)
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


def _parse_policy(r: Reader) -> c.VerdictPolicy:
    readers = r.items("outcomes", min_items=len(c.VERDICTS), max_items=len(c.VERDICTS))
    r.unique_ids(readers)
    outcomes = tuple(_parse_outcome(o) for o in readers)
    missing = [s for s in c.VERDICTS if s not in {o.status for o in outcomes}]
    if missing and len(readers) == len(c.VERDICTS):
        r.problem(f"'outcomes' needs one entry for each of {', '.join(c.VERDICTS)}",
                  r.line_of("outcomes"))
    if missing:
        # Placeholders keep the policy usable while the problem is reported.
        outcomes += tuple(c.Outcome(s, s, "") for s in missing)
    return c.VerdictPolicy(outcomes)


# -- presets ------------------------------------------------------------------------------------

def _parse_note(r: Reader) -> c.CheckResult:
    return c.CheckResult(r.ident("id"), r.text("title"), r.text("cites"),
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
            value = r.code(qid)
            if value and value not in question.option_ids:
                r.problem(_unknown_option(question, value), r.line_of(qid))
            answers[qid] = value
    missing = c.missing_answers(form, answers)
    if missing:
        r.problem(f"'answers' must answer every question; missing: {', '.join(missing)}")
    return answers


def _parse_preset(r: Reader, form: c.Form, check_ids: set[str]) -> c.Preset:
    notes_r = r.items("notes") if r.has("notes") else []
    r.unique_ids(notes_r)
    for note in notes_r:
        if note.has("id") and note.code("id") in check_ids:
            note.problem(f"note '{note.code('id')}' has the id of a check; a note adds a row, "
                         "so give it its own id", note.line_of("id"))
    status = r.choice("verdict", c.VERDICTS)
    answers = _parse_answers(r.child("answers"), form)
    return c.Preset(r.ident("id"), r.text("label"), r.text("description"),
                    MappingProxyType(answers), tuple(_parse_note(x) for x in notes_r),
                    status, r.text("advice"))


def _check_agreement(readers: list[Reader], presets: tuple[c.Preset, ...],
                     rules: c.Ruleset) -> None:
    """Each preset, run through the engine with its notes, must reach the verdict it states."""
    for r, preset in zip(readers, presets):
        try:
            got = c.preset_result(rules, preset).verdict.status
        except c.AnswerError as exc:  # parsing should have caught it; never crash on content
            r.problem(f"preset '{preset.id}': {exc}", r.line_of("answers"))
            continue
        if got != preset.verdict:
            r.problem(f"preset '{preset.id}' says '{preset.verdict}', but its answers and notes "
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
    form, question_readers = _parse_form(r.child("form"))
    conditions = _Conditions(form, r.entries("conditions") if r.has("conditions") else [])
    form = _with_skips(form, question_readers, conditions)
    check_readers = r.items("checks", min_items=1)
    r.unique_ids(check_readers)
    checks = tuple(_parse_check(x, conditions) for x in check_readers)
    conditions.finish()
    policy = _parse_policy(r.child("verdict"))
    rules = c.Ruleset(form, checks, policy)
    preset_readers = r.items("presets", min_items=1)
    r.unique_ids(preset_readers)
    presets = tuple(_parse_preset(p, form, {k.id for k in checks}) for p in preset_readers)
    if len(r.problems) == before:
        # Only meaningful once every id is known to be right.
        _check_agreement(preset_readers, presets, rules)
    return GdprContent(r.text("disclaimer"), texts, status_labels, presets, rules)

