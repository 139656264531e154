"""Step 4 page."""

from __future__ import annotations

from .base import StepPage


class Step4Page(StepPage):
    """Step 4: the text, callouts and quizzes from content/step_4.yaml."""
