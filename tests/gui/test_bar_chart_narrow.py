"""The cost-lines chart in a narrow pane (beside the levers at 200 % text, 1920×1080):
every value label and the legend are drawn whole inside the plot.

Before, the legend's two entries side by side widened the view box past the plot's right
edge, and a fixed 30 % of room after the longest bar cut "$450,000" to "$45"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.screens import open_session


@pytest.mark.parametrize("size,scale", [((1920, 1080), 2.0), ((1366, 768), 1.0)])
def test_every_value_label_and_the_legend_are_inside_the_plot(make_session, tmp_path, size, scale):
    session = open_session(make_session, tmp_path, scale=scale, size=size)
    session.state.cost.spot = session.state.cost.compression = True
    session.window.go("step_3")
    QApplication.processEvents()
    QApplication.processEvents()
    chart = session.window.findChild(QWidget, "cost.chart.lines.panel")
    plot = chart.plot
    box = plot.getPlotItem().getViewBox()
    view = box.sceneBoundingRect()
    assert view.right() <= plot.sceneRect().right() + 1, (view, plot.sceneRect())
    for texts in chart.labels:
        for text in texts:
            # a TextItem is drawn in pixels from its anchor (the bar's end), not scaled
            start = box.mapViewToScene(text.pos()).x()
            end = start + text.textItem.boundingRect().width() * (1 - text.anchor.x())
            assert end <= view.right() + 1, f"{text.toPlainText()!r} ends at {end}, plot at {view.right()}"
    legend = chart.legend.sceneBoundingRect()
    assert legend.right() <= plot.sceneRect().right() + 1, (legend, plot.sceneRect())
