"""Step 4's case study: one company's teams over the years, as a timeline, with its sources."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from ...content.sources import footnote
from ...content.teams import TeamsContent
from ..common import label, vbox
from ..timeline import Timeline, TimelineEntry


class CaseStudy(QFrame):
    """The timeline of the case study's eras."""

    def __init__(self, teams: TeamsContent, _state: None = None, parent: QWidget | None = None):
        super().__init__(parent)
        entries = tuple(TimelineEntry(e.period, e.title, e.text) for e in teams.case_study.eras)
        self.setObjectName("case.study")
        self.setProperty("card", "true")
        lay = vbox(self, margins=(18, 18, 18, 12))
        self.timeline = Timeline(entries, "case.timeline", teams.case_study.title)
        lay.addWidget(self.timeline)
        study = teams.case_study
        lay.addWidget(label(f"{study.note} {footnote(study.sources)}".strip(), "muted",
                            name="case.sources", selectable=True))

    def reset(self) -> None:
        """Nothing to reset: the case study holds no state."""

    def unbind(self) -> None:
        """Nothing to stop following: the case study does not change."""


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.case_study
    from ._preview import preview

    preview("case_study")
