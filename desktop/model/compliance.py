"""The GDPR compliance checker: a small rule engine over a use-case form.

Everything the checker knows lives in content (``content/gdpr.yaml``): the
form's questions, each check's rules, the verdict rule and its texts. This
module only evaluates them, so a trainer can change the law's simplification
without touching code.

A check is an ordered list of rules; the first rule whose condition holds for
the learner's answers gives the check's status and reason, and the check's
default applies when none does. The overall verdict follows from how many
checks have each status (see :class:`VerdictPolicy`).

Answers map question ids to option ids: one id (text) for single-choice and
yes/no questions ("yes" or "no"), a sequence of ids for multiple choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType
from typing import Any, Mapping, Sequence, Union

STATUSES = ("pass", "warn", "fail")
SINGLE, MULTIPLE, YES_NO = "single", "multiple", "yes_no"
KINDS = (SINGLE, MULTIPLE, YES_NO)
YES_NO_IDS = ("yes", "no")
#: Placeholders a verdict's conclusion template may use.
TEMPLATE_FIELDS = ("failed", "warned", "fail_count", "warn_count", "check_count")

Answers = Mapping[str, Union[str, Sequence[str]]]


# -- the form ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class Question:
    """One question of the use-case form."""

    id: str
    label: str
    kind: str  # one of KINDS
    options: tuple[Option, ...]
    help: str = ""

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    @property
    def required(self) -> bool:
        # An empty selection is a real answer to a multiple-choice question ("none of these").
        return self.kind != MULTIPLE


@dataclass(frozen=True)
class Form:
    questions: tuple[Question, ...]

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(q.id for q in self.questions)


# -- conditions -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AnswerIn:
    """A single-choice or yes/no answer is one of ``options``."""

    question: str
    options: tuple[str, ...]

    def holds(self, answers: Answers) -> bool:
        return answers.get(self.question) in self.options


@dataclass(frozen=True)
class Includes:
    """A multiple-choice answer includes at least one of ``options``."""

    question: str
    options: tuple[str, ...]

    def holds(self, answers: Answers) -> bool:
        chosen = answers.get(self.question) or ()
        return any(o in chosen for o in self.options)


@dataclass(frozen=True)
class AllOf:
    parts: tuple["Condition", ...]

    def holds(self, answers: Answers) -> bool:
        return all(p.holds(answers) for p in self.parts)


@dataclass(frozen=True)
class AnyOf:
    """Holds when any part holds; with no parts it never holds."""

    parts: tuple["Condition", ...]

    def holds(self, answers: Answers) -> bool:
        return any(p.holds(answers) for p in self.parts)


@dataclass(frozen=True)
class Not:
    part: "Condition"

    def holds(self, answers: Answers) -> bool:
        return not self.part.holds(answers)


Condition = Union[AnswerIn, Includes, AllOf, AnyOf, Not]
NEVER: Condition = AnyOf(())


# -- checks and verdicts ---------------------------------------------------------------------

@dataclass(frozen=True)
class CheckResult:
    """One line of a result: a check's status and why."""

    id: str
    title: str
    article: str
    status: str  # one of STATUSES
    reason: str


@dataclass(frozen=True)
class Rule:
    when: Condition
    status: str
    reason: str


@dataclass(frozen=True)
class Check:
    """A check over the form's answers: rules in order, first match wins."""

    id: str
    title: str
    article: str
    rules: tuple[Rule, ...]
    default_status: str
    default_reason: str

    def evaluate(self, answers: Answers) -> CheckResult:
        for rule in self.rules:
            if rule.when.holds(answers):
                return CheckResult(self.id, self.title, self.article, rule.status, rule.reason)
        return CheckResult(self.id, self.title, self.article, self.default_status,
                           self.default_reason)


@dataclass(frozen=True)
class VerdictRule:
    """Applies when at least ``at_least`` checks have ``status``."""

    status: str
    at_least: int
    verdict: str


@dataclass(frozen=True)
class Outcome:
    """A verdict's label and its conclusion template (placeholders: TEMPLATE_FIELDS)."""

    status: str
    label: str
    conclusion: str


@dataclass(frozen=True)
class VerdictPolicy:
    rules: tuple[VerdictRule, ...]
    default: str
    outcomes: tuple[Outcome, ...]

    def outcome(self, status: str) -> Outcome:
        return next(o for o in self.outcomes if o.status == status)


@dataclass(frozen=True)
class Verdict:
    status: str
    label: str


@dataclass(frozen=True)
class ComplianceResult:
    checks: tuple[CheckResult, ...]
    verdict: Verdict
    conclusion: str


