"""At 200 % text no widget on a page is cut off by the widget it sits in.

The 200 % screenshots of step 3 at 1920×1080 showed the optimised total cut to "$509,43":
its pane beside the levers had less width than the two figures side by side needed. Qt
lays a child out narrower than its minimum without a word; only the pixels show it, so
this looks at the geometry of every visible widget and the width of every unwrapped label.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget

from tests.gui.screens import open_session

STEPS = ("step_1", "step_2", "step_3", "step_4", "step_5")


def inside_scroll_viewport(widget: QWidget) -> bool:
    """A scroll area's content is meant to be larger than the viewport it scrolls in."""
    parent = widget.parentWidget()
    return parent is not None and isinstance(parent.parentWidget(), QAbstractScrollArea)


def cut_widgets(page: QWidget) -> list[str]:
    window = page.window()
    cut = []
    for w in page.widget().findChildren(QWidget):
        parent = w.parentWidget()
        if (not w.isVisibleTo(window) or w.width() == 0 or parent is None
                or inside_scroll_viewport(w) or isinstance(parent, QAbstractScrollArea)):
            continue
        name = w.objectName() or type(w).__name__
        over = w.geometry().right() - parent.rect().right()
        if over > 1:
            cut.append(f"{name} in {parent.objectName() or type(parent).__name__}: "
                       f"{over}px past its right edge")
        if (isinstance(w, QLabel) and not w.wordWrap() and w.text() and w.pixmap().isNull()
                and w.sizeHint().width() > w.width() + 2):
            cut.append(f"{name} {w.text()!r}: needs {w.sizeHint().width()}px, has {w.width()}")
    return cut


def overlapping_panes(page: QWidget) -> list[str]:
    """Two panes side by side must not lie over each other (a box layout given less than
    both minimums overlaps them without a word)."""
    from desktop.widgets.two_pane import TwoPane

    return [f"{pane.controls.objectName()}: columns overlap by "
            f"{pane.column.geometry().right() - pane.holder.geometry().left()}px"
            for pane in page.findChildren(TwoPane)
            if pane.isVisibleTo(page) and pane.is_row
            and pane.column.geometry().intersects(pane.holder.geometry())]


@pytest.mark.parametrize("lang,size", [("en", (1366, 768)), ("en", (1920, 1080)), ("de", (1920, 1080))])
@pytest.mark.parametrize("page_id", STEPS)
def test_nothing_is_cut_by_its_parent_at_200_percent(make_session, tmp_path, page_id, size, lang):
    session = open_session(make_session, tmp_path, scale=2.0, size=size, lang=lang)
    session.state.cost.spot = session.state.cost.compression = True  # the levers-on screen
    session.window.go(page_id)
    QApplication.processEvents()
    QApplication.processEvents()
    cut = cut_widgets(session.window.page(page_id)) + overlapping_panes(session.window.page(page_id))
    assert not cut, f"{page_id} at {size}: " + "; ".join(cut[:8])
