"""Chart axes as a learner reads them: both ends labelled, labels clear of the axis,
numbers in the learner's locale, and the plot reading left to right in Arabic too
(review items 4, 6 and 15 of issue 19's second round).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from .test_waterfall_ruler import session_on

SCALES = {"100 %": ((1366, 768), 1.0), "200 %": ((1366, 768), 2.0)}


def step_3(make_session, tmp_path, scale: str, *argv):
    session = session_on(make_session, tmp_path, "step_3", *SCALES[scale], *argv)
    page = session.window.page("step_3")
    return page.parts["cost_calculator"].sensitivity, page.parts["savings_levers"].lines_chart


def drawn(chart, side: str) -> list[tuple[str, object]]:
    """The tick labels pyqtgraph draws on ``side`` (it leaves out those it finds no room for)."""
    axis = chart.plot.getPlotItem().getAxis(side)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [(text, rect) for rect, _, text in specs[2]]


@pytest.mark.parametrize("scale", SCALES)
def test_sensitivity_axes_show_their_ends(make_session, tmp_path, scale):
    sensitivity, _ = step_3(make_session, tmp_path, scale)
    y = [t for t, _ in drawn(sensitivity, "left")]
    x = [t for t, _ in drawn(sensitivity, "bottom")]
    assert y[0] == "$0" and len(y) >= 4, y
    assert x[0] == "0" and x[-1] == "10,000", x


@pytest.mark.parametrize("scale", SCALES)
def test_cost_lines_axis_shows_its_ends_and_labels_keep_clear(make_session, tmp_path, scale):
    _, lines = step_3(make_session, tmp_path, scale)
    x = [t for t, _ in drawn(lines, "bottom")]
    assert x[0] == "$0" and x[-1] == lines._value_format(lines._x_max), x
    axis = lines.plot.getPlotItem().getAxis("left")
    gap = axis.width() - max(rect.right() for _, rect in drawn(lines, "left"))
    assert gap >= QFontMetrics(axis.style["tickFont"]).height() / 3, \
        f"a category label ends {gap:.1f} px from its axis"


def test_german_ticks_use_german_separators(make_session, tmp_path):
    sensitivity, lines = step_3(make_session, tmp_path, "100 %", "--lang", "de")
    x = [t for t, _ in drawn(sensitivity, "bottom")]
    assert "10.000" in x, x  # German groups thousands with a dot


def test_plots_read_left_to_right_in_arabic(make_session, tmp_path):
    for chart in step_3(make_session, tmp_path, "100 %", "--lang", "ar"):
        item = chart.plot.getPlotItem()
        view, axis = item.getViewBox(), item.getAxis("left")
        plot = view.sceneBoundingRect()
        assert axis.geometry().right() <= view.geometry().left() + 1, \
            f"{chart.objectName()}: the value axis stands left of the plot, as in LTR"
        low, high = view.viewRange()[0]
        start = view.mapViewToScene(QPointF(low, 0)).x()
        end = view.mapViewToScene(QPointF(high, 0)).x()
        assert abs(start - plot.left()) < 1 and abs(end - plot.right()) < 1, \
            "x increases rightwards, from the axis"
