"""Step 4's team structures: a switch, each structure's org chart, pros, cons and best fit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QLayout, QWidget

from ...content.teams import Structure, TeamsContent
from ...model.state import TeamState
from ..binding import Coalesced, reset_section
from ..common import card_header, hbox, label, vbox
from ..icon_label import IconLabel
from ..org_chart import BoxSpec, ChartSpec, OrgChartView, RoleSpec
from ..responsive_row import ArrangedByWidth
from ..reveal_settled import reveal_when_settled
from ..segmented import Segmented

#: How each role type is drawn: theme colour token and icon (the legend names it in words).
ROLE_STYLE = {
    "leadership": ("text_muted", "flag"),
    "data_science": ("primary", "lightbulb"),
    "ml_engineering": ("success", "settings"),
    "analytics": ("warning", "chart"),
    "mlops": ("danger", "server"),
}
#: The words beside the chart take at most this many characters of width.
WORDS_CHARS = 40
#: The chart's frame: its margins on each side and its border.
CHART_FRAME = 6 + 1


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


class _Words(QWidget):
    """The shown structure's title, summary, pros, cons and best fit."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("team.structure_words")
        col = vbox(self, spacing=12)
        self.title = label("", "h3", name="team.structure_title")
        self.summary = label("", markdown=True, name="team.summary")
        col.addWidget(self.title)
        col.addWidget(self.summary)
        self.pros = _IconList("team.pros", QCoreApplication.translate("TeamStructures", "Pros"),
                              "check", "success")
        self.cons = _IconList("team.cons", QCoreApplication.translate("TeamStructures", "Cons"),
                              "cross", "danger")
        self.pros_cons = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.pros_cons.setSpacing(12)
        self.pros_cons.addWidget(self.pros, 1)
        self.pros_cons.addWidget(self.cons, 1)
        col.addLayout(self.pros_cons)
        best = hbox(spacing=8)
        best.addWidget(IconLabel("target", "primary", 20), 0, Qt.AlignmentFlag.AlignTop)
        self.best_for = label("", name="team.best_for")
        best.addWidget(self.best_for, 1)
        col.addLayout(best)
        col.addStretch(1)

    def show_structure(self, structure: Structure) -> None:
        self.title.setText(structure.title)
        self.summary.setText(structure.summary)
        self.pros.set_items(structure.pros)
        self.cons.set_items(structure.cons)
        self.best_for.setText(QCoreApplication.translate("TeamStructures", "Best for: {text}")
                              .format(text=structure.best_for))
        self.best_for.setAccessibleName(self.best_for.text())

    def height_at(self, width: int) -> int:
        """The height these words need at ``width``, measured afresh."""
        # Layouts and their widget items keep their last height-for-width until told,
        # and new texts deep in the rows tell only their own row's layout, later.
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        return self.layout().totalHeightForWidth(width)


class TeamStructures(ArrangedByWidth, QWidget):
    """The three structures behind one switch; the shown one follows ``state.team.structure``.

    The org chart and the words about it stand side by side while the chart keeps
    a readable size, else the words go under it (pros beside cons), so the switch and
    the chart it changes are on one screen at 1366×768 and at 200 % text.
    """

    def __init__(self, teams: TeamsContent, state: TeamState, parent: QWidget | None = None):
        super().__init__(parent)
        self.teams, self.state = teams, state
        self._words_width = self._words_height = 0
        self._measured_for: tuple = ()
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
        self.sides = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.sides.setSpacing(18)
        inner.addLayout(self.sides)
        # the chart's card only as tall as the chart: no empty frame beside long words
        self.sides.addWidget(self._chart_frame(teams), 1, Qt.AlignmentFlag.AlignTop)
        self.words = _Words()
        self.sides.addWidget(self.words, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(panel)
        # children are built: connect them
        self.refresh = Coalesced(self, self._redraw)
        self.chart.scene_resized.connect(lambda: self.arrange(self.width()))
        self.switch.changed.connect(self._on_picked)
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
        vbox(frame, margins=CHART_FRAME - 1).addWidget(self.chart)
        return frame

    def arrange(self, width: int) -> None:
        words = int(WORDS_CHARS * self.fontMetrics().averageCharWidth())
        room = width - 2 * 18 - 2 * CHART_FRAME - self.sides.spacing() - words  # panel margins
        # Side by side only while the chart keeps the learner's text size beside the words
        # in an arrangement no narrower than its reports hanging under their leads; else
        # the words go under it and the chart takes the panel's width.
        wide = room >= self.chart.comfortable_width()
        self.sides.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                else QBoxLayout.Direction.TopToBottom)
        # under the chart, pros beside cons
        pros_cons = self.words.pros_cons
        pros_cons.setDirection(QBoxLayout.Direction.TopToBottom if wide
                               else QBoxLayout.Direction.LeftToRight)
        for i in range(pros_cons.count()):  # equal widths side by side; own heights stacked
            pros_cons.setStretch(i, 0 if wide else 1)
        self._words_width = words if wide else width - 2 * 18
        measured_for = (self._words_width, wide, self.font().key())
        if measured_for != self._measured_for:  # a new width or text size: measure afresh
            self._measured_for = measured_for
            self._words_height = 0
        self._fit_words()

    def _fit_words(self) -> None:
        """As tall as the tallest structure's words shown so far at this width.

        A widget of fixed width and height does not pass a size change up, so a switch
        to words no taller than before lays out only this block, not the whole page
        (the org-structure toggle's 16 ms budget); taller words grow it once.
        """
        if self._words_width <= 0:
            return
        need = self.words.height_at(self._words_width)
        if need > self._words_height or self.words.width() != self._words_width:
            self._words_height = max(need, self._words_height)
            self.words.setFixedSize(self._words_width, self._words_height)

    def _on_picked(self, structure_id: str) -> None:
        self.state.structure = structure_id
        self.refresh.flush()
        # once laid out, show the switch and the chart it changed on one screen
        reveal_when_settled(self.switch, self.chart)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        # the first show polishes the labels (style sheet fonts): measure them again
        super().showEvent(event)
        self._words_height = 0
        self._fit_words()

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
        self.chart.show_chart(structure.id)
        self.words.show_structure(structure)
        self._fit_words()


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.team_structures
    from ._preview import preview

    preview("team_structures")
