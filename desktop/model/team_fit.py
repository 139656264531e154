"""Step 4 "Which structure fits you?": ordered rules that recommend a team structure.

The rules come from content (teams.yaml) as data; the first rule whose
conditions all hold wins, and a fallback answers when none does, so every
combination of inputs gets a recommendation with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

#: Inputs a rule may test; the names match desktop.model.state.TeamState.
NUMBER_FIELDS = ("size", "practitioners")
FLAG_FIELDS = ("core", "regulated")


class FitAnswers(Protocol):
    """Anything with the four answers (a FitInputs, or the learner's TeamState)."""

    size: int
    practitioners: int
    core: bool
    regulated: bool


@dataclass(frozen=True)
class FitInputs:
    """The learner's answers: head count, ML practitioners, ML core to the product, regulated."""

    size: int
    practitioners: int
    core: bool
    regulated: bool


@dataclass(frozen=True)
class NumberCondition:
    """``minimum <= value <= maximum`` (both inclusive; None = no limit on that side)."""

    field: str
    minimum: int | None = None
    maximum: int | None = None

    def holds(self, answers: FitAnswers) -> bool:
        value = getattr(answers, self.field)
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


@dataclass(frozen=True)
class FlagCondition:
    """A yes/no answer must equal ``value``."""

    field: str
    value: bool

    def holds(self, answers: FitAnswers) -> bool:
        return bool(getattr(answers, self.field)) == self.value


@dataclass(frozen=True)
class FitRule:
    """Recommend ``structure`` for ``reason`` when every condition holds."""

    structure: str
    reason: str
    numbers: tuple[NumberCondition, ...] = ()
    flags: tuple[FlagCondition, ...] = ()

    def matches(self, answers: FitAnswers) -> bool:
        return all(c.holds(answers) for c in (*self.numbers, *self.flags))


@dataclass(frozen=True)
class Recommendation:
    """A structure id and a one-line reason; ``rule``: the matching rule's index, -1 = fallback."""

    structure: str
    reason: str
    rule: int = -1


@dataclass(frozen=True)
class FitRules:
    """Rules in order of priority, and the answer when none matches."""

    rules: tuple[FitRule, ...]
    fallback: Recommendation


def recommend(rules: FitRules, answers: FitAnswers) -> Recommendation:
    """The first matching rule's structure and reason, else the fallback."""
    for index, rule in enumerate(rules.rules):
        if rule.matches(answers):
            return Recommendation(rule.structure, rule.reason, index)
    return rules.fallback
