"""The 1–5 step bar: shows where the learner is and what is done; emits step_requested."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QWidget

from .common import hbox, repolish, set_prop
from .wrap_button import WrapButton


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
        self.buttons: list[WrapButton] = []
        for n, text in enumerate(labels, 1):
            b = WrapButton(f"{n}  {text}", "circle", "text_muted")
            b.setObjectName(f"stepper.step_{n}")
            b.setProperty("stepbutton", "true")
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            b.setSizePolicy(policy)
            b.clicked.connect(lambda _=False, n=n: self.step_requested.emit(n))
            row.addWidget(b, 1)
            self.buttons.append(b)
        self._refresh()

    def set_status(self, current: int, completed: tuple[int, ...]) -> None:
        """``current`` is the open step (0 when no step page is open)."""
        self._current, self._completed = current, tuple(completed)
        self._refresh()

    def _refresh(self) -> None:
        for n, b in enumerate(self.buttons, 1):
            done = n in self._completed
            status = "active" if n == self._current else ("completed" if done else "todo")
            if b.property("status") != status:
                set_prop(b, "status", status)
                # The label's colour comes from a rule on the button's status: a child is
                # not re-polished with its parent (the current step was dark on blue, 2.6:1).
                repolish(b.text_label)
            words = [f"Step {n}: {self._labels[n - 1]}"]
            if done:
                words.append("completed")
            if n == self._current:
                words.append("current step")
            b.setAccessibleName(", ".join(words))
            token = {"active": "on_primary", "completed": "success", "todo": "text_muted"}[status]
            b.set_icon("check_circle" if done else "circle", token)
            b.setToolTip(", ".join(words))

