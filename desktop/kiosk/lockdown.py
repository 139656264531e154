"""Which keys a kiosk visitor may not use: the ones that close, shrink or leave the app."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

_ALWAYS = {Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_F1, Qt.Key.Key_Help}
_WITH_CTRL = {Qt.Key.Key_Q, Qt.Key.Key_W, Qt.Key.Key_F4}
_STANDARD = (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close,
             QKeySequence.StandardKey.FullScreen, QKeySequence.StandardKey.HelpContents)
_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier


def is_blocked(event: QKeyEvent) -> bool:
    """True for Escape, F11, F1, Alt+F4, Ctrl+F4, Ctrl+Q, Ctrl+W and the platform's own
    quit / close / full-screen / help keys (Cmd+Q on macOS, for example)."""
    key = event.key()
    mods = event.modifiers()
    if key in _ALWAYS:
        return True
    if key == Qt.Key.Key_F4 and mods & Qt.KeyboardModifier.AltModifier:
        return True
    if key in _WITH_CTRL and mods & _CTRL:
        return True
    return any(event.matches(std) for std in _STANDARD)
