"""Step 3: the ML cost and ROI calculator, the savings levers, and their live charts.

The numbers come from content/costs.yaml (``course.topic("costs")``), which also
runs the calculator and formats money in the content's currency. This page only
binds: every control writes ``state.cost``; every ``state.cost`` event updates the
controls (signals blocked) and redraws every readout and both charts from one
calculation, so a kiosk reset or "Start over" brings everything back at once.

The breakdown, the ROI panel, the "where the money is" sentence and the
sensitivity chart all show the cost after the enabled levers; each changed line
says what it was before them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from ..content.costs import CostsContent
from ..content.course import Block, Course, Step
from ..model.costs import DRIVER_IDS, THOUSAND, CostResult, format_number
from ..model.state import LearnerState
from ..widgets.bar_chart import HorizontalBarChart
from ..widgets.common import announce, card, hbox, label, named, signals_blocked, vbox
from ..widgets.responsive_row import ResponsiveRow
from ..widgets.cost_breakdown import CostBreakdown
from ..widgets.labelled_slider import LabelledSlider
from ..widgets.lever_toggle import LeverToggle
from ..widgets.sensitivity_chart import SensitivityChart
from ..widgets.stat_readout import StatReadout, steady_in_place
from .base import StepPage

#: Rows of the sensitivity chart's values table (evenly spread over the range).
TABLE_ROWS = 11


@dataclass
class _Parts:
    """The widgets this page drives; a block the content leaves out stays None/empty."""

    sliders: dict[str, LabelledSlider] = field(default_factory=dict)
    breakdown: CostBreakdown | None = None
    roi: CostBreakdown | None = None
    sensitivity: SensitivityChart | None = None
    driver: QComboBox | None = None
    toggles: dict[str, LeverToggle] = field(default_factory=dict)
    optimized: StatReadout | None = None
    reduction: StatReadout | None = None
    lines_chart: HorizontalBarChart | None = None


def _tick_decimals(spacing: float) -> int:
    return max(0, math.ceil(-math.log10(spacing))) if 0 < spacing < 1 else 0


class Step3Page(StepPage):
    """Step 3: cost calculator (sliders, breakdown, ROI, sensitivity) and savings levers."""

    def __init__(self, course: Course, state: LearnerState, step: Step,
                 parent: QWidget | None = None):
        super().__init__(course, state, step, parent)  # builds the blocks (build_widget)
        self._shown_driver = ""
        state.cost.events.all.connect(self._on_cost_changed)
        self._sync_controls()
        self.refresh()

    @property
    def costs(self) -> CostsContent:
        return self.course.topic("costs")

    @property
    def parts(self) -> _Parts:
        if "_parts" not in self.__dict__:
            self._parts = _Parts()
        return self._parts

    # -- blocks ----------------------------------------------------------------------------
    def build_widget(self, block: Block) -> QWidget | None:
        if block.widget == "cost_calculator":
            return self._build_calculator()
        if block.widget == "savings_levers":
            return self._build_levers()
        return None

    def _build_calculator(self) -> QWidget:
        c, p = self.costs, self.parts
        t = c.texts
        box = QWidget()
        box.setObjectName("cost.calculator")
        lay = vbox(box, spacing=14)
        top = ResponsiveRow(min_chars=120)
        inputs = card(name="cost.inputs")
        inputs_lay = vbox(inputs, margins=(16, 14, 16, 14), spacing=16)
        for d in c.drivers:
            slider = LabelledSlider(f"cost.{d.id}", d.label, d.minimum, d.maximum, d.step,
                                    unit=d.unit, note=d.rate_note, decimals=d.decimals,
                                    formatter=lambda v, i=d.id: self.costs.driver_text(i, v))
            slider.value_changed.connect(lambda v, i=d.id: setattr(self.state.cost, i, v))
            steady_in_place(slider.readout)  # it changes on every move: keep the page still
            if d.basis:
                slider.setToolTip(d.basis)
            p.sliders[d.id] = slider
            inputs_lay.addWidget(slider)
        notes = [f"{d.label}: {d.basis}" for d in c.drivers if d.basis]
        inputs_lay.addWidget(label("\n".join(notes), "muted", name="cost.sources", selectable=True))
        inputs_lay.addStretch(1)
        top.add(inputs, 1)
        right_box = QWidget()
        right = vbox(right_box, spacing=14)
        p.breakdown = CostBreakdown(
            t.breakdown_title, [(f"cost.line.{x.id}", x.label) for x in c.lines],
            total=("cost.total", t.total), note_name="cost.where_money", name="cost.breakdown")
        right.addWidget(p.breakdown)
        p.roi = CostBreakdown(
            t.roi_title, [("cost.value", t.value), ("cost.roi_cost", t.cost),
                          ("cost.net_roi", t.net_roi), ("cost.roi_percent", t.roi_percent),
                          ("cost.payback_months", t.payback)], name="cost.roi")
        right.addWidget(p.roi)
        right.addStretch(1)
        top.add(right_box, 1)
        lay.addWidget(top)
        lay.addWidget(self._build_sensitivity())
        return box

    def _build_sensitivity(self) -> SensitivityChart:
        c, p = self.costs, self.parts
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
        combo.currentIndexChanged.connect(self._on_driver_chosen)
        chart.toggle.toggled.connect(lambda _: self._show_sensitivity())
        prompt.setBuddy(combo)
        row.addWidget(combo)
        row.addStretch(1)
        chart.layout().insertLayout(1, row)  # under the chart's title, above the plot
        p.sensitivity, p.driver = chart, combo
        return chart

    def _build_levers(self) -> QWidget:
        c, p = self.costs, self.parts
        t = c.texts
        box = QWidget()
        box.setObjectName("cost.levers")
        lay = vbox(box, spacing=14)
        lay.addWidget(label(t.levers_note, "muted", name="cost.levers.note"))
        row = ResponsiveRow(min_chars=110)
        for lever in c.levers:
            toggle = LeverToggle(f"cost.lever.{lever.id}", lever.label, lever.description)
            toggle.checked_changed.connect(lambda on, i=lever.id: setattr(self.state.cost, i, on))
            p.toggles[lever.id] = toggle
            row.add(toggle, 1)
        lay.addWidget(row)
        notes = [f"{x.label}: {x.basis}" for x in c.levers if x.basis]
        lay.addWidget(label("\n".join(notes), "muted", name="cost.levers.sources", selectable=True))
        stats = hbox(spacing=14)
        p.optimized = StatReadout("cost.optimized_total", t.optimized_total)
        p.reduction = StatReadout("cost.reduction_percent", t.reduction)
        stats.addWidget(p.optimized, 1)
        stats.addWidget(p.reduction, 1)
        lay.addLayout(stats)
        p.lines_chart = HorizontalBarChart(
            "cost.chart.lines", t.chart_lines_title, [x.label for x in c.lines],
            [t.before, t.after], value_format=self.costs.money, tick_format=self._money_tick)
        p.lines_chart.toggle.toggled.connect(lambda _: self.refresh())
        lay.addWidget(p.lines_chart)
        return box

    # -- state -> widgets --------------------------------------------------------------------
    def _on_cost_changed(self, info: Any) -> None:
        self._sync_controls(info.signal.name)
        self.refresh()

    def _sync_controls(self, name: str | None = None) -> None:
        """Show the state in the controls (all of them, or the one field that changed)."""
        s, p = self.state.cost, self.parts
        for i, slider in p.sliders.items():
            if name in (None, i) and slider.value() != getattr(s, i):
                slider.set_value(getattr(s, i))
        for i, toggle in p.toggles.items():
            if name in (None, i) and toggle.is_checked() != getattr(s, i):
                toggle.set_checked(bool(getattr(s, i)))
        if p.driver is not None and name in (None, "driver"):
            index = p.driver.findData(self._driver_id())
            if index != p.driver.currentIndex():
                with signals_blocked(p.driver):
                    p.driver.setCurrentIndex(index)

    def _driver_id(self) -> str:
        driver = self.state.cost.driver
        return driver if driver in DRIVER_IDS else self.costs.chart.default_driver

    def refresh(self) -> None:
        """Recalculate once and redraw every readout and chart."""
        result = self.costs.calculate(self.state.cost)
        self._show_breakdown(result)
        self._show_roi(result)
        self._show_levers(result)
        self._show_sensitivity()

    def _show_breakdown(self, r: CostResult) -> None:
        b = self.parts.breakdown
        if b is None:
            return
        c = self.costs
        before = c.texts.before
        for line in r.lines:
            detail = f"{before}: {c.money(line.before)}" if line.saving > 0 else ""
            b.set_value(f"cost.line.{line.id}", c.money(line.after), detail=detail)
        detail = f"{before}: {c.money(r.total)}" if r.saving > 0 else ""
        b.set_value("cost.total", c.money(r.optimized_total), detail=detail)
        announce(b, f"{c.texts.total}: {c.money(r.optimized_total)}")
        b.set_note(c.where_the_money_is(r))

    def _show_roi(self, r: CostResult) -> None:
        panel = self.parts.roi
        if panel is None:
            return
        c, roi = self.costs, r.roi
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

    def _show_levers(self, r: CostResult) -> None:
        c, p = self.costs, self.parts
        t = c.texts
        for saving in r.levers:
            toggle = p.toggles.get(saving.id)
            if toggle is not None:
                toggle.set_saving(c.lever_text(saving))
        if p.optimized is not None:
            detail = f"{t.before}: {c.money(r.total)}"
            p.optimized.set_value(c.money(r.optimized_total), detail=detail)
        if p.reduction is not None:
            p.reduction.set_value(c.percent(r.reduction_percent, decimals=1),
                                  tone="success" if r.saving > 0 else None,
                                  detail=t.lever_saving.format(amount=c.money(r.saving)))
        chart = p.lines_chart
        if chart is not None:
            chart.set_values([[x.before for x in r.lines], [x.after for x in r.lines]])
            chart.set_summary(f"{t.before}: {c.money(r.total)}. {t.after}: "
                              f"{c.money(r.optimized_total)}.")
            if chart.toggle.isChecked():  # the table is filled only while it is shown
                chart.set_table((t.breakdown_title, t.before, t.after),
                                [(c.line_label(x.id), c.money(x.before), c.money(x.after))
                                 for x in r.lines])

    def _show_sensitivity(self) -> None:
        chart = self.parts.sensitivity
        if chart is None:
            return
        c = self.costs
        ch = c.chart
        driver_id = self._driver_id()
        d = c.driver(driver_id)
        if driver_id != self._shown_driver:
            self._shown_driver = driver_id
            chart.set_x_axis(f"{d.chart_label} ({d.unit})", d.minimum, d.maximum,
                             self._number_tick)
        s = c.sensitivity(self.state.cost, driver_id)
        be = s.break_even
        marker = (be.x, 0.0) if be else None
        be_text = f"{ch.break_even}: {self._driver_value(driver_id, be.x)}" if be else ""
        chart.set_data(s.xs, s.costs, s.net_roi, s.current, s.current_cost, s.current_net,
                       marker, be_text)
        summary = (f"{ch.current}: {c.driver_text(driver_id, s.current)}. {ch.cost_series} "
                   f"{c.money(s.current_cost)}, {ch.net_series} {c.money(s.current_net, signed=True)}. "
                   + (f"{be_text}." if be else ch.no_break_even))
        chart.set_summary(summary)
        if not chart.toggle.isChecked():  # the table is filled only while it is shown
            return
        step = max(1, (len(s.xs) - 1) // (TABLE_ROWS - 1))
        rows = [(c.driver_text(driver_id, s.xs[i]), c.money(s.costs[i]),
                 c.money(s.net_roi[i], signed=True)) for i in range(0, len(s.xs), step)]
        chart.set_table((d.chart_label, ch.cost_series, ch.net_series), rows)

    # -- formatting helpers ------------------------------------------------------------------
    def _money_tick(self, value: float, spacing: float) -> str:
        return self.costs.money(value, decimals=_tick_decimals(spacing))

    def _number_tick(self, value: float, spacing: float) -> str:
        return format_number(value, self.costs.currency, _tick_decimals(spacing))

    def _driver_value(self, driver_id: str, value: float) -> str:
        """A driver value to one decimal, with its unit (break-even points fall between steps)."""
        d, c = self.costs.driver(driver_id), self.costs
        return d.display.format(value=format_number(value, c.currency, 1),
                                money=c.money(value * THOUSAND))

    # -- widgets -> state --------------------------------------------------------------------
    def _on_driver_chosen(self, index: int) -> None:
        driver = self.parts.driver
        if driver is not None and index >= 0:
            self.state.cost.driver = driver.itemData(index)

    def close_page(self) -> None:
        self.state.cost.events.all.disconnect(self._on_cost_changed)
        super().close_page()



if __name__ == "__main__":  # preview on a first start's state: python -m desktop.pages.step_3
    import sys

    from PySide6.QtWidgets import QApplication

    from .. import theme
    from ..content.loader import load_course, state_rules
    from ..model.state import new_state
    from ..paths import default_content_dir

    app = QApplication(sys.argv)
    theme.apply(app, theme.Theme("light"))
    course = load_course(default_content_dir())
    preview = Step3Page(course, new_state(state_rules(course)), course.steps[2])
    preview.resize(1200, 900)
    preview.show()
    app.exec()
