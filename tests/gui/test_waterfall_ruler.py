"""The SHAP what-if chart keeps one ruler and keeps its labels whole (issue 19, item 15).

A learner compares bars between what-ifs by eye: that works only if the same risk spans
the same pixels with the same ticks whichever inputs were chosen, and if every value
label stays inside the plot, whole, clear of the others and of the dashed base line.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from desktop import theme
from desktop.model.settings import AppSettings, save_settings

#: The seed's high-risk customer, a low-risk one (its total's label lies across the base
#: line), and the what-if corners where the bars run furthest right and left.
WHAT_IFS = {
    "default": {},
    "low_risk": {"tickets": 0, "login_gap": 2},
    "all_high": {"tickets": 20, "login_gap": 90, "renewal": 1, "spend_trend": "declining",
                 "industry": "retail"},
    "all_low": {"tickets": 0, "login_gap": 0, "renewal": 24, "spend_trend": "growing",
                "industry": "saas"},
}
SCREENS = {"1366x768 at 100 %": ((1366, 768), 1.0), "1920x1080 at 200 %": ((1920, 1080), 2.0)}


def session_on(make_session, tmp_path, page: str, size: tuple[int, int], scale: float, *argv):
    """A session showing ``page`` in a window of ``size`` with text at ``scale``."""
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    save_settings(data / "settings.json", AppSettings(theme="light", text_scale=scale))
    session = make_session(*argv, data_dir=data)
    session.window.resize(*size)
    session.window.go(page)
    QApplication.processEvents()
    return session


def chart_for(make_session, tmp_path, screen, *argv):
    session = session_on(make_session, tmp_path, "step_5", *SCREENS[screen], *argv)
    return session, session.window.page("step_5").parts["shap_demo"]


def show(demo, values: dict) -> QImage:
    """The what-if ``values`` (the rest as on a first start), as the chart paints it."""
    demo.reset()
    for field, value in values.items():
        setattr(demo.state, field, value)
    demo.refresh.flush()
    QApplication.processEvents()
    return demo.chart.plot.viewport().grab().toImage()  # paints the labels


def tick_labels(chart) -> tuple[str, ...]:
    bottom = chart.plot.getPlotItem().getAxis("bottom")
    return tuple(text for level in (bottom._tickLevels or []) for _, text in level)


def ruler(chart) -> tuple[float, float, tuple]:
    """Pixels per unit of risk, the pixel where 0 stands, and the tick labels."""
    view = chart.plot.getPlotItem().getViewBox()
    low, high = view.viewRange()[0]
    per_unit = view.width() / (high - low)
    return round(per_unit, 3), round(-low * per_unit, 1), tick_labels(chart)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_what_if_is_drawn_to_the_same_ruler(make_session, tmp_path, screen):
    session, demo = chart_for(make_session, tmp_path, screen)
    rulers = {}
    for name, values in WHAT_IFS.items():
        show(demo, values)
        rulers[name] = ruler(demo.chart)
    assert len(set(rulers.values())) == 1, rulers
    per_unit, _, labels = rulers["default"]
    assert per_unit > 100, "the 0..1 scale keeps a readable length"
    assert labels[0] == "0" and labels[-1] == "1", "the probability axis shows its ends"
    chart = demo.chart
    axis = chart.plot.getPlotItem().getAxis("bottom")
    title = chart.axis_title.mapRectToItem(axis, chart.axis_title.boundingRect())
    ticks_bottom = QFontMetrics(chart.font()).height() + 4  # tick marks, offset, one line
    assert title.top() + 4 >= ticks_bottom, "the axis title stays under the tick labels"


def line_pixels(image: QImage, x: int, rect: QRectF, colour: QColor) -> int:
    """Pixels of the base line's exact colour in column ``x`` inside ``rect``."""
    return sum(image.pixelColor(x, y).rgb() == colour.rgb()
               for y in range(int(rect.top()) + 1, int(rect.bottom())))


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("what_if", list(WHAT_IFS))
def test_value_labels_are_whole_apart_and_never_struck_by_the_base_line(
        make_session, tmp_path, screen, what_if):
    session, demo = chart_for(make_session, tmp_path, screen)
    image = show(demo, WHAT_IFS[what_if])
    chart = demo.chart
    view = chart.plot.getPlotItem().getViewBox()
    plot = QRectF(chart.plot.mapFromScene(view.sceneBoundingRect()).boundingRect())
    placed = chart.overlay.placed
    assert len(placed) == len(WHAT_IFS["all_high"]) + 2, "a label for every bar"
    base_x = int(chart.plot.mapFromScene(view.mapViewToScene(
        QPointF(chart.overlay.base, 0))).x())
    muted = theme.current().color("text_muted")
    for i, (text, rect) in enumerate(placed):
        assert plot.adjusted(-1, -1, 1, 1).contains(rect), f"{text!r} {rect} leaves {plot}"
        for other_text, other in placed[i + 1:]:
            assert not rect.intersects(other), f"{text!r} overlaps {other_text!r}"
        if rect.left() < base_x < rect.right():
            assert line_pixels(image, base_x, rect, muted) == 0, \
                f"the base line strikes through {text!r}"
    total = placed[-1][0]
    assert total == demo.chart.data.total_text, "the total's label is shown whole"


def test_german_ticks_axis_title_and_summary(make_session, tmp_path):
    _, demo = chart_for(make_session, tmp_path, "1366x768 at 100 %", "--lang", "de")
    show(demo, {})
    chart = demo.chart
    labels = tick_labels(chart)
    assert "0,5" in labels and not any("." in t for t in labels), labels
    title = chart.axis_title
    assert title.toPlainText().strip() == "Abwanderungsrisiko (Wahrscheinlichkeit)"
    axis = chart.plot.getPlotItem().getAxis("bottom")
    box = title.mapRectToItem(axis, title.boundingRect())
    assert box.width() <= axis.width() + 1, "the axis title is whole (wrapped, never cut)"
    summary = chart.summary.text()
    assert "Support-Tickets +0,31" in summary, summary  # the German noun keeps its capital
    assert "0,78" in chart.overlay.placed[-1][0], "the total's label is whole"
