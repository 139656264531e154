"""The shared page frame: a scrolling, width-limited column."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QWidget

from ..widgets.common import hbox, vbox
from ..widgets.scroll_content import ScrollContent

MAX_COLUMN_WIDTH = 1180


class ScrollPage(QScrollArea):
    """A page that scrolls vertically; content sits in a centred, width-limited column."""

    navigate_requested = Signal(str)

    def __init__(self, page_id: str, accessible: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.page_id = page_id
        self.setObjectName(f"page.{page_id}")
        self.setAccessibleName(accessible)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a focus stop of its own (it has no role a screen reader can operate, nor a
        # ring); Page Up/Down pressed on any control inside still scroll it.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = ScrollContent()
        row = hbox(outer, margins=(24, 20, 24, 28))
        self.column = QWidget()
        self.column.setMaximumWidth(MAX_COLUMN_WIDTH)
        self.body = vbox(self.column, spacing=14)
        row.addStretch(0)
        row.addWidget(self.column, 100)
        row.addStretch(0)
        self.setWidget(outer)

    def focus_heading(self) -> None:
        """Move focus to the page's title (after a step was completed): Orca reads it."""
        heading = self.findChild(QWidget, f"{self.page_id}.title")
        if heading is None:
            return
        heading.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # focusable by code, not a Tab stop
        heading.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ensureWidgetVisible(heading)

    def add_link_button(self, text: str, name: str, target: str, accent: bool = False) -> QPushButton:
        """A button at the left of its own row that opens page ``target``."""
        button = QPushButton(text)
        button.setObjectName(name)
        if accent:
            button.setProperty("accent", "true")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self.navigate_requested.emit(target))
        row = hbox()
        row.addWidget(button)
        row.addStretch(1)
        self.body.addLayout(row)
        return button

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def close_page(self) -> None:
        """Stop following the state. The shell keeps every page it built for the whole
        session, so only code that drops a page (tests, a preview) calls this."""
