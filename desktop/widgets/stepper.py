"""The 1–5 step bar: shows where the learner is and what is done; emits step_requested."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from .. import theme
from .common import hbox, set_prop


class Stepper(QWidget):
    """Numbered step buttons. Completed steps show a check icon and say so in words."""

    step_requested = Signal(int)

    def __init__(self, labels: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepper")
        self._labels = labels
        self._current = 0
        self._completed: tuple[int, ...] = ()
        row = hbox(self, spacing=8)
        self.buttons: list[QToolButton] = []
        for n, text in enumerate(labels, 1):
            b = QToolButton()
            b.setObjectName(f"stepper.step_{n}")
            b.setProperty("stepbutton", "true")
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setMinimumHeight(40)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, n=n: self.step_requested.emit(n))
            row.addWidget(b, 1)
            self.buttons.append(b)
        self._refresh()

    def set_status(self, current: int, completed: tuple[int, ...]) -> None:
        """``current`` is the open step (0 when no step page is open)."""
        self._current, self._completed = current, tuple(completed)
        self._refresh()

    def _refresh(self) -> None:
        t = theme.current()
        for n, b in enumerate(self.buttons, 1):
            done = n in self._completed
            status = "active" if n == self._current else ("completed" if done else "todo")
            set_prop(b, "status", status)
            words = [f"Step {n}: {self._labels[n - 1]}"]
            if done:
                words.append("completed")
            if n == self._current:
                words.append("current step")
            b.setAccessibleName(", ".join(words))
            b.setText(f"{n}  {self._labels[n - 1]}")
            token = {"active": "on_primary", "completed": "success", "todo": "text_muted"}[status]
            b.setIcon(t.icon("check_circle" if done else "circle", token))
            b.setIconSize(QSize(int(18 * t.scale), int(18 * t.scale)))
            b.setToolTip(", ".join(words))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self._refresh()
        super().changeEvent(event)
