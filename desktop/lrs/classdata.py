"""A class report's numbers from many learners' statements (bundles or statement files).

Counted per learner (an actor), from that learner's latest statement of each kind,
so a learner who answered a question twice counts once, with the last answer:
completion, score and pass, each quiz question's answer, the GDPR presets they
checked and the bias bands they reached.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..model.persistence import read_capped
from .bundle import MAX_MEMBER_BYTES, BundleError, read_bundle

ADL = "http://adlnet.gov/expapi/verbs/"
COURSE_TYPE = "http://adlnet.gov/expapi/activities/course"
SCORE_BANDS = tuple((low, low + 9 if low < 90 else 100) for low in range(0, 100, 10))


class SourceError(Exception):
    """A file that is neither a records bundle nor a JSON list of statements."""


@dataclass
class LearnerResult:
    key: str  # the actor's identifier (account name or mbox)
    name: str = ""
    completed: bool = False
    score: int | None = None
    passed: bool | None = None
    answers: dict[str, str] = field(default_factory=dict)  # question IRI -> option key
    gdpr_presets: set[str] = field(default_factory=set)
    bias_bands: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Question:
    iri: str
    name: str  # "Quiz 3"
    text: str
    correct: str
    options: tuple[tuple[str, str], ...]  # (key, text)


@dataclass(frozen=True)
class QuestionStats:
    question: Question
    answered: int
    correct: int
    wrong: dict[str, int]  # option key -> learners who chose it, wrong options only

    @property
    def correct_rate(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class ClassReport:
    learners: tuple[LearnerResult, ...]
    questions: tuple[QuestionStats, ...]
    gdpr_presets: dict[str, int]  # preset id -> learners who checked it
    bias_bands: dict[str, int]  # band id -> learners who reached it

    @property
    def completed(self) -> int:
        return sum(1 for r in self.learners if r.completed)

    @property
    def passed(self) -> int:
        return sum(1 for r in self.learners if r.passed)

    def score_bands(self) -> list[tuple[str, int]]:
        scores = [r.score for r in self.learners if r.score is not None]
        return [(f"{lo}-{hi}%", sum(1 for s in scores if lo <= s <= hi)) for lo, hi in SCORE_BANDS]


# -- reading ----------------------------------------------------------------------------------

def read_sources(paths: Iterable[Path]) -> list[dict[str, Any]]:
    """Every statement of every bundle (.zip) or statement file (.json array or .jsonl)."""
    statements: list[dict[str, Any]] = []
    for path in paths:
        path = Path(path)
        if path.suffix.lower() == ".zip":
            try:
                statements.extend(read_bundle(path).statements)
            except BundleError as exc:
                raise SourceError(str(exc)) from None
            continue
        try:
            # Capped like a bundle's members: a file from a stranger's stick (or a FIFO) must
            # not hang or fill the trainer's app.
            text = read_capped(path, MAX_MEMBER_BYTES).decode("utf-8")
            if path.suffix.lower() == ".jsonl":
                items = [json.loads(line) for line in text.splitlines() if line.strip()]
            else:
                items = json.loads(text)
                items = items.get("statements", items) if isinstance(items, dict) else items
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise SourceError(f"{path}: not a records bundle or a statements file ({exc})") from None
        if not isinstance(items, list) or not all(isinstance(s, dict) for s in items):
            raise SourceError(f"{path}: expected a JSON list of xAPI statements")
        statements.extend(items)
    return statements


# -- counting ----------------------------------------------------------------------------------

def actor_key(actor: dict[str, Any]) -> str:
    if "mbox" in actor:
        return actor["mbox"]
    account = actor.get("account") or {}
    return f"{account.get('homePage', '')}::{account.get('name', '')}"


def class_report(statements: Iterable[dict[str, Any]]) -> ClassReport:
    by_id = {s["id"]: s for s in statements if isinstance(s.get("id"), str)}  # a resend counts once
    ordered = sorted(by_id.values(), key=lambda s: str(s.get("timestamp", "")))
    learners: dict[str, LearnerResult] = {}
    questions: dict[str, Question] = {}
    for s in ordered:
        try:
            _count(s, learners, questions)
        except (KeyError, TypeError, AttributeError, ValueError):
            continue  # not one of this course's statements: a report counts what it can read
    results = tuple(sorted(learners.values(), key=lambda r: (r.name.lower(), r.key)))
    stats = []
    for iri, q in sorted(questions.items(), key=lambda kv: _number(kv[1].name)):
        answers = [r.answers[iri] for r in results if iri in r.answers]
        wrong = Counter(a for a in answers if a != q.correct)
        stats.append(QuestionStats(q, len(answers), sum(1 for a in answers if a == q.correct),
                                   {k: wrong.get(k, 0) for k, _ in q.options if k != q.correct}))
    presets = Counter(p for r in results for p in r.gdpr_presets)
    bands = Counter(b for r in results for b in r.bias_bands)
    return ClassReport(results, tuple(stats), dict(sorted(presets.items())), dict(sorted(bands.items())))


def _number(name: str) -> tuple[int, str]:
    digits = "".join(c for c in name if c.isdigit())
    return (int(digits) if digits else 0, name)


def _count(s: dict[str, Any], learners: dict[str, LearnerResult], questions: dict[str, Question]) -> None:
    verb = s["verb"]["id"].removeprefix(ADL)
    obj = s["object"]
    definition = obj.get("definition", {})
    key = actor_key(s["actor"])
    learner = learners.setdefault(key, LearnerResult(key))
    learner.name = s["actor"].get("name", learner.name) or learner.name
    result = s.get("result") or {}
    is_course = definition.get("type") == COURSE_TYPE
    if verb == "completed" and is_course:
        learner.completed = True
    if verb in ("passed", "failed") and is_course:
        learner.passed = verb == "passed"
        learner.score = int(result["score"]["raw"])
    elif verb == "answered" and definition.get("interactionType") == "choice":
        iri = obj["id"]
        questions[iri] = Question(
            iri, _text(definition["name"], iri), _text(definition.get("description", {}), ""),
            definition["correctResponsesPattern"][0],
            tuple((c["id"], _text(c["description"], c["id"])) for c in definition["choices"]))
        learner.answers[iri] = result["response"]
    elif verb == "interacted":
        for ext, value in (result.get("extensions") or {}).items():
            if ext.endswith("/gdpr-preset"):
                learner.gdpr_presets.add(str(value))
            elif ext.endswith("/bias-band"):
                learner.bias_bands.add(str(value))


# -- CSV ----------------------------------------------------------------------------------------

def learners_csv(report: ClassReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    qs = [q.question for q in report.questions]
    writer.writerow(["learner", "learner_id", "completed", "score", "passed",
                     *[f"{q.name} answer" for q in qs], "gdpr_presets_checked", "bias_bands_reached"])
    for r in report.learners:
        writer.writerow([_cell(r.name), _cell(r.key), "yes" if r.completed else "no",
                         "" if r.score is None else r.score,
                         "" if r.passed is None else ("yes" if r.passed else "no"),
                         *[r.answers.get(q.iri, "").upper() for q in qs],
                         " ".join(sorted(r.gdpr_presets)), " ".join(sorted(r.bias_bands))])
    return out.getvalue()


def questions_csv(report: ClassReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["question", "text", "correct_option", "answered", "correct", "correct_rate",
                     "wrong_option", "wrong_option_text", "chosen_by"])
    for st in report.questions:
        q = st.question
        texts = dict(q.options)
        rows = list(st.wrong.items()) or [("", 0)]
        for key, count in rows:
            writer.writerow([q.name, _cell(q.text), q.correct.upper(), st.answered, st.correct,
                             f"{st.correct_rate:.3f}", key.upper(), _cell(texts.get(key, "")), count])
    return out.getvalue()


def _cell(value: str) -> str:
    """Keep spreadsheets from running a learner's name as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _text(language_map: dict, default: str) -> str:
    """English if the statement has it, else its learner's language (a class of many)."""
    if "en-US" in language_map:
        return language_map["en-US"]
    return next(iter(language_map.values()), default)
