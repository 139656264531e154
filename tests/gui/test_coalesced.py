"""The coalesced refresh: many change events between two frames give one redraw."""

from PySide6.QtWidgets import QWidget

from desktop.widgets.binding import Coalesced


def test_many_requests_in_one_pass_redraw_once(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    calls = []
    coalesced = Coalesced(owner, lambda: calls.append(1))
    for _ in range(50):
        coalesced.refresh()
    assert calls == []
    qtbot.waitUntil(lambda: calls == [1])
    coalesced.refresh(3, "ignored")
    coalesced.flush()
    assert calls == [1, 1]
    assert not coalesced.pending
    coalesced.flush()
    assert calls == [1, 1]


def test_the_first_frame_after_a_slider_step_shows_its_results(session):
    """The moved slider and the total it changes reach the screen in one frame.

    The redraw used to wait for a zero timer, after Qt had already painted the moved
    slider beside the old total: a frame of cause without effect, then two more paints.
    """
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QSlider

    window = session.window
    window.go("step_3")
    QApplication.processEvents()
    page = window.page("step_3")
    slider = page.findChild(QSlider, "cost.team_fte")
    total = page.findChild(QLabel, "cost.total")
    page.ensureWidgetVisible(slider)
    QApplication.processEvents()
    window.grab()  # nothing left to paint
    seen = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint and watched is slider:
                seen.append((slider.value(), total.text()))
            return False

    spy = FirstPaint()
    slider.installEventFilter(spy)
    before = total.text()
    slider.setValue(slider.value() + 1)
    while not seen:  # the event loop's passes, until the slider is painted
        QApplication.processEvents()
    slider.removeEventFilter(spy)
    assert seen[0] == (slider.value(), total.text())
    assert total.text() != before
