"""Binding a part to its slice of the learner state.

In the spirit of napari's ``connect_setattr``: a control writes its field in one line;
the part follows its whole section's change events and redraws once per event-loop
pass (:class:`Coalesced`), putting the controls back in step (only where they differ,
so a drag never fights its own echo).
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, SignalInstance
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


#: Rounds of layout requests a redraw settles before its paint: the deepest chain measured
#: is 7 (step 1's details pane up to the page); a round with nothing to do costs microseconds.
_LAYOUT_ROUNDS = 10


def settle_layouts() -> None:
    """Do now the layouts that changes so far asked for, up to the page.

    Events posted while posted events are delivered wait for the next pass, after the
    paint: each layout done asks its parent's for the next round, so the rounds climb
    the widget tree to the page.
    """
    for _ in range(_LAYOUT_ROUNDS):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class Coalesced(QObject):
    """One redraw per event-loop pass, however many state changes asked for it.

    A drag moves a slider many times between two frames and one change can touch
    several fields; each asks for a redraw with ``refresh()``, and ``redraw`` runs
    once when control returns to the event loop. ``flush()`` runs a pending redraw
    now (before a screenshot, a reset, or a test reading what a learner would see).

    The redraw is a posted event, not a zero timer: Qt posts its own repaint request
    (UpdateRequest) at low priority, so a normal-priority event runs first and the moved
    control, the readouts and the charts are painted together, once. The layouts the
    redraw asked for are done before that paint too. With a timer the redraw ran after
    the moved control's paint, and one slider step painted the window three times, the
    first with the slider moved and its results not yet.
    """

    _KIND = QEvent.Type(QEvent.registerEventType())

    def __init__(self, owner: QObject, redraw: Callable[[], None]):
        super().__init__(owner)
        self._redraw = redraw
        self._pending = False

    def refresh(self, *_: object) -> None:
        """Ask for a redraw on the next event-loop pass (signal arguments are ignored)."""
        if not self._pending:
            self._pending = True
            QCoreApplication.postEvent(self, QEvent(self._KIND))

    @property
    def pending(self) -> bool:
        return self._pending

    def flush(self) -> None:
        """Run a pending redraw now."""
        if self._pending:
            self._pending = False
            self._redraw()
            # Without this the new texts were painted in their old geometry, then the
            # window again once laid out.
            settle_layouts()

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if event.type() == self._KIND:
            self.flush()
            return True
        return super().event(event)


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
