"""A scrolling stretch inside a card: as tall as its content asks, scrolling only when given less.

Used where a pane must fit the visible page (the diagram's details, the GDPR checks
beside the form): the pane keeps its header in sight and lets the rest scroll within.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from .binding import on_event

#: The theme paints every scroll area in the window colour (pages); inside a card the
#: card's own surface must show through. Scoped to this widget, not the theme.
_SEE_THROUGH = "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"


class ContentScroller(QScrollArea):
    """Shows ``body``; asks for all the height it needs and scrolls vertically when cut.

    ``asks_height=False`` for a pane whose height its owner sets (the diagram's details
    are as tall as the diagram, whatever the node's text): it then asks for nothing.
    """

    def __init__(self, body: QWidget, name: str = "", parent: QWidget | None = None, *,
                 asks_height: bool = True):
        super().__init__(parent)
        self._asks_height = asks_height
        if name:
            self.setObjectName(name)
        # Scroll by the height the text needs at this width, not by a wrapped label's
        # minimum (worked out for a narrower line, so a bar showed with nothing to scroll).
        body.setMinimumHeight(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # wheel and the keys of its controls scroll it
        self.setStyleSheet(_SEE_THROUGH)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # A scroll area keeps its content's new size to itself; pass it on to the layout.
        on_event(body, QEvent.Type.LayoutRequest, self.updateGeometry)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self._asks_height

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        body = self.widget()
        if not self._asks_height:
            return -1
        return body.heightForWidth(width) if body.hasHeightForWidth() else body.sizeHint().height()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.widget().sizeHint()
        if not self._asks_height:
            return QSize(hint.width(), self.minimumSizeHint().height())
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        lines = 6 * self.fontMetrics().lineSpacing()
        if not self._asks_height:
            return QSize(0, lines)
        return QSize(0, min(lines, self.sizeHint().height()))
