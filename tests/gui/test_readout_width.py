"""Slider readouts show their whole text, also when the value changed while the page was hidden."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel


def cut(box: QAbstractSpinBox) -> str | None:
    """Why a slider row's box does not show its whole value, or None when it does."""
    edit = box.lineEdit()
    need = edit.fontMetrics().horizontalAdvance(edit.text())
    return None if edit.width() >= need else f"{edit.text()!r} in {edit.width()} px, needs {need}"


def test_readout_set_while_page_hidden_is_not_cut(session):
    window = session.window
    window.go("step_3")
    window.go("step_2")  # step 3 is built, then hidden
    session.state.cost.gpu_hours = 10_000.0  # a restart or Start over does this
    session.state.cost.setup_k = 1_250.0
    QApplication.processEvents()
    window.go("step_3")
    QApplication.processEvents()
    for name in ("cost.gpu_hours.spin", "cost.setup_k.spin"):
        assert cut(window.findChild(QAbstractSpinBox, name)) is None, name


def test_readout_grows_when_dragged_past_its_widest_text(session, qtbot):
    window = session.window
    window.go("step_3")
    session.state.cost.gpu_hours = 500.0
    QApplication.processEvents()
    session.state.cost.gpu_hours = 10_000.0
    box = window.findChild(QAbstractSpinBox, "cost.gpu_hours.spin")
    QApplication.processEvents()
    assert box.text().startswith("10,000") and cut(box) is None


def test_sentences_under_the_sliders_show_whole_as_they_change(session):
    """Their layout requests stop at a holder (widgets/steady.py) unless their height
    changed: a sentence that grew by a line must still get that line."""
    window = session.window
    window.resize(640, 600)  # narrow: the sentences wrap, and their line count changes
    window.go("step_3")
    QApplication.processEvents()
    names = ("cost.where_money", "cost.chart.sensitivity.summary", "cost.chart.lines.summary")
    labels = [window.findChild(QLabel, name) for name in names]
    heights = {name: set() for name in names}
    for gpu, team in ((0, 0), (10_000, 0), (0, 20), (10_000, 20), (40, 1), (4_000, 3)):
        session.state.cost.gpu_hours, session.state.cost.team_fte = float(gpu), float(team)
        QApplication.processEvents()
        QApplication.processEvents()
        for name, lbl in zip(names, labels):
            need = lbl.heightForWidth(lbl.width())
            assert lbl.height() >= need, f"{name} {lbl.text()!r}: {lbl.height()} px, needs {need}"
            heights[name].add(lbl.height())
    assert any(len(seen) > 1 for seen in heights.values()), heights  # a line came or went
