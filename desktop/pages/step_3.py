"""Step 3 page."""

from __future__ import annotations

from .base import StepPage


class Step3Page(StepPage):
    """Step 3: the text, callouts and quizzes from content/step_3.yaml."""