@dataclass(frozen=True)
class Ruleset:
    """The form, the checks over it, and how their statuses become a verdict."""

    form: Form
    checks: tuple[Check, ...]
    verdict: VerdictPolicy


@dataclass(frozen=True)
class Preset:
    """A worked use case: its own five checks and verdict, and the same case as form answers."""

    id: str
    label: str
    description: str
    checks: tuple[CheckResult, ...]
    verdict: Verdict
    conclusion: str
    answers: Mapping[str, Any]


# -- answers ------------------------------------------------------------------------------------

class AnswerError(ValueError):
    """Answers that do not fit the form (unknown ids, wrong shape, unanswered questions)."""


def answer_problems(form: Form, answers: Answers) -> tuple[str, ...]:
    """What is wrong with ``answers`` for ``form`` (unanswered questions are not problems)."""
    out = []
    for qid, value in answers.items():
        question = form.question(qid)
        if question is None:
            out.append(f"unknown question '{qid}'")
        elif question.kind == MULTIPLE:
            if isinstance(value, str) or not isinstance(value, (list, tuple)):
                out.append(f"'{qid}' needs a list of option ids")
                continue
            for v in value:
                if v not in question.option_ids:
                    out.append(f"'{qid}' has no option '{v}'")
            if len(set(value)) != len(value):
                out.append(f"'{qid}' names an option twice")
        elif not isinstance(value, str) or value not in question.option_ids:
            out.append(f"'{qid}' has no option '{value}'")
    return tuple(out)


def missing_answers(form: Form, answers: Answers) -> tuple[str, ...]:
    """Ids of required questions not yet answered, in form order."""
    return tuple(q.id for q in form.questions if q.required and answers.get(q.id) is None)


def clean_answers(form: Form, answers: Any) -> dict[str, Any]:
    """Only the answers that still fit ``form`` (for progress saved under older content)."""
    if not isinstance(answers, Mapping):
        return {}
    kept: dict[str, Any] = {}
    for qid, value in answers.items():
        if isinstance(qid, str) and not answer_problems(form, {qid: value}):
            kept[qid] = tuple(value) if isinstance(value, (list, tuple)) else value
    return kept


def _normalised(form: Form, answers: Answers) -> Mapping[str, Any]:
    problems = answer_problems(form, answers)
    missing = missing_answers(form, answers)
    if problems or missing:
        parts = list(problems) + ([f"unanswered: {', '.join(missing)}"] if missing else [])
        raise AnswerError("; ".join(parts))
    out = {qid: tuple(v) if isinstance(v, (list, tuple)) else v for qid, v in answers.items()}
    for q in form.questions:
        if q.kind == MULTIPLE:
            out.setdefault(q.id, ())
    return MappingProxyType(out)


# -- evaluation -------------------------------------------------------------------------------

def decide(policy: VerdictPolicy, statuses: Sequence[str]) -> Verdict:
    """The overall verdict for these check statuses: first matching verdict rule, else default."""
    status = policy.default
    for rule in policy.rules:
        if sum(1 for s in statuses if s == rule.status) >= rule.at_least:
            status = rule.verdict
            break
    return Verdict(status, policy.outcome(status).label)


def conclusion(policy: VerdictPolicy, verdict: Verdict, checks: Sequence[CheckResult]) -> str:
    """The verdict's conclusion template filled in with the checks that failed or warned."""
    failed = [c.title for c in checks if c.status == "fail"]
    warned = [c.title for c in checks if c.status == "warn"]
    values = {
        "failed": ", ".join(failed), "warned": ", ".join(warned),
        "fail_count": len(failed), "warn_count": len(warned), "check_count": len(checks),
    }
    return policy.outcome(verdict.status).conclusion.format_map(values)


def template_fields(template: str) -> tuple[str, ...]:
    """The placeholder names used in a conclusion template (for validating content)."""
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def evaluate(rules: Ruleset, answers: Answers) -> ComplianceResult:
    """Run every check on complete, valid ``answers``; raise AnswerError otherwise."""
    given = _normalised(rules.form, answers)
    checks = tuple(check.evaluate(given) for check in rules.checks)
    verdict = decide(rules.verdict, [c.status for c in checks])
    return ComplianceResult(checks, verdict, conclusion(rules.verdict, verdict, checks))


def preset_result(preset: Preset) -> ComplianceResult:
    """A preset's own checks, verdict and conclusion, as the course states them."""
    return ComplianceResult(preset.checks, preset.verdict, preset.conclusion)
