"""Issue 19: on steps 2, 3 and 5 a control and what it changes are on one screen.

At 1366×768 with 100 % text, and in a 1920×1080 window with 200 % text, a learner
who scrolls a slider into view sees its readouts and its chart without scrolling
again (the results pane stays beside the controls while they scroll).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.model.settings import AppSettings, save_settings

from .viewport import assert_together

CASES = [
    ("step_2", "bias.rate_b", ("bias.impact_ratio", "bias.chart")),
    ("step_2", "bias.n_b", ("bias.impact_ratio", "bias.chart")),
    ("step_3", "cost.gpu_hours", ("cost.total", "cost.net_roi")),
    ("step_3", "cost.setup_k", ("cost.total", "cost.net_roi")),
    ("step_3", "cost.lever.spot", ("cost.optimized_total",)),
    ("step_5", "shap.input.tickets", ("shap.prediction", "shap.chart")),
    ("step_5", "shap.input.industry", ("shap.prediction", "shap.chart")),
]

SCREENS = {"1366x768 at 100 %": ((1366, 768), 1.0), "1920x1080 at 200 %": ((1920, 1080), 2.0)}


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("page_id, control, results", CASES)
def test_control_and_its_results_are_on_one_screen(make_session, tmp_path, screen, page_id,
                                                   control, results):
    (width, height), scale = SCREENS[screen]
    data = tmp_path / "data"
    data.mkdir()
    save_settings(data / "settings.json", AppSettings(theme="light", text_scale=scale))
    s = make_session(data_dir=data)
    s.window.resize(width, height)
    s.window.go(page_id)
    QApplication.processEvents()
    names = ((control if control != "cost.lever.spot" else control),)
    assert_together(s.window, names[0], *results)
