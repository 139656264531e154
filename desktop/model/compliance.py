"""The GDPR compliance checker: a small rule engine over a use-case form.

Everything the checker knows lives in content (``content/gdpr.yaml``): the
form's questions, each check's rules, the verdict rule and its texts. This
module only evaluates them, so a trainer can change the law's simplification
without touching code.

A check is an ordered list of rules; the first rule whose condition holds for
the learner's answers gives the check's status, reason and the legal text it
cites, and the check's default applies when none does. The overall verdict is
one rule for every result, custom or preset: any fail makes it a fail, else
any warn makes it "with safeguards", else it passes (rows that do not apply
count for nothing).

A question may be skipped when it does not apply (its ``skip_when`` holds): it
need not be answered, and an answer it still carries is ignored.

Answers map question ids to option ids: one id (text) for single-choice and
yes/no questions ("yes" or "no"), a sequence of ids for multiple choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Formatter
from types import MappingProxyType
from typing import Any, Mapping, Sequence, Union

STATUSES = ("pass", "warn", "fail", "not_applicable")
#: The statuses a verdict can take (a result with no row that applies passes).
VERDICTS = ("pass", "warn", "fail")
SINGLE, MULTIPLE, YES_NO = "single", "multiple", "yes_no"
KINDS = (SINGLE, MULTIPLE, YES_NO)
#: Placeholders a verdict's conclusion template may use.
TEMPLATE_FIELDS = ("failed", "warned", "fail_count", "warn_count", "check_count")
#: What a rule's reason or citation may show of a single-choice answer: ``{question.label}``.
ANSWER_FIELDS = ("label", "cites")

Answers = Mapping[str, Union[str, Sequence[str]]]


# -- the form ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    id: str
    label: str
    #: The provision this option is (e.g. "AI Act Annex III 4(a)"); reasons can show it.
    cites: str = ""


@dataclass(frozen=True)
class Question:
    """One question of the use-case form."""

    id: str
    label: str
    kind: str  # one of KINDS
    options: tuple[Option, ...]
    help: str = ""
    #: When this holds the question does not apply and is skipped, for ``skip_reason``.
    skip_when: "Condition | None" = None
    skip_reason: str = ""

    @property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)

    def skipped(self, answers: "Answers") -> bool:
        return self.skip_when is not None and self.skip_when.holds(answers)

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

    def skipped(self, answers: "Answers") -> dict[str, str]:
        """Questions that do not apply to these answers -> why (in form order)."""
        return {q.id: q.skip_reason for q in self.questions if q.skipped(answers)}


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


@dataclass(frozen=True)
class AtLeast:
    """Holds when at least ``count`` of ``parts`` hold (WP248: "two or more criteria")."""

    count: int
    parts: tuple["Condition", ...]

    def holds(self, answers: Answers) -> bool:
        return sum(1 for p in self.parts if p.holds(answers)) >= self.count


Condition = Union[AnswerIn, Includes, AllOf, AnyOf, Not, AtLeast]
NEVER: Condition = AnyOf(())


# -- checks and verdicts ---------------------------------------------------------------------

@dataclass(frozen=True)
class CheckResult:
    """One line of a result: a check's status, why, and the provision it rests on."""

    id: str
    title: str
    article: str
    status: str  # one of STATUSES
    reason: str


@dataclass(frozen=True)
class Rule:
    """``status`` and ``reason`` when ``when`` holds; ``cites`` names the provision.

    Reason and citation may show a single-choice answer as ``{question.label}``
    or ``{question.cites}`` (see :func:`fill`).
    """

    when: Condition
    status: str
    reason: str
    cites: str = ""


@dataclass(frozen=True)
class Check:
    """A check over the form's answers: rules in order, first match wins."""

    id: str
    title: str
    article: str
    rules: tuple[Rule, ...]
    default: Rule

    def evaluate(self, form: Form, answers: Answers) -> CheckResult:
        rule = next((r for r in self.rules if r.when.holds(answers)), self.default)
        return CheckResult(self.id, self.title, fill(form, rule.cites or self.article, answers),
                           rule.status, fill(form, rule.reason, answers))


