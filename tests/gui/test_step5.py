"""Step 5 as a trainee uses it: the stakeholder cards and grid, and the live SHAP demo.

Every check reads what the learner sees (label texts, the chart's summary and its "Show
values" table, the chart's picture) after driving the real controls by their objectNames.
How the bars are drawn is checked against image baselines in test_chart_screenshots.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSlider, QWidget

from desktop import theme
from tests.gui.chart_values import values_table

MINUS = "\u2212"
FEATURES = ("tickets", "login_gap", "renewal", "spend_trend", "industry")
PEOPLE = ("vp_sales", "head_ops", "cfo", "legal", "frontline", "cto")


@pytest.fixture
def page(session):
    session.window.go("step_5")
    session.app.processEvents()
    return session.window.page("step_5")


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


def number(text: str) -> float:
    return float(text.replace(MINUS, "-"))


def rows(page) -> list[tuple[str, str, str]]:
    """The waterfall as its "Show values" table reads: (row, value, running total)."""
    settle(page)
    return values_table(page.parts["shap_demo"].chart)


def seen(page) -> dict:
    """Everything the demo shows that depends on the customer."""
    table = rows(page)
    return {
        "prediction": find(page, QLabel, "shap.prediction").text(),
        "contributions": tuple(find(page, QLabel, f"shap.contribution.{f}").text()
                               for f in FEATURES),
        "values": tuple(value for _, value, _ in table),
        "running": tuple(running for _, _, running in table),
        "rows": tuple(row for row, _, _ in table),
        "explanation": find(page, QLabel, "shap.explanation").text(),
    }


# -- the default customer ----------------------------------------------------------------------
def test_default_customer_tells_the_seed_story(page):
    assert find(page, QLabel, "shap.prediction").text() == "High churn risk (78%)"
    assert "0.28" in find(page, QLabel, "shap.base_value").text()
    shown = [find(page, QLabel, f"shap.contribution.{f}").text() for f in FEATURES]
    assert shown == ["+0.31", "+0.22", "+0.17", f"{MINUS}0.11", f"{MINUS}0.09"]
    table = rows(page)
    assert [row for row, _, _ in table] == [
        "Average customer (base value)", "Support tickets: 8 tickets",
        "Days since last login: 23 days", "Contract renewal: 3 months", "Spend trend: stable",
        "Industry: SaaS", "This customer"]
    assert [value for _, value, _ in table] == ["0.28", *shown, "0.78 (78%)"]
    # red for the three that raise the risk, blue for the two that lower it: the baselines
    # chart-waterfall-default-*.png
    text = find(page, QLabel, "shap.explanation").text()
    assert "8 tickets" in text and "23 days" in text and "48 hours" in text
    assert "Enterprise Account #4471" in find(page, QLabel, "shap.customer").text()
    note = find(page, QLabel, "shap.note").text()
    assert "not what causes" in note


def test_the_waterfall_runs_from_the_base_value_to_the_prediction(page, session):
    # Where each bar starts and ends, and its colour, is in the chart baselines; here the
    # running totals the table gives beside the values.
    for values in ({}, {"tickets": 0.0, "login_gap": 2.0, "renewal": 20.0},
                   {"spend_trend": "declining", "industry": "retail", "tickets": 15.0}):
        for field, value in values.items():
            setattr(session.state.shap, field, value)
        (_, base, first), *steps, (_, total, last) = rows(page)
        assert number(first) == number(base)
        running = number(base)
        for _, text, shown_running in steps:
            step = number(text)
            # each bar starts where the previous one ended and spans its contribution
            assert number(shown_running) == pytest.approx(running + step, abs=0.015)
            if step:
                assert text.startswith("+" if step > 0 else MINUS), "sign, not colour alone"
            running = number(shown_running)
        assert number(last) == pytest.approx(float(total.split()[0]), abs=0.005)


def test_shown_contributions_add_up_to_prediction_minus_base(page, session):
    s = session.state.shap
    for tickets, login, renewal, trend, industry in [
            (8, 23, 3, "stable", "saas"), (0, 0, 24, "growing", "finance"),
            (20, 90, 1, "declining", "retail"), (5, 14, 9, "stable", "healthcare"),
            (3, 8, 6, "stable", "saas"), (12, 40, 2, "growing", "manufacturing")]:
        s.tickets, s.login_gap, s.renewal = float(tickets), float(login), float(renewal)
        s.spend_trend, s.industry = trend, industry
        shown = [number(find(page, QLabel, f"shap.contribution.{f}").text()) for f in FEATURES]
        base = number(rows(page)[0][1])
        prediction = float(find(page, QLabel, "shap.prediction").text().split("(")[1][:-2]) / 100
        assert round(sum(shown) * 100) == round((prediction - base) * 100)
        exact = page.parts["shap_demo"].explanation_now
        assert sum(c.shap for c in exact.contributions) == pytest.approx(
            exact.prediction - exact.base_value, abs=1e-12)


# -- what-if controls -------------------------------------------------------------------------
def _slide(page, qtbot, field):
    slider = find(page, QSlider, f"shap.input.{field}")
    slider.setFocus()
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_PageUp)


def _trend(page, qtbot, field):
    qtbot.mouseClick(find(page, QPushButton, "shap.input.spend_trend.declining"),
                     Qt.MouseButton.LeftButton)


def _industry(page, qtbot, field):
    combo = find(page, QComboBox, "shap.input.industry")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # SaaS -> Retail, as the keyboard does


@pytest.mark.parametrize("field, operate, expected", [
    ("tickets", _slide, 14.0), ("login_gap", _slide, 50.0), ("renewal", _slide, 9.0),
    ("spend_trend", _trend, "declining"), ("industry", _industry, "retail"),
])
def test_each_what_if_control_changes_prediction_chart_and_explanation(page, session, qtbot,
                                                                       field, operate, expected):
    before, picture = seen(page), page.parts["shap_demo"].chart.plot.grab().toImage()
    operate(page, qtbot, field)
    assert getattr(session.state.shap, field) == expected
    after = seen(page)
    assert page.parts["shap_demo"].chart.plot.grab().toImage() != picture, "the chart redrew"
    for key in ("prediction", "contributions", "values", "running", "explanation"):
        assert after[key] != before[key], f"{field}: {key} did not follow"
    row = FEATURES.index(field) + 1
    assert after["rows"][row] != before["rows"][row], "the row names the new value"
    assert find(page, QPushButton, "shap.reset").isEnabled()


def test_the_chart_follows_every_step_of_a_drag(page, session):
    slider = find(page, QSlider, "shap.input.tickets")
    chart = page.parts["shap_demo"].chart
    slider.setSliderDown(True)  # as while the mouse holds the handle
    seen_risks, seen_bars, pictures = [], [], []
    for position in range(9, 16):
        slider.setSliderPosition(position)
        seen_risks.append(find(page, QLabel, "shap.prediction").text())
        row, value, _ = rows(page)[1]
        seen_bars.append(number(value))
        pictures.append(chart.plot.grab().toImage())
        assert row == f"Support tickets: {position} tickets"
    slider.setSliderDown(False)
    assert all(a != b for a, b in zip(pictures, pictures[1:])), "the chart changed on every step"
    assert len(set(seen_bars)) == 7, "the tickets bar moved on every step"
    assert seen_bars == sorted(seen_bars), "more tickets push the risk up more"
    assert seen_risks[-1] != seen_risks[0]
    assert session.state.shap.tickets == 15.0


def test_a_low_risk_what_if_recommends_no_outreach(page, session, qtbot):
    s = session.state.shap
    s.tickets, s.login_gap, s.renewal = 3.0, 8.0, 6.0
    assert find(page, QLabel, "shap.prediction").text().startswith("Low churn risk")
    text = find(page, QLabel, "shap.explanation").text()
    assert "48 hours" not in text and "no special action" in text
    assert page.parts["shap_demo"].prediction_panel.tint == ("success_bg", "success")
    s.tickets = 20.0
    assert find(page, QLabel, "shap.prediction").text().startswith("High churn risk")
    assert page.parts["shap_demo"].prediction_panel.tint == ("danger_bg", "danger")


def test_spin_box_gives_an_exact_value(page, session, qtbot):
    spin = page.findChild(QWidget, "shap.input.login_gap.spin")
    spin.setValue(61)
    assert session.state.shap.login_gap == 61.0
    assert find(page, QSlider, "shap.input.login_gap").value() == 61
    assert rows(page)[2][0] == "Days since last login: 61 days"


def test_reset_button_returns_to_the_default_customer(page, session, qtbot):
    default = seen(page)
    reset = find(page, QPushButton, "shap.reset")
    assert not reset.isEnabled(), "nothing to reset yet"
    s = session.state.shap
    s.tickets, s.industry, s.spend_trend = 1.0, "finance", "growing"
    assert seen(page) != default
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert seen(page) == default
    assert (s.tickets, s.industry, s.spend_trend) == (8.0, "saas", "stable")
    assert not reset.isEnabled()


# -- stakeholder cards --------------------------------------------------------------------------
def _card(page, sid):
    return find(page, QWidget, f"stakeholder.{sid}")


def test_cards_show_kind_in_words_and_colour_role_and_quote(page):
    kinds = {"vp_sales": "Skeptic", "head_ops": "Champion", "cfo": "Neutral", "legal": "Skeptic",
             "frontline": "Neutral", "cto": "Champion"}
    for sid, kind in kinds.items():
        card = _card(page, sid)
        assert find(card, QLabel, f"stakeholder.{sid}.kind").text() == kind
        assert kind in card.accessibleName()
        assert find(card, QLabel, f"stakeholder.{sid}.quote").text().startswith("\u201c")
        assert find(card, QLabel, f"stakeholder.{sid}.role").text()
        assert not card.is_open and not card.strategy.isVisible()
    vp = find(_card(page, "vp_sales"), QLabel, "stakeholder.vp_sales.kind")
    image = vp.grab().toImage()
    drawn = {image.pixelColor(x, y).name() for x in range(image.width())
             for y in range(image.height())}
    assert theme.current().hex("danger") in drawn


def test_clicking_cards_reveals_their_strategies_several_at_once(page, session, qtbot):
    vp, cfo = _card(page, "vp_sales"), _card(page, "cfo")
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton)
    assert vp.is_open and vp.strategy.isVisible()
    assert find(vp, QLabel, "stakeholder.vp_sales.strategy.name").text() == "Show, Don't Tell"
    moves = [find(vp, QLabel, f"stakeholder.vp_sales.strategy.move_{n}").text()
             for n in range(1, 5)]
    assert moves[0] == "Run a 90-day A/B test: model-assisted vs. unaided reps"
    assert "Let the data speak" in find(vp, QLabel, "stakeholder.vp_sales.strategy.key").text()
    assert find(vp, QLabel, "stakeholder.vp_sales.hint").text() == "Hide strategy"
    assert session.state.stakeholders.open_card == "vp_sales"
    # a second card opens beside the first: a learner can compare two strategies
    qtbot.mouseClick(cfo, Qt.MouseButton.LeftButton)
    assert cfo.is_open and vp.is_open and vp.strategy.isVisible() and cfo.strategy.isVisible()
    assert session.state.stakeholders.open_card == "cfo", "the state keeps the one opened last"
    qtbot.mouseClick(cfo, Qt.MouseButton.LeftButton)
    assert not cfo.is_open and vp.is_open
    assert session.state.stakeholders.open_card == "vp_sales"
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton)
    assert not vp.is_open and session.state.stakeholders.open_card == ""


def _rows(page) -> list[list]:
    """The visible cards grouped by the row they stand in (same top edge)."""
    rows: dict[int, list] = {}
    for sid in PEOPLE:
        card = _card(page, sid)
        rows.setdefault(card.mapTo(page, QPoint(0, 0)).y(), []).append(card)
    return [rows[y] for y in sorted(rows)]


@pytest.mark.parametrize("opened", [("vp_sales",), ("cfo",), ("head_ops", "legal")])
def test_an_open_card_leaves_no_hole_beside_it(page, session, qtbot, opened):
    """Issue 19 item 7: opening a card left a 280 px hole beside it in its row."""
    session.window.resize(1366, 768)
    session.app.processEvents()
    beside = {sid: _card(page, sid).mapTo(page, QPoint(0, 0)) for sid in PEOPLE}
    for sid in opened:
        qtbot.mouseClick(_card(page, sid), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: all(_card(page, sid).strategy.isVisible() for sid in opened))
    session.app.processEvents()
    moved = [sid for sid in PEOPLE if sid not in opened
             and _card(page, sid).mapTo(page, QPoint(0, 0)) != beside[sid]]
    assert moved, "the cards beside an open one re-flow"
    flow = find(page, QWidget, "stakeholder.cards")
    rows = _rows(page)
    for n, row in enumerate(rows):
        heights = [card.height() for card in row]
        assert max(heights) - min(heights) <= 2, [(c.objectName(), c.height()) for c in row]
        if any(card.is_open for card in row):
            assert len(row) == 1, "an open card has its row to itself"
        # a row is either full or, before an open card, shared out: no empty cell beside it
        right = max(card.mapTo(flow, QPoint(card.width(), 0)).x() for card in row)
        if n < len(rows) - 1:
            assert right >= flow.width() - 2, [c.objectName() for c in row]


def test_cards_open_and_close_from_the_keyboard(page, session, qtbot):
    legal = _card(page, "legal")
    assert legal.focusPolicy() & Qt.FocusPolicy.TabFocus
    legal.setFocus()
    qtbot.keyClick(legal, Qt.Key.Key_Return)
    assert legal.is_open and session.state.stakeholders.open_card == "legal"
    qtbot.keyClick(legal, Qt.Key.Key_Space)
    assert not legal.is_open
    cto = _card(page, "cto")
    cto.setFocus()
    qtbot.keyClick(cto, Qt.Key.Key_Enter)
    assert cto.is_open and not legal.is_open
    cto.setFocus()
    qtbot.keyClick(cto, Qt.Key.Key_Enter)
    assert not cto.is_open and session.state.stakeholders.open_card == ""


def test_tab_walks_the_cards_in_order(page, qtbot):
    first = _card(page, "vp_sales")
    first.setFocus()
    order = []
    for _ in range(len(PEOPLE) - 1):
        page.focusNextChild()
        order.append(page.focusWidget().objectName())
    assert order == [f"stakeholder.{sid}" for sid in PEOPLE[1:]]


# -- the grid -----------------------------------------------------------------------------------
def _grid_view(page, qtbot):
    qtbot.mouseClick(find(page, QPushButton, "stakeholder.view.grid"), Qt.MouseButton.LeftButton)
    return find(page, QWidget, "stakeholder.grid")


def test_view_switch_shows_the_grid_instead_of_the_cards(page, session, qtbot):
    grid = _grid_view(page, qtbot)
    assert session.state.stakeholders.view == "grid"
    assert grid.isVisible() and not _card(page, "cfo").isVisible()
    assert find(page, QPushButton, "stakeholder.view.grid").isChecked()
    qtbot.mouseClick(find(page, QPushButton, "stakeholder.view.cards"),
                     Qt.MouseButton.LeftButton)
    assert session.state.stakeholders.view == "cards"
    assert _card(page, "cfo").isVisible() and not grid.isVisible()


def test_grid_places_people_by_influence_and_support(page, qtbot):
    grid = _grid_view(page, qtbot)
    plot = grid.plot_rect()
    centre = {sid: grid.markers[sid].geometry().center() for sid in PEOPLE}
    split_x = plot.left() + plot.width() / 2
    split_y = plot.bottom() - plot.height() / 2
    assert centre["cto"].x() > split_x and centre["cto"].y() < split_y  # manage closely
    assert centre["vp_sales"].x() < split_x and centre["vp_sales"].y() < split_y
    assert centre["frontline"].y() > split_y  # little say
    rects = [grid.markers[sid].geometry() for sid in PEOPLE]
    for i, a in enumerate(rects):
        assert plot.toRect().adjusted(-1, -1, 1, 1).contains(a), PEOPLE[i]
        for b in rects[i + 1:]:
            assert not a.intersects(b), "markers never cover each other"


def test_a_neutral_stakeholder_sits_in_a_quadrant_not_on_a_divider(page, qtbot):
    """Issue 19 item 7: the CFO (support 0.1, "Neutral") straddled the support divider."""
    grid = _grid_view(page, qtbot)
    qtbot.waitUntil(lambda: grid.plot_rect().width() > 100)
    plot = grid.plot_rect()
    split_x = plot.left() + plot.width() / 2
    split_y = plot.bottom() - plot.height() / 2
    for sid in PEOPLE:
        box = grid.markers[sid].geometry()
        assert not (box.left() <= split_x <= box.right()), f"{sid} sits on the support divider"
        assert not (box.top() <= split_y <= box.bottom()), f"{sid} sits on the influence divider"
    cfo = grid.markers["cfo"].geometry()
    # in the quadrant its values give ("Manage closely": supportive, high influence) ...
    assert cfo.left() > split_x and cfo.bottom() < split_y
    # ... while its dot stays at its exact value, just right of the divider
    dot = grid.point_of(grid.markers["cfo"].view)
    assert split_x < dot.x() < split_x + plot.width() * 0.1
    assert "Manage closely" in grid.markers["cfo"].accessibleName()


def test_grid_markers_open_the_same_strategy(page, session, qtbot):
    grid = _grid_view(page, qtbot)
    detail = find(page, QWidget, "stakeholder.detail")
    assert not detail.isVisible()
    qtbot.mouseClick(grid.markers["cfo"], Qt.MouseButton.LeftButton)
    assert session.state.stakeholders.open_card == "cfo"
    assert grid.markers["cfo"].isChecked() and detail.isVisible()
    assert find(detail, QLabel, "stakeholder.detail.strategy.name").text() == \
        "Speak Their Language"
    assert find(detail, QLabel, "stakeholder.detail.position").text().startswith("Manage closely")
    # picking the shown one again keeps it shown (one pick at a time, as radio buttons)
    qtbot.mouseClick(grid.markers["cfo"], Qt.MouseButton.LeftButton)
    assert session.state.stakeholders.open_card == "cfo" and grid.markers["cfo"].isChecked()
    # the same strategy is open on the cards
    qtbot.mouseClick(find(page, QPushButton, "stakeholder.view.cards"),
                     Qt.MouseButton.LeftButton)
    assert _card(page, "cfo").is_open


def test_grid_markers_work_from_the_keyboard(page, session, qtbot):
    grid = _grid_view(page, qtbot)
    marker = grid.markers["legal"]
    assert marker.focusPolicy() & Qt.FocusPolicy.TabFocus and marker.accessibleName()
    marker.setFocus()
    qtbot.keyClick(marker, Qt.Key.Key_Return)
    assert session.state.stakeholders.open_card == "legal"
    assert "Keep satisfied" in find(page, QLabel, "stakeholder.detail.position").text()
    page.focusNextChild()
    assert page.focusWidget() is grid.markers["frontline"]
    qtbot.keyClick(grid.markers["frontline"], Qt.Key.Key_Space)
    assert session.state.stakeholders.open_card == "frontline"
    assert not marker.isChecked()


# -- state ---------------------------------------------------------------------------------------
def test_start_over_returns_the_default_customer_and_closed_cards(page, session, qtbot):
    default = seen(page)
    s = session.state
    s.shap.tickets, s.shap.login_gap, s.shap.renewal = 2.0, 70.0, 20.0
    s.shap.spend_trend, s.shap.industry = "growing", "finance"
    s.stakeholders.open_card, s.stakeholders.view = "legal", "grid"
    session.start_over()
    page.parts["stakeholder_map"].refresh.flush()
    assert seen(page) == default
    for field, value in (("tickets", 8), ("login_gap", 23), ("renewal", 3)):
        assert page.findChild(QWidget, f"shap.input.{field}.spin").value() == value
        assert page.findChild(QWidget, f"shap.input.{field}.spin").text().startswith(str(value))
    assert find(page, QPushButton, "shap.input.spend_trend.stable").isChecked()
    assert find(page, QComboBox, "shap.input.industry").currentData() == "saas"
    assert not any(_card(page, sid).is_open for sid in PEOPLE)
    # start over also returns to the intro page, so ask what step 5 would show
    assert _card(page, "cfo").isVisibleTo(page)
    assert not find(page, QWidget, "stakeholder.grid").isVisibleTo(page)
    assert not any(m.isChecked() for m in page.parts["stakeholder_map"].grid.markers.values())


def test_a_closed_page_no_longer_follows_the_state(page, session):
    text = find(page, QLabel, "shap.prediction").text()
    page.close_page()
    session.state.shap.tickets = 0.0
    session.state.stakeholders.open_card = "cto"
    session.app.processEvents()
    assert find(page, QLabel, "shap.prediction").text() == text
    assert not _card(page, "cto").is_open


def colours_in(image) -> set[str]:
    """The #rrggbb colours a picture holds."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return {QColor(image.pixel(x, y)).name() for y in range(0, image.height(), 2)
            for x in range(0, image.width(), 2)}


