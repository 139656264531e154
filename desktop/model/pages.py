"""The course's pages, as one typed list shared by the state, the shell and the records.

A ``PageId`` is a ``str`` (``PageId.STEP_3 == "step_3"``), so saved progress and the
learning record keep their plain names, while code asks ``page.step`` instead of
slicing the name.
"""

from __future__ import annotations

from enum import StrEnum


class PageId(StrEnum):
    HOME = "home"
    INTRO = "intro"
    STEP_1 = "step_1"
    STEP_2 = "step_2"
    STEP_3 = "step_3"
    STEP_4 = "step_4"
    STEP_5 = "step_5"
    CLOSING = "closing"

    @property
    def step(self) -> int:
        """The step's number, 0 for a page that is not a step."""
        return STEPS.index(self) + 1 if self in STEPS else 0

    @classmethod
    def of_step(cls, number: int) -> PageId:
        return STEPS[number - 1]

    @classmethod
    def parse(cls, value: object) -> PageId | None:
        """The page named ``value``, or None when no page has that name."""
        try:
            return cls(value)
        except ValueError:
            return None


STEPS = (PageId.STEP_1, PageId.STEP_2, PageId.STEP_3, PageId.STEP_4, PageId.STEP_5)
#: The order Back and Next walk (home stands before it, outside the walk).
SEQUENCE = (PageId.INTRO, *STEPS, PageId.CLOSING)
