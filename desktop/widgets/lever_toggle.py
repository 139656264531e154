"""A toggle card: a savings lever's name, what it does, whether it is on, what it saves.

The switch is a checkable push button (objectName ``name``): Space or a click
toggles it, and a click anywhere on the card does too. On and off differ in
words ("On"/"Off"), icon (a ticked or an empty circle) and colour.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QPushButton, QWidget

from .. import theme
from .backdrop import Backdrop
from .common import hbox, label, signals_blocked, vbox
from .icon_label import IconLabel
from .stat_readout import set_tone

# Local to the card: the app stylesheet has no "lever" rules. The card's own
# sheet also restates the focus ring, which a :checked rule would otherwise hide.
# The on/off look is on the card's backdrop: re-polishing the card itself would make
# every child re-measure and the page lay itself out again on each flip.
_QSS = Template("""
QFrame[lever_look="on"] { background: $success_bg; border: 2px solid $success; border-radius: 10px; }
QFrame[lever_look="off"] { background: $surface; border: 1px solid $border; border-radius: 10px; }
QPushButton[lever="switch"] { padding: 6px 12px; font-weight: 700; }
QPushButton[lever="switch"]:checked { background: $success; color: $surface;
    border: 1px solid $success; }
QPushButton[lever="switch"]:focus { border: $focus_width solid $focus; }
""")


class LeverToggle(QFrame):
    """One lever as a card; ``checked_changed(bool)`` when the learner flips it."""

    checked_changed = Signal(bool)

    def __init__(self, name: str, title: str, description: str, *, on_text: str = "",
                 off_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._theme: theme.Theme | None = None  # the theme the card's sheet was made for
        self._on_text = on_text or QCoreApplication.translate("LeverToggle", "On")
        self._off_text = off_text or QCoreApplication.translate("LeverToggle", "Off")
        self.setObjectName(f"{name}.card")
        self.setProperty("lever", "off")  # what tests and readers ask; the backdrop shows it
        self.backdrop = Backdrop(self)
        # The card's old style sheet border gave it a 1 px frame: keep the same inner room.
        self.setContentsMargins(1, 1, 1, 1)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        lay = vbox(self, margins=(14, 12, 14, 12), spacing=8)
        head = hbox(spacing=10)
        self.title = label(title, "h3", name=f"{name}.title")
        head.addWidget(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        self.button = QPushButton(self._off_text)
        self.button.setObjectName(name)
        self.button.setProperty("lever", "switch")
        self.button.setCheckable(True)
        self.button.setAccessibleName(title)
        self.button.setAccessibleDescription(description)
        self.button.toggled.connect(self._on_toggled)
        head.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(head)
        self.description = label(description, name=f"{name}.description")
        lay.addWidget(self.description)
        lay.addStretch(1)
        row = hbox(spacing=6)
        row.addWidget(IconLabel("coins", "text_muted", 18), 0, Qt.AlignmentFlag.AlignTop)
        self.saving = label("", name=f"{name}.saving")
        row.addWidget(self.saving, 1)
        lay.addLayout(row)
        self._show(False)
        self._restyle()

    # -- public ------------------------------------------------------------------------
    def is_checked(self) -> bool:
        return self.button.isChecked()

    def set_checked(self, checked: bool) -> None:
        """Show ``checked`` without emitting checked_changed."""
        with signals_blocked(self.button):
            self.button.setChecked(checked)
        self._show(checked)

    def set_saving(self, text: str) -> None:
        if self.saving.text() != text:
            self.saving.setText(text)
            self.saving.setAccessibleName(text)
            self.button.setAccessibleDescription(f"{self.description.text()} {text}")

    # -- internals ---------------------------------------------------------------------
    def _on_toggled(self, checked: bool) -> None:
        self._show(checked)
        self.checked_changed.emit(checked)

    def _show(self, checked: bool) -> None:
        self.button.setText(self._on_text if checked else self._off_text)
        theme.set_button_icon(self.button, "check_circle" if checked else "circle",
                              "surface" if checked else "text_muted", 18)
        state = "on" if checked else "off"
        self.setProperty("lever", state)
        self.backdrop.set_look("lever_look", state)
        set_tone(self.saving, "success" if checked else None)

    def _restyle(self) -> None:
        t = self._theme = theme.current()
        sheet = _QSS.substitute(t.tokens, focus_width="3px" if t.name == "high_contrast" else "2px")
        if self.styleSheet() != sheet:
            self.setStyleSheet(sheet)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.StyleChange and self._theme is not None
                and self._theme != theme.current()):
            self._restyle()
            self._show(self.button.isChecked())
        super().changeEvent(event)


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    w = LeverToggle("preview.lever", "Spot Instances",
                    "Run training jobs on preemptible GPU instances at the spot rate.")
    w.set_saving("would save $4,320 a year on its own")
    w.checked_changed.connect(lambda on: w.set_saving("saves $4,320 a year" if on else
                                                      "would save $4,320 a year on its own"))
    w.show()
    app.exec()
