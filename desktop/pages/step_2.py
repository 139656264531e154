"""Step 2 page."""

from __future__ import annotations

from .base import StepPage


class Step2Page(StepPage):
    """Step 2: the text, callouts and quizzes from content/step_2.yaml."""
