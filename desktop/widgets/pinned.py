"""A column whose one pane stays in sight while the page scrolls past the row it is in.

Issue 19's two-pane rule: a long list of controls (a form of twelve questions) scrolls,
and what they change (the Check button and the verdict) rides along beside them, as CSS
``position: sticky`` does: the pane follows the page's top edge, never leaving its column.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from .binding import on_event, scroll_area_of

#: Space kept between the page's top edge and a pinned pane.
MARGIN = 8


class PinnedRail(QWidget):
    """Holds ``pane``; as tall as its row, with the pane at the visible top of it.

    Pinned, the pane is never taller than the page's visible height (it must let part
    of itself scroll within, as a long list of checks does), so all of it is in sight
    wherever the row is scrolled. ``set_pinned(False)`` keeps the pane at the rail's top
    (used when the row stacks into a column and the pane simply follows the controls).
    """

    def __init__(self, pane: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.pane = pane
        pane.setParent(self)
        self._page: QScrollArea | None = None
        self._pinned = True
        self._placed_height = -1  # the pane's height when last placed
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # The pane is no layout's child: when its content grows, the rail hears of it here.
        on_event(self, QEvent.Type.LayoutRequest, self._pane_changed)

    @property
    def pinned(self) -> bool:
        return self._pinned

    def set_pinned(self, pinned: bool) -> None:
        if pinned != self._pinned:
            self._pinned = pinned
            self.updateGeometry()
            self._place()

    # -- size ------------------------------------------------------------------------------
    def _pane_height(self, width: int) -> int:
        natural = (self.pane.heightForWidth(width) if self.pane.hasHeightForWidth()
                   else self.pane.sizeHint().height())
        if not self._pinned or self._page is None:
            return natural
        visible = self._page.viewport().height() - 2 * MARGIN
        return min(natural, max(visible, self.pane.minimumSizeHint().height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._pane_height(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.pane.sizeHint()
        return QSize(hint.width(), self._pane_height(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self.pane.minimumSizeHint().width(), 0)

    # -- placing ---------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        page = scroll_area_of(self)
        if page is not None and page is not self._page:
            self._page = page
            page.verticalScrollBar().valueChanged.connect(self._place)
            on_event(page.viewport(), QEvent.Type.Resize, self._pane_changed)
        # While hidden, the pane's changes reach no one (Qt sends hidden parents no layout
        # requests): ask again when the height the pane needs now is not the one it was
        # placed at. Asking on every show laid the page out again at each page switch.
        if self._pane_height(self.width()) != self._placed_height:
            self._pane_changed()
        else:
            self._place()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def _pane_changed(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self, *_: object) -> None:
        width = self.width()
        height = self._pane_height(width)
        top = 0
        if self._pinned and self._page is not None:
            below_edge = MARGIN - self.mapTo(self._page.viewport(), QPoint(0, 0)).y()
            top = max(0, min(below_edge, self.height() - height))
        self._placed_height = height
        self.pane.setGeometry(0, top, width, height)
