"""Step 4's "Which structure fits you?": four questions and the structure they point to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGridLayout, QPushButton, QSpinBox, QWidget,
)

from ...content.teams import TeamsContent
from ...model.state import TeamState
from ..binding import Coalesced, connect_setattr, reset_section, reveal_together
from ..common import card_header, hbox, label, signals_blocked, vbox
from ..icon_label import IconLabel

TEAM_FIELDS = ("structure", "size", "practitioners", "core", "regulated")


class TeamFit(QFrame):
    """The questions (size, practitioners, core, regulated) and the recommended structure."""

    def __init__(self, teams: TeamsContent, state: TeamState, parent: QWidget | None = None):
        super().__init__(parent)
        self.teams, self.state = teams, state
        fit = teams.fit
        self.setObjectName("team.fit")
        self.setProperty("card", "true")
        outer = vbox(self, margins=(18, 16, 18, 18), spacing=12)
        outer.addLayout(card_header("question", fit.title))
        outer.addWidget(label(fit.intro, "muted"))
        # The recommendation stands above the four questions, which sit two by two, so a
        # learner answering any of them sees the answer change on the same screen.
        form = QGridLayout()
        form.setHorizontalSpacing(20)
        form.setVerticalSpacing(12)

        self.fit_size = QComboBox()
        self.fit_size.setObjectName("team.fit.size")
        self.fit_size.setAccessibleName(
            QCoreApplication.translate("TeamFit", "{label} ({unit})")
            .format(label=fit.size.label, unit=fit.size.unit))
        for band in fit.size.bands:
            self.fit_size.addItem(QCoreApplication.translate("TeamFit", "{band} {unit}")
                                  .format(band=band.label, unit=fit.size.unit))
        form.addLayout(self._field(fit.size.label, "", self.fit_size), 0, 0)

        self.fit_practitioners = QSpinBox()
        self.fit_practitioners.setObjectName("team.fit.practitioners")
        self.fit_practitioners.setRange(fit.practitioners.minimum, fit.practitioners.maximum)
        self.fit_practitioners.setAccessibleName(fit.practitioners.label)
        self.fit_practitioners.setAccessibleDescription(fit.practitioners.help)
        form.addLayout(self._field(fit.practitioners.label, fit.practitioners.help,
                                   self.fit_practitioners), 0, 1)

        self.fit_core = QCheckBox(fit.core.label)
        self.fit_core.setObjectName("team.fit.core")
        self.fit_core.setAccessibleName(fit.core.label)
        self.fit_core.setAccessibleDescription(fit.core.help)
        form.addLayout(self._field("", fit.core.help, self.fit_core), 1, 0)

        self.fit_regulated = QCheckBox(fit.regulated.label)
        self.fit_regulated.setObjectName("team.fit.regulated")
        self.fit_regulated.setAccessibleName(fit.regulated.label)
        self.fit_regulated.setAccessibleDescription(fit.regulated.help)
        form.addLayout(self._field("", fit.regulated.help, self.fit_regulated), 1, 1)
        for control in (self.fit_size, self.fit_practitioners, self.fit_core, self.fit_regulated):
            control.setCursor(Qt.CursorShape.PointingHandCursor)
        self.fit_size.setMinimumWidth(240)
        self.fit_practitioners.setMinimumWidth(110)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)

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
        show_row = hbox()
        show_row.addWidget(self.fit_show)
        show_row.addStretch(1)
        res.addLayout(show_row)
        outer.addWidget(self.fit_result)
        outer.addLayout(form)
        # questions first, then the button that shows their answer above
        order = (self.fit_size, self.fit_practitioners, self.fit_core, self.fit_regulated,
                 self.fit_show)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        # children are built: connect them
        self.fit_size.currentIndexChanged.connect(self._on_size_chosen)
        connect_setattr(self.fit_practitioners.valueChanged, state, "practitioners")
        connect_setattr(self.fit_core.toggled, state, "core")
        connect_setattr(self.fit_regulated.toggled, state, "regulated")
        self.fit_show.clicked.connect(self._on_show_recommended)
        self.refresh = Coalesced(self, self._redraw)
        for name in TEAM_FIELDS:
            getattr(state.events, name).connect(self.refresh.refresh)
        self._redraw()
        self._fix_show_size()

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
        # the two questions of a row start on one line (an aligned cell in a grid would
        # lose its height-for-width and clip wrapped help text)
        col.addStretch(1)
        return col

    # -- learner actions --------------------------------------------------------------------
    def _on_size_chosen(self, index: int) -> None:
        bands = self.teams.fit.size.bands
        if 0 <= index < len(bands):
            self.state.size = bands[index].value

    def _on_show_recommended(self) -> None:
        self.state.structure = self.teams.recommend(self.state).structure
        # The structures part shows it; bring its switch and chart into view (by name).
        shown = [self.window().findChild(QWidget, name)
                 for name in ("team.structure", "team.chart")]
        if all(w is not None for w in shown):
            reveal_together(*shown)

    # -- state -> widgets -------------------------------------------------------------------
    def _redraw(self) -> None:
        team, teams = self.state, self.teams
        structure = teams.structure(team.structure) or teams.structures[0]
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
        self.fit_result.setAccessibleName(
            QCoreApplication.translate("TeamFit", "{result}: {title}. {reason}")
            .format(result=teams.fit.result_label, title=title, reason=rec.reason))
        shown = structure.id == rec.structure
        self.fit_show.setText(
            QCoreApplication.translate("TeamFit", "{structure} is shown above")
            .format(structure=short)
            if shown else
            QCoreApplication.translate("TeamFit", "Show {structure} above").format(structure=short))
        self.fit_show.setEnabled(not shown)
        self.fit_show.setAccessibleName(self.fit_show.text())

    def _show_texts(self) -> list[str]:
        texts = []
        for s in self.teams.structures:
            texts.append(QCoreApplication.translate("TeamFit", "{structure} is shown above")
                         .format(structure=s.short_title))
            texts.append(QCoreApplication.translate("TeamFit", "Show {structure} above")
                         .format(structure=s.short_title))
        return texts

    def _fix_show_size(self) -> None:
        """The button as wide as its longest text: a fixed size keeps its new text (on
        every structure switch) from laying the page out again."""
        shown = self.fit_show.text()
        self.fit_show.setMinimumSize(0, 0)
        self.fit_show.setMaximumSize(16777215, 16777215)
        hints = []
        for text in self._show_texts():
            self.fit_show.setText(text)
            hints.append(self.fit_show.sizeHint())
        self.fit_show.setText(shown)
        self.fit_show.setFixedSize(max(h.width() for h in hints), max(h.height() for h in hints))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fix_show_size()
        super().changeEvent(event)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.teams, "team", self.state)
        self.refresh.flush()

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        for name in TEAM_FIELDS:
            getattr(self.state.events, name).disconnect(self.refresh.refresh)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.team_fit
    from ._preview import preview

    preview("team_fit")
