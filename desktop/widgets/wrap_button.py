"""A push button whose text wraps, with an optional theme icon before it.

QPushButton elides or clips long text; at large text sizes that hides words. This
button lays out a word-wrapping label inside and reports heightForWidth, so its
height grows with the wrapped text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from .common import hbox, label
from .icon_label import IconLabel


class WrapButton(QPushButton):
    def __init__(self, text: str = "", icon: str | None = None, icon_token: str = "text",
                 icon_size: int = 18, parent: QWidget | None = None):
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        row = hbox(self, margins=(12, 8, 12, 8), spacing=8)
        self.icon_label = IconLabel(icon or "circle", icon_token, icon_size)
        self.icon_label.setVisible(icon is not None)
        self.text_label = label(text)
        for child in (self.icon_label, self.text_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text_label, 1)

    def set_text(self, text: str) -> None:
        self.text_label.setText(text)
        self.updateGeometry()

    def text(self) -> str:  # noqa: D102 - the visible text, for tests and screen readers
        return self.text_label.text()

    def set_icon(self, name: str | None, token: str | None = None) -> None:
        if name is None:
            self.icon_label.hide()
            return
        self.icon_label.set_icon(name, token)
        self.icon_label.show()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.layout().totalHeightForWidth(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.layout().totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(80, 40)
