"""Step 3's savings levers: switch each on, see the saving, the new total and a before/after chart.

Bound to ``state.cost`` like the cost calculator: a toggle writes the state, and
every ``state.cost`` event redraws the savings from one calculation.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ...content.costs import CostsContent
from ...model.state import CostState
from ..bar_chart import HorizontalBarChart
from ..binding import Coalesced, connect_setattr, reset_section
from ..common import label, pane, vbox
from ..lever_toggle import LeverToggle
from ..responsive_row import ResponsiveRow
from ..stat_readout import StatReadout
from ..ticks import tick_decimals
from ..two_pane import TwoPane


STATS_MIN_CHARS = 44  #: the two figures side by side from this width, in characters


class SavingsLevers(QWidget):
    """One toggle per lever, the optimised total, the reduction and the lines chart."""

    def __init__(self, costs: CostsContent, state: CostState, parent: QWidget | None = None):
        super().__init__(parent)
        self.costs, self.state = costs, state
        t = costs.texts
        self.setObjectName("cost.levers")
        lay = vbox(self, spacing=14)
        lay.addWidget(label(t.levers_note, "muted", name="cost.levers.note"))
        controls, col = pane("cost.levers.controls", spacing=12)
        self.toggles: dict[str, LeverToggle] = {}
        for lever in costs.levers:
            toggle = LeverToggle(f"cost.lever.{lever.id}", lever.label, lever.description)
            self.toggles[lever.id] = toggle
            col.addWidget(toggle)
        notes = [QCoreApplication.translate("SavingsLevers", "{lever}: {basis}").format(lever=x.label, basis=x.basis)
                 for x in costs.levers if x.basis]
        col.addWidget(label("\n".join(notes), "muted", name="cost.levers.sources", selectable=True))
        col.addStretch(1)
        results, right = pane("cost.levers.results")
        # The two figures one above the other in a narrow pane (200 % text): side by side
        # they needed more than the pane beside the levers, which then had to stack.
        stats = ResponsiveRow(STATS_MIN_CHARS, spacing=14)
        self.optimized = stats.add(StatReadout("cost.optimized_total", t.optimized_total))
        self.reduction = stats.add(StatReadout("cost.reduction_percent", t.reduction))
        right.addWidget(stats)
        self.lines_chart = HorizontalBarChart(
            "cost.chart.lines", t.chart_lines_title, [x.label for x in costs.lines],
            [t.before, t.after], value_format=costs.money, tick_format=self._money_tick)
        right.addWidget(self.lines_chart, 1)
        # The new total and the chart stay beside the levers while those scroll.
        lay.addWidget(TwoPane(controls, results, min_chars=75))
        # children are built: connect them
        self.refresh = Coalesced(self, self._redraw)
        for lever_id, toggle in self.toggles.items():
            connect_setattr(toggle.checked_changed, state, lever_id)
        self.lines_chart.toggle.toggled.connect(lambda _: self._redraw())
        state.events.all.connect(self._on_cost_changed)
        self._sync_toggles()
        self._redraw()

    def _on_cost_changed(self, info: Any) -> None:
        self._sync_toggles(info.signal.name)
        self.refresh.refresh()

    def _sync_toggles(self, name: str | None = None) -> None:
        for i, toggle in self.toggles.items():
            if name in (None, i) and toggle.is_checked() != getattr(self.state, i):
                toggle.set_checked(bool(getattr(self.state, i)))

    def _redraw(self) -> None:
        """Recalculate once and redraw the savings, the totals and the chart."""
        c = self.costs
        r = c.calculate(self.state)
        t = c.texts
        for saving in r.levers:
            toggle = self.toggles.get(saving.id)
            if toggle is not None:
                toggle.set_saving(c.lever_text(saving))
        self.optimized.set_value(c.money(r.optimized_total), detail=QCoreApplication.translate(
            "SavingsLevers", "{before}: {amount}").format(before=t.before, amount=c.money(r.total)))
        self.reduction.set_value(c.percent(r.reduction_percent, decimals=1),
                                 tone="success" if r.saving > 0 else None,
                                 detail=t.lever_saving.format(amount=c.money(r.saving)))
        chart = self.lines_chart
        chart.set_values([[x.before for x in r.lines], [x.after for x in r.lines]])
        chart.set_summary(QCoreApplication.translate("SavingsLevers", "{before}: {total}. {after}: {new_total}.").format(
            before=t.before, total=c.money(r.total), after=t.after,
            new_total=c.money(r.optimized_total)))
        if chart.toggle.isChecked():  # the table is filled only while it is shown
            chart.set_table((t.breakdown_title, t.before, t.after),
                            [(c.line_label(x.id), c.money(x.before), c.money(x.after))
                             for x in r.lines])

    def _money_tick(self, value: float, spacing: float) -> str:
        return self.costs.money(value, decimals=tick_decimals(spacing))

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.costs, "cost", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.all.disconnect(self._on_cost_changed)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.savings_levers
    from ._preview import preview

    preview("savings_levers")
