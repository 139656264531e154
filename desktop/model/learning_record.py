"""The learner's record on this computer: profile, statement log, summary, erasure (pure Python).

Files in the app-data folder, all of them the learner's and all erased by
"Delete my data":

- ``profile.json``: a random learner id made once, the name and e-mail the
  learner gave for the certificate, and the current attempt (registration);
- ``statements.jsonl``: xAPI statements, one JSON object a line, appended and
  fsync'd as they happen, so a crash loses at most the statement being written;
- ``progress.json``: the course state (persistence.ProgressStore).

Nothing leaves the machine unless the learner exports it.
"""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .persistence import ProgressStore, atomic_write, fsync_dir
from .scoring import score

PROFILE_FILE = "profile.json"
STATEMENTS_FILE = "statements.jsonl"
PROFILE_SCHEMA = 1
MAX_NAME = 100
MAX_EMAIL = 254
#: The learner's own files besides progress (ProgressStore.delete removes those).
LEARNER_PATTERNS = ("profile*.json", f".{PROFILE_FILE}.*.tmp", "statements*.jsonl",
                    f".{STATEMENTS_FILE}.*.tmp")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$")


# -- files -------------------------------------------------------------------------------------

# One atomic writer for every file the app keeps (progress, settings, records).
write_atomic = atomic_write


# -- statement log --------------------------------------------------------------------------

@dataclass(frozen=True)
class LogContents:
    statements: list[dict[str, Any]]
    skipped: int = 0  # lines that were not a statement (a torn last line after a crash)
    error: str = ""  # why the file could not be read at all


class StatementLog:
    """Append-only JSON lines; each append is one write of one line, flushed and fsync'd."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def append(self, statement: Mapping[str, Any]) -> None:
        line = json.dumps(statement, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8") + b"\n"
        created = not self.path.exists()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "ab+") as fh:
            end = fh.seek(0, os.SEEK_END)
            if end:
                fh.seek(end - 1)
                if fh.read(1) != b"\n":
                    # A crash tore the last line: end it, so this statement stays whole
                    # and the reader skips only the torn one.
                    line = b"\n" + line
            fh.write(line)
            fh.flush()
            os.fsync(fh.fileno())
        if created:
            fsync_dir(self.path.parent)

    def read(self) -> LogContents:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return LogContents([])
        except OSError as exc:
            return LogContents([], 0, exc.strerror or str(exc))
        statements, skipped = [], 0
        for chunk in raw.split(b"\n"):
            if not chunk.strip():
                continue
            try:
                value = json.loads(chunk.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
                skipped += 1
                continue
            if isinstance(value, dict) and "id" in value and "verb" in value:
                statements.append(value)
            else:
                skipped += 1
        return LogContents(statements, skipped)


def export_statements(statements: Sequence[Mapping[str, Any]], path: Path) -> None:
    """One JSON array, ready to POST to an LRS's statements resource."""
    write_atomic(Path(path), json.dumps(list(statements), ensure_ascii=False, indent=1,
                                        sort_keys=True).encode("utf-8"))


# -- profile -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Profile:
    """The learner on this computer: a random id made once, and what they chose to give."""

    learner_id: str
    registration: str
    name: str = ""
    email: str = ""

    @staticmethod
    def new() -> "Profile":
        return Profile(uuid.uuid4().hex, str(uuid.uuid4()))

    def new_attempt(self) -> "Profile":
        return replace(self, registration=str(uuid.uuid4()))


