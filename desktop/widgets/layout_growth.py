"""Show a child without first squeezing its siblings into the old height.

Showing a widget makes Qt lay its parent out again at once, in the parent's old
rectangle, which is now too small: the biggest sibling (on the bias audit, the
chart) is squeezed. Then the parent asks its own parent for more height, which
lays out in its old rectangle too, squeezing again, and so on up to the scrolled
page, before everything is laid out a second time at the new size. A pyqtgraph
chart squeezed and restored is two resizes of its whole scene; a note that comes
and goes with a slider step paid for both, milliseconds each time.

``set_visible_in_place`` grows the parent and its laid-out ancestors to the
height they will need first, outermost first, and lays each out once after that.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_visible_in_place(child: QWidget, visible: bool) -> None:
    """``child.setVisible(visible)``; a show lays the ancestors out once, at their new size.

    As with a plain show, the ancestors are laid out before this returns. Hiding
    needs no help: laying out in a rectangle that is too tall squeezes nothing.
    """
    host = child.parentWidget()
    if (not visible or host is None or child.isVisibleTo(host) or not host.isVisible()):
        child.setVisible(visible)
        return
    chain = _laid_out_chain(host)
    if not chain:
        child.setVisible(True)
        return
    for widget in chain:  # so that showing the child cannot lay them out yet
        widget.layout().setEnabled(False)
    try:
        child.setVisible(True)
        for widget in chain:
            widget.updateGeometry()  # its parent's layout must ask its height again
        needs = [(widget, _needed_height(widget)) for widget in chain]
        for widget, need in reversed(needs):  # outermost first: each grows into room
            if need > widget.height():
                widget.resize(widget.width(), need)
    finally:
        for widget in chain:
            widget.layout().setEnabled(True)
    for widget in chain:  # what Qt does on a show (innermost first), now at the new size
        widget.layout().activate()


def _laid_out_chain(host: QWidget) -> list[QWidget]:
    """``host`` and each ancestor whose layout holds the one before, innermost first.

    It ends at the first widget whose parent has no layout (a scroll area's
    content, which the scroll area sizes) or at a window.
    """
    chain: list[QWidget] = []
    widget = host
    while widget is not None and widget.layout() is not None and not widget.isWindow():
        chain.append(widget)
        parent = widget.parentWidget()
        if parent is None or parent.layout() is None:
            break
        widget = parent
    return chain


def _needed_height(widget: QWidget) -> int:
    layout = widget.layout()
    width = widget.width()
    need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
            else layout.totalSizeHint().height())
    return min(max(need, widget.minimumHeight()), widget.maximumHeight())
