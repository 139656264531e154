"""Step 5's stakeholder map: six cards, or the same six on an influence x support grid.

Bound to ``state.stakeholders``: the view switch and the open card follow the
state's events, so a kiosk reset or "Start over" moves everything back at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QGridLayout, QWidget

from ...model.state import StakeholderState
from ..binding import reset_section, reveal
from ..common import hbox, label, vbox
from ..responsive_row import ArrangedByWidth, arrange_box, flow_grid, width_in_chars
from ..segmented import Segmented
from ..stakeholder_card import StakeholderCard, StakeholderView
from ..stakeholder_grid import GridMarkerView, GridQuadrantView, GridView, StakeholderGrid


class _CardFlow(ArrangedByWidth, QWidget):
    """Cards in rows of three, two or one, following the available width."""

    def __init__(self, cards: list[QWidget]):
        super().__init__()
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        self._columns = 0
        self._flow(3)

    def _flow(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        flow_grid(self.grid, self.cards, columns, Qt.AlignmentFlag.AlignTop)

    def arrange(self, width: int) -> None:
        chars = width_in_chars(self, width)
        self._flow(3 if chars >= 120 else 2 if chars >= 70 else 1)


class StakeholderMap(ArrangedByWidth, QWidget):
    """Six stakeholder cards, or the same six on the grid; one strategy open at a time."""

    def __init__(self, content: Any, state: StakeholderState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self.setObjectName("stakeholder.map")
        lay = vbox(self, spacing=12)
        self.switch = Segmented(content.view_labels, "stakeholder.view", "Stakeholder map view",
                                spoken=lambda text: f"Show the {text} view")
        self.switch.changed.connect(lambda view: setattr(self.state, "view", view))
        self.view_buttons = self.switch.buttons
        switch = QWidget()
        row = hbox(switch, spacing=0)
        row.addWidget(self.switch)
        row.addStretch(1)
        lay.addWidget(switch)

        self.cards: dict[str, StakeholderCard] = {}
        for s in content.stakeholders:
            card = StakeholderCard(self._view(s), f"stakeholder.{s.id}")
            card.activated.connect(self._on_activated)
            self.cards[s.id] = card
        self.card_flow = _CardFlow(list(self.cards.values()))
        self.card_flow.setObjectName("stakeholder.cards")
        lay.addWidget(self.card_flow)

        self.grid_panel = QWidget()
        self.grid_panel.setObjectName("stakeholder.grid_panel")
        self._split = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.grid_panel)
        self._split.setContentsMargins(0, 0, 0, 0)
        self._split.setSpacing(14)
        left = vbox(spacing=8)
        left.addWidget(label(content.texts.grid_hint, "muted", name="stakeholder.grid_hint"))
        self.grid = StakeholderGrid(self._grid_view(), "stakeholder.grid")
        self.grid.activated.connect(self._on_activated)
        left.addWidget(self.grid, 1)
        self._split.addLayout(left, 3)
        right = vbox(spacing=8)
        first = content.stakeholders[0]
        self.detail = StakeholderCard(self._view(first, with_position=True), "stakeholder.detail",
                                      interactive=False)
        self.detail_empty = label("Select a stakeholder on the grid to see their strategy here.",
                                  "muted", name="stakeholder.detail.empty")
        right.addWidget(self.detail)
        right.addWidget(self.detail_empty)
        right.addStretch(1)
        self._split.addLayout(right, 2)
        lay.addWidget(self.grid_panel)

        self._bound = True
        state.events.open_card.connect(self._on_open_card_changed)
        state.events.view.connect(self._on_view_changed)
        self._on_open_card_changed()
        self._on_view_changed()

    # -- building ------------------------------------------------------------------------------
    def _view(self, s: Any, with_position: bool = False) -> StakeholderView:
        kind = self.content.kind(s.kind)
        texts = self.content.texts
        position = ""
        if with_position:
            q = self.content.quadrant_of(s.id)
            position = f"{q.name}: {q.description}"
        return StakeholderView(
            id=s.id, name=s.name, role=s.role, kind=s.kind, kind_label=kind.label,
            kind_icon=kind.icon, quote=s.quote, strategy_name=s.strategy.name,
            moves=tuple(s.strategy.moves), key=s.strategy.key,
            strategy_label=texts.strategy_label, key_label=texts.key_label, position=position)

    def _grid_view(self) -> GridView:
        g = self.content.grid
        markers = tuple(
            GridMarkerView(s.id, s.name, s.kind, self.content.kind(s.kind).label, s.influence,
                           s.support, self.content.quadrant_of(s.id).name)
            for s in self.content.stakeholders)
        quadrants = tuple(GridQuadrantView(q.name, q.high_influence, q.high_support)
                          for q in g.quadrants)
        return GridView(g.influence_label, g.support_label, g.influence_low, g.influence_high,
                        g.support_low, g.support_high, g.influence_split, g.support_split,
                        quadrants, markers)

    # -- state binding ---------------------------------------------------------------------------
    def _on_activated(self, stakeholder_id: str) -> None:
        opening = self.state.open_card != stakeholder_id
        self.state.open_card = stakeholder_id if opening else ""
        if opening and self.state.view == "cards":
            self._reveal(self.cards[stakeholder_id].strategy)

    def _on_open_card_changed(self, *_: object) -> None:
        open_id = self.state.open_card
        for sid, card in self.cards.items():
            card.set_open(sid == open_id)
        self.grid.set_open(open_id)
        if open_id in self.cards:
            s = self.content.stakeholder(open_id)
            self.detail.set_view(self._view(s, with_position=True))
        self.detail.setVisible(open_id in self.cards)
        self.detail_empty.setVisible(open_id not in self.cards)

    def _on_view_changed(self, *_: object) -> None:
        view = self.state.view if self.state.view in self.view_buttons else "cards"
        self.switch.set_current(view)
        self.card_flow.setVisible(view == "cards")
        self.grid_panel.setVisible(view == "grid")

    def arrange(self, width: int) -> None:
        arrange_box(self._split, self, width, 100)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.content, "stakeholders", self.state)

    def unbind(self) -> None:
        if self._bound:
            self._bound = False
            self.state.events.open_card.disconnect(self._on_open_card_changed)
            self.state.events.view.disconnect(self._on_view_changed)


# -- SHAP demo --------------------------------------------------------------------------------

    def _reveal(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` (a strategy just opened) is in view, once laid out."""
        QTimer.singleShot(0, widget, lambda: reveal(widget, 20, 40))


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.stakeholder_map
    from ._preview import preview

    preview("stakeholder_map")
