"""A coloured box with an icon, a title and Markdown text (insights, warnings, ...)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QWidget

from .accessibility import plain_text
from .common import hbox, label, vbox
from .icon_label import IconLabel

_TOKEN = {"insight": "info", "info": "info", "warning": "warning", "problem": "danger",
          "success": "success"}


class Callout(QFrame):
    """A callout box; the kind picks colour and default icon, the title says it in words."""

    def __init__(self, kind: str, title: str, body: str, icon: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("callout", kind)
        row = hbox(self, margins=(14, 12, 14, 12), spacing=12)
        row.addWidget(IconLabel(icon, _TOKEN.get(kind, "text"), 22), 0, Qt.AlignmentFlag.AlignTop)
        col = vbox(spacing=4)
        self.title = label(title, "h3")
        self.body = label(body, markdown=True)
        col.addWidget(self.title)
        col.addWidget(self.body)
        row.addLayout(col, 1)
        self.setAccessibleName(title)
        self.setAccessibleDescription(plain_text(body))