@dataclass(frozen=True)
class Outcome:
    """A verdict's label and its conclusion template (placeholders: TEMPLATE_FIELDS)."""

    status: str
    label: str
    conclusion: str


@dataclass(frozen=True)
class VerdictPolicy:
    """The verdicts' labels and conclusions (the rule itself is :func:`decide`)."""

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
    """A worked use case: answers to the form, plus expert notes the form cannot ask about.

    ``notes`` are extra rows (US or sector law, say) that count towards the verdict
    like any check; ``verdict`` is the verdict the course text was written for,
    which content validation holds to what the engine gives; ``advice`` follows
    the verdict's conclusion.
    """

    id: str
    label: str
    description: str
    answers: Mapping[str, Any]
    notes: tuple[CheckResult, ...]
    verdict: str
    advice: str


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
    """Ids of required questions that apply and are not yet answered, in form order."""
    return tuple(q.id for q in form.questions
                 if q.required and answers.get(q.id) is None and not q.skipped(answers))


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
    skipped = form.skipped(answers)
    # A skipped question's old answer must not steer a rule: it is dropped.
    out = {qid: tuple(v) if isinstance(v, (list, tuple)) else v for qid, v in answers.items()
           if qid not in skipped}
    for q in form.questions:
        if q.kind == MULTIPLE:
            out.setdefault(q.id, ())
    return MappingProxyType(out)


class _AnswerView:
    """What ``{question.label}`` and ``{question.cites}`` show: the chosen option's, or ''."""

    def __init__(self, option: Option | None):
        self.label = option.label if option else ""
        self.cites = option.cites if option else ""


def fill(form: Form, template: str, answers: Answers) -> str:
    """``template`` with its ``{question.label}``/``{question.cites}`` fields filled in."""
    if "{" not in template:
        return template
    views = {}
    for q in form.questions:
        value = answers.get(q.id)
        views[q.id] = _AnswerView(q.option(value) if isinstance(value, str) else None)
    return template.format_map(views)


# -- evaluation -------------------------------------------------------------------------------

def verdict_status(statuses: Sequence[str]) -> str:
    """The one verdict rule: any fail fails, else any warn needs safeguards, else pass."""
    if "fail" in statuses:
        return "fail"
    return "warn" if "warn" in statuses else "pass"


def decide(policy: VerdictPolicy, statuses: Sequence[str]) -> Verdict:
    """The overall verdict for these row statuses, with its label."""
    status = verdict_status(statuses)
    return Verdict(status, policy.outcome(status).label)


def conclusion(policy: VerdictPolicy, verdict: Verdict, checks: Sequence[CheckResult]) -> str:
    """The verdict's conclusion template filled in with the checks that failed or warned."""
    failed = [c.title for c in checks if c.status == "fail"]
    warned = [c.title for c in checks if c.status == "warn"]
    applying = [c for c in checks if c.status != "not_applicable"]
    values = {
        "failed": ", ".join(failed), "warned": ", ".join(warned),
        "fail_count": len(failed), "warn_count": len(warned), "check_count": len(applying),
    }
    return policy.outcome(verdict.status).conclusion.format_map(values)


def template_fields(template: str) -> tuple[str, ...]:
    """The placeholder names used in a conclusion template (for validating content)."""
    return tuple(name for _, name, _, _ in Formatter().parse(template) if name is not None)


def evaluate(rules: Ruleset, answers: Answers,
             notes: Sequence[CheckResult] = ()) -> ComplianceResult:
    """Run every check on complete, valid ``answers`` (plus any expert ``notes`` rows).

    Raises AnswerError when the answers do not fit the form or leave a question open.
    """
    given = _normalised(rules.form, answers)
    checks = tuple(check.evaluate(rules.form, given) for check in rules.checks) + tuple(notes)
    verdict = decide(rules.verdict, [c.status for c in checks])
    return ComplianceResult(checks, verdict, conclusion(rules.verdict, verdict, checks))


def preset_result(rules: Ruleset, preset: Preset) -> ComplianceResult:
    """A preset run through the same engine as a custom case, its advice after the conclusion."""
    result = evaluate(rules, preset.answers, preset.notes)
    text = f"{result.conclusion} {preset.advice}".strip()
    return ComplianceResult(result.checks, result.verdict, text)
