"""One event recorder for the GUI tests: which events of some types reached which widgets."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


class Events(QObject):
    """Records ``(type name, widget name)`` for each event of ``types`` that reaches a
    widget ``inside(widget)`` accepts, until :meth:`stop` or until ``parent`` is deleted
    (Qt then drops the filter by itself)."""

    def __init__(self, inside: Callable[[QWidget], bool], *types: QEvent.Type,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.inside, self.types = inside, types
        self.seen: list[tuple[str, str]] = []
        QApplication.instance().installEventFilter(self)

    @classmethod
    def on(cls, widget: QWidget, *types: QEvent.Type) -> Events:
        """The events reaching ``widget`` itself."""
        return cls(lambda w: w is widget, *types, parent=widget)

    @classmethod
    def within(cls, widget: QWidget, *types: QEvent.Type) -> Events:
        """The events reaching ``widget`` or any widget inside it."""
        return cls(lambda w: w is widget or widget.isAncestorOf(w), *types, parent=widget)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt override
        if event.type() in self.types and watched.isWidgetType() and self.inside(watched):
            self.seen.append((event.type().name, watched.objectName() or type(watched).__name__))
        return False

    def stop(self) -> list[tuple[str, str]]:
        QApplication.instance().removeEventFilter(self)
        return self.seen