def test_chart_follows_a_theme_change(page, session):
    # Windows of earlier tests wait for a deletion that only the event loop performs;
    # delete them now, or the theme change restyles every one of them too.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    plot = page.parts["shap_demo"].chart.plot
    try:
        theme.apply(session.app, theme.Theme("dark"))
        dark = colours_in(plot.grab().toImage())
        assert {theme.PALETTES["dark"]["risk_up"], theme.PALETTES["dark"]["risk_down"]} <= dark
        assert theme.PALETTES["light"]["risk_up"] not in dark
    finally:
        theme.apply(session.app, theme.Theme("light"))
    light = colours_in(plot.grab().toImage())
    assert theme.PALETTES["light"]["risk_up"] in light
    assert theme.PALETTES["dark"]["risk_up"] not in light


def test_every_required_name_is_there_with_an_accessible_name(page):
    names = [f"stakeholder.{sid}" for sid in PEOPLE] + ["stakeholder.grid", "shap.prediction",
                                                        "shap.base_value", "shap.chart",
                                                        "shap.explanation"]
    names += [f"shap.contribution.{f}" for f in FEATURES]
    names += [f"shap.input.{f}" for f in FEATURES]
    for name in names:
        widget = find(page, QWidget, name)
        assert widget.accessibleName(), name
    for name in ("shap.input.tickets", "shap.input.login_gap", "shap.input.renewal"):
        assert isinstance(find(page, QWidget, name), QSlider)
    assert find(page, QPushButton, "shap.input.spend_trend.growing").accessibleName() == \
        "Spend trend: growing"
    assert "raises the risk" in find(page, QLabel, "shap.contribution.tickets").accessibleName()


def test_grid_marker_click_hits_the_marker_not_the_plot(page, session, qtbot):
    grid = _grid_view(page, qtbot)
    marker = grid.markers["head_ops"]
    qtbot.mouseClick(marker, Qt.MouseButton.LeftButton, pos=QPoint(8, marker.height() // 2))
    assert session.state.stakeholders.open_card == "head_ops"
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert session.state.stakeholders.open_card == "head_ops", "empty grid space does nothing"