class ProfileStore:
    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self) -> Profile | None:
        """The saved profile; a damaged one is set aside (never deleted) and None returned."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError:
            return None
        try:
            doc = json.loads(raw.decode("utf-8"))
            profile = Profile(_uuid_hex(doc["learner_id"]), str(uuid.UUID(doc["registration"])),
                              _clean(doc.get("name", ""), MAX_NAME), _clean(doc.get("email", ""), MAX_EMAIL))
            if doc.get("schema") != PROFILE_SCHEMA:
                raise ValueError("schema")
        except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            stamp = time.strftime("%Y%m%d-%H%M%S")
            try:
                os.replace(self.path, self.path.with_name(f"profile.corrupt-{stamp}.json"))
            except OSError:
                pass
            return None
        return profile

    def save(self, profile: Profile) -> None:
        doc = {"schema": PROFILE_SCHEMA, "learner_id": profile.learner_id,
               "registration": profile.registration, "name": profile.name, "email": profile.email}
        write_atomic(self.path, json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8"))


def _uuid_hex(value: Any) -> str:
    return uuid.UUID(hex=str(value)).hex


def _clean(value: Any, limit: int) -> str:
    return value[:limit] if isinstance(value, str) else ""


def check_name(name: str) -> str:
    """Why a name cannot go on the certificate, or "" when it can."""
    name = name.strip()
    if not name:
        return "Please enter your name."
    if len(name) > MAX_NAME:
        return f"Please keep your name under {MAX_NAME} characters."
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "Your name cannot contain control characters."
    if not any(c.isalpha() for c in name):
        return "Your name needs at least one letter."
    return ""


def check_email(email: str) -> str:
    """Why an e-mail cannot identify the learner in the record, or "" (an empty one is fine)."""
    email = email.strip()
    if not email:
        return ""
    if len(email) > MAX_EMAIL or not _EMAIL.match(email):
        return "That does not look like an e-mail address (name@example.com). Leave it empty if you prefer."
    return ""


# -- what this attempt has recorded --------------------------------------------------------

@dataclass(frozen=True)
class Attempt:
    """The statements of one registration, by activity id."""

    completed: dict[str, dict[str, Any]] = field(default_factory=dict)
    answered: dict[str, dict[str, Any]] = field(default_factory=dict)
    course_completed: dict[str, Any] | None = None


def attempt(statements: Iterable[Mapping[str, Any]], registration: str, course_id: str) -> Attempt:
    """The first completion and answer per activity recorded for ``registration``."""
    completed: dict[str, dict[str, Any]] = {}
    answered: dict[str, dict[str, Any]] = {}
    course_done = None
    for s in statements:
        try:
            if s["context"]["registration"] != registration:
                continue
            verb = s["verb"]["id"].rsplit("/", 1)[-1]
            object_id = s["object"]["id"]
        except (KeyError, TypeError, AttributeError):
            continue
        if verb == "completed" and object_id == course_id:
            course_done = course_done or dict(s)
        elif verb == "completed":
            completed.setdefault(object_id, dict(s))
        elif verb == "answered":
            answered.setdefault(object_id, dict(s))
    return Attempt(completed, answered, course_done)


# -- summary, certificate data, verification code -----------------------------------------

@dataclass(frozen=True)
class StepSpec:
    number: int
    title: str
    iri: str


@dataclass(frozen=True)
class QuestionSpec:
    id: str
    number: int
    question: str
    options: Mapping[str, str]  # key -> text
    answer: str
    iri: str


@dataclass(frozen=True)
class StepResult:
    number: int
    title: str
    completed: bool
    completed_at: str = ""


@dataclass(frozen=True)
class QuestionResult:
    id: str
    number: int
    question: str
    response: str  # option key, "" when not answered
    response_text: str
    answer: str
    answer_text: str
    answered_at: str = ""

    @property
    def answered(self) -> bool:
        return bool(self.response)

    @property
    def correct(self) -> bool:
        return self.answered and self.response == self.answer

    @property
    def result_text(self) -> str:
        if not self.answered:
            return "Not answered"
        return "Correct" if self.correct else "Incorrect"


@dataclass(frozen=True)
class CourseRecord:
    """What the certificate, the CSV summary and the verification code are made of."""

    course_title: str
    course_iri: str
    content_version: str
    learner_id: str
    learner_name: str
    learner_email: str
    registration: str
    steps: tuple[StepResult, ...]
    questions: tuple[QuestionResult, ...]
    completion_percent: int
    pass_percent: int
    completed_at: str = ""  # timestamp of the course's "completed" statement

    @property
    def steps_completed(self) -> int:
        return sum(1 for s in self.steps if s.completed)

    @property
    def quiz_correct(self) -> int:
        return sum(1 for q in self.questions if q.correct)

    @property
    def complete(self) -> bool:
        return all(s.completed for s in self.steps) and all(q.answered for q in self.questions)

    @property
    def passed(self) -> bool:
        return self.completion_percent >= self.pass_percent

    def missing(self) -> list[str]:
        """What still stands between the learner and a complete course, in words."""
        out = [f"mark step {s.number} ({s.title}) complete" for s in self.steps if not s.completed]
        out += [f"answer quiz {q.number}" for q in self.questions if not q.answered]
        return out


def course_record(*, course_title: str, course_iri: str, content_version: str, profile: Profile,
                  steps: Sequence[StepSpec], questions: Sequence[QuestionSpec],
                  completed_steps: Iterable[int], answers: Mapping[str, str],
                  log: Attempt, per_step: int, per_correct: int, pass_percent: int) -> CourseRecord:
    """Join the course, the learner state and the recorded statements into one record."""
    done = set(completed_steps)
    step_results = tuple(
        StepResult(s.number, s.title, s.number in done,
                   log.completed.get(s.iri, {}).get("timestamp", "") if s.number in done else "")
        for s in steps)
    question_results = []
    for q in questions:
        key = answers.get(q.id, "")
        question_results.append(QuestionResult(
            q.id, q.number, q.question, key, q.options.get(key, ""), q.answer,
            q.options.get(q.answer, ""),
            log.answered.get(q.iri, {}).get("timestamp", "") if key else ""))
    s = score(tuple(done), answers, {q.id: q.answer for q in questions}, per_step, per_correct)
    completed_at = (log.course_completed or {}).get("timestamp", "")
    return CourseRecord(course_title, course_iri, content_version, profile.learner_id,
                        profile.name, profile.email, profile.registration, step_results,
                        tuple(question_results), s.completion_percent, pass_percent, completed_at)


def verification_code(record: CourseRecord) -> str:
    """A short hash of the attempt's results, printed on the certificate and sent in the record.

    It covers what the exported statements also carry (registration, course IRI,
    completed steps, each answer, the percentage), so a trainer can match a
    certificate to the learner's statements in the LRS.
    """
    doc = {
        "registration": record.registration,
        "course": record.course_iri,
        "steps": sorted(s.number for s in record.steps if s.completed),
        "answers": sorted([q.id, q.response, q.correct] for q in record.questions if q.answered),
        "percent": record.completion_percent,
    }
    import hashlib  # here: it maps OpenSSL (~3 MB), needed only once the course is complete

    digest = hashlib.sha256(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


CSV_COLUMNS = ("learner_name", "learner_id", "course", "registration", "item", "number", "title",
               "status", "response", "correct_answer", "result", "timestamp")


def summary_csv(record: CourseRecord) -> str:
    """One row per step and per question, for a trainer's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    who = (record.learner_name, record.learner_id, record.course_iri, record.registration)
    for s in record.steps:
        writer.writerow([_cell(v) for v in (*who, "step", s.number, s.title,
                                            "completed" if s.completed else "not completed",
                                            "", "", "", s.completed_at)])
    for q in record.questions:
        response = f"{q.response.upper()}: {q.response_text}" if q.answered else ""
        writer.writerow([_cell(v) for v in (*who, "question", q.number, q.question,
                                            "answered" if q.answered else "not answered", response,
                                            f"{q.answer.upper()}: {q.answer_text}",
                                            q.result_text.lower(), q.answered_at)])
    return out.getvalue()


