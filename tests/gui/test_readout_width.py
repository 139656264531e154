"""Slider readouts show their whole text, also when the value changed while the page was hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel


def test_readout_set_while_page_hidden_is_not_cut(session):
    window = session.window
    window.go("step_3")
    window.go("step_2")  # step 3 is built, then hidden
    session.state.cost.gpu_hours = 10_000.0  # a restart or Start over does this
    session.state.cost.setup_k = 1_250.0
    QApplication.processEvents()
    window.go("step_3")
    QApplication.processEvents()
    for name in ("cost.gpu_hours.value", "cost.setup_k.value"):
        readout = window.findChild(QLabel, name)
        assert readout.width() >= readout.sizeHint().width(), (
            f"{name} shows {readout.text()!r} in {readout.width()} px, needs {readout.sizeHint().width()}")


def test_readout_grows_when_dragged_past_its_widest_text(session, qtbot):
    window = session.window
    window.go("step_3")
    session.state.cost.gpu_hours = 500.0
    QApplication.processEvents()
    session.state.cost.gpu_hours = 10_000.0
    readout = window.findChild(QLabel, "cost.gpu_hours.value")
    # The box asks its layout for room; the layout answers on a later pass of the loop.
    qtbot.waitUntil(lambda: readout.width() >= readout.sizeHint().width(), timeout=2000)
