"""One application-wide event filter for the kiosk (one Python call per event, not five).

It notes input for the idle timer, blocks the keys that leave or shrink the app,
refuses to close the window while locked, watches the admin corner, swallows
context menus and tooltips (a long press must not open either), keeps keys inside
the kiosk layer on top, and touch-tunes every widget as it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from .lockdown import is_blocked
from .touch import tune, tune_tree

if TYPE_CHECKING:
    from .controller import KioskController

T = QEvent.Type
INPUT = frozenset({T.MouseButtonPress, T.MouseButtonRelease, T.MouseButtonDblClick, T.MouseMove,
                   T.TouchBegin, T.TouchUpdate, T.TouchEnd, T.Wheel, T.KeyPress, T.TabletPress,
                   T.TabletMove})
SWALLOWED = frozenset({T.ContextMenu, T.ToolTip, T.WhatsThis, T.QueryWhatsThis})
KEYS = frozenset({T.KeyPress, T.KeyRelease, T.ShortcutOverride})
HANDLED = INPUT | SWALLOWED | KEYS | frozenset({T.Shortcut, T.Close, T.WindowStateChange, T.Resize,
                                                T.Show, T.ChildAdded, T.StyleChange})


class KioskEventFilter(QObject):
    """Installed on the QApplication by the controller; removed by its uninstall()."""

    def __init__(self, controller: KioskController):
        super().__init__(controller)
        self.c = controller

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        t = event.type()
        if t not in HANDLED:
            return False
        c = self.c
        if t in INPUT:
            c.note_activity()
        if t in SWALLOWED:
            return isinstance(obj, QWidget) and obj.window() is c.window
        if t in KEYS:
            return self._key(obj, event)
        if t == T.Shortcut:
            return c.layer_on_top() is not None
        if not obj.isWidgetType():
            return False
        if t == T.MouseButtonPress and isinstance(event, QMouseEvent):
            c.corner.press(obj, event.globalPosition().toPoint())
        elif t == T.MouseMove and isinstance(event, QMouseEvent) and c.corner.armed:
            c.corner.move(event.globalPosition().toPoint())
        elif t == T.MouseButtonRelease and c.corner.armed:
            return c.corner.release()
        elif t == T.ChildAdded and obj is c.window.stack:
            # A page was just built (pages are built on first use): tune all of it now,
            # before it is ever shown.
            child = event.child()
            if child.isWidgetType():
                tune_tree(child, c.config.touch_target_px, c.config.kinetic_scrolling)
        elif t == T.Show:
            # On every show, not only the first polish: a page may have polished a widget
            # while building it, before it belonged to the window.
            if obj.window() is c.window:
                tune(obj, c.config.touch_target_px, c.config.kinetic_scrolling)
        elif obj is c.window:
            return self._window_event(t, event)
        return False

    def _key(self, obj: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        c = self.c
        if is_blocked(event):
            pin = c.pin_dialog
            if event.key() == Qt.Key.Key_Escape and obj.isWidgetType() and pin.isVisible() \
                    and (obj is pin or pin.isAncestorOf(obj)):
                return False  # Escape cancels the PIN dialog
            event.accept()  # an accepted ShortcutOverride stops the shortcut, too
            return True
        layer = c.layer_on_top()
        if layer is None or not obj.isWidgetType():
            return False
        # Keys go only to the kiosk layer on top, never to the page hidden behind it.
        return not (obj is layer or layer.isAncestorOf(obj))

    def _window_event(self, t: QEvent.Type, event: QEvent) -> bool:
        c = self.c
        if t == T.Close and not c.may_close():
            event.ignore()
            return True
        if t == T.WindowStateChange and not c.may_close():
            QTimer.singleShot(0, c.keep_window_shape)
        elif t == T.Resize:
            c.cover_window()
        elif t == T.StyleChange:
            QTimer.singleShot(0, c.restyle)  # the theme may have changed (light/dark, text size)
        return False
