"""Step 5's stakeholder map: six cards, or the same six on an influence x support grid.

Bound to ``state.stakeholders``: the view switch and the open card follow the
state's events, so a kiosk reset or "Start over" moves everything back at once.
Several cards may be open side by side in the learner's reading; the state keeps
the one opened last (``open_card``, the one the grid view's detail panel shows),
and "" there closes them all.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from ...model.state import StakeholderState
from ..binding import Coalesced, reset_section
from ..common import hbox, label, vbox
from ..responsive_row import ArrangedByWidth, width_in_chars
from ..reveal_settled import reveal_when_settled
from ..segmented import Segmented
from ..stakeholder_card import StakeholderCard, StakeholderView
from ..stakeholder_grid import GridMarkerView, GridQuadrantView, GridView, StakeholderGrid
from ..two_pane import TwoPane


#: The grid view's strategy stands beside the grid from this many characters of width.
GRID_BESIDE_CHARS = 90
#: Grid columns of the card flow: 6 divides evenly into rows of 1, 2 and 3 cards.
SLOTS = 6


class _CardFlow(ArrangedByWidth, QWidget):
    """Cards in rows of three, two or one, following the available width.

    An open card takes a row of its own (its strategy beside it), and the closed
    cards before it share their row's width, so no card stands beside an empty cell.
    """

    def __init__(self, cards: dict[str, StakeholderCard]):
        super().__init__()
        self.cards = cards
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(12)
        for slot in range(SLOTS):
            self.grid.setColumnStretch(slot, 1)
        self._columns = 3
        self._placed: tuple = ()
        self.reflow()

    def rows(self) -> list[list[str]]:
        """The cards' ids row by row, as they are placed."""
        rows: list[list[str]] = []
        line: list[str] = []
        for sid, card in self.cards.items():
            if card.is_open:
                if line:
                    rows.append(line)
                rows.append([sid])
                line = []
                continue
            line.append(sid)
            if len(line) == self._columns:
                rows.append(line)
                line = []
        if line:
            rows.append(line)
        return rows

    def reflow(self) -> None:
        rows = self.rows()
        placed = (self._columns, tuple(map(tuple, rows)))
        if placed == self._placed:
            return
        self._placed = placed
        for card in self.cards.values():
            self.grid.removeWidget(card)
        for r, line in enumerate(rows):
            if r == len(rows) - 1 and not self.cards[line[0]].is_open:
                span = SLOTS // self._columns  # the last row keeps the column width
            else:
                span = SLOTS // len(line)  # an open card, or the closed ones before it, fill
            for c, sid in enumerate(line):
                card = self.cards[sid]
                card.set_wide(card.is_open and self._columns > 1)
                self.grid.addWidget(card, r, c * span, 1, span)

    def arrange(self, width: int) -> None:
        chars = width_in_chars(self, width)
        columns = 3 if chars >= 120 else 2 if chars >= 70 else 1
        if columns != self._columns:
            self._columns = columns
            self.reflow()


