"""A childless frame behind a container's children that carries the container's look.

A look picked by a dynamic property (``QFrame[callout="warning"]``) needs a re-polish
when the property changes, and re-polishing a container resets and re-sets its font
and palette, which every child receives (FontChange, PaletteChange): each child is
measured again and the whole page is laid out again, 5–10 ms on a long page. The
backdrop has no children and sits in no layout, so re-polishing it repaints the same
pixels the container's own style sheet rule would have painted, and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QWidget

from .common import set_prop


class Backdrop(QFrame):
    """Fills ``host`` under its children; style it with :meth:`set_look`."""

    def __init__(self, host: QWidget):
        super().__init__(host)
        self.setObjectName(f"{host.objectName()}.backdrop" if host.objectName() else "backdrop")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(host.rect())
        self.lower()
        host.installEventFilter(self)

    def set_look(self, name: str, value: str) -> None:
        """Set the property the style sheet rule reads, re-polishing only this frame."""
        set_prop(self, name, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
        elif event.type() == QEvent.Type.ChildAdded and watched is self.parentWidget():
            self.lower()  # stay under children added later
        return False
