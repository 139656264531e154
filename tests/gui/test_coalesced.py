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
