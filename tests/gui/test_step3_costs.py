"""Step 3 as a trainee uses it: sliders, spin boxes, levers, readouts and both charts.

Expected figures are worked out here by hand from the rates in content/costs.yaml
(A100 $3/h on demand, $1.20/h spot; $23 per TB-month; $0.0005 a call; $150,000
per FTE-year), never taken from the calculator under test.
"""

from __future__ import annotations

import itertools
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QComboBox, QDoubleSpinBox, QLabel, QPushButton, QSlider, QWidget,
)

from desktop import theme
from desktop.model.costs import THOUSAND
from tests.gui import chart_values
from tests.gui.events import Events

MINUS = "\u2212"
GPU, GPU_SPOT, TB, CALL, FTE = 3.0, 1.2, 23.0, 0.0005, 150_000.0
DEFAULTS = {"gpu_hours": 4000, "storage_tb": 5, "calls_k": 500, "team_fte": 3, "value_k": 1200,
            "setup_k": 0}
RANGES = {"gpu_hours": (0, 10_000, 10), "storage_tb": (0, 100, 1), "calls_k": (0, 10_000, 10),
          "team_fte": (0, 20, 1), "value_k": (0, 10_000, 10), "setup_k": (0, 5000, 10)}
NEVER = "Never"  # why is the detail line under "Payback"
READOUTS = ("cost.line.gpu", "cost.line.storage", "cost.line.inference", "cost.line.team",
            "cost.total", "cost.value", "cost.net_roi", "cost.roi_percent", "cost.payback_months",
            "cost.optimized_total", "cost.reduction_percent", "cost.lever.spot.saving",
            "cost.lever.compression.saving", "cost.lever.caching.saving", "cost.where_money")
LEVERS = ("spot", "compression", "caching")


def usd(amount: float, signed: bool = False) -> str:
    """$1,234 / −$1,234 / +$1,234, as a learner reads it."""
    rounded = int(abs(amount) + 0.5)
    sign = MINUS if amount < 0 and rounded else ("+" if signed and rounded else "")
    return f"{sign}${rounded:,}"


def by_hand(gpu_hours=4000, storage_tb=5, calls_k=500, team_fte=3, value_k=1200,
            spot=False, compression=False, caching=False) -> dict[str, float]:
    gpu = gpu_hours * (GPU_SPOT if spot else GPU) * 12
    storage = storage_tb * TB * 12
    inference = calls_k * 1000 * CALL * 12 * (0.3 if compression else 1) * (0.5 if caching else 1)
    team = team_fte * FTE
    total = gpu + storage + inference + team
    return {"gpu": gpu, "storage": storage, "inference": inference, "team": team,
            "total": total, "value": value_k * 1000, "net": value_k * 1000 - total}


# -- helpers -------------------------------------------------------------------------------------

@pytest.fixture
def page(session):
    session.window.go("step_3")
    return session.window.page("step_3")


def settle(root):
    """Run the parts' pending coalesced redraws (one per event-loop pass), as the next
    frame would, so a read sees what the learner sees after a change."""
    from desktop.widgets.binding import Coalesced

    for part in getattr(root, "parts", {}).values():
        if isinstance(getattr(part, "refresh", None), Coalesced):
            part.refresh.flush()


def find(parent, cls, name):
    settle(parent)
    widget = parent.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def text(page, name: str) -> str:
    return find(page, QLabel, name).text()

def box_text(root, row: str) -> str:
    """A slider row's value as the learner reads it: in its box, with its unit (issue 19 item 9)."""
    return find(root, QAbstractSpinBox, f"{row}.spin").text()


def slide(page, driver: str, value: float) -> None:
    """Move a cost slider as a user would. The QSlider's position is the value in the unit
    the learner reads: whole dollars and calls for the fields kept in thousands ("_k")."""
    unit = THOUSAND if driver.endswith("_k") else 1
    find(page, QSlider, f"cost.{driver}").setValue(round(value * unit))
    settle(page)


def lever(page, lever_id: str) -> QPushButton:
    return find(page, QPushButton, f"cost.lever.{lever_id}")


# -- readouts ------------------------------------------------------------------------------------

