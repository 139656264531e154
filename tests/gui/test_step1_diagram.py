"""Step 1: the clickable architecture diagram, as a trainee uses it (mouse, keyboard, restart)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QGraphicsObject, QGraphicsView, QLabel, QWidget

from desktop import theme
from desktop.model.state import reset_state

NODE_IDS = ("erp", "crm", "iot", "logs", "external", "etl", "data_lake", "data_warehouse",
            "feature_store", "training", "serving", "monitoring")
ERP_PATH = {"erp", "etl", "data_lake", "data_warehouse", "feature_store", "training", "serving",
            "monitoring"}


def open_step1(session):
    session.window.go("step_1")
    page = session.window.page("step_1")
    view = session.window.findChild(QGraphicsView, "diagram.view")
    assert view is not None
    page.ensureWidgetVisible(view, 0, 0)
    session.app.processEvents()
    return page, view


def node(session, node_id):
    item = session.window.findChild(QGraphicsObject, f"diagram.node.{node_id}")
    assert item is not None, f"no node named diagram.node.{node_id}"
    return item


def counter(session) -> str:
    return session.window.findChild(QLabel, "diagram.explored").text()


def drawn(view):
    """Let the diagram's part redraw what the state now says (once per event-loop pass)."""
    part = view
    while part.objectName() != "diagram":
        part = part.parentWidget()
    part.refresh.flush()


