"""A row of choice buttons (one checked, a tick icon on it) that reports the picked value.

Used by step 5's stakeholder map and SHAP demo (``picked``); step 4's structure switch
uses :mod:`segmented` (``changed``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from .. import theme
from .accessibility import set_role
from .common import hbox, label, signals_blocked, vbox


class Segments(QWidget):
    """A row of checkable buttons for one choice, named ``<name>.<option>``.

    The checked one is filled (a ``:checked`` rule of a small style sheet; not bold,
    which would outgrow the button's size hint and clip its text) and shows
    a check mark instead of a circle (one icon with an on and an off picture), so it
    never rests on colour alone, and changing the choice only repaints the buttons:
    no re-polish, no new icon, no relayout of the page while the chart follows.
    """

    picked = Signal(str)

    def __init__(self, name: str, accessible: str, options: tuple[tuple[str, str], ...],
                 spoken: Callable[[str], str] = lambda text: text, title: str = ""):
        super().__init__()
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        lay = vbox(self, spacing=6)
        if title:
            heading = label(title)
            heading.setProperty("role", "h3")
            lay.addWidget(heading)
        row = hbox(spacing=6)
        self.buttons: dict[str, QPushButton] = {}
        for option, text in options:
            b = QPushButton()
            set_role(b, "radio")  # one of an exclusive choice: a checked state on the bus
            b.setText(text)
            b.setObjectName(f"{name}.{option}")
            b.setAccessibleName(spoken(text))
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.clicked.connect(lambda _=False, o=option: self.picked.emit(o))
            row.addWidget(b)
            self.buttons[option] = b
        lay.addLayout(row)
        self._styled: tuple = ()
        self._restyle()

    def set_current(self, chosen: str) -> None:
        for option, b in self.buttons.items():
            if b.isChecked() != (option == chosen):
                with signals_blocked(b):
                    b.setChecked(option == chosen)

    def _restyle(self) -> None:
        t = theme.current()
        if self._styled == (t.name, t.scale):
            return
        self._styled = (t.name, t.scale)
        focus = "3px" if t.name == "high_contrast" else "2px"
        self.setStyleSheet(
            f"QPushButton:checked {{ background: {t.hex('primary')}; color: {t.hex('on_primary')};"
            f" border-color: {t.hex('primary')}; }}"
            f"QPushButton:focus {{ border: {focus} solid {t.hex('focus')}; }}")
        size = int(round(16 * t.scale))
        icon = QIcon()
        icon.addPixmap(theme.icon_pixmap("check", t.hex("on_primary"), size),
                       QIcon.Mode.Normal, QIcon.State.On)
        icon.addPixmap(theme.icon_pixmap("circle", t.hex("text_muted"), size),
                       QIcon.Mode.Normal, QIcon.State.Off)
        for b in self.buttons.values():
            b.setIcon(icon)
            b.setIconSize(QSize(size, size))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self._restyle()
        super().changeEvent(event)


# -- stakeholder map -----------------------------------------------------------------------------
