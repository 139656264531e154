"""A holder whose child's layout requests stop at it unless the child's size changed.

A label's new text asks its parents for a layout, and through every layout up to the
page: without a stop, each slider step measured the whole step page again (every
word-wrapped label of it), about 4 page layouts and 420 label heights a step
(benchmarks/interaction.py --clock cpu, step 3's cost.gpu_hours). A widget without a
layout receives its child's request as a plain event, so ``Steady`` can look first: it
passes the request on only when what its parents lay out changed (a wrapped sentence's
height at the current width, or its longest word no longer fitting; another child's size
hints), which a readout's new text seldom does.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QWidget


class Steady(QWidget):
    """Holds ``child`` at its own size; see the module's docstring.

    ``changed`` (optional) decides instead: called on each of the child's requests,
    it returns whether the parents must lay out again.
    """

    def __init__(self, child: QWidget, changed: Callable[[], bool] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{child.objectName()}.steady")
        self.child = child
        self._changed = changed or self.size_changed
        child.setParent(self)
        self.setSizePolicy(child.sizePolicy())
        self._shown = self._measure()
        # Shown and hidden with its child, so a hidden readout line takes no room.
        if child.isHidden():
            self.hide()
        child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.child and event.type() in (QEvent.Type.ShowToParent,
                                                      QEvent.Type.HideToParent):
            self.setVisible(event.type() == QEvent.Type.ShowToParent)
        return False

    def _measure(self) -> tuple:
        width = self.width()
        if self.child.hasHeightForWidth():
            # A sentence across its column: its parents lay out its height at this width.
            # Its preferred and minimum widths (the text on one line, its longest word)
            # changed with nearly every new figure and sent the request up to the page
            # every other slider step, laying out the whole page (interaction.py, step 3's
            # cost.team_fte: 0.5 page layouts a step); they matter once the longest word
            # no longer fits.
            return self.child.minimumSizeHint().width() > width, self.child.heightForWidth(width)
        return self.child.sizeHint(), self.child.minimumSizeHint()

    def size_changed(self) -> bool:
        """Whether what the parents lay out of the child changed since it was last asked."""
        now = self._measure()
        changed, self._shown = now != self._shown, now
        return changed

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.child.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self.child.minimumSizeHint().expandedTo(self.child.minimumSize())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return self.child.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self.child.heightForWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.child.setGeometry(self.rect())
        self._shown = self._measure()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if self._changed():
                self.updateGeometry()
                # The request reached us one posted event later than it would have
                # reached the parent's layout: lay that out now, so that a sentence
                # grown by a line is never painted cut for a frame.
                parent = self.parentWidget()
                if parent is not None and parent.layout() is not None:
                    parent.layout().activate()
            return True
        return super().event(event)
