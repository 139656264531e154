"""The learner's record on this computer: profile, statement log, summary, erasure (pure Python).

Files in the app-data folder, all of them the learner's and all erased by
"Delete my data":

- ``profile.json``: a random learner id made once, the name and e-mail the
  learner gave for the certificate, and the current attempt (registration);
- ``statements.jsonl``: xAPI statements, one JSON object a line, appended and
  fsync'd as they happen, so a crash loses at most the statement being written.
  Statements are never rewritten or removed (an LRS queue relies on every id
  staying); growth is bounded instead: a page view is recorded once per page and
  attempt, and the log stops taking statements at ``MAX_LOG_BYTES`` (about 8,000
  statements, many times a complete course); it is read incrementally;
- ``progress.json``: the course state (persistence.ProgressStore).

Nothing leaves the machine unless the learner exports it. Every one of these
files is created 0600 (owner only): they hold a name and an e-mail.

"Delete my data" writes ``erasing`` first and removes it last, so a deletion
stopped half way (a kill, a power cut) is finished at the next start.
"""

from __future__ import annotations

import base64
import csv
import errno
import io
import json
import os
import re
import stat
import unicodedata
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .persistence import (
    LOAD_ERRORS, ProgressFormatError, ProgressStore, atomic_write, export_write, fsync_dir,
    move_aside, parse_json, read_capped, write_all,
)
from .scoring import score
from .sha import sha256
from .xapi import learner_language

PROFILE_FILE = "profile.json"
STATEMENTS_FILE = "statements.jsonl"
ERASING_FILE = "erasing"
PROFILE_SCHEMA = 1
PROFILE_MAX_BYTES = 16_000
#: The statement log takes no more statements beyond this size (see the module's notes).
MAX_LOG_BYTES = 5_000_000
#: Owner-only: the files hold the learner's name and e-mail.
PRIVATE = 0o600
MAX_NAME = 100
MAX_EMAIL = 254
#: The learner's own files besides progress (ProgressStore.delete removes those).
LEARNER_PATTERNS = ("profile*.json", f".{PROFILE_FILE}.*.tmp", "statements*.jsonl",
                    f".{STATEMENTS_FILE}.*.tmp",
                    # issue 21: which statement ids the LRS confirmed (desktop/lrs/ledger.py)
                    "lrs-ledger.json", ".lrs-ledger.json.*.tmp")
#: Bidirectional overrides, embeddings and isolates: they reorder how a name prints.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
                          "\u200e\u200f\u061c")
FSI, PDI = "\u2068", "\u2069"
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


class LogFull(OSError):
    """The statement log reached MAX_LOG_BYTES and takes no more statements."""


