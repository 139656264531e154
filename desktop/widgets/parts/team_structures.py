"""Step 4's team structures: a switch, each structure's org chart, pros, cons and best fit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ...content.teams import Structure, TeamsContent
from ...model.state import TeamState
from ..binding import Coalesced, connect_setattr, reset_section
from ..common import card_header, hbox, label, vbox
from ..icon_label import IconLabel
from ..org_chart import BoxSpec, ChartSpec, OrgChartView, RoleSpec
from ..responsive_row import ResponsiveRow
from ..segmented import Segmented

#: How each role type is drawn: theme colour token and icon (the legend names it in words).
ROLE_STYLE = {
    "leadership": ("text_muted", "flag"),
    "data_science": ("primary", "lightbulb"),
    "ml_engineering": ("success", "settings"),
    "analytics": ("warning", "chart"),
    "mlops": ("danger", "server"),
}
#: Chart and words side by side from this many characters of width (a 1366 px window
#: at 100 % text has about 190; at 200 % text they stack).
SIDE_BY_SIDE_CHARS = 120


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
                text.setAccessibleName(QCoreApplication.translate(
                    "TeamStructures", "{title}: {item}").format(title=self._title, item=items[i]))
                row.show()
            else:
                row.hide()
        self.setAccessibleName(QCoreApplication.translate("TeamStructures", "{title}: {items}")
                               .format(title=self._title, items="; ".join(items)))

    def items(self) -> list[str]:
        return [text.text() for row, text in self.rows if not row.isHidden()]


class TeamStructures(QWidget):
    """The three structures behind one switch; the shown one follows ``state.team.structure``.

    The org chart and the words about it stand side by side (one under the other when
    the text does not fit), so the switch, the chart and the pros and cons are on one
    screen at 1366×768.
    """

    def __init__(self, teams: TeamsContent, state: TeamState, parent: QWidget | None = None):
        super().__init__(parent)
        self.teams, self.state = teams, state
        self.setObjectName("team.structures")
        lay = vbox(self, spacing=12)
        self.switch = Segmented(tuple((s.id, s.short_title) for s in teams.structures),
                                "team.structure",
                                QCoreApplication.translate("TeamStructures", "Team structure"))
        lay.addWidget(self.switch)

        panel = QFrame()
        panel.setObjectName("team.structure_panel")
        panel.setProperty("card", "true")
        inner = vbox(panel, margins=(18, 16, 18, 18), spacing=12)
        self.sides = ResponsiveRow(SIDE_BY_SIDE_CHARS, spacing=18)
        self.sides.setObjectName("team.structure_sides")
        inner.addWidget(self.sides)
        self.sides.add(self._chart_frame(teams), 3)
        self.sides.add(self._words(), 2)
        lay.addWidget(panel)
        # children are built: connect them
        self.refresh = Coalesced(self, self._redraw)
        connect_setattr(self.switch.changed, state, "structure")
        state.events.structure.connect(self.refresh.refresh)
        self._redraw()

    def _chart_frame(self, teams: TeamsContent) -> QFrame:
        roles = tuple(RoleSpec(t.id, t.label, *ROLE_STYLE.get(t.id, ("primary", "user")))
                      for t in teams.role_types)
        self.chart = OrgChartView(roles, QCoreApplication.translate("TeamStructures", "Roles:"),
                                  "team.chart")
        self.chart.set_charts(tuple(
            ChartSpec(s.id, tuple(BoxSpec(b.id, b.label, b.role, b.parent, b.note)
                                  for b in s.chart.boxes), s.chart.shape,
                      QCoreApplication.translate("TeamStructures", "Org chart: {title}")
                      .format(title=s.title))
            for s in teams.structures))
        frame = QFrame()
        frame.setProperty("card", "true")
        vbox(frame, margins=6).addWidget(self.chart)
        return frame

    def _words(self) -> QWidget:
        words = QWidget()
        col = vbox(words, spacing=12)
        self.structure_title = label("", "h3", name="team.structure_title")
        self.structure_summary = label("", markdown=True, name="team.summary")
        col.addWidget(self.structure_title)
        col.addWidget(self.structure_summary)
        self.pros = _IconList("team.pros", QCoreApplication.translate("TeamStructures", "Pros"),
                              "check", "success")
        self.cons = _IconList("team.cons", QCoreApplication.translate("TeamStructures", "Cons"),
                              "cross", "danger")
        col.addWidget(self.pros)
        col.addWidget(self.cons)
        best = hbox(spacing=8)
        best.addWidget(IconLabel("target", "primary", 20), 0, Qt.AlignmentFlag.AlignTop)
        self.best_for = label("", name="team.best_for")
        best.addWidget(self.best_for, 1)
        col.addLayout(best)
        col.addStretch(1)
        return words

    def _redraw(self) -> None:
        structure = self.teams.structure(self.state.structure) or self.teams.structures[0]
        if self.chart.chart_id != structure.id:
            self._show_structure(structure)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.teams, "team", self.state)
        self.refresh.flush()

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.structure.disconnect(self.refresh.refresh)

    def _show_structure(self, structure: Structure) -> None:
        self.switch.set_current(structure.id)
        self.structure_title.setText(structure.title)
        self.structure_summary.setText(structure.summary)
        self.chart.show_chart(structure.id)
        self.pros.set_items(structure.pros)
        self.cons.set_items(structure.cons)
        self.best_for.setText(QCoreApplication.translate("TeamStructures", "Best for: {text}")
                              .format(text=structure.best_for))
        self.best_for.setAccessibleName(self.best_for.text())


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.team_structures
    from ._preview import preview

    preview("team_structures")
