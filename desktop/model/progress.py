"""When a step counts as done, and what still stands between the learner and the finish.

A step completes by itself once its quizzes are answered and each of its parts has
been used (the learner changed the part's slice of the state), or when the learner
marks it complete. Pure data: the Qt layer words the items and links them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Iterable, Mapping, Sequence


@dataclass(frozen=True)
class StepNeeds:
    """What one step asks of the learner: its quizzes and the state sections of its parts."""

    number: int
    quizzes: tuple[str, ...]
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Missing:
    """One thing still to do: answer ``target`` (a quiz id) or use a part (a section)."""

    step: int
    kind: str  # "quiz" or "part"
    target: str


def step_met(needs: StepNeeds, answers: Mapping[str, str], used: Collection[str]) -> bool:
    return all(q in answers for q in needs.quizzes) and all(s in used for s in needs.sections)


def steps_met(all_needs: Iterable[StepNeeds], answers: Mapping[str, str],
              used: Collection[str]) -> tuple[int, ...]:
    """The steps whose quizzes are answered and whose parts were used."""
    return tuple(n.number for n in all_needs if step_met(n, answers, used))


def missing_for_finish(all_needs: Sequence[StepNeeds], completed: Collection[int],
                       answers: Mapping[str, str], used: Collection[str]) -> tuple[Missing, ...]:
    """Each item of each step not yet complete, in course order."""
    out: list[Missing] = []
    for needs in all_needs:
        if needs.number in completed:
            continue
        out += [Missing(needs.number, "quiz", q) for q in needs.quizzes if q not in answers]
        out += [Missing(needs.number, "part", s) for s in needs.sections if s not in used]
    return tuple(out)


def missing_for_certificate(all_needs: Sequence[StepNeeds], completed: Collection[int],
                            answers: Mapping[str, str], used: Collection[str]) -> tuple[Missing, ...]:
    """What the certificate still needs: every step complete and every quiz answered
    (a step marked complete by hand may have left its quiz open)."""
    out = list(missing_for_finish(all_needs, completed, answers, used))
    for needs in all_needs:
        if needs.number in completed:
            out += [Missing(needs.number, "quiz", q) for q in needs.quizzes if q not in answers]
    return tuple(sorted(out, key=lambda m: (m.step, m.kind != "quiz")))
