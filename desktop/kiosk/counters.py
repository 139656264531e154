"""Anonymous usage counters for the trainer, kept in <data folder>/kiosk-counters.json.

Only totals: how many sessions started, how many ended because nobody answered the
"Still there?" question, how often each step was completed, and how often each
quiz question was answered right or wrong. No names, no answers of one visitor,
no times of day: nothing that could point to a person.
"""

from __future__ import annotations

import datetime as _dt
import json
import logging
import os
from pathlib import Path
from typing import Any

from ..model.persistence import atomic_write

log = logging.getLogger(__name__)
SCHEMA = 1


class Counters:
    """Totals, loaded from and saved to one JSON file (``path`` None keeps them in memory)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.dirty = False
        self._clear()
        if path is not None:
            self._load()

    def _clear(self) -> None:
        self.since = _dt.date.today().isoformat()
        self.sessions_started = 0
        self.sessions_ended_by_idle = 0
        self.steps_completed: dict[int, int] = {}
        self.quiz: dict[str, dict[str, int]] = {}

    # -- counting -------------------------------------------------------------------------
    def session_started(self) -> None:
        self.sessions_started += 1
        self.dirty = True

    def session_ended_by_idle(self) -> None:
        self.sessions_ended_by_idle += 1
        self.dirty = True

    def step_completed(self, step: int) -> None:
        self.steps_completed[step] = self.steps_completed.get(step, 0) + 1
        self.dirty = True

    def quiz_answered(self, quiz_id: str, right: bool) -> None:
        entry = self.quiz.setdefault(quiz_id, {"right": 0, "wrong": 0})
        entry["right" if right else "wrong"] += 1
        self.dirty = True

    def reset(self) -> None:
        """Start counting from zero (today)."""
        self._clear()
        self.dirty = True
        self.save()

    # -- file -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "since": self.since,
            "sessions_started": self.sessions_started,
            "sessions_ended_by_idle": self.sessions_ended_by_idle,
            "steps_completed": {str(k): v for k, v in sorted(self.steps_completed.items())},
            "quiz": {k: dict(v) for k, v in sorted(self.quiz.items())},
        }

    def save(self) -> None:
        """Write the file atomically if anything changed; a failure is logged, not raised."""
        if self.path is None or not self.dirty:
            return
        try:
            write_atomic(self.path, json.dumps(self.to_dict(), indent=2) + "\n")
        except OSError as exc:
            log.error("could not save kiosk counters to %s: %s", self.path, exc)
            return
        self.dirty = False

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError) as exc:
            self._set_aside(f"unreadable ({exc})")
            return
        if not self._accept(data):
            self._set_aside("not a counters file of this version")

    def _accept(self, data: Any) -> bool:
        def count(value: Any) -> int | None:
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
            return value if ok else None

        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            return False
        started, idle = count(data.get("sessions_started")), count(data.get("sessions_ended_by_idle"))
        steps, quiz = data.get("steps_completed"), data.get("quiz")
        if started is None or idle is None or not isinstance(steps, dict) or not isinstance(quiz, dict):
            return False
        try:
            parsed_steps = {int(k): count(v) for k, v in steps.items()}
            parsed_quiz = {str(k): {"right": count(v.get("right")), "wrong": count(v.get("wrong"))}
                           for k, v in quiz.items()}
        except (AttributeError, ValueError):
            return False
        if None in parsed_steps.values() or any(None in q.values() for q in parsed_quiz.values()):
            return False
        self.since = str(data.get("since") or self.since)[:10]
        self.sessions_started, self.sessions_ended_by_idle = started, idle
        self.steps_completed, self.quiz = parsed_steps, parsed_quiz  # type: ignore[assignment]
        return True

    def _set_aside(self, why: str) -> None:
        """Keep a damaged file for a look later, and count from zero."""
        aside = self.path.with_name(self.path.name + ".damaged")
        log.warning("kiosk counters file %s is %s; moved to %s", self.path, why, aside.name)
        try:
            os.replace(self.path, aside)
        except OSError as exc:
            log.error("could not move %s aside: %s", self.path, exc)


def write_atomic(path: Path, text: str, mode: int | None = None) -> None:
    """Write ``text`` to ``path`` atomically (never half a file); see persistence.atomic_write."""
    atomic_write(Path(path), text.encode("utf-8"), mode)