"""The 1–5 step bar: shows where the learner is and what is done; emits step_requested.

One row that never wraps: each step shows its number and short label while they
fit, and only its number when they do not (a narrow window, 200 % text). The full
title is always the button's tooltip and accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from .. import theme
from ..words import step_name
from .common import hbox, set_prop

SPACING = 6
PADDING_X = 10  # room kept beside the centred label (the theme gives step buttons no padding)
ICON = 16


def isolated(text: str) -> str:
    """Right to left, ``text`` wrapped in a first-strong isolate (U+2068 ... U+2069): it keeps
    its own direction, so an English fallback reads "Team Org.", not ".Team Org"."""
    return f"\u2068{text}\u2069" if QGuiApplication.isRightToLeft() else text


class StepButton(QPushButton):
    """One step: a status icon, the number, and the short label when there is room."""

    def __init__(self, number: int, short_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.number, self.short_label = number, short_label
        self.full_text = f"{number}  {isolated(short_label)}"
        self.setProperty("stepbutton", "true")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setText(self.full_text)

    def width_for(self, text: str) -> int:
        """The width this button needs to show ``text`` without eliding it."""
        icon = self.iconSize().width() + 6  # the icon's gap is part of its width
        return self.fontMetrics().horizontalAdvance(text) + icon + 2 * PADDING_X + 8

    def show_label(self, full: bool) -> None:
        text = self.full_text if full else str(self.number)
        if self.text() != text:
            self.setText(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Numbers only at the narrowest: the row may shrink that far, never wrap.
        return QSize(self.width_for(str(self.number)), super().minimumSizeHint().height())


class Stepper(QWidget):
    """Numbered step buttons. Completed steps show a check icon and say so in words."""

    step_requested = Signal(int)

    def __init__(self, labels: list[str], titles: list[str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepper")
        self._labels = labels
        self._titles = titles or labels
        self._current = 0
        self._drawn: dict[int, tuple] = {}  # what each button was last refreshed for
        self._completed: tuple[int, ...] = ()
        self._full = True
        row = hbox(self, spacing=SPACING)
        self.buttons: list[StepButton] = []
        for n, text in enumerate(labels, 1):
            b = StepButton(n, text)
            b.setObjectName(f"stepper.step_{n}")
            b.clicked.connect(lambda _=False, n=n: self.step_requested.emit(n))
            row.addWidget(b, 1)
            self.buttons.append(b)
        self._refresh()

    @property
    def labels_shown(self) -> bool:
        """Whether the short labels are on screen (False: numbers only)."""
        return self._full

    def set_status(self, current: int, completed: tuple[int, ...]) -> None:
        """``current`` is the open step (0 when no step page is open)."""
        self._current, self._completed = current, tuple(completed)
        self._refresh()

    def _refresh(self) -> None:
        for n, b in enumerate(self.buttons, 1):
            done = n in self._completed
            status = "active" if n == self._current else ("completed" if done else "todo")
            # A page switch changes one or two buttons; redrawing all five icons and names
            # was about 0.6 ms of every switch.
            drawn = (status, done, id(theme.current()), b.iconSize().width(),
                     b.devicePixelRatioF(), tuple(self._titles))
            if self._drawn.get(n) == drawn:
                continue
            self._drawn[n] = drawn
            if b.property("status") != status:
                set_prop(b, "status", status)
            name = step_name(n, self._titles[n - 1])
            words = [name]
            if done:
                words.append(QCoreApplication.translate("Stepper", "completed"))
            if n == self._current:
                words.append(QCoreApplication.translate("Stepper", "current step"))
            b.setAccessibleName(", ".join(words))
            b.setToolTip(", ".join(words))
            token = {"active": "on_primary", "completed": "success", "todo": "text_muted"}[status]
            theme.set_button_icon(b, "check_circle" if done else "circle", token, ICON)

    def _fit_labels(self) -> None:
        """Short labels while every step's fits its share of the row, else numbers only."""
        share = (self.width() - SPACING * (len(self.buttons) - 1)) / max(1, len(self.buttons))
        full = all(b.width_for(b.full_text) <= share for b in self.buttons)
        self._full = full
        for b in self.buttons:
            b.show_label(full)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        width = sum(b.width_for(b.full_text) for b in self.buttons)
        height = max((b.sizeHint().height() for b in self.buttons), default=0)
        return QSize(width + SPACING * (len(self.buttons) - 1), height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_labels()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:  # a theme or text size change
            self._refresh()  # the icons are drawn at the text size in force
            self._fit_labels()
        super().changeEvent(event)
