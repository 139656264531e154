"""Binding a part to its slice of the learner state.

In the spirit of napari's ``connect_setattr``: a control writes its field in one line;
the part follows its whole section's change events and redraws once per event-loop
pass (:class:`Coalesced`), putting the controls back in step (only where they differ,
so a drag never fights its own echo).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTimer, SignalInstance
from PySide6.QtWidgets import QScrollArea, QWidget


def connect_setattr(signal: SignalInstance, target: Any, field: str,
                    convert: Callable[[Any], Any] = lambda v: v) -> None:
    """Every value ``signal`` emits is assigned to ``target.<field>``."""
    signal.connect(lambda value: setattr(target, field, convert(value)))


def reset_section(topic: Any, name: str, section: Any) -> None:
    """State section ``name`` back to a first start, with the defaults ``topic`` gives it."""
    from ..model.state import reset_section as reset

    reset(section, topic.defaults().get(name, {}))


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    """The scroll area (the page) that shows ``widget``, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


def reveal(widget: QWidget, xmargin: int = 20, ymargin: int = 40) -> None:
    """Scroll the page so that ``widget`` is in view, through every scroll area around it
    (a part's controls may scroll in a column of their own, inside the page)."""
    area = scroll_area_of(widget)
    while area is not None:
        area.ensureWidgetVisible(widget, xmargin, ymargin)
        widget, area = area, scroll_area_of(area)


class _EventHook(QObject):
    def __init__(self, watched: QObject, kind: QEvent.Type, callback: Callable[[], None]):
        super().__init__(watched)
        self._kind, self._callback = kind, callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == self._kind:
            self._callback()
        return False


def on_event(widget: QObject, kind: QEvent.Type, callback: Callable[[], None]) -> None:
    """Call ``callback`` before ``widget`` handles each event of ``kind``.

    Hooked once the widget's children exist, this replaces an ``event()`` override
    that would need ``hasattr`` guards for the events Qt sends during construction.
    """
    _EventHook(widget, kind, callback)


class Coalesced:
    """One redraw per event-loop pass, however many state changes asked for it.

    A drag moves a slider many times between two frames and one change can touch
    several fields; each asks for a redraw with ``refresh()``, and ``redraw`` runs
    once when control returns to the event loop. ``flush()`` runs a pending redraw
    now (before a screenshot, a reset, or a test reading what a learner would see).
    """

    def __init__(self, owner: QObject, redraw: Callable[[], None]):
        self._redraw = redraw
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(redraw)

    def refresh(self, *_: object) -> None:
        """Ask for a redraw on the next event-loop pass (signal arguments are ignored)."""
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Run a pending redraw now."""
        if self._timer.isActive():
            self._timer.stop()
            self._redraw()


def reveal_together(*widgets: QWidget) -> None:
    """Scroll the page the least so that all of ``widgets`` are in view together.

    When they cannot all fit, the first (the control the learner used) stays in view
    and the rest show as far as they can: a result under its control, never the
    control scrolled away for its result.
    """
    area = scroll_area_of(widgets[0])
    while area is not None and scroll_area_of(area) is not None:
        area = scroll_area_of(area)  # the page, not a column scrolling inside it
    if area is None or area.widget() is None:
        return
    page = area.widget()
    rects = [QRect(w.mapTo(page, QPoint(0, 0)), w.size()) for w in widgets if w.isVisible()]
    if not rects:
        return
    span = rects[0]
    for rect in rects[1:]:
        span = span.united(rect)
    bar = area.verticalScrollBar()
    view = area.viewport().height()
    if span.height() <= view:
        wanted = min(max(bar.value(), span.bottom() - view + 1), span.top())
    else:
        wanted = rects[0].top()  # the control at the top, its results under it
    bar.setValue(max(bar.minimum(), min(bar.maximum(), wanted)))
