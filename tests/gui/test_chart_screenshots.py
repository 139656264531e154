"""Screenshots of the four charts against committed PNG baselines (issue 18).

The pictures replace the charts' old test-only read-back methods: what a chart draws is
checked as pixels, what a learner reads as its summary and values table. Each chart is
grabbed at a fixed size so that the page around it cannot move the picture. After a
deliberate change, look at the new pictures and re-approve them with

    UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/gui/test_chart_screenshots.py
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QSlider

from desktop import theme
from tests.gui.test_diagram_screenshots import MAX_DIFFERING, check, difference

SIZE = (760, 420)


def grab(chart) -> QImage:
    """The chart panel (title, plot, summary) at SIZE, as the learner sees it."""
    chart.setFixedSize(*SIZE)
    QApplication.processEvents()  # the plot lays itself out after the resize event
    image = chart.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(1.0)
    return image


def flush(page) -> None:
    for part in page.parts.values():
        refresh = getattr(part, "refresh", None)
        if hasattr(refresh, "flush"):
            refresh.flush()


@pytest.fixture(params=["light", "dark"])
def themed(request, make_session, qapp):
    session = make_session("--theme", request.param)
    yield session, request.param
    theme.apply(qapp, theme.Theme("light"))


def opened(session, step: str):
    session.window.go(step)
    session.app.processEvents()
    page = session.window.page(step)
    flush(page)
    return page


@pytest.mark.parametrize("verdict, rates", [("pass", (60, 55)), ("fail", (65, 48))])
def test_bias_chart(themed, verdict, rates, tmp_path):
    session, name = themed
    page = opened(session, "step_2")
    session.state.bias.rate_a, session.state.bias.rate_b = rates
    flush(page)
    check(grab(page.parts["bias_audit"].chart), f"chart-bias-{verdict}-{name}", tmp_path)


#: Two what-ifs: the seed's high-risk customer, and one with no tickets who logged in two days ago.
WHAT_IFS = {"default": {}, "low_risk": {"tickets": 0, "login_gap": 2}}


@pytest.mark.parametrize("what_if", list(WHAT_IFS))
def test_waterfall_chart(themed, what_if, tmp_path):
    session, name = themed
    page = opened(session, "step_5")
    for field, value in WHAT_IFS[what_if].items():
        setattr(session.state.shap, field, value)
    flush(page)
    check(grab(page.parts["shap_demo"].chart), f"chart-waterfall-{what_if}-{name}", tmp_path)


@pytest.mark.parametrize("state", ["default", "moved", "break_even"])
def test_sensitivity_chart(themed, state, tmp_path):
    session, name = themed
    page = opened(session, "step_3")
    if state == "moved":
        page.findChild(QSlider, "cost.gpu_hours").setValue(12000)
    if state == "break_even":  # team size: the net line crosses zero at 7.0 FTE, marked
        session.state.cost.driver = "team_fte"
    flush(page)
    check(grab(page.parts["cost_calculator"].sensitivity), f"chart-sensitivity-{state}-{name}",
          tmp_path)


@pytest.mark.parametrize("levers", [(), ("spot", "compression")])
def test_cost_lines_bar_chart(themed, levers, tmp_path):
    session, name = themed
    page = opened(session, "step_3")
    for lever in levers:
        setattr(session.state.cost, lever, True)
    flush(page)
    label = "-".join(levers) or "no_levers"
    check(grab(page.parts["savings_levers"].lines_chart), f"chart-lines-{label}-{name}", tmp_path)


def test_the_comparison_sees_a_changed_what_if(make_session):
    """The tolerance must not hide a real change: another customer is a different picture."""
    session = make_session()
    page = opened(session, "step_5")
    chart = page.parts["shap_demo"].chart
    seed = grab(chart)
    again, _ = difference(seed, grab(chart))
    assert again == 0.0, "rendering is deterministic"
    session.state.shap.tickets = 0
    flush(page)
    share, _ = difference(seed, grab(chart))
    assert share > MAX_DIFFERING * 3
