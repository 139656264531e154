"""Step 4 page: the three team structures, "Which structure fits you?", and the case study."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QLabel, QPushButton, QSpinBox, QWidget,
)

from ..content.course import Block
from ..content.sources import footnote
from ..content.teams import Structure, TeamsContent
from ..widgets.common import hbox, label, signals_blocked, vbox
from ..widgets.icon_label import IconLabel
from ..widgets.org_chart import BoxSpec, OrgChartView, RoleSpec
from ..widgets.segmented import Segmented
from ..widgets.timeline import Timeline, TimelineEntry
from .base import StepPage

#: How each role type is drawn: theme colour token and icon (the legend names it in words).
ROLE_STYLE = {
    "leadership": ("text_muted", "flag"),
    "data_science": ("primary", "lightbulb"),
    "ml_engineering": ("success", "settings"),
    "analytics": ("warning", "chart"),
    "mlops": ("danger", "server"),
}
TEAM_FIELDS = ("structure", "size", "practitioners", "core", "regulated")


class _IconList(QWidget):
    """A titled list whose every line starts with the same icon (pros, cons)."""

    def __init__(self, name: str, title: str, icon: str, token: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._name, self._icon, self._token, self._title = name, icon, token, title
        lay = vbox(self, spacing=6)
        head = hbox(spacing=6)
        head.addWidget(IconLabel(icon, token, 20))
        head.addWidget(label(title, "h3"), 1)
        lay.addLayout(head)
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


class Step4Page(StepPage):
    """Step 4: team structures with org charts, the fit recommender, quiz 3, the timeline."""

    def build_widget(self, block: Block) -> QWidget | None:
        teams: TeamsContent = self.course.topic("teams")
        self.teams = teams
        if block.widget == "team_structures":
            widget = self._build_structures(teams)
        elif block.widget == "team_fit":
            widget = self._build_fit(teams)
        elif block.widget == "case_study":
            widget = self._build_case_study(teams)
        else:
            return None
        self._connect_once()
        self._on_team_changed()
        return widget

    # -- structures ------------------------------------------------------------------------
    def _build_structures(self, teams: TeamsContent) -> QWidget:
        box = QWidget()
        box.setObjectName("team.structures")
        lay = vbox(box, spacing=12)
        self.switch = Segmented(tuple((s.id, s.short_title) for s in teams.structures),
                                "team.structure", "Team structure")
        self.switch.changed.connect(self._on_switch_changed)
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
        return box

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

    # -- fit ------------------------------------------------------------------------------
    def _build_fit(self, teams: TeamsContent) -> QWidget:
        fit = teams.fit
        card = QFrame()
        card.setObjectName("team.fit")
        card.setProperty("card", "true")
        outer = vbox(card, margins=(18, 16, 18, 18), spacing=12)
        head = hbox(spacing=8)
        head.addWidget(IconLabel("question", "primary", 20))
        head.addWidget(label(fit.title, "h3"), 1)
        outer.addLayout(head)
        outer.addWidget(label(fit.intro, "muted"))
        row = hbox(spacing=20)
        form = vbox(spacing=12)

        self.fit_size = QComboBox()
        self.fit_size.setObjectName("team.fit.size")
        self.fit_size.setAccessibleName(f"{fit.size.label} ({fit.size.unit})")
        for band in fit.size.bands:
            self.fit_size.addItem(f"{band.label} {fit.size.unit}")
        self.fit_size.currentIndexChanged.connect(self._on_size_chosen)
        form.addLayout(self._field(f"{fit.size.label}", "", self.fit_size))

        self.fit_practitioners = QSpinBox()
        self.fit_practitioners.setObjectName("team.fit.practitioners")
        self.fit_practitioners.setRange(fit.practitioners.minimum, fit.practitioners.maximum)
        self.fit_practitioners.setAccessibleName(fit.practitioners.label)
        self.fit_practitioners.setAccessibleDescription(fit.practitioners.help)
        self.fit_practitioners.valueChanged.connect(self._on_practitioners_changed)
        form.addLayout(self._field(fit.practitioners.label, fit.practitioners.help, self.fit_practitioners))

        self.fit_core = QCheckBox(fit.core.label)
        self.fit_core.setObjectName("team.fit.core")
        self.fit_core.setAccessibleName(fit.core.label)
        self.fit_core.setAccessibleDescription(fit.core.help)
        self.fit_core.toggled.connect(self._on_core_toggled)
        form.addLayout(self._field("", fit.core.help, self.fit_core))

        self.fit_regulated = QCheckBox(fit.regulated.label)
        self.fit_regulated.setObjectName("team.fit.regulated")
        self.fit_regulated.setAccessibleName(fit.regulated.label)
        self.fit_regulated.setAccessibleDescription(fit.regulated.help)
        self.fit_regulated.toggled.connect(self._on_regulated_toggled)
        form.addLayout(self._field("", fit.regulated.help, self.fit_regulated))
        for control in (self.fit_size, self.fit_practitioners, self.fit_core, self.fit_regulated):
            control.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fit_size.setMinimumWidth(240)
        self.fit_practitioners.setMinimumWidth(110)
        row.addLayout(form, 3)

        self.fit_result = QFrame()
        self.fit_result.setObjectName("team.fit.result")
        self.fit_result.setProperty("callout", "success")
        res = vbox(self.fit_result, margins=(16, 14, 16, 14), spacing=8)
        res_head = hbox(spacing=8)
        res_head.addWidget(IconLabel("lightbulb", "success", 20))
        res_head.addWidget(label(fit.result_label, "eyebrow"), 1)
        res.addLayout(res_head)
        self.fit_structure = label("", "h3", name="team.fit.result.structure")
        self.fit_reason = label("", name="team.fit.result.reason")
        res.addWidget(self.fit_structure)
        res.addWidget(self.fit_reason)
        self.fit_show = QPushButton()
        self.fit_show.setObjectName("team.fit.show")
        self.fit_show.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fit_show.clicked.connect(self._on_show_recommended)
        show_row = hbox()
        show_row.addWidget(self.fit_show)
        show_row.addStretch(1)
        res.addLayout(show_row)
        res.addStretch(1)
        row.addWidget(self.fit_result, 2)
        outer.addLayout(row)
        return card

    @staticmethod
    def _field(title: str, help_text: str, control: QWidget):
        col = vbox(spacing=4)
        if title:
            heading = label(title, "h3")
            heading.setBuddy(control)  # the control's label on the bus (labelled-by)
            col.addWidget(heading)
        line = hbox()
        line.addWidget(control)
        line.addStretch(1)
        col.addLayout(line)
        if help_text:
            col.addWidget(label(help_text, "muted"))
        return col

    # -- case study ------------------------------------------------------------------------
    def _build_case_study(self, teams: TeamsContent) -> QWidget:
        entries = tuple(TimelineEntry(e.period, e.title, e.text) for e in teams.case_study.eras)
        frame = QFrame()
        frame.setObjectName("case.study")
        frame.setProperty("card", "true")
        lay = vbox(frame, margins=(18, 18, 18, 12))
        self.timeline = Timeline(entries, "case.timeline", teams.case_study.title)
        lay.addWidget(self.timeline)
        study = teams.case_study
        lay.addWidget(label(f"{study.note} {footnote(study.sources)}".strip(), "muted",
                            name="case.sources", selectable=True))
        return frame

    # -- learner actions --------------------------------------------------------------------
    def _on_switch_changed(self, structure_id: str) -> None:
        self.state.team.structure = structure_id

    def _on_size_chosen(self, index: int) -> None:
        bands = self.teams.fit.size.bands
        if 0 <= index < len(bands):
            self.state.team.size = bands[index].value

    def _on_practitioners_changed(self, value: int) -> None:
        self.state.team.practitioners = value

    def _on_core_toggled(self, on: bool) -> None:
        self.state.team.core = on

    def _on_regulated_toggled(self, on: bool) -> None:
        self.state.team.regulated = on

    def _on_show_recommended(self) -> None:
        self.state.team.structure = self.teams.recommend(self.state.team).structure
        if hasattr(self, "switch"):
            self.ensureWidgetVisible(self.switch, 0, 40)

    # -- state -> widgets -------------------------------------------------------------------
    def _connect_once(self) -> None:
        if getattr(self, "_connected", False):
            return
        self._connected = True
        events = self.state.team.events
        for name in TEAM_FIELDS:
            getattr(events, name).connect(self._on_team_changed)

    def _on_team_changed(self, *_: object) -> None:
        team, teams = self.state.team, self.teams
        structure = teams.structure(team.structure) or teams.structures[0]
        if hasattr(self, "switch") and self.chart.chart_id != structure.id:
            self._show_structure(structure)
        if hasattr(self, "fit_size"):
            with signals_blocked(self.fit_size):
                self.fit_size.setCurrentIndex(teams.fit.size.band_index(team.size))
            with signals_blocked(self.fit_practitioners):
                self.fit_practitioners.setValue(team.practitioners)
            with signals_blocked(self.fit_core):
                self.fit_core.setChecked(team.core)
            with signals_blocked(self.fit_regulated):
                self.fit_regulated.setChecked(team.regulated)
            rec = teams.recommend(team)
            chosen = teams.structure(rec.structure)
            title = chosen.title if chosen else rec.structure
            short = chosen.short_title if chosen else rec.structure
            self.fit_structure.setText(title)
            self.fit_reason.setText(rec.reason)
            self.fit_result.setAccessibleName(f"{teams.fit.result_label}: {title}. {rec.reason}")
            shown = structure.id == rec.structure
            self.fit_show.setText(f"{short} is shown above" if shown else f"Show {short} above")
            self.fit_show.setEnabled(not shown)
            self.fit_show.setAccessibleName(self.fit_show.text())

    def close_page(self) -> None:
        if getattr(self, "_connected", False):
            events = self.state.team.events
            for name in TEAM_FIELDS:
                getattr(events, name).disconnect(self._on_team_changed)
            self._connected = False
        super().close_page()