def _cell(value: Any) -> Any:
    """Keep spreadsheets from running a cell as a formula (a name is the learner's own text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(record: CourseRecord, path: Path) -> None:
    # utf-8-sig: spreadsheet programs then read names with accents correctly.
    write_atomic(Path(path), summary_csv(record).encode("utf-8-sig"))


# -- erasure ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Erasure:
    erased: list[Path]
    failed: list[Path]  # files that could not be removed (locked, read-only)


def learner_files(data_dir: Path, store: ProgressStore | None) -> list[Path]:
    """Every file of the learner in ``data_dir`` (progress, profile, statements, temp files)."""
    folder = Path(data_dir)
    found: set[Path] = set()
    if store is not None:
        progress = store.path
        found.update(progress.parent.glob(f"{progress.stem}*{progress.suffix}"))
        found.update(progress.parent.glob(f".{progress.name}.*.tmp"))
    for pattern in LEARNER_PATTERNS:
        found.update(folder.glob(pattern))
    return sorted(p for p in found if p.is_file())


def erase_learner_data(data_dir: Path, store: ProgressStore | None) -> Erasure:
    """Delete every file of the learner in ``data_dir``; say what went and what would not."""
    erased: list[Path] = list(store.delete()) if store is not None else []
    failed: list[Path] = []
    for path in learner_files(data_dir, store):
        try:
            path.unlink()
            erased.append(path)
        except FileNotFoundError:
            continue
        except OSError:
            failed.append(path)
    if erased:
        fsync_dir(Path(data_dir))
    return Erasure(sorted(set(erased)), failed)