def test_defaults_read_the_seeds_printed_figures_by_its_own_formula(page):
    # The seed printed GPU $144,000 and a total of $598,380: its formula at 4,000 h/month.
    assert text(page, "cost.line.gpu") == "$144,000" == usd(4000 * 3 * 12)
    assert text(page, "cost.line.storage") == "$1,380"
    assert text(page, "cost.line.inference") == "$3,000"
    assert text(page, "cost.line.team") == "$450,000"
    assert text(page, "cost.total") == "$598,380" == usd(by_hand()["total"])
    assert text(page, "cost.value") == "$1,200,000"
    assert text(page, "cost.roi_cost") == "$598,380"
    assert text(page, "cost.net_roi") == "+$601,620"
    assert text(page, "cost.net_roi.label") == "Net ROI"
    assert text(page, "cost.roi_percent") == "+101%"  # 601,620 / 598,380 = 100.5 %
    assert text(page, "cost.payback_months") == "Month 1"  # no set-up cost to recover
    money = text(page, "cost.where_money")
    assert "Team Salaries" in money and "$450,000" in money and "75%" in money
    assert "25%" in money  # the levers reach GPU and inference: 147,000 of 598,380
    for driver, shown in (("gpu_hours", "4,000 h/month"), ("storage_tb", "5 TB"),
                          ("calls_k", "500,000 calls/month"), ("team_fte", "3 FTE"),
                          ("value_k", "$1,200,000 a year")):
        assert box_text(page, f"cost.{driver}") == shown


def test_each_rate_is_shown_next_to_its_slider(page):
    assert text(page, "cost.gpu_hours.note") == "A100 GPU ≈ $3/h on demand, $1.20/h spot"
    assert "$23 per TB-month" in text(page, "cost.storage_tb.note")
    assert "$0.0005 per call" in text(page, "cost.calls_k.note")
    assert "$150,000 a year" in text(page, "cost.team_fte.note")


@pytest.mark.parametrize("inputs", [
    {"gpu_hours": 500},
    {"storage_tb": 100, "calls_k": 10_000},
    {"team_fte": 0, "value_k": 50},
    {"gpu_hours": 10_000, "storage_tb": 100, "calls_k": 10_000, "team_fte": 20, "value_k": 10_000},
    {"team_fte": 8, "value_k": 1200},  # past break-even: a loss that never pays back
])
def test_sliders_drive_every_readout(page, inputs):
    for driver, value in inputs.items():
        slide(page, driver, value)
    want = by_hand(**inputs)
    assert page.state.cost.gpu_hours == inputs.get("gpu_hours", 4000)
    for line in ("gpu", "storage", "inference", "team"):
        assert text(page, f"cost.line.{line}") == usd(want[line])
    assert text(page, "cost.total") == usd(want["total"])
    assert text(page, "cost.value") == usd(want["value"])
    assert text(page, "cost.net_roi") == usd(want["net"], signed=True)
    percent = want["net"] / want["total"] * 100
    assert text(page, "cost.roi_percent") == f"{'+' if percent > 0 else MINUS}{abs(percent):.0f}%"
    # No set-up cost: a profit pays back in month 1; costs recur, so a loss never does.
    assert text(page, "cost.payback_months") == ("Month 1" if want["net"] > 0 else NEVER)


