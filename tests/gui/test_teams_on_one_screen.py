"""Issue 19 for steps 4 and 5's team parts: each control and what it changes on one screen.

At 1366×768 with 100 % text and in a 1920×1080 window at 200 % text, a learner who
scrolls a control into view sees its result without scrolling again: the structure
switch and the org chart, the fit questions and the recommendation, a stakeholder
card and the strategy it opens, a grid marker and the strategy shown beside the grid.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.widgets.binding import reveal_together
from tests.gui.viewport import assert_together, outside

SCREENS = [pytest.param((1366, 768), 1.0, id="1366x768-100%"),
           pytest.param((1920, 1080), 2.0, id="1920x1080-200%")]

#: Event-loop passes a click is given to lay out and scroll before the learner looks.
PASSES = 5

STRUCTURES = ("embedded", "hub_and_spoke", "centralized")
STEP_4 = [
    (control, "team.fit.result.structure", "team.fit.result.reason", "team.fit.show")
    for control in ("team.fit.size", "team.fit.practitioners", "team.fit.core",
                    "team.fit.regulated")
]


@pytest.fixture
def sized(make_session, qapp):
    """A session at a screen size and text scale (the scale is put back afterwards)."""
    made = []

    def make(size, scale):
        s = make_session()
        larger = s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.larger")
        while theme.current().scale < scale:
            larger.trigger()
        s.window.resize(*size)
        qapp.processEvents()
        made.append(s)
        return s

    yield make
    for s in made:
        s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.reset").trigger()


def settle(session, page_id):
    session.window.go(page_id)
    for _ in range(3):
        session.app.processEvents()
    return session.window.page(page_id)


@pytest.mark.parametrize("size,scale", SCREENS)
def test_step4_controls_and_their_results_are_on_one_screen(sized, size, scale, qtbot):
    s = sized(size, scale)
    page = settle(s, "step_4")
    for control, *results in STEP_4:
        # Qt's ensureWidgetVisible (viewport.reveal) shows only a spin box's text cursor,
        # which can leave its frame 2 px under the fold; scroll the whole control in first
        reveal_together(page.findChild(QWidget, control))
        assert_together(s.window, control, *results)
    # a learner who picks a structure sees the switch, the structure's name and its chart
    for structure in STRUCTURES:
        page.findChild(QWidget, f"team.structure.{structure}").click()
        qtbot.waitUntil(lambda: page.findChild(QWidget, "team.chart").chart_id == structure)
        for _ in range(3):
            s.app.processEvents()
        assert_together(s.window, f"team.structure.{structure}", "team.structure_title",
                        "team.chart")


@pytest.mark.parametrize("size,scale", SCREENS)
@pytest.mark.parametrize("who", ["vp_sales", "cfo", "cto"])
def test_an_opened_card_shows_its_strategy_on_the_same_screen(sized, size, scale, who, qtbot):
    s = sized(size, scale)
    page = settle(s, "step_5")
    card = page.findChild(QWidget, f"stakeholder.{who}")
    card.press()
    # as a learner sees it: the click, the passes that lay the card out, no scrolling of theirs
    for _ in range(PASSES):
        s.app.processEvents()
    assert card.strategy.isVisible()
    missing = outside([card, card.strategy])
    assert not missing, "not on one screen after the click:\n" + "\n".join(missing)


@pytest.mark.parametrize("size,scale", SCREENS)
def test_a_grid_marker_and_the_strategy_it_shows_are_on_one_screen(sized, size, scale, qtbot):
    s = sized(size, scale)
    s.state.stakeholders.view = "grid"
    page = settle(s, "step_5")
    grid = page.findChild(QWidget, "stakeholder.grid")
    # the CTO's strategy is shorter than the frontline managers': the grid's room changes
    for who in ("vp_sales", "cto", "frontline", "cfo"):
        grid.markers[who].click()
        for _ in range(PASSES):
            s.app.processEvents()
        assert s.state.stakeholders.open_card == who
        # as the learner sees it after the click (at 200 % the strategy is pinned above
        # the grid, which scrolls under it): no scrolling of theirs
        shown = [grid.markers[who], page.findChild(QWidget, "stakeholder.detail")]
        missing = outside(shown)
        assert not missing, "not on one screen after the click:\n" + "\n".join(missing)
        assert_together(s.window, f"stakeholder.grid.{who}", "stakeholder.detail")


@pytest.mark.parametrize("size", [(1366, 768), (960, 600)])
def test_a_live_text_size_change_keeps_every_structure_s_words_whole(sized, qtbot, size):
    """The words block has a fixed height (for the toggle's speed): it must follow the text."""
    from PySide6.QtWidgets import QLabel

    s = sized(size, 1.0)
    page = settle(s, "step_4")
    larger = s.window.findChild(type(s.window.reduced_motion_action), "action.text_size.larger")
    for _ in range(3):
        larger.trigger()
    words = page.findChild(QWidget, "team.structure_words")
    for structure in STRUCTURES:
        page.findChild(QWidget, f"team.structure.{structure}").click()
        for _ in range(3):
            s.app.processEvents()
        best = words.findChild(QLabel, "team.best_for")
        bottom = best.mapTo(words, best.rect().bottomLeft()).y()
        assert bottom <= words.height(), (structure, bottom, words.height())
        assert best.height() >= best.heightForWidth(best.width()), structure


@pytest.mark.parametrize("size,scale", [*SCREENS, pytest.param((960, 600), 1.0, id="960x600")])
@pytest.mark.parametrize("first", STRUCTURES)
def test_no_line_about_a_structure_is_clipped(sized, size, scale, first):
    """Every wrapped line of the words beside (or under) the chart gets its full height."""
    from PySide6.QtWidgets import QLabel

    s = sized(size, scale)
    s.state.team.structure = first  # as a restored session opens the page
    page = settle(s, "step_4")
    words = page.findChild(QWidget, "team.structure_words")
    for structure in (first, *STRUCTURES):
        page.findChild(QWidget, f"team.structure.{structure}").click()
        for _ in range(3):
            s.app.processEvents()
        squeezed = [(lbl.text(), lbl.height(), lbl.heightForWidth(lbl.width()))
                    for lbl in words.findChildren(QLabel)
                    if lbl.isVisible() and lbl.wordWrap()
                    and lbl.height() < lbl.heightForWidth(lbl.width())]
        assert not squeezed, (structure, squeezed)


@pytest.mark.parametrize("size,scale", [*SCREENS, pytest.param((1366, 768), 2.0, id="1366x768-200%")])
def test_org_chart_text_is_the_learner_s_text_size_in_every_structure(sized, size, scale):
    """Issue 19 item 12: the boxes' text grows with the learner's text, not the column.

    A box's name is drawn at least 0.9 of the page's body text, its role line at least
    0.9 of the page's small text; the three structures share one scale, and every box
    and the key lie whole inside the chart.
    """
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QGraphicsView

    from desktop.widgets.diagram_items import SUBTITLE_PX, TITLE_PX, scene_font

    s = sized(size, scale)
    page = settle(s, "step_4")
    chart = page.findChild(QGraphicsView, "team.chart")
    body = QFontInfo(page.findChild(QWidget, "team.summary").font()).pixelSize()
    title = QFontInfo(scene_font(TITLE_PX, True)).pixelSize()
    role = QFontInfo(scene_font(SUBTITLE_PX)).pixelSize()
    scales = {}
    for structure in STRUCTURES:
        page.findChild(QWidget, f"team.structure.{structure}").click()
        for _ in range(PASSES):
            s.app.processEvents()
        drawn = chart.transform().m11()
        scales[structure] = round(drawn, 3)
        assert title * drawn >= 0.9 * body, (structure, title * drawn, body)
        assert role * drawn >= 0.9 * 0.9 * body, (structure, role * drawn, body)
        view = chart.viewport().rect()
        for item in (*chart.boxes.values(), chart.legend):
            box = chart.mapFromScene(item.sceneBoundingRect()).boundingRect()
            assert view.contains(box), (structure, item, box, view)
    assert len(set(scales.values())) == 1, scales


@pytest.mark.parametrize("size,scale", [*SCREENS, pytest.param((960, 600), 1.0, id="960x600")])
def test_no_line_of_the_grid_s_strategy_is_squeezed(sized, size, scale):
    """The grid's strategy beside (or pinned above) the grid always gets its full height."""
    from PySide6.QtWidgets import QLabel

    s = sized(size, scale)
    s.state.stakeholders.view = "grid"
    page = settle(s, "step_5")
    grid = page.findChild(QWidget, "stakeholder.grid")
    detail = page.findChild(QWidget, "stakeholder.detail")
    for who in grid.markers:
        grid.markers[who].click()
        for _ in range(PASSES):
            s.app.processEvents()
        squeezed = [(lbl.text()[:40], lbl.height(), lbl.heightForWidth(lbl.width()))
                    for lbl in detail.findChildren(QLabel)
                    if lbl.isVisible() and lbl.wordWrap()
                    and lbl.height() < lbl.heightForWidth(lbl.width())]
        assert not squeezed, (who, squeezed)
