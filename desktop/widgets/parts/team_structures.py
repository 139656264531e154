"""Step 4's team structures: a switch, each structure's org chart, pros, cons and best fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ...content.teams import Structure, TeamsContent
from ...model.state import TeamState
from ..binding import connect_setattr, reset_section
from ..common import card_header, hbox, label, vbox
from ..icon_label import IconLabel
from ..org_chart import BoxSpec, OrgChartView, RoleSpec
from ..segmented import Segmented

#: How each role type is drawn: theme colour token and icon (the legend names it in words).
ROLE_STYLE = {
    "leadership": ("text_muted", "flag"),
    "data_science": ("primary", "lightbulb"),
    "ml_engineering": ("success", "settings"),
    "analytics": ("warning", "chart"),
    "mlops": ("danger", "server"),
}


class _IconList(QWidget):
    """A titled list whose every line starts with the same icon (pros, cons)."""

    def __init__(self, name: str, title: str, icon: str, token: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._name, self._icon, self._token, self._title = name, icon, token, title
        lay = vbox(self, spacing=6)
        lay.addLayout(card_header(icon, title, token, spacing=6))
        self._rows_box = vbox(spacing=6)
        lay.addLayout(self._rows_box)
        lay.addStretch(1)
        self.rows: list[tuple[QWidget, QLabel]] = []

    def set_items(self, items: tuple[str, ...]) -> None:
        while len(self.rows) < len(items):
            row = QWidget()
            line = hbox(row, spacing=8)
            line.addWidget(IconLabel(self._icon, self._token, 16), 0, Qt.AlignmentFlag.AlignTop)
            text = label("", name=f"{self._name}.item_{len(self.rows) + 1}")
            line.addWidget(text, 1)
            self._rows_box.addWidget(row)
            self.rows.append((row, text))
        for i, (row, text) in enumerate(self.rows):
            if i < len(items):
                text.setText(items[i])
                text.setAccessibleName(f"{self._title}: {items[i]}")
                row.show()
            else:
                row.hide()
        self.setAccessibleName(f"{self._title}: " + "; ".join(items))

    def items(self) -> list[str]:
        return [text.text() for row, text in self.rows if not row.isHidden()]


class TeamStructures(QWidget):
    """The three structures behind one switch; the shown one follows ``state.team.structure``."""

    def __init__(self, teams: TeamsContent, state: TeamState, parent: QWidget | None = None):
        super().__init__(parent)
        self.teams, self.state = teams, state
        self.setObjectName("team.structures")
        lay = vbox(self, spacing=12)
        self.switch = Segmented(tuple((s.id, s.short_title) for s in teams.structures),
                                "team.structure", "Team structure")
        lay.addWidget(self.switch)

        panel = QFrame()
        panel.setObjectName("team.structure_panel")
        panel.setProperty("card", "true")
        inner = vbox(panel, margins=(18, 16, 18, 18), spacing=12)
        self.structure_title = label("", "h3", name="team.structure_title")
        self.structure_summary = label("", markdown=True, name="team.summary")
        inner.addWidget(self.structure_title)
        inner.addWidget(self.structure_summary)
        roles = tuple(RoleSpec(t.id, t.label, *ROLE_STYLE.get(t.id, ("primary", "user")))
                      for t in teams.role_types)
        self.chart = OrgChartView(roles, "Roles:", "team.chart")
        chart_frame = QFrame()
        chart_frame.setProperty("card", "true")
        chart_lay = vbox(chart_frame, margins=6)
        chart_lay.addWidget(self.chart)
        inner.addWidget(chart_frame)

        columns = hbox(spacing=18)
        self.pros = _IconList("team.pros", "Pros", "check", "success")
        self.cons = _IconList("team.cons", "Cons", "cross", "danger")
        columns.addWidget(self.pros, 1)
        columns.addWidget(self.cons, 1)
        inner.addLayout(columns)
        best = hbox(spacing=8)
        best.addWidget(IconLabel("target", "primary", 20), 0, Qt.AlignmentFlag.AlignTop)
        self.best_for = label("", name="team.best_for")
        best.addWidget(self.best_for, 1)
        inner.addLayout(best)
        lay.addWidget(panel)
        # children are built: connect them
        connect_setattr(self.switch.changed, state, "structure")
        state.events.structure.connect(self._on_structure_changed)
        self._on_structure_changed()

    def _on_structure_changed(self, *_: object) -> None:
        structure = self.teams.structure(self.state.structure) or self.teams.structures[0]
        if self.chart.chart_id != structure.id:
            self._show_structure(structure)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.teams, "team", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.structure.disconnect(self._on_structure_changed)

    def _show_structure(self, structure: Structure) -> None:
        self.switch.set_current(structure.id)
        self.structure_title.setText(structure.title)
        self.structure_summary.setText(structure.summary)
        boxes = tuple(BoxSpec(b.id, b.label, b.role, b.parent, b.note) for b in structure.chart.boxes)
        self.chart.show_chart(structure.id, boxes, structure.chart.shape,
                              f"Org chart: {structure.title}")
        self.pros.set_items(structure.pros)
        self.cons.set_items(structure.cons)
        self.best_for.setText(f"Best for: {structure.best_for}")
        self.best_for.setAccessibleName(self.best_for.text())


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.team_structures
    from ._preview import preview

    preview("team_structures")
