"""Step 5 page."""

from __future__ import annotations

from .base import StepPage


class Step5Page(StepPage):
    """Step 5: the text, callouts and quizzes from content/step_5.yaml."""
