""""On one screen" checks: a control and the results it changes are visible together.

Issue 19's rule: at 1366×768 a learner who scrolls a control into view sees, without
scrolling again, the readouts and the chart that control changes. ``assert_together``
scrolls the page the way a learner would (the control into view) and then asks every
named widget to lie fully inside the page's visible viewport.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsObject, QScrollArea, QWidget

from desktop.widgets.binding import reveal, scroll_area_of


def find(root: QWidget, name: str) -> QWidget:
    """The visible widget called ``name`` under ``root`` (there must be exactly one)."""
    found = [w for w in root.findChildren(QWidget, name) if w.isVisibleTo(root)]
    assert len(found) == 1, f"{len(found)} visible widgets named {name!r}"
    return found[0]


def visible_rect(area: QScrollArea) -> QRect:
    """The page's viewport in global coordinates."""
    view = area.viewport()
    return QRect(view.mapToGlobal(QPoint(0, 0)), view.size())


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def shown_rect(widget: QWidget) -> QRect:
    """Where ``widget`` can be seen: the window, cut by every scroll viewport around it.

    A result may sit in a pane that does not scroll (pinned beside or above the
    controls) or inside the page's scroll area; either way it counts only where no
    viewport hides it.
    """
    rect = global_rect(widget.window())
    area = scroll_area_of(widget)
    while area is not None:
        rect = rect.intersected(visible_rect(area))
        area = scroll_area_of(area)
    return rect


def outside(widgets: list[QWidget]) -> list[str]:
    """Names of ``widgets`` not fully visible, with where they are and what is visible."""
    return [f"{w.objectName()} at {global_rect(w).getRect()} not inside {shown_rect(w).getRect()}"
            for w in widgets if not shown_rect(w).contains(global_rect(w))]


def assert_together(window: QWidget, control: str, *results: str) -> None:
    """Scroll ``control`` into view; it and every one of ``results`` are fully visible."""
    widget = find(window, control)
    area = scroll_area_of(widget)
    assert area is not None, f"{control} is not on a scrolling page"
    reveal(widget, 0, 0)
    QApplication.processEvents()
    wanted = [widget, *(find(window, name) for name in results)]
    missing = outside(wanted)
    assert not missing, "not on one screen:\n" + "\n".join(missing)


# -- drawn items (a diagram's nodes are QGraphicsItems inside one view, not widgets) --------

def item_rect(item: QGraphicsItem) -> QRect:
    """Where ``item``'s shape is drawn, in global coordinates (in its scene's first view)."""
    view = item.scene().views()[0]
    box = view.mapFromScene(item.mapToScene(item.shape()).boundingRect()).boundingRect()
    return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())


def reveal_item(item: QGraphicsItem) -> None:
    """Scroll the page the least that brings ``item`` into view, as a learner scrolling to it."""
    view = item.scene().views()[0]
    area = scroll_area_of(view)
    assert area is not None, "the diagram is not on a scrolling page"
    rect = item_rect(item)
    top_left = area.widget().mapFromGlobal(rect.topLeft())
    area.ensureVisible(top_left.x() + rect.width() // 2, top_left.y() + rect.height() // 2,
                       rect.width() // 2, rect.height() // 2)
    QApplication.processEvents()


def assert_item_together(window: QWidget, item_name: str, *results: str,
                         act: Callable[[QGraphicsObject], None] | None = None,
                         items: tuple[QGraphicsItem, ...] = ()) -> None:
    """Scroll the drawn item ``item_name`` into view, do ``act`` to it (a click, say); the item,
    the other drawn ``items`` and every widget in ``results`` are then fully visible."""
    item = window.findChild(QGraphicsObject, item_name)
    assert item is not None, f"no drawn item named {item_name!r}"
    reveal_item(item)
    if act is not None:
        act(item)
        for _ in range(3):  # a coalesced redraw, then whatever it scrolls
            QApplication.processEvents()
    view = item.scene().views()[0]
    seen = shown_rect(view).intersected(QRect(view.viewport().mapToGlobal(QPoint(0, 0)),
                                              view.viewport().size()))
    hidden = [f"{getattr(i, 'objectName', lambda: type(i).__name__)() or type(i).__name__} at "
              f"{item_rect(i).getRect()} not inside {seen.getRect()}"
              for i in (item, *items) if not seen.contains(item_rect(i))]
    missing = hidden + outside([find(window, name) for name in results])
    assert not missing, "not on one screen:\n" + "\n".join(missing)
