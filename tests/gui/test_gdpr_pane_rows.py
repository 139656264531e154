"""Issue 19 (review item 13): the GDPR result pane beside the form, in German at
1366×768, never ends its view in the middle of a check's lines, wherever it is scrolled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from .screens import open_session, show_custom_gdpr_result


@pytest.mark.parametrize("lang,scale,size", (("de", 1.0, (1366, 768)), ("en", 2.0, (1920, 1080))))
def test_no_check_is_cut_at_the_panes_lower_edge(make_session, tmp_path, lang, scale, size):
    session = open_session(make_session, tmp_path, lang=lang, scale=scale, size=size)
    w = session.window
    show_custom_gdpr_result(session)
    pane = w.findChild(QScrollArea, "gdpr.result_pane")
    w.page("step_2").ensureWidgetVisible(pane)
    QApplication.processEvents()
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 0, "the case: the checks scroll within the pane"
    view = pane.viewport()
    cut = []
    for value in range(0, bar.maximum() + 1, 7):
        bar.setValue(value)
        QApplication.processEvents()
        checks = [r for r in pane.widget().findChildren(QWidget)
                  if r.objectName().count(".") == 2 and r.objectName().startswith("gdpr.result.")
                  and r.isVisible()]
        for row in checks:
            top = row.mapTo(view, QPoint(0, 0)).y()
            if top < view.height() < top + row.height():
                cut.append((value, row.objectName()))
    assert not cut, f"rows cut by the pane's edge (scroll value, row): {cut[:5]}"
