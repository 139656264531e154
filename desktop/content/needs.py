"""What each step of a course asks of the learner, read from its blocks (Qt-free).

A step needs its quizzes answered and each of its parts used; a part counts through
the state section it is bound to (two parts on one section count once).
"""

from __future__ import annotations

from ..model.progress import StepNeeds
from .course import Block, Course, Step
from .parts import PARTS


def step_needs(step: Step) -> StepNeeds:
    sections = dict.fromkeys(PARTS[b.widget].section for b in step.blocks
                             if b.kind == "widget" and b.widget in PARTS)
    return StepNeeds(step.number, tuple(q.id for q in step.quizzes),
                     tuple(s for s in sections if s))


def course_needs(course: Course) -> tuple[StepNeeds, ...]:
    return tuple(step_needs(s) for s in course.steps)


def part_block(step: Step, section: str) -> Block | None:
    """The first part on ``step`` bound to ``section``: where a "use this part" link leads."""
    return next((b for b in step.blocks if b.kind == "widget" and b.widget in PARTS
                 and PARTS[b.widget].section == section), None)