class StakeholderMap(QWidget):
    """Six stakeholder cards (any number open), or the same six on the grid."""

    def __init__(self, content: Any, state: StakeholderState, parent: QWidget | None = None):
        super().__init__(parent)
        self.content, self.state = content, state
        self.setObjectName("stakeholder.map")
        lay = vbox(self, spacing=12)
        self.switch = Segmented(
            content.view_labels, "stakeholder.view",
            QCoreApplication.translate("StakeholderMap", "Stakeholder map view"),
            spoken=lambda text: QCoreApplication.translate(
                "StakeholderMap", "Show the {view} view").format(view=text))
        self.switch.changed.connect(self._on_view_picked)
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
        self.card_flow = _CardFlow(self.cards)
        self.card_flow.setObjectName("stakeholder.cards")
        lay.addWidget(self.card_flow)

        controls = QWidget()
        controls.setObjectName("stakeholder.grid_side")
        left = vbox(controls, spacing=8)
        left.addWidget(label(content.texts.grid_hint, "muted", name="stakeholder.grid_hint"))
        self.grid = StakeholderGrid(self._grid_view(), "stakeholder.grid")
        self.grid.activated.connect(self._on_activated)
        left.addWidget(self.grid, 1)
        results = QWidget()
        results.setObjectName("stakeholder.detail_side")
        right = vbox(results, spacing=8)
        first = content.stakeholders[0]
        self.detail = StakeholderCard(self._view(first, with_position=True), "stakeholder.detail",
                                      interactive=False)
        self.detail_empty = label(QCoreApplication.translate(
            "StakeholderMap", "Select a stakeholder on the grid to see their strategy here."),
            "muted", name="stakeholder.detail.empty")
        right.addWidget(self.detail)
        right.addWidget(self.detail_empty)
        right.addStretch(1)
        # the strategy beside the grid while both fit; at 200 % text pinned above the
        # grid, which scrolls under it, so a picked marker and its strategy share a screen
        self.grid_panel = TwoPane(controls, results, min_chars=GRID_BESIDE_CHARS, stretch=(3, 2),
                                  whole_results=True)
        self.grid_panel.setObjectName("stakeholder.grid_panel")
        lay.addWidget(self.grid_panel)

        # opened cards, oldest first; the last one is the state's open_card
        self.opened: list[str] = []
        self.refresh = Coalesced(self, self._redraw)
        self._bound = True
        state.events.open_card.connect(self.refresh.refresh)
        state.events.view.connect(self.refresh.refresh)
        self._redraw()

    # -- building ------------------------------------------------------------------------------
    def _view(self, s: Any, with_position: bool = False) -> StakeholderView:
        kind = self.content.kind(s.kind)
        texts = self.content.texts
        position = ""
        if with_position:
            q = self.content.quadrant_of(s.id)
            position = QCoreApplication.translate("StakeholderMap", "{quadrant}: {description}") \
                .format(quadrant=q.name, description=q.description)
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
        grid = self.state.view == "grid"
        if grid and self.state.open_card == stakeholder_id:
            # the grid picks one stakeholder, as radio buttons do: picking it again keeps it
            self.grid.set_open(stakeholder_id)
            return
        closing = not grid and stakeholder_id in self.opened
        if stakeholder_id in self.opened:
            self.opened.remove(stakeholder_id)
        if not closing:
            self.opened.append(stakeholder_id)
        self.state.open_card = self.opened[-1] if self.opened else ""
        self.refresh.flush()  # lay the card out now, so it can be scrolled into view
        if not closing:
            shown = [self.grid.markers[stakeholder_id], self.detail] if grid else \
                [self.cards[stakeholder_id]]
            reveal_when_settled(*shown)

    def _on_view_picked(self, view: str) -> None:
        self.state.view = view
        self.refresh.flush()  # the learner's own click: show the view in this pass

    def _redraw(self) -> None:
        open_id = self.state.open_card
        if not open_id:
            self.opened.clear()  # a reset, or the last one closed
        elif open_id not in self.opened:
            self.opened.append(open_id)  # a saved state, or the grid's choice
        for sid, card in self.cards.items():
            card.set_open(sid in self.opened)
        self.card_flow.reflow()
        self.grid.set_open(open_id)
        if open_id in self.cards:
            s = self.content.stakeholder(open_id)
            self.detail.set_view(self._view(s, with_position=True))
        self.detail.setVisible(open_id in self.cards)
        self.detail_empty.setVisible(open_id not in self.cards)
        view = self.state.view if self.state.view in self.view_buttons else "cards"
        self.switch.set_current(view)
        self.card_flow.setVisible(view == "cards")
        self.grid_panel.setVisible(view == "grid")

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.content, "stakeholders", self.state)
        self.refresh.flush()

    def unbind(self) -> None:
        if self._bound:
            self._bound = False
            self.state.events.open_card.disconnect(self.refresh.refresh)
            self.state.events.view.disconnect(self.refresh.refresh)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.stakeholder_map
    from ._preview import preview

    preview("stakeholder_map")
