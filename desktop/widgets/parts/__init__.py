"""Interactive parts: one module per YAML ``widget:`` id, each a self-contained widget.

A part is built as ``PartClass(topic_content, state_section)``: it reads only its
topic of the course and writes only its slice of the learner state, so a step page
places parts without knowing what they do. Parts never import each other, a page
or the shell (an import-linter contract).

:data:`desktop.content.parts.PARTS` is the one declaration of which ``widget:`` ids
exist, what each is built from, and where its class lives (Qt-free, so that
``validate`` checks every ``widget:`` id of the content against it). The module is imported on first use, so a
step's charts and models load when the learner first opens that step, not at
start-up.
"""

from __future__ import annotations

import importlib
from typing import Any, Callable

from PySide6.QtWidgets import QWidget

from ...content.parts import PARTS

__all__ = ["PARTS", "build_part", "part_class"]


def part_class(widget_id: str) -> Callable[[Any, Any], QWidget]:
    """The class of the part named ``widget_id`` (imports its module on first use)."""
    spec = PARTS[widget_id]
    module = importlib.import_module(f".{widget_id}", __package__)
    return getattr(module, spec.class_name)


def build_part(widget_id: str, topic: Any, section: Any) -> QWidget:
    return part_class(widget_id)(topic, section)
