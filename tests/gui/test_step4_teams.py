"""Step 4: the structure switch with its org charts, "Which structure fits you?", the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFrame, QGraphicsObject, QGraphicsView, QLabel, QPushButton, QSpinBox,
    QWidget,
)

from desktop.model.state import reset_state

STRUCTURES = ("centralized", "embedded", "hub_and_spoke")


def open_step4(session):
    session.window.go("step_4")
    session.app.processEvents()
    return session.window.page("step_4")


#: Each structure has its own page of words; these names exist once per structure.
WORDS = ("team.structure_title", "team.summary", "team.pros", "team.cons", "team.best_for")


def find(session, cls, name):
    root = session.window
    if name in WORDS:  # the shown structure's page (the page may be hidden after a reset)
        root = root.findChild(QWidget, "team.structure_words")
    widget = root.findChild(cls, name)
    assert widget is not None, f"no {cls.__name__} named {name}"
    return widget


def flush(session) -> None:
    """Run the parts' pending (coalesced) redraws, as the next event-loop pass would."""
    for name in ("team.structures", "team.fit"):
        find(session, QWidget, name).refresh.flush()


def shown_structure(session) -> str:
    """Which structure the page shows, read from what the trainee sees."""
    flush(session)
    title = find(session, QLabel, "team.structure_title").text()
    return next(s.id for s in session.course.topic("teams").structures if s.title == title)


def test_first_start_shows_the_default_structure(session):
    open_step4(session)
    assert session.state.team.structure == "centralized"
    assert shown_structure(session) == "centralized"
    assert find(session, QPushButton, "team.structure.centralized").isChecked()
    assert find(session, QGraphicsView, "team.chart").chart_id == "centralized"


@pytest.mark.parametrize("structure_id", STRUCTURES[::-1])
def test_switching_structures_shows_chart_roles_pros_cons(session, qtbot, structure_id):
    open_step4(session)
    teams = session.course.topic("teams")
    s = teams.structure(structure_id)
    button = find(session, QPushButton, f"team.structure.{structure_id}")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert session.state.team.structure == structure_id
    # The choice is the checked state of a radio button on the bus, not a "selected" suffix.
    assert button.isChecked() and button.property("a11y_role") == "radio"
    others = [find(session, QPushButton, f"team.structure.{o}") for o in STRUCTURES if o != structure_id]
    assert not any(b.isChecked() for b in others)
    assert shown_structure(session) == structure_id
    chart = find(session, QGraphicsView, "team.chart")
    assert chart.chart_id == structure_id
    # Every box of the content's chart is drawn, coloured by its role, and named with its role.
    for box in s.chart.boxes:
        item = session.window.findChild(QGraphicsObject, f"team.box.{box.id}")
        assert item is not None, box.id
        assert item.accent == chart.roles[box.role].accent
        assert teams.role_label(box.role) in item.accessibleName()
    assert len(chart.boxes) == len(s.chart.boxes)
    assert len(chart.connectors) == sum(1 for b in s.chart.boxes if b.parent)
    # The key lists exactly the roles this chart draws, in the course's role order.
    drawn = {b.role for b in s.chart.boxes}
    assert [e.label for e in chart.legend.entries] == [t.label for t in teams.role_types
                                                       if t.id in drawn]
    assert len({r.accent for r in chart.roles.values()}) == len(teams.role_types), "one colour per role"
    pros, cons = find(session, QWidget, "team.pros"), find(session, QWidget, "team.cons")
    assert pros.items() == list(s.pros) and cons.items() == list(s.cons)
    assert find(session, QLabel, "team.best_for").text() == f"Best for: {s.best_for}"
    assert s.chart.boxes[0].label in chart.accessibleDescription()


FIT_CASES = [
    # (size band label, practitioners, ML core, regulated) -> structure
    ("50–249", 4, True, False, "embedded"),        # quiz 3: 3 data scientists + 1 ML engineer
    ("50–249", 4, True, True, "centralized"),      # the same, regulated
    ("250–999", 10, True, False, "hub_and_spoke"),  # quiz 3's feedback: five or more embedded
    ("Under 50", 2, False, False, "centralized"),  # ML new, small team
    ("Under 50", 1, True, False, "embedded"),      # tiny ML-product start-up
    ("1,000–4,999", 8, False, False, "hub_and_spoke"),
    ("250–999", 30, True, False, "hub_and_spoke"),
    ("250–999", 45, False, True, "hub_and_spoke"),
    ("250–999", 12, False, False, "centralized"),
]


def set_fit(session, qtbot, band, practitioners, core, regulated):
    size = find(session, QComboBox, "team.fit.size")
    size.setCurrentIndex(next(i for i in range(size.count()) if size.itemText(i).startswith(band)))
    spin = find(session, QSpinBox, "team.fit.practitioners")
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(practitioners))
    for name, want in (("team.fit.core", core), ("team.fit.regulated", regulated)):
        box = find(session, QCheckBox, name)
        if box.isChecked() != want:
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    flush(session)


