"""The interactive parts a step can place: YAML ``widget:`` id -> what the part is built from.

The one declaration of the ids. Qt-free, so content validation rejects an unknown
``widget:`` id with its file and line; :mod:`desktop.widgets.parts` builds the part
from ``desktop/widgets/parts/<id>.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartSpec:
    """Where a part's class lives and which topic and state section it is built from."""

    class_name: str
    topic: str
    section: str  # an attribute of LearnerState; "" for a part with no state


#: YAML ``widget:`` id -> the part. The module is ``desktop.widgets.parts.<id>``.
PARTS: dict[str, PartSpec] = {
    "diagram": PartSpec("DiagramPart", "diagram", "diagram"),
    "gdpr_checker": PartSpec("GdprChecker", "gdpr", "gdpr"),
    "bias_audit": PartSpec("BiasAudit", "bias", "bias"),
    "cost_calculator": PartSpec("CostCalculator", "costs", "cost"),
    "savings_levers": PartSpec("SavingsLevers", "costs", "cost"),
    "team_structures": PartSpec("TeamStructures", "teams", "team"),
    "team_fit": PartSpec("TeamFit", "teams", "team"),
    "case_study": PartSpec("CaseStudy", "teams", ""),
    "stakeholder_map": PartSpec("StakeholderMap", "stakeholders", "stakeholders"),
    "shap_demo": PartSpec("ShapDemo", "churn", "shap"),
}
