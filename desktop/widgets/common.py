"""Small builders shared by widgets and pages, so layouts read as what they show."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from .icon_label import IconLabel
from .text_label import TextLabel


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_prop(widget: QWidget, name: str, value: object) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        repolish(widget)


@contextmanager
def signals_blocked(obj: QObject) -> Iterator[None]:
    """Block an object's signals and always restore the previous state."""
    previous = obj.blockSignals(True)
    try:
        yield
    finally:
        obj.blockSignals(previous)


def label(text: str = "", role: str | None = None, *, name: str | None = None,
          markdown: bool = False, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A text label; a :class:`TextLabel`, which keeps its wrapped height per width."""
    w = TextLabel()
    if markdown:
        w.setTextFormat(Qt.TextFormat.MarkdownText)
        w.setOpenExternalLinks(False)
    else:
        w.setTextFormat(Qt.TextFormat.PlainText)
    w.setText(text)
    w.setWordWrap(wrap)
    if wrap:
        w.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    if role:
        w.setProperty("role", role)
    if name:
        w.setObjectName(name)
    if selectable:
        w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return w


def card(prop: str = "card", value: str = "true", *, name: str | None = None) -> QFrame:
    frame = QFrame()
    frame.setProperty(prop, value)
    if name:
        frame.setObjectName(name)
    return frame


def card_header(icon: str, title: str, token: str = "primary", *, spacing: int = 8) -> QHBoxLayout:
    """A card's title row: a decorative icon, then the title as an h3 taking the width."""
    head = hbox(spacing=spacing)
    head.addWidget(IconLabel(icon, token, 20))
    head.addWidget(label(title, "h3"), 1)
    return head


def vbox(parent: QWidget | None = None, *, margins: int | tuple[int, int, int, int] = 0,
         spacing: int = 8) -> QVBoxLayout:
    lay = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _setup(lay, margins, spacing)
    return lay


def pane(name: str, *, spacing: int = 14) -> tuple[QWidget, QVBoxLayout]:
    """A named, plain widget and the column laid out in it (one pane of a two-pane part)."""
    widget = QWidget()
    widget.setObjectName(name)
    return widget, vbox(widget, spacing=spacing)


def hbox(parent: QWidget | None = None, *, margins: int | tuple[int, int, int, int] = 0,
         spacing: int = 8) -> QHBoxLayout:
    lay = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _setup(lay, margins, spacing)
    return lay


def _setup(lay: QLayout, margins: int | tuple[int, int, int, int], spacing: int) -> None:
    m = (margins,) * 4 if isinstance(margins, int) else margins
    lay.setContentsMargins(*m)
    lay.setSpacing(spacing)


def named(widget: QWidget, name: str, accessible: str, description: str = "") -> QWidget:
    """Give a widget its stable objectName and screen-reader name."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def announce(widget: QWidget, message: str) -> None:
    """Have screen readers speak ``message`` (a result that just changed).

    The last message is also kept in the widget's ``announcement`` property, which
    is what tests read. Only a change the learner can see is spoken: a page being
    built or hidden says nothing (it spoke on opening steps 2 and 3 before).
    """
    from .accessibility import speak

    if widget.property("announcement") == message:
        return
    widget.setProperty("announcement", message)
    if widget.isVisible():
        speak(widget.window(), message)