@pytest.mark.parametrize("band,practitioners,core,regulated,expected", FIT_CASES)
def test_fit_recommendation_through_the_form(session, qtbot, band, practitioners, core, regulated,
                                              expected):
    open_step4(session)
    set_fit(session, qtbot, band, practitioners, core, regulated)
    team = session.state.team
    assert (team.practitioners, team.core, team.regulated) == (practitioners, core, regulated)
    teams = session.course.topic("teams")
    band_value = next(b.value for b in teams.fit.size.bands if b.label == band)
    assert team.size == band_value
    title = teams.structure(expected).title
    assert find(session, QLabel, "team.fit.result.structure").text() == title
    reason = find(session, QLabel, "team.fit.result.reason").text()
    assert reason == teams.recommend(team).reason and reason
    assert find(session, QFrame, "team.fit.result").accessibleName().endswith(f"{title}. {reason}")
    show = find(session, QPushButton, "team.fit.show")
    if expected != session.state.team.structure:
        assert show.isEnabled()
        qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert session.state.team.structure == expected
    flush(session)
    assert shown_structure(session) == expected
    assert find(session, QPushButton, f"team.structure.{expected}").isChecked()
    assert not show.isEnabled() and "shown above" in show.text()


def test_reset_returns_the_page_to_a_first_start(session, qtbot):
    open_step4(session)
    qtbot.mouseClick(find(session, QPushButton, "team.structure.hub_and_spoke"), Qt.MouseButton.LeftButton)
    set_fit(session, qtbot, "1,000–4,999", 40, True, True)
    assert find(session, QLabel, "team.fit.result.structure").text() == "Hub-and-Spoke"
    reset_state(session.state, session.rules)
    flush(session)
    fit = session.course.topic("teams").fit
    assert shown_structure(session) == "centralized"
    assert find(session, QPushButton, "team.structure.centralized").isChecked()
    assert find(session, QComboBox, "team.fit.size").currentText().startswith("Under 50")
    assert find(session, QSpinBox, "team.fit.practitioners").value() == fit.practitioners.default
    assert not find(session, QCheckBox, "team.fit.core").isChecked()
    assert not find(session, QCheckBox, "team.fit.regulated").isChecked()
    assert find(session, QLabel, "team.fit.result.structure").text() == "Centralized Center of Excellence"


def test_case_study_timeline_shows_the_three_eras(session):
    open_step4(session)
    eras = session.course.topic("teams").case_study.eras
    periods = [find(session, QLabel, f"case.timeline.era_{n}.period").text() for n in (1, 2, 3)]
    assert periods == [e.period for e in eras] == ["2008–2012", "2013–2017", "2018–present"]
    for n, era in enumerate(eras, 1):
        assert find(session, QLabel, f"case.timeline.era_{n}.title").text() == era.title
        assert find(session, QLabel, f"case.timeline.era_{n}.text").text() == era.text
    # Where the dates come from, and what in the story is the course's own reading.
    sources = find(session, QLabel, "case.sources").text()
    assert "theverge.com" in sources and "infoq.com" in sources and "not Spotify's" in sources


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_org_chart_fits_without_scrollbars(session, qtbot, size):
    page = open_step4(session)
    session.window.resize(*size)
    chart = find(session, QGraphicsView, "team.chart")
    for structure_id in STRUCTURES:
        qtbot.mouseClick(find(session, QPushButton, f"team.structure.{structure_id}"),
                         Qt.MouseButton.LeftButton)
        # Height follows width (height-for-width): wait for the layout to settle.
        qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(chart.width()) - 1)
        assert not chart.horizontalScrollBar().isVisible() and not chart.verticalScrollBar().isVisible()
        viewport = chart.viewport().rect()
        mapped = chart.mapFromScene(chart.sceneRect()).boundingRect()
        assert viewport.adjusted(-1, -1, 1, 1).contains(mapped), (structure_id, mapped, viewport)
        assert mapped.width() >= viewport.width() - 3
        left = chart.mapTo(page.column, QPoint(0, 0)).x()
        assert left >= 0 and left + chart.width() <= page.column.width()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_three_org_charts_draw_their_text_at_one_scale(session, qtbot, size):
    """Issue 19 item 10: box text must not grow ~30 % from Centralized to Hub-and-spoke."""
    open_step4(session)
    session.window.resize(*size)
    chart = find(session, QGraphicsView, "team.chart")
    scales, box_heights = {}, {}
    for structure_id in STRUCTURES:
        qtbot.mouseClick(find(session, QPushButton, f"team.structure.{structure_id}"),
                         Qt.MouseButton.LeftButton)
        flush(session)
        qtbot.waitUntil(lambda: chart.height() >= chart.heightForWidth(chart.width()) - 1)
        session.app.processEvents()
        scales[structure_id] = chart.transform().m11()
        # a box's on-screen height: its text lines and padding, as the learner sees them
        box = next(iter(chart.boxes.values()))
        on_screen = chart.mapFromScene(box.sceneBoundingRect()).boundingRect()
        box_heights[structure_id] = on_screen.height()
    assert max(scales.values()) <= min(scales.values()) * 1.01, scales
    assert max(box_heights.values()) - min(box_heights.values()) <= 1, box_heights
