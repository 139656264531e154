"""Issue 19 (review item 8): when the investment never pays back, the ROI card says
"Never" and why on a line of its own, so its labels keep one line each at 1366×768
and 1920×1080 (the long value had wrapped "Business Value / Generated")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel


@pytest.mark.parametrize("size", ((1366, 768), (1920, 1080)))
def test_roi_labels_keep_one_line_when_it_never_pays_back(make_session, size):
    session = make_session()
    w = session.window
    w.resize(*size)
    session.state.cost.value_k = 300.0
    w.go("step_3")
    QApplication.processEvents()
    payback = w.findChild(QLabel, "cost.payback_months")
    assert payback.text().startswith("Never")
    why = w.findChild(QLabel, "cost.payback_months.detail")
    assert "below the yearly cost" in (why.text() if why.isVisibleTo(w) else "") + payback.text()
    lines = {}
    for name in ("cost.value.label", "cost.roi_cost.label", "cost.net_roi.label",
                 "cost.payback_months.label"):
        caption = w.findChild(QLabel, name)
        lines[caption.text()] = round(caption.height() / caption.fontMetrics().lineSpacing(), 1)
    assert all(n < 1.5 for n in lines.values()), lines
