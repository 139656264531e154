"""Touch tuning: 44 px targets, no typing, kinetic scrolling, bigger slider handles.

Pages are built when first shown, so the kiosk applies these as each widget is
polished (first shown), and once over what already exists at install time.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton, QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollArea,
    QScrollBar, QScroller, QScrollerProperties, QWidget,
)

from ..widgets.labelled_slider import LabelledSlider

#: Controls a finger must hit. Scroll bars are left out: pages scroll by dragging them.
TARGETS = (QAbstractButton, QAbstractSlider, QComboBox, QAbstractSpinBox)


def tune(widget: QWidget, target_px: int, kinetic: bool) -> None:
    """Make one widget touch-friendly (safe to call more than once)."""
    if isinstance(widget, LabelledSlider):
        # The slider sets every value; an exact-entry box would need a keyboard.
        widget.set_spin_visible(False)
    if isinstance(widget, TARGETS) and not isinstance(widget, QScrollBar):
        min_size = widget.minimumSize()
        if min_size.width() < target_px or min_size.height() < target_px:
            widget.setMinimumSize(max(min_size.width(), target_px), max(min_size.height(), target_px))
    if kinetic and isinstance(widget, QScrollArea):
        enable_kinetic_scrolling(widget)


def tune_tree(root: QWidget, target_px: int, kinetic: bool) -> None:
    """Tune ``root`` and everything in it."""
    tune(root, target_px, kinetic)
    for child in root.findChildren(QWidget):
        tune(child, target_px, kinetic)


def enable_kinetic_scrolling(area: QAbstractScrollArea) -> None:
    """Drag the page to scroll it, with momentum; sliders and buttons keep their drags."""
    viewport = area.viewport()
    if QScroller.hasScroller(viewport):
        return
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, off)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(props)


def stop_scrolling(area: QAbstractScrollArea) -> None:
    """Stop any momentum and go back to the top left."""
    if QScroller.hasScroller(area.viewport()):
        QScroller.scroller(area.viewport()).stop()
    for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
        bar.setValue(bar.minimum())