def click(qtbot, view, item):
    pos = view.mapFromScene(item.scene_box().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    drawn(view)


def highlighted_nodes(view):
    """Ids of the nodes drawn as selected or on the selected path."""
    return frozenset(i for i, n in view.nodes.items() if n.selected or n.on_path)


def highlighted_edges(view):
    return frozenset(i for i, a in view.arrows.items() if a.highlighted)


def shown_lines(info):
    """What the detail panel shows, top to bottom."""
    return [w.text() for w in info.findChildren(QLabel) if w.isVisibleTo(info)]


def panel_shows(session, node_id):
    """The detail panel's visible text equals the content's facts for ``node_id``."""
    content = session.course.topic("diagram")
    info = session.window.findChild(QWidget, "diagram.info")
    n = content.node(node_id)
    assert info.findChild(QLabel, "diagram.info.title").text() == n.label
    assert n.subtitle in info.findChild(QLabel, "diagram.info.subtitle").text()
    facts = content.facts(node_id)
    shown = shown_lines(info)
    for heading, text in facts:
        assert heading in shown and text in shown, (node_id, heading)
    assert info.findChild(QLabel, "diagram.info.challenge").text() == facts[-1][1]
    assert info.accessibleName() == f"Details: {n.label}"


def check_selection(session, view, node_id):
    content = session.course.topic("diagram")
    lit = content.highlighted(node_id)
    assert session.state.diagram.selected == node_id
    assert highlighted_nodes(view) == lit.nodes
    assert highlighted_edges(view) == lit.edges
    assert node(session, node_id).selected
    for other in NODE_IDS:
        item = node(session, other)
        assert item.dimmed == (other not in lit.nodes), other
    panel_shows(session, node_id)
    summary = session.window.findChild(QLabel, "diagram.summary").text()
    assert summary.startswith(f"Selected: {content.node(node_id).label}.")
    for other in lit.nodes:
        assert content.node(other).label in summary


def test_first_start_shows_no_selection_and_counter_zero(session):
    page, view = open_step1(session)
    assert counter(session) == "Explored 0 of 12"
    assert highlighted_nodes(view) == frozenset()
    info = session.window.findChild(QWidget, "diagram.info")
    assert "No node selected yet" in shown_lines(info)
    # the hint names the panel's headings as the content writes them ("ML uses", not "ml uses")
    labels = session.course.topic("diagram").detail_labels
    assert any("ML uses" in line and labels.what in line for line in shown_lines(info))
    assert all(not node(session, i).explored for i in NODE_IDS)
    assert len(view.nodes) == 12 and len(view.arrows) == len(session.course.topic("diagram").edges)


def test_clicking_every_node_selects_it_highlights_its_paths_and_counts(session, qtbot):
    page, view = open_step1(session)
    for n, node_id in enumerate(NODE_IDS, 1):
        item = node(session, node_id)
        click(qtbot, view, item)
        check_selection(session, view, node_id)
        assert counter(session) == f"Explored {n} of 12"
        assert item.explored
        assert "selected" in item.accessibleName() and "explored" in item.accessibleName()
    click(qtbot, view, node(session, "erp"))  # again: still counted once
    assert counter(session) == "Explored 12 of 12"


def test_erp_lights_its_flow_to_serving_and_monitoring_only(session, qtbot):
    page, view = open_step1(session)
    click(qtbot, view, node(session, "erp"))
    assert highlighted_nodes(view) == ERP_PATH
    edges = highlighted_edges(view)
    assert {"erp->etl", "etl->feature_store", "feature_store->serving", "serving->monitoring",
            "monitoring->training"} <= edges
    assert "crm->etl" not in edges
    assert node(session, "crm").dimmed and not node(session, "crm").on_path
    assert node(session, "feature_store").on_path
    assert "on the selected node's data path" in node(session, "serving").accessibleName()
    summary = session.window.findChild(QLabel, "diagram.summary").text()
    assert "ERP → ETL / Streaming → Data Lake, Data Warehouse, Feature Store" in summary
    assert "Retraining loop: Monitoring back to Training" in summary


def test_clicking_beside_a_node_selects_nothing(session, qtbot):
    page, view = open_step1(session)
    band = view.bands["sources"].rect()
    pos = view.mapFromScene(band.topLeft()) + QPoint(4, 4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert session.state.diagram.selected == ""
    assert counter(session) == "Explored 0 of 12"


def activate(session, qtbot):
    w = session.window
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)


def test_keyboard_tab_walks_every_node_and_enter_or_space_selects(session, qtbot):
    page, view = open_step1(session)
    activate(session, qtbot)
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    for n, node_id in enumerate(NODE_IDS, 1):
        if n > 1:
            qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert view.focused_node() == node_id
        assert node(session, node_id).hasFocus()
        key = Qt.Key.Key_Return if n % 2 else Qt.Key.Key_Space
        qtbot.keyClick(view, key)
        drawn(view)
        check_selection(session, view, node_id)
        assert counter(session) == f"Explored {n} of 12"
        # The focused node's state reaches screen readers through the view.
        assert view.accessibleDescription().startswith(session.course.topic("diagram").node(node_id).label)
    # Shift+Tab walks back; Tab after the last node leaves the diagram.
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.focused_node() == "serving"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert not view.hasFocus(), "Tab after the last node moves on to the next control"


def test_shift_tab_into_the_diagram_starts_at_the_last_node(session, qtbot):
    page, view = open_step1(session)
    activate(session, qtbot)
    view.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert view.focused_node() == "monitoring"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.focused_node() == "erp", "arrow keys wrap around the nodes"
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert session.state.diagram.selected == "erp"


def test_hover_shows_pointing_cursor_and_highlight(session, qtbot):
    page, view = open_step1(session)
    item = node(session, "iot")
    assert item.cursor().shape() == Qt.CursorShape.PointingHandCursor
    qtbot.mouseMove(view.viewport(), view.mapFromScene(item.scene_box().center()))
    qtbot.waitUntil(lambda: item.hovered)
    assert item.colors()[1] == theme.current().color("primary"), "hover border is highlighted"
    qtbot.mouseMove(view.viewport(), QPoint(2, 2))
    qtbot.waitUntil(lambda: not item.hovered)


def test_explored_nodes_survive_a_restart(make_session, tmp_path, qtbot):
    data = tmp_path / "learner"
    first = make_session(data_dir=data)
    page, view = open_step1(first)
    for node_id in ("erp", "feature_store", "monitoring"):
        click(qtbot, view, node(first, node_id))
    assert counter(first) == "Explored 3 of 12"
    first.close()
    first.cleanups.clear()  # the fixture closes every session again at the end
    first.window.close()

    second = make_session(data_dir=data)
    page, view = open_step1(second)
    assert counter(second) == "Explored 3 of 12"
    explored = {i for i in NODE_IDS if node(second, i).explored}
    assert explored == {"erp", "feature_store", "monitoring"}
    assert "not explored yet" in node(second, "crm").accessibleName()
    assert second.state.diagram.selected == "monitoring"
    check_selection(second, view, "monitoring")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_whole_diagram_visible_without_scrollbars(session, qtbot, size):
    page, view = open_step1(session)
    session.window.resize(*size)
    qtbot.waitUntil(lambda: session.window.size().width() == size[0])
    # Height follows width (height-for-width): wait for the layout to settle.
    qtbot.waitUntil(lambda: view.height() >= view.heightForWidth(view.width()) - 1)
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not view.horizontalScrollBar().isVisible() and not view.verticalScrollBar().isVisible()
    viewport = view.viewport().rect()
    mapped = view.mapFromScene(view.sceneRect()).boundingRect()
    assert viewport.adjusted(-1, -1, 1, 1).contains(mapped), (mapped, viewport)
    # Fitted to the width or the height it is given, not shrunk into a corner.
    assert mapped.width() >= viewport.width() - 3 or mapped.height() >= viewport.height() - 3
    # The view itself lies within the page (no sideways scrolling of the page either).
    column = page.column
    left = view.mapTo(column, QPoint(0, 0)).x()
    assert left >= 0 and left + view.width() <= column.width()
    # Side by side at these sizes, with the facts panel beside the diagram.
    info = session.window.findChild(QWidget, "diagram.info")
    assert info.mapTo(column, QPoint(0, 0)).x() > left + view.width() - 1


def test_diagram_refits_when_the_window_narrows(session, qtbot):
    page, view = open_step1(session)
    session.window.resize(1920, 1080)
    session.app.processEvents()
    wide = view.transform().m11()
    session.window.resize(1000, 700)
    session.app.processEvents()
    narrow = view.transform().m11()
    assert narrow < wide
    mapped = view.mapFromScene(view.sceneRect()).boundingRect()
    assert view.viewport().rect().adjusted(-1, -1, 1, 1).contains(mapped)


def test_reset_returns_the_diagram_to_a_first_start(session, qtbot):
    page, view = open_step1(session)
    for node_id in ("crm", "data_lake"):
        click(qtbot, view, node(session, node_id))
    reset_state(session.state, session.rules)
    drawn(view)
    assert counter(session) == "Explored 0 of 12"
    assert highlighted_nodes(view) == frozenset() and highlighted_edges(view) == frozenset()
    assert not any(node(session, i).explored or node(session, i).dimmed for i in NODE_IDS)
    info = session.window.findChild(QWidget, "diagram.info")
    assert "No node selected yet" in shown_lines(info)
    assert session.window.findChild(QLabel, "diagram.summary").text().startswith("No node selected")
    assert "not explored yet" in node(session, "crm").accessibleName()


def test_theme_change_restyles_the_diagram(session, qtbot):
    page, view = open_step1(session)
    click(qtbot, view, node(session, "erp"))
    try:
        theme.apply(session.app, theme.Theme("dark"))
        session.app.processEvents()
        assert view.backgroundBrush().color().name() == theme.PALETTES["dark"]["surface"]
        assert node(session, "erp").colors()[0].name() == theme.PALETTES["dark"]["primary"]
    finally:
        theme.apply(session.app, theme.Theme("light"))
        session.app.processEvents()
    assert view.backgroundBrush().color().name() == theme.PALETTES["light"]["surface"]