class StatementLog:
    """Append-only JSON lines; each append is one write of one line, flushed and fsync'd.

    :meth:`read` parses only what was appended since the last read (a page view
    used to re-read the whole file), and never more than ``max_bytes``.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_LOG_BYTES):
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._cache: list[dict[str, Any]] = []
        self._skipped = 0
        self._offset = 0
        self._identity: tuple[int, int] | None = None
        self._seen = b""  # the last bytes read, to notice a file rewritten in place

    def append(self, statement: Mapping[str, Any]) -> None:
        line = json.dumps(statement, ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8") + b"\n"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
                     | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0), PRIVATE)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise OSError(errno.EINVAL, f"{self.path} is not a regular file")
            if info.st_mode & 0o077:
                os.chmod(self.path, PRIVATE)  # made by an older version, world-readable
            end = info.st_size
            if end + len(line) > self.max_bytes:
                raise LogFull(errno.EFBIG, f"the learning record reached its limit of "
                                           f"{self.max_bytes // 1_000_000} MB")
            if end and os.pread(fd, 1, end - 1) != b"\n":
                # A crash tore the last line: end it, so this statement stays whole
                # and the reader skips only the torn one.
                line = b"\n" + line
            write_all(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        if end == 0:
            fsync_dir(self.path.parent)

    def read(self) -> LogContents:
        try:
            fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_BINARY", 0))
        except FileNotFoundError:
            self._forget()
            return LogContents([])
        except OSError as exc:
            return LogContents([], 0, exc.strerror or str(exc))
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                return LogContents([], 0, "not a regular file")
            if not self._still_prefix(fd, info):
                self._forget()
                self._identity = (info.st_dev, info.st_ino)
            end = min(info.st_size, self.max_bytes)
            tail = os.pread(fd, end - self._offset, self._offset) if end > self._offset else b""
        finally:
            os.close(fd)
        whole = tail.rfind(b"\n") + 1
        self._parse(tail[:whole])
        self._offset += whole
        self._seen = self._last_bytes(tail[:whole])
        # A last line without its newline (a crash mid-append, or one being written
        # now) is read but not kept: the next read looks at it again.
        last, skipped = self._parse_lines(tail[whole:])
        return LogContents([*self._cache, *last], self._skipped + skipped)

    def _still_prefix(self, fd: int, info: os.stat_result) -> bool:
        """Is the file the one read before, with only lines appended since?"""
        if (info.st_dev, info.st_ino) != self._identity or info.st_size < self._offset:
            return False
        n = len(self._seen)
        return os.pread(fd, n, self._offset - n) == self._seen

    def _last_bytes(self, chunk: bytes) -> bytes:
        return (self._seen + chunk)[-64:]

    def _forget(self) -> None:
        self._cache, self._skipped, self._offset, self._identity = [], 0, 0, None
        self._seen = b""

    def _parse(self, raw: bytes) -> None:
        statements, skipped = self._parse_lines(raw)
        self._cache += statements
        self._skipped += skipped

    @staticmethod
    def _parse_lines(raw: bytes) -> tuple[list[dict[str, Any]], int]:
        statements, skipped = [], 0
        for chunk in raw.split(b"\n"):
            if not chunk.strip():
                continue
            try:
                value = parse_json(chunk)
            except ProgressFormatError:
                skipped += 1
                continue
            if isinstance(value, dict) and "id" in value and "verb" in value:
                statements.append(value)
            else:
                skipped += 1
        return statements, skipped


def export_statements(statements: Sequence[Mapping[str, Any]], path: Path) -> None:
    """One JSON array, ready to POST to an LRS's statements resource."""
    export_write(Path(path), json.dumps(list(statements), ensure_ascii=False, indent=1,
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
            doc = parse_json(read_capped(self.path, PROFILE_MAX_BYTES))
            profile = Profile(_uuid_hex(doc["learner_id"]), str(uuid.UUID(doc["registration"])),
                              _clean(doc.get("name", ""), MAX_NAME), _clean(doc.get("email", ""), MAX_EMAIL))
            if doc.get("schema") != PROFILE_SCHEMA:
                raise ValueError("schema")
        except FileNotFoundError:
            return None
        except LOAD_ERRORS:
            move_aside(self.path)
            return None
        return profile

    def save(self, profile: Profile) -> None:
        doc = {"schema": PROFILE_SCHEMA, "learner_id": profile.learner_id,
               "registration": profile.registration, "name": profile.name, "email": profile.email}
        write_atomic(self.path, json.dumps(doc, indent=1, ensure_ascii=False).encode("utf-8"),
                     mode=PRIVATE)


def _uuid_hex(value: Any) -> str:
    return uuid.UUID(hex=str(value)).hex


def _clean(value: Any, limit: int) -> str:
    return clean_text(value)[:limit] if isinstance(value, str) else ""


def clean_text(text: str) -> str:
    """``text`` without C0/C1 control characters and bidi overrides, trimmed.

    "\u202eevil\u202c Adam" would print as "live Adam"; a control character
    could end a CSV line or hide text. What is left is what the learner sees.
    """
    return "".join(c for c in text if unicodedata.category(c) != "Cc"
                   and c not in BIDI_CONTROLS).strip()


def isolate(text: str) -> str:
    """``text`` wrapped in first-strong isolates, so a right-to-left name cannot reorder
    the words printed around it."""
    return f"{FSI}{text}{PDI}" if text else text


#: Why a name or an e-mail cannot be used; the Qt layer words each (desktop/words.py).
NAME_MISSING, NAME_TOO_LONG, NAME_MARKS, NAME_NO_LETTER = (
    "name_missing", "name_too_long", "name_marks", "name_no_letter")
EMAIL_INVALID = "email_invalid"


def check_name(name: str) -> str:
    """Why a name cannot go on the certificate (one of the NAME_ codes), or "" when it can."""
    name = name.strip()
    if not name:
        return NAME_MISSING
    if len(name) > MAX_NAME:
        return NAME_TOO_LONG
    if clean_text(name) != name:
        return NAME_MARKS
    if not any(c.isalpha() for c in name):
        return NAME_NO_LETTER
    return ""


def check_email(email: str) -> str:
    """EMAIL_INVALID if an e-mail cannot identify the learner in the record, else "" (an
    empty one is fine)."""
    email = email.strip()
    if not email:
        return ""
    if len(email) > MAX_EMAIL or not _EMAIL.match(email) or clean_text(email) != email:
        return EMAIL_INVALID
    return ""
    if len(email) > MAX_EMAIL or not _EMAIL.match(email) or clean_text(email) != email:
        return "That does not look like an e-mail address (name@example.com). Leave it empty if you prefer."
    return ""


# -- what this attempt has recorded --------------------------------------------------------

@dataclass(frozen=True)
class Attempt:
    """The statements of one registration, by activity id."""

    completed: dict[str, dict[str, Any]] = field(default_factory=dict)
    answered: dict[str, dict[str, Any]] = field(default_factory=dict)
    course_completed: dict[str, Any] | None = None
    experienced: frozenset[str] = frozenset()


def attempt(statements: Iterable[Mapping[str, Any]], registration: str, course_id: str) -> Attempt:
    """The first completion and answer per activity recorded for ``registration``."""
    completed: dict[str, dict[str, Any]] = {}
    answered: dict[str, dict[str, Any]] = {}
    course_done = None
    experienced: set[str] = set()
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
        elif verb == "experienced":
            experienced.add(object_id)
    return Attempt(completed, answered, course_done, frozenset(experienced))


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
    digest = sha256(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()).digest()
    text = base64.b32encode(digest[:10]).decode("ascii")
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


CSV_COLUMNS = ("learner_name", "learner_id", "course", "registration", "item", "number", "title",
               "status", "response", "correct_answer", "result", "timestamp")
#: The header row in the learner's language (xapi.learner_language(), set by desktop/i18n.py);
#: the cells stay machine values ("step", "completed", ISO times) whatever the language.
CSV_HEADERS = {
    "en-US": CSV_COLUMNS,
    "de-DE": ("name_lernende_person", "id_lernende_person", "kurs", "registrierung", "eintrag",
              "nummer", "titel", "status", "antwort", "richtige_antwort", "ergebnis", "zeitpunkt"),
    "ar": ("اسم_المتعلم", "معرف_المتعلم", "الدورة", "التسجيل", "العنصر", "الرقم", "العنوان",
           "الحالة", "الإجابة", "الإجابة_الصحيحة", "النتيجة", "الوقت"),
}


def summary_csv(record: CourseRecord) -> str:
    """One row per step and per question, for a trainer's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS.get(learner_language(), CSV_COLUMNS))
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
    export_write(Path(path), summary_csv(record).encode("utf-8-sig"))


# -- erasure ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Erasure:
    erased: list[Path]
    failed: list[Path]  # files that could not be removed (locked, read-only)


def learner_files(data_dir: Path, store: ProgressStore | None) -> list[Path]:
    """Every file of the learner in ``data_dir`` (progress, profile, statements, temp files)."""
    folder = Path(data_dir)
    found: set[Path] = set(_progress_files(store))
    for pattern in LEARNER_PATTERNS:
        found.update(folder.glob(pattern))
    return sorted(p for p in found if p.is_file())


def erase_learner_data(data_dir: Path, store: ProgressStore | None) -> Erasure:
    """Delete every file of the learner in ``data_dir``; say what went and what would not.

    The personal files (profile, statements: name and e-mail) go first, progress
    last. A marker file makes an interrupted deletion finish at the next start
    (:func:`finish_erasure`); it is removed only once nothing is left.
    """
    folder = Path(data_dir)
    marker = mark_erasing(folder)
    progress = set(_progress_files(store))
    personal = [p for p in learner_files(folder, store) if p not in progress]
    erased: list[Path] = []
    failed: list[Path] = []
    for path in [*personal, *sorted(progress)]:
        try:
            path.unlink()
            erased.append(path)
        except FileNotFoundError:
            continue
        except OSError:
            failed.append(path)
    if erased:
        fsync_dir(folder)
    if marker is not None and not failed:
        try:
            marker.unlink()
            fsync_dir(folder)
        except OSError:
            pass
    return Erasure(sorted(set(erased)), failed)


def mark_erasing(data_dir: Path) -> Path | None:
    """Note on disk that a deletion has begun (None if even that cannot be written)."""
    marker = Path(data_dir) / ERASING_FILE
    try:
        atomic_write(marker, b"Delete my data was started; the app finishes it at its next start.\n",
                     mode=PRIVATE)
    except OSError:
        return None  # erase anyway; only the resumption after a crash is lost
    return marker


def erasure_pending(data_dir: Path) -> bool:
    return os.path.lexists(Path(data_dir) / ERASING_FILE)


def finish_erasure(data_dir: Path, store: ProgressStore | None) -> Erasure | None:
    """At start: complete a "Delete my data" that a kill or power cut interrupted."""
    if not erasure_pending(data_dir):
        return None
    return erase_learner_data(data_dir, store)


def _progress_files(store: ProgressStore | None) -> list[Path]:
    if store is None:
        return []
    progress = store.path
    return [p for p in [*progress.parent.glob(f"{progress.stem}*{progress.suffix}"),
                        *progress.parent.glob(f".{progress.name}.*.tmp")] if p.is_file()]
