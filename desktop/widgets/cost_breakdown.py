"""A titled card of computed readouts: one "label … value" row each, a total, a note.

The step 3 page uses it for the annual cost breakdown and for the ROI panel. Rows
are given as ``(name, caption)``: the value label's objectName is ``name``, its
caption's ``name + ".label"``. Values arrive as finished text; a row may also get
a tone (a theme colour token) and an icon, which only ever repeat what the
caption and the text already say in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from .common import label, vbox
from .icon_label import IconLabel
from .stat_readout import set_tone
from .steady import Steady


@dataclass
class _Row:
    caption: QLabel
    detail: QLabel
    value: QLabel
    icon: IconLabel
    icon_key: tuple[str, str] = ("", "")  # (icon, token) shown, to skip redundant renders


class CostBreakdown(QFrame):
    """Readout rows in a card; ``total`` adds an emphasised row under a rule."""

    def __init__(self, title: str, rows: Sequence[tuple[str, str]], *,
                 total: tuple[str, str] | None = None, note_name: str = "", name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("card", "true")
        if name:
            self.setObjectName(name)
        self.setAccessibleName(title)
        lay = vbox(self, margins=(16, 14, 16, 14), spacing=8)
        self.title = label(title, "h3")
        lay.addWidget(self.title)
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        lay.addLayout(self._grid)
        self._rows: dict[str, _Row] = {}
        for row_name, caption in rows:
            self._add_row(row_name, caption, emphasis=False)
        if total:
            rule = QFrame()
            rule.setFrameShape(QFrame.Shape.HLine)
            rule.setFrameShadow(QFrame.Shadow.Plain)
            self._grid.addWidget(rule, self._grid.rowCount(), 0, 1, 3)
            self._add_row(*total, emphasis=True)
        self.note = label("", "muted", name=note_name or None)
        self.note.hide()
        lay.addWidget(self.note)

    def _add_row(self, name: str, caption: str, *, emphasis: bool) -> None:
        r = self._grid.rowCount()
        icon = IconLabel("circle", "text", 18)
        icon.hide()
        cap = label(caption, "h3" if emphasis else None, name=f"{name}.label")
        detail = label("", "muted", name=f"{name}.detail")  # wraps in a narrow pane (200 %)
        detail.hide()
        cell = QWidget()
        cell_lay = vbox(cell, spacing=0)
        cell_lay.addWidget(cap)
        cell_lay.addWidget(detail)
        value = label("", "h3" if emphasis else None, name=name, wrap=False)
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value.setAccessibleName(caption)
        self._grid.addWidget(icon, r, 0, Qt.AlignmentFlag.AlignTop)
        self._grid.addWidget(cell, r, 1)
        # A new figure seldom changes the value's width (digits are equally wide): see Steady
        self._grid.addWidget(Steady(value), r, 2)
        self._rows[name] = _Row(cap, detail, value, icon)

    # -- public ------------------------------------------------------------------------
    def set_value(self, name: str, text: str, *, caption: str | None = None,
                  tone: str | None = None, icon: str | None = None,
                  detail: str | None = None) -> None:
        """Show ``text`` in row ``name``.

        ``caption`` replaces the row's caption; ``detail`` sets the muted line under it
        ("" hides it, None leaves it).
        """
        row = self._rows[name]
        if row.value.text() != text:
            row.value.setText(text)
        if caption is not None and row.caption.text() != caption:
            row.caption.setText(caption)
        set_tone(row.value, tone)
        set_tone(row.caption, tone)
        key = (icon or "", tone or "text")
        if icon and key != row.icon_key:
            row.icon.set_icon(icon, tone or "text")
        if key != row.icon_key:
            row.icon_key = key
            row.icon.setVisible(bool(icon))
        if detail is not None and row.detail.text() != detail:
            row.detail.setText(detail)
            if row.detail.isVisibleTo(self) != bool(detail):
                row.detail.setVisible(bool(detail))
        spoken = f"{row.caption.text()}: {text}"
        if row.detail.text():
            spoken += f" ({row.detail.text()})"
        if row.value.accessibleName() != spoken:
            row.value.setAccessibleName(spoken)

    def set_note(self, text: str) -> None:
        if self.note.text() != text:
            self.note.setText(text)
            self.note.setAccessibleName(text)
        if self.note.isVisibleTo(self) != bool(text):
            self.note.setVisible(bool(text))


if __name__ == "__main__":  # preview
    from PySide6.QtWidgets import QApplication

    from .. import theme

    app = QApplication([])
    theme.apply(app, theme.Theme("light"))
    w = CostBreakdown("Annual Cost Breakdown", [("p.gpu", "GPU Compute"), ("p.team", "Team")],
                      total=("p.total", "Total Annual"), note_name="p.note")
    w.set_value("p.gpu", "$7,200")
    w.set_value("p.team", "\u2212$450,000", caption="Net Loss", tone="danger", icon="alert")
    w.set_value("p.total", "$461,580")
    w.set_note("The largest cost is the team.")
    w.show()
    app.exec()
