"""The score card's arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

STEP_COUNT = 5  #: the course's steps; the learner state counts the same


@dataclass(frozen=True)
class Score:
    quiz_correct: int
    quiz_answered: int
    quiz_total: int
    steps_completed: int
    steps_total: int
    completion_percent: int


def score(completed_steps: tuple[int, ...], answers: Mapping[str, str],
          answer_key: Mapping[str, str], per_step: int = 10, per_correct: int = 10) -> Score:
    """10 % per completed step + 10 % per correct answer, capped at 100 %."""
    correct = sum(1 for qid, key in answers.items() if answer_key.get(qid) == key)
    answered = sum(1 for qid in answers if qid in answer_key)
    steps = len(set(completed_steps))
    percent = min(100, steps * per_step + correct * per_correct)
    return Score(correct, answered, len(answer_key), steps, STEP_COUNT, percent)
