"""The segmented switch: a row of exclusive, checkable buttons; one of them is current.

The one switch of the app (step 4's structures, the bias audit's context, step 5's
map view and the SHAP what-if's levels): one signal, ``changed(id)``, one style sheet.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from .. import theme
from .accessibility import set_role
from .common import hbox, label, signals_blocked, vbox

ICON_SIZE = 16


class Segmented(QWidget):
    """Buttons named ``<prefix>.<id>``; emits ``changed(id)`` when the learner picks one.

    The current segment is filled and shows a check mark instead of a circle (one
    icon with an on and an off picture), so the choice never rests on colour alone,
    and changing it only repaints the buttons: no re-polish, no new icon, no relayout
    of the page while what it controls follows. ``spoken`` words each option for
    screen readers; ``title`` adds a heading above the row.
    """

    changed = Signal(str)

    def __init__(self, options: tuple[tuple[str, str], ...], prefix: str, accessible: str,
                 parent: QWidget | None = None, *, spoken: Callable[[str], str] | None = None,
                 title: str = ""):
        super().__init__(parent)
        self.setObjectName(prefix)
        self.setAccessibleName(accessible)
        self._styled: tuple = ()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        lay = vbox(self, spacing=6)
        if title:
            lay.addWidget(label(title, "h3"))
        row = hbox(spacing=0)
        lay.addLayout(row)
        for index, (option_id, text) in enumerate(options):
            b = QPushButton(text)
            b.setObjectName(f"{prefix}.{option_id}")
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setProperty("segment", "first" if index == 0 else
                          ("last" if index == len(options) - 1 else "middle"))
            b.setAccessibleName(spoken(text) if spoken else text)
            set_role(b, "radio")  # a checked state on the bus, not a "selected" suffix
            self.group.addButton(b)
            row.addWidget(b, 1)
            self.buttons[option_id] = b
            b.toggled.connect(lambda on, i=option_id: self._on_toggled(i, on))
        self._current = ""
        self._restyle()

    def current(self) -> str:
        return self._current

    def set_current(self, option_id: str) -> None:
        """Show ``option_id`` as current without emitting ``changed``."""
        button = self.buttons.get(option_id)
        with signals_blocked(self):
            if button is not None:
                button.setChecked(True)
            else:
                self.group.setExclusive(False)
                for b in self.buttons.values():
                    b.setChecked(False)
                self.group.setExclusive(True)
        self._current = option_id if button is not None else ""

    def _on_toggled(self, option_id: str, on: bool) -> None:
        if on:
            self._current = option_id
            self.changed.emit(option_id)

    def _restyle(self) -> None:
        t = theme.current()
        dpr = self.devicePixelRatioF()
        if self._styled == (t.name, t.scale, dpr):
            return
        self._styled = (t.name, t.scale, dpr)
        focus = "3px" if t.name == "high_contrast" else "2px"
        # Setting a style sheet sends StyleChange again: the key above stops the echo.
        self.setStyleSheet(
            f"QPushButton[segment] {{ border-radius: 0; padding: 8px 14px; font-weight: 600;"
            f" border: 1px solid {t.hex('border')}; background: {t.hex('surface')};"
            f" color: {t.hex('text')}; }}"
            "QPushButton[segment='first'] { border-top-left-radius: 8px;"
            " border-bottom-left-radius: 8px; }"
            "QPushButton[segment='last'] { border-top-right-radius: 8px;"
            " border-bottom-right-radius: 8px; }"
            f"QPushButton[segment]:hover {{ background: {t.hex('primary_soft')}; }}"
            f"QPushButton[segment]:checked {{ background: {t.hex('primary')};"
            f" color: {t.hex('on_primary')}; border-color: {t.hex('primary')}; }}"
            f"QPushButton[segment]:focus {{ border: {focus} solid {t.hex('focus')}; }}")
        size, gap = t.px(ICON_SIZE), t.px(theme.ICON_GAP)
        trailing = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        icon = QIcon()
        icon.addPixmap(theme.gapped_pixmap("check", t.hex("on_primary"), size, gap, dpr, trailing),
                       QIcon.Mode.Normal, QIcon.State.On)
        icon.addPixmap(theme.gapped_pixmap("circle", t.hex("text_muted"), size, gap, dpr, trailing),
                       QIcon.Mode.Normal, QIcon.State.Off)
        for b in self.buttons.values():
            b.setIcon(icon)
            b.setIconSize(QSize(size + gap, size))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.DevicePixelRatioChange):
            self._restyle()
        super().changeEvent(event)
