"""Step 3's ML cost and ROI calculator: driver sliders, breakdown, ROI and sensitivity chart.

The numbers come from content/costs.yaml, which also runs the calculator and
formats money in the content's currency. This part only binds: every control
writes ``state.cost``; every ``state.cost`` event updates the controls (signals
blocked) and redraws every readout and the chart from one calculation, so a kiosk
reset or "Start over" brings everything back at once. The breakdown, the ROI panel
and the sensitivity chart show the cost after the enabled levers (the savings
levers part switches them); each changed line says what it was before them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ...content.costs import CostsContent
from ...model.costs import DRIVER_IDS, THOUSAND, CostResult, format_number
from ...model.state import CostState
from ..binding import Coalesced, connect_setattr, reset_section
from ..common import announce, card, hbox, label, named, pane, signals_blocked, vbox
from ..cost_breakdown import CostBreakdown
from ..labelled_slider import LabelledSlider
from ..sensitivity_chart import SensitivityChart
from ..steady import Steady
from ..ticks import tick_decimals
from ..two_pane import TwoPane

#: Rows of the sensitivity chart's values table (evenly spread over the range).
TABLE_ROWS = 11


class CostCalculator(QWidget):
    """Sliders for the cost drivers; the breakdown, the ROI panel and the sensitivity chart."""

    def __init__(self, costs: CostsContent, state: CostState, parent: QWidget | None = None):
        super().__init__(parent)
        self.costs, self.state = costs, state
        self._shown_driver = ""
        self.sliders: dict[str, LabelledSlider] = {}
        self.setObjectName("cost.calculator")
        t = costs.texts
        lay = vbox(self, spacing=14)
        right_box, right = pane("cost.results")
        self.breakdown = CostBreakdown(
            t.breakdown_title, [(f"cost.line.{x.id}", x.label) for x in costs.lines],
            total=("cost.total", t.total), name="cost.breakdown")
        right.addWidget(self.breakdown)
        self.roi = CostBreakdown(
            t.roi_title, [("cost.value", t.value), ("cost.roi_cost", t.cost),
                          ("cost.net_roi", t.net_roi), ("cost.roi_percent", t.roi_percent),
                          ("cost.payback_months", t.payback)], name="cost.roi")
        right.addWidget(self.roi)
        right.addStretch(1)
        # The totals and the ROI stay beside the driver sliders while those scroll.
        lay.addWidget(TwoPane(self._build_inputs(), right_box, min_chars=75))
        # Where the money goes, under the pair: beside the sliders it would push the ROI
        # below a 200 % text screen.
        self.where_money = label("", "muted", name="cost.where_money")
        lay.addWidget(Steady(self.where_money))  # a new sentence each step: see Steady
        self.sensitivity, self.driver = self._build_sensitivity()
        lay.addWidget(self.sensitivity)
        # children are built: connect them
        self.refresh = Coalesced(self, self._redraw)
        for d in costs.drivers:
            connect_setattr(self.sliders[d.id].value_changed, state, d.id)
        self.driver.currentIndexChanged.connect(self._on_driver_chosen)
        self.sensitivity.toggle.toggled.connect(lambda _: self._show_sensitivity())
        state.events.all.connect(self._on_cost_changed)
        self._sync_controls()
        self._redraw()

    def _build_inputs(self) -> QWidget:
        c = self.costs
        inputs = card(name="cost.inputs")
        inputs_lay = vbox(inputs, margins=(16, 14, 16, 14), spacing=16)
        for d in c.drivers:
            slider = LabelledSlider(f"cost.{d.id}", d.label, d.minimum, d.maximum, d.step,
                                    unit=d.unit, note=d.rate_note, decimals=d.decimals,
                                    formatter=lambda v, i=d.id: self.costs.driver_text(i, v),
                                    **self._spin_units(d))
            if d.basis:
                slider.setToolTip(d.basis)
            self.sliders[d.id] = slider
            inputs_lay.addWidget(slider)
        notes = [QCoreApplication.translate("CostCalculator", "{driver}: {basis}").format(driver=d.label, basis=d.basis)
                 for d in c.drivers if d.basis]
        inputs_lay.addWidget(label("\n".join(notes), "muted", name="cost.sources", selectable=True))
        inputs_lay.addStretch(1)
        return inputs

    def _build_sensitivity(self) -> tuple[SensitivityChart, QComboBox]:
        c = self.costs
        ch = c.chart
        chart = SensitivityChart("cost.chart.sensitivity", ch.title, (ch.cost_series, ch.net_series),
                                 ch.current, ch.break_even, y_format=self._money_tick)
        row = hbox(spacing=8)
        prompt = label(ch.driver_prompt, wrap=False)
        row.addWidget(prompt)
        combo = QComboBox()
        named(combo, "cost.chart.driver", f"{ch.title}: {ch.driver_prompt.rstrip(':')}")
        for d in c.drivers:
            combo.addItem(d.label, d.id)
        prompt.setBuddy(combo)
        row.addWidget(combo)
        row.addStretch(1)
        chart.layout().insertLayout(1, row)  # under the chart's title, above the plot
        return chart, combo

    # -- state -> widgets --------------------------------------------------------------------
    def _on_cost_changed(self, info: Any) -> None:
        self._sync_controls(info.signal.name)
        self.refresh.refresh()

    def _sync_controls(self, name: str | None = None) -> None:
        """Show the state in the controls (all of them, or the one field that changed)."""
        s = self.state
        for i, slider in self.sliders.items():
            if name in (None, i) and slider.value() != getattr(s, i):
                slider.set_value(getattr(s, i))
        if name in (None, "driver"):
            index = self.driver.findData(self._driver_id())
            if index != self.driver.currentIndex():
                with signals_blocked(self.driver):
                    self.driver.setCurrentIndex(index)

    def _driver_id(self) -> str:
        driver = self.state.driver
        return driver if driver in DRIVER_IDS else self.costs.chart.default_driver

    def _redraw(self) -> None:
        """Recalculate once and redraw every readout and the chart."""
        result = self.costs.calculate(self.state)
        self._show_breakdown(result)
        self._show_roi(result)
        self._show_sensitivity()

    def _show_breakdown(self, r: CostResult) -> None:
        b, c = self.breakdown, self.costs
        before = c.texts.before
        for line in r.lines:
            detail = (QCoreApplication.translate("CostCalculator", "{before}: {amount}").format(
                before=before, amount=c.money(line.before)) if line.saving > 0 else "")
            b.set_value(f"cost.line.{line.id}", c.money(line.after), detail=detail)
        detail = (QCoreApplication.translate("CostCalculator", "{before}: {amount}").format(
            before=before, amount=c.money(r.total)) if r.saving > 0 else "")
        b.set_value("cost.total", c.money(r.optimized_total), detail=detail)
        announce(b, QCoreApplication.translate("CostCalculator", "{total}: {amount}").format(
            total=c.texts.total, amount=c.money(r.optimized_total)))
        note = c.where_the_money_is(r)
        if self.where_money.text() != note:
            self.where_money.setText(note)
            self.where_money.setAccessibleName(note)

    def _show_roi(self, r: CostResult) -> None:
        panel, c, roi = self.roi, self.costs, r.roi
        t = c.texts
        panel.set_value("cost.value", c.money(roi.value))
        panel.set_value("cost.roi_cost", c.money(roi.cost))
        if roi.is_loss:
            caption, tone, icon = t.net_loss, "danger", "alert"
        elif roi.net > 0:
            caption, tone, icon = t.net_roi, "success", "check_circle"
        else:
            caption, tone, icon = t.net_roi, None, None
        panel.set_value("cost.net_roi", c.money(roi.net, signed=True), caption=caption, tone=tone,
                        icon=icon)
        loss = roi.percent is not None and roi.percent < 0
        panel.set_value("cost.roi_percent", c.percent(roi.percent, signed=True),
                        tone="danger" if loss else None)
        panel.set_value("cost.payback_months", c.payback_text(roi), detail=c.payback_detail(roi),
                        tone="danger" if roi.payback_month is None else None)

    def _show_sensitivity(self) -> None:
        chart, c = self.sensitivity, self.costs
        ch = c.chart
        driver_id = self._driver_id()
        d = c.driver(driver_id)
        if driver_id != self._shown_driver:
            self._shown_driver = driver_id
            chart.set_x_axis(f"{d.chart_label} ({d.unit})", d.minimum, d.maximum,
                             self._number_tick)
        s = c.sensitivity(self.state, driver_id)
        be = s.break_even
        marker = (be.x, 0.0) if be else None
        be_text = (QCoreApplication.translate("CostCalculator", "{break_even}: {value}").format(
            break_even=ch.break_even, value=self._driver_value(driver_id, be.x)) if be else "")
        chart.set_data(s.xs, s.costs, s.net_roi, s.current, s.current_cost, s.current_net,
                       marker, be_text)
        summary = QCoreApplication.translate(
            "CostCalculator", "{current}: {value}. {cost_series} {cost}, {net_series} {net}. "
            "{break_even}").format(
                current=ch.current, value=c.driver_text(driver_id, s.current),
                cost_series=ch.cost_series, cost=c.money(s.current_cost), net_series=ch.net_series,
                net=c.money(s.current_net, signed=True),
                break_even=f"{be_text}." if be else ch.no_break_even)
        chart.set_summary(summary)
        if not chart.toggle.isChecked():  # the table is filled only while it is shown
            return
        step = max(1, (len(s.xs) - 1) // (TABLE_ROWS - 1))
        rows = [(c.driver_text(driver_id, s.xs[i]), c.money(s.costs[i]),
                 c.money(s.net_roi[i], signed=True)) for i in range(0, len(s.xs), step)]
        chart.set_table((d.chart_label, ch.cost_series, ch.net_series), rows)

    def _spin_units(self, d: Any) -> dict:
        """The box in whole units: "_k" fields count thousands (model.costs.THOUSAND). Its
        wording, currency symbol included, is the driver's own (driver_text)."""
        return {"spin_factor": THOUSAND} if d.id.endswith("_k") else {}

    # -- formatting helpers ------------------------------------------------------------------
    def _money_tick(self, value: float, spacing: float) -> str:
        return self.costs.money(value, decimals=tick_decimals(spacing))

    def _number_tick(self, value: float, spacing: float) -> str:
        return format_number(value, self.costs.currency, tick_decimals(spacing))

    def _driver_value(self, driver_id: str, value: float) -> str:
        """A driver value to one decimal, with its unit (break-even points fall between steps)."""
        return self.costs.driver_text(driver_id, value, decimals=1)

    # -- widgets -> state --------------------------------------------------------------------
    def _on_driver_chosen(self, index: int) -> None:
        if index >= 0:
            self.state.driver = self.driver.itemData(index)

    def reset(self) -> None:
        """Back to a first start (the state follows, and the widgets follow the state)."""
        reset_section(self.costs, "cost", self.state)

    def unbind(self) -> None:
        """Stop following the state (the page is being dropped)."""
        self.state.events.all.disconnect(self._on_cost_changed)


if __name__ == "__main__":  # a first start's state alone: python -m desktop.widgets.parts.cost_calculator
    from ._preview import preview

    preview("cost_calculator")
