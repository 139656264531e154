"""Step 1 page."""

from __future__ import annotations

from .base import StepPage


class Step1Page(StepPage):
    """Step 1: the text, callouts and quizzes from content/step_1.yaml."""
