"""A segmented switch: a row of exclusive, checkable buttons; one of them is current."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

from .. import theme
from .accessibility import set_role
from .common import hbox, signals_blocked


class Segmented(QWidget):
    """Buttons named ``<prefix>.<id>``; emits ``changed(id)`` when the learner picks one.

    The current segment is filled and carries a check icon, and its accessible
    name says "selected", so the choice never rests on colour alone.
    """

    changed = Signal(str)

    def __init__(self, options: tuple[tuple[str, str], ...], prefix: str, accessible: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(prefix)
        self.setAccessibleName(accessible)
        self._style = ""
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = hbox(self, spacing=0)
        for index, (option_id, text) in enumerate(options):
            b = QPushButton(text)
            b.setObjectName(f"{prefix}.{option_id}")
            b.setCheckable(True)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setProperty("segment", "first" if index == 0 else
                          ("last" if index == len(options) - 1 else "middle"))
            b.setAccessibleName(text)
            set_role(b, "radio")  # a checked state on the bus, not a "selected" suffix
            self.group.addButton(b)
            row.addWidget(b, 1)
            self.buttons[option_id] = b
            b.toggled.connect(lambda on, i=option_id: self._on_toggled(i, on))
        self._texts = dict(options)
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
        self._refresh()

    def _on_toggled(self, option_id: str, on: bool) -> None:
        if on:
            self._current = option_id
            self._refresh()
            self.changed.emit(option_id)

    def _refresh(self) -> None:
        t = theme.current()
        size = int(round(16 * t.scale))
        for option_id, b in self.buttons.items():
            on = option_id == self._current
            b.setIcon(t.icon("check", "on_primary") if on else t.icon("circle", "text_muted"))
            b.setIconSize(QSize(size, size))
            b.setAccessibleName(self._texts[option_id])

    def _restyle(self) -> None:
        t = theme.current()
        sheet = (
            f"QPushButton[segment] {{ border-radius: 0; padding: 8px 14px; font-weight: 600; "
            f"border: 1px solid {t.hex('border')}; background: {t.hex('surface')}; color: {t.hex('text')}; }}"
            f"QPushButton[segment='first'] {{ border-top-left-radius: 8px; border-bottom-left-radius: 8px; }}"
            f"QPushButton[segment='last'] {{ border-top-right-radius: 8px; border-bottom-right-radius: 8px; }}"
            f"QPushButton[segment]:hover {{ background: {t.hex('primary_soft')}; }}"
            f"QPushButton[segment]:checked {{ background: {t.hex('primary')}; color: {t.hex('on_primary')}; "
            f"border-color: {t.hex('primary')}; }}"
            f"QPushButton[segment]:focus {{ border: 2px solid {t.hex('focus')}; }}"
        )
        # Setting a style sheet sends StyleChange again: only set it when it differs.
        if sheet != self._style:
            self._style = sheet
            self.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.StyleChange:
            self._restyle()
            self._refresh()
        super().changeEvent(event)