def drawn_colours(widget: QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_a_loss_is_said_in_words_with_a_minus_and_in_the_loss_colour(page):
    slide(page, "value_k", 0)
    net = find(page, QLabel, "cost.net_roi")
    assert net.text() == f"{MINUS}$598,380"
    assert text(page, "cost.net_roi.label") == "Net Loss"
    assert "Net Loss" in net.accessibleName()
    net.ensurePolished()
    danger = theme.current().color("danger")
    assert net.palette().color(net.foregroundRole()) == danger  # the colour its text is drawn in
    assert danger.name() in drawn_colours(net)
    assert text(page, "cost.roi_percent") == f"{MINUS}100%"
    assert text(page, "cost.payback_months") == NEVER
    slide(page, "value_k", 1200)
    assert text(page, "cost.net_roi.label") == "Net ROI"
    net.ensurePolished()
    assert net.palette().color(net.foregroundRole()) != danger
    assert danger.name() not in drawn_colours(net)


def test_a_loss_keeps_the_loss_colour_of_each_theme_and_loses_it_when_gone(page, qapp):
    slide(page, "value_k", 0)
    net = find(page, QLabel, "cost.net_roi")
    theme.apply(qapp, theme.Theme("dark"))
    try:
        QApplication.processEvents()
        assert theme.PALETTES["dark"]["danger"] in drawn_colours(net)
        assert theme.PALETTES["light"]["danger"] not in drawn_colours(net)
        slide(page, "value_k", 1200)
        assert theme.PALETTES["dark"]["danger"] not in drawn_colours(net)
    finally:
        theme.apply(qapp, theme.Theme("light"))
    QApplication.processEvents()
    assert theme.PALETTES["light"]["danger"] not in drawn_colours(net)
    slide(page, "value_k", 0)
    assert theme.PALETTES["light"]["danger"] in drawn_colours(net)


def test_no_cost_gives_n_a_not_infinity(page):
    for driver in ("gpu_hours", "storage_tb", "calls_k", "team_fte"):
        slide(page, driver, 0)
    assert text(page, "cost.total") == "$0"
    assert text(page, "cost.roi_percent") == "n/a"
    assert text(page, "cost.payback_months") == "Month 1"
    assert text(page, "cost.where_money") == "Every cost line is at zero, so there is nothing to spend yet."
    slide(page, "value_k", 0)
    assert text(page, "cost.net_roi") == "$0"
    assert text(page, "cost.net_roi.label") == "Net ROI"
    assert text(page, "cost.roi_percent") == "n/a"
    assert text(page, "cost.payback_months") == "Never"
    assert text(page, "cost.payback_months.detail") == "The yearly value only equals the yearly cost"


FORMATTED = re.compile(
    r"^([+\u2212]?\$[\d,]+|[+\u2212]?[\d,]+(\.\d)?%|Month [\d,]+|Never|n/a)$")


def test_every_slider_at_both_ends_stays_finite_and_formatted(page):
    for on in (False, True):
        for lever_id in LEVERS:
            lever(page, lever_id).setChecked(on)
        for ends in itertools.product((0, 1), repeat=len(RANGES)):
            for (driver, (low, high, _)), end in zip(RANGES.items(), ends):
                slide(page, driver, high if end else low)
            for name in READOUTS:
                shown = text(page, name)
                assert shown and not re.search(r"\b(inf|nan)\b", shown, re.IGNORECASE), (name, shown)
            for name in READOUTS[:11]:
                assert FORMATTED.match(text(page, name)), (name, text(page, name), ends, on)
            rows = values_table(page, page.parts["cost_calculator"].sensitivity)
            assert len(rows) == 11 and all(FORMATTED.match(v) for _, *vs in rows for v in vs), rows


def type_into(qtbot, spin, typed: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, typed)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def test_spin_boxes_take_exact_values_and_clamp_what_is_out_of_range(page, qtbot):
    spin = find(page, QDoubleSpinBox, "cost.gpu_hours.spin")
    type_into(qtbot, spin, "730")
    assert page.state.cost.gpu_hours == 730
    assert box_text(page, "cost.gpu_hours") == "730 h/month"
    assert text(page, "cost.line.gpu") == usd(730 * 3 * 12)
    # Qt refuses the keystroke that would leave the range ("50000" stops at "5000"):
    # whatever is typed, nothing beyond 10,000 h reaches the state or the readouts.
    type_into(qtbot, spin, "50000")
    assert 0 <= spin.value() <= 10_000 and page.state.cost.gpu_hours == spin.value()
    assert text(page, "cost.line.gpu") == usd(spin.value() * 3 * 12)
    team = find(page, QDoubleSpinBox, "cost.team_fte.spin")
    type_into(qtbot, team, "-5")  # below the minimum: corrected to 0 FTE
    assert team.value() == 0 and page.state.cost.team_fte == 0
    assert text(page, "cost.line.team") == "$0"
    value = find(page, QDoubleSpinBox, "cost.value_k.spin")
    value.setValue(25_000_000)  # programmatic entry clamps too (the box counts dollars)
    assert value.value() == 10_000_000 and page.state.cost.value_k == 10_000
    assert value.text() == "$10,000,000 a year"  # money as money, not "10,000 thousand USD/year"
    assert text(page, "cost.value") == "$10,000,000"


def test_keyboard_moves_a_slider_and_the_readouts_follow(page, qtbot):
    slider = find(page, QSlider, "cost.team_fte")
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert page.state.cost.team_fte == 4
    assert text(page, "cost.line.team") == "$600,000"
    qtbot.keyClick(slider, Qt.Key.Key_End)
    assert box_text(page, "cost.team_fte") == "20 FTE"


# -- levers --------------------------------------------------------------------------------------

def test_levers_act_only_on_their_lines_and_combine_multiplicatively(page):
    spot = lever(page, "spot")
    assert spot.isCheckable() and spot.text() == "Off"
    assert text(page, "cost.lever.spot.saving") == "would save $86,400 a year on its own"
    spot.click()
    assert page.state.cost.spot and spot.text() == "On"
    assert text(page, "cost.line.gpu") == "$57,600" == usd(4000 * 1.2 * 12)
    assert text(page, "cost.line.team") == "$450,000"  # salaries untouched (not the seed's flat 35 %)
    assert text(page, "cost.lever.spot.saving") == "saves $86,400 a year"
    assert text(page, "cost.line.gpu.detail") == "Before levers: $144,000"
    lever(page, "compression").click()
    assert text(page, "cost.line.inference") == "$900"  # 3,000 × 0.3
    lever(page, "caching").click()
    assert text(page, "cost.line.inference") == "$450"  # 3,000 × 0.3 × 0.5, not × (1 − 0.8)
    # Shared line: compression and caching split their overlap (2,100 + 1,500 − 2,550) evenly.
    assert text(page, "cost.lever.compression.saving") == "saves $1,575 a year"
    assert text(page, "cost.lever.caching.saving") == "saves $975 a year"
    want = by_hand(spot=True, compression=True, caching=True)
    assert want["total"] == 598_380 - 86_400 - 2_550
    assert text(page, "cost.optimized_total") == "$509,430"
    assert text(page, "cost.total") == "$509,430"
    assert text(page, "cost.total.detail") == "Before levers: $598,380"
    assert text(page, "cost.reduction_percent") == "14.9%"  # 88,950 / 598,380: the levers matter
    assert text(page, "cost.roi_cost") == "$509,430"  # ROI uses the cost after the levers
    assert text(page, "cost.net_roi") == usd(1_200_000 - 509_430, signed=True)
    assert "reach only the lines that make up 11%" in text(page, "cost.where_money")  # 58,050


def test_a_lever_toggles_with_space_and_with_a_click_on_its_card(page, qtbot):
    button = lever(page, "caching")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert page.state.cost.caching is True
    assert button.isChecked() and button.text() == "On"
    card = find(page, type(button.parentWidget()), "cost.lever.caching.card")
    assert card.property("lever") == "on"
    qtbot.mouseClick(find(card, QLabel, "cost.lever.caching.description"), Qt.MouseButton.LeftButton)
    assert page.state.cost.caching is False and button.text() == "Off"
    assert card.property("lever") == "off"


# -- charts --------------------------------------------------------------------------------------

def values_table(page, chart) -> list[tuple[str, ...]]:
    """The chart's rows as the learner reads them under "Show values" (the drawn bars are
    checked against image baselines in test_chart_screenshots.py)."""
    settle(page)
    return chart_values.values_table(chart)


def test_cost_lines_chart_shows_before_and_after_the_levers(page):
    chart = page.parts["savings_levers"].lines_chart
    assert find(page, type(chart.plot), "cost.chart.lines") is chart.plot
    unchanged = [("GPU Compute", "$144,000", "$144,000"), ("Storage", "$1,380", "$1,380"),
                 ("API Inference", "$3,000", "$3,000"), ("Team Salaries", "$450,000", "$450,000")]
    assert values_table(page, chart) == unchanged
    lever(page, "spot").click()
    lever(page, "compression").click()
    assert values_table(page, chart) == [
        ("GPU Compute", "$144,000", "$57,600"), ("Storage", "$1,380", "$1,380"),
        ("API Inference", "$3,000", "$900"), ("Team Salaries", "$450,000", "$450,000")]
    assert "After levers: $509,880" in text(page, "cost.chart.lines.summary")
    slide(page, "team_fte", 0)
    assert values_table(page, chart)[3][1] == "$0"
    assert chart.plot.getPlotItem().viewRange()[0][1] >= 144000 * 1.3  # room for its label


def test_sensitivity_chart_follows_the_sliders_and_marks_break_even(page):
    # What is drawn (curves, current value, break-even mark) is in the chart baselines; here
    # the numbers the learner reads in the summary and the "Show values" table.
    chart = page.parts["cost_calculator"].sensitivity
    rows = values_table(page, chart)
    assert rows[0][0] == "0 h/month" and rows[-1][0] == "10,000 h/month" and len(rows) == 11
    fixed = 1380 + 3000 + 450_000
    assert rows[0][1] == usd(fixed) and rows[-1][1] == usd(fixed + 360_000)
    assert rows[-1][2] == usd(1_200_000 - fixed - 360_000, signed=True)
    assert chart.summary.text().startswith(
        "Current value: 4,000 h/month. Annual cost $598,380, Net ROI +$601,620.")
    assert "does not cross zero" in chart.summary.text()  # GPU hours never eat the whole value
    slide(page, "gpu_hours", 400)
    assert f"Current value: 400 h/month. Annual cost {usd(461_580 + 7_200)}," in chart.summary.text()
    find(page, QComboBox, "cost.chart.driver").setCurrentIndex(3)  # team size
    settle(page)
    assert page.state.cost.driver == "team_fte"
    rows = values_table(page, chart)
    assert rows[-1][:2] == ("20 FTE", usd(14_400 + 1380 + 3000 + 20 * 150_000))
    assert rows[0][:2] == ("0 FTE", usd(14_400 + 1380 + 3000)) and len(rows) == 11
    be = (1_200_000 - 14_400 - 1_380 - 3_000) / 150_000  # FTE where value = cost
    assert f"Break-even: {be:.1f} FTE" in chart.summary.text()


def x_axis(chart) -> tuple[float, float]:
    """The span the x axis shows (its tick labels are what the learner reads)."""
    (x0, x1), _ = chart.plot.getPlotItem().viewRange()
    return x0, x1


def test_driver_chooser_sets_the_x_range_both_ways(page):
    chart, combo = page.parts["cost_calculator"].sensitivity, find(page, QComboBox, "cost.chart.driver")
    assert combo.currentData() == "gpu_hours"
    for index, driver in enumerate(("gpu_hours", "storage_tb", "calls_k", "team_fte", "value_k",
                                    "setup_k")):
        combo.setCurrentIndex(index)
        settle(page)
        low, high, _ = RANGES[driver]
        x0, x1 = x_axis(chart)
        assert x0 <= low and high <= x1 < high * 1.1, driver
        assert page.state.cost.driver == driver
    page.state.cost.driver = "storage_tb"
    settle(page)
    assert combo.currentData() == "storage_tb" and x_axis(chart)[1] < 110


# -- state ---------------------------------------------------------------------------------------

def test_start_over_returns_every_control_and_readout_to_the_defaults(session, page):
    fresh = {name: text(page, name) for name in READOUTS}
    for driver, (_, high, _) in RANGES.items():
        slide(page, driver, high)
    for lever_id in LEVERS:
        lever(page, lever_id).click()
    find(page, QComboBox, "cost.chart.driver").setCurrentIndex(4)
    settle(page)
    assert text(page, "cost.total") != fresh["cost.total"]
    session.start_over()
    for driver, value in DEFAULTS.items():
        whole = THOUSAND if driver.endswith("_k") else 1  # slider and box count calls, dollars
        assert find(page, QSlider, f"cost.{driver}").value() == value * whole
        assert find(page, QDoubleSpinBox, f"cost.{driver}.spin").value() == value * whole
    for lever_id in LEVERS:
        assert not lever(page, lever_id).isChecked() and lever(page, lever_id).text() == "Off"
    assert find(page, QComboBox, "cost.chart.driver").currentData() == "gpu_hours"
    assert {name: text(page, name) for name in READOUTS} == fresh
    session.window.go("step_3")  # starting over shows the intro; the table fills when shown
    lines = page.parts["savings_levers"].lines_chart
    assert [after for _, _, after in values_table(page, lines)] == [
        "$144,000", "$1,380", "$3,000", "$450,000"]
    assert x_axis(page.parts["cost_calculator"].sensitivity)[1] < 11_000


def test_every_control_and_readout_has_its_name_and_a_spoken_name(page):
    names = [f"cost.{d}" for d in RANGES] + [f"cost.lever.{x}" for x in LEVERS]
    for name in names:
        widget = find(page, (QSlider if "lever" not in name else QPushButton), name)
        assert widget.accessibleName()
    for driver in RANGES:
        assert find(page, QDoubleSpinBox, f"cost.{driver}.spin").accessibleName()
    for name in READOUTS:
        assert find(page, QLabel, name).accessibleName(), name
    assert find(page, QComboBox, "cost.chart.driver").accessibleName()
    assert "+$601,620" in find(page, QLabel, "cost.net_roi").accessibleName()


def test_closed_page_no_longer_follows_the_state(session, page):
    page.close_page()
    session.state.cost.team_fte = 10
    assert text(page, "cost.line.team") == "$450,000"


# -- interaction cost (issue 7): a flip repaints, it does not re-style or re-lay-out ---------------

def test_a_lever_flip_shows_its_look_on_the_backdrop_and_keeps_the_card_size(page, qtbot):
    """The on/off colours live on a childless backdrop: re-polishing the card itself
    made every child re-measure and the page lay itself out again on every flip."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    card = find(page, QWidget, "cost.lever.spot.card")
    backdrop = card.backdrop
    QApplication.processEvents()
    assert backdrop.geometry() == card.rect() and backdrop.property("lever_look") == "off"
    size = card.size()

    fonts = Events.on(card.title, QEvent.Type.FontChange)
    lever(page, "spot").click()
    QApplication.processEvents()
    assert backdrop.property("lever_look") == "on" and card.property("lever") == "on"
    assert fonts.stop() == [], "the card was re-polished: its children got a new font"
    assert card.size() == size and card.contentsRect() == card.rect().adjusted(1, 1, -1, -1)


def test_payback_counts_the_set_up_cost_and_agrees_with_the_break_even(page):
    slide(page, "setup_k", 300)
    # $300,000 set-up, net $601,620 a year: recovered after 5.98 months, so in month 6.
    assert text(page, "cost.payback_months") == "Month 6"
    assert "$300,000 set-up" in text(page, "cost.payback_months.detail")
    assert text(page, "cost.net_roi") == "+$601,620"  # a one-time cost: the yearly net stays
    find(page, QComboBox, "cost.chart.driver").setCurrentIndex(4)  # business value
    settle(page)
    chart = page.parts["cost_calculator"].sensitivity
    # value where the yearly value meets the yearly cost: $598.38k
    assert "Break-even: $598,380 a year." in chart.summary.text()
    slide(page, "value_k", 590)  # just below the chart's break-even
    assert text(page, "cost.payback_months") == NEVER
    slide(page, "value_k", 610)  # just above: $11,620 a year recovers $300,000 in 310 months
    assert text(page, "cost.payback_months") == "Month 310"


def test_each_rate_and_cut_says_where_it_comes_from(page):
    notes = text(page, "cost.sources").splitlines()
    assert any(n.startswith("Data storage: Source: Amazon S3 pricing") and "aws.amazon.com" in n
               for n in notes)
    assert sum(n.split(": ", 1)[1].startswith("Illustrative:") for n in notes) == 3
    assert find(page, QSlider, "cost.storage_tb").parentWidget().toolTip() or \
        any("aws.amazon.com" in w.toolTip() for w in page.findChildren(QWidget)
            if w.objectName() == "cost.storage_tb")
    levers = text(page, "cost.levers.sources")
    assert "Model Compression: Illustrative" in levers and "Prediction Caching: Illustrative" in levers


def test_showing_and_hiding_the_values_keeps_the_chart_still_and_the_page_its_length(page, qtbot):
    """The table opens under the chart and the chart neither jumps nor flickers: the plot
    keeps its size through the change (it was squeezed for a few layout rounds and back
    when the table showed, and stretched when it hid), the page grows by the table in the
    same frame, and once hidden the page is as long as before."""
    from PySide6.QtCore import QEvent

    chart = page.parts["cost_calculator"].sensitivity
    content = page.widget()
    qtbot.waitUntil(lambda: chart.plot.height() > 0)
    QApplication.processEvents()
    plot_size, page_height = chart.plot.size(), content.height()
    resized = Events.on(chart.plot, QEvent.Type.Resize)
    qtbot.mouseClick(chart.toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()  # one pass: what the next frame paints
    rows = chart.table.rowCount()
    assert chart.table.isVisible() and rows > 1
    table_rows = chart.table.horizontalHeader().height() + sum(
        chart.table.rowHeight(r) for r in range(rows))
    assert chart.table.height() >= min(table_rows, 320)  # not squeezed to a sliver
    assert content.height() >= page_height + chart.table.height()
    qtbot.mouseClick(chart.toggle, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not chart.table.isVisible()
    assert resized.stop() == [] and chart.plot.size() == plot_size
    assert content.height() == page_height
