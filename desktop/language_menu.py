"""View › Language: one entry per shipped language, each named in itself.

The shell adds it with one call (:func:`add_language_menu`); the composition root
(desktop/app.py) finds the :class:`LanguageMenu` on the window and decides what a
choice does (save it, and switch or say when it takes effect).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from . import i18n


class LanguageMenu(QObject):
    """The submenu's actions; ``language_requested`` carries a code ("de")."""

    language_requested = Signal(str)

    def __init__(self, menu: QMenu, parent: QObject):
        super().__init__(parent)
        self.setObjectName("language_menu")
        self.menu = menu
        self.actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for code in i18n.LANGUAGES:
            action = QAction(i18n.NATIVE_NAMES[code], menu, checkable=True)
            action.setObjectName(f"action.language.{code}")
            action.triggered.connect(lambda _=False, c=code: self._chosen(c))
            group.addAction(action)
            menu.addAction(action)
            self.actions[code] = action
        self.show_current(i18n.current_language())

    def show_current(self, code: str) -> None:
        action = self.actions.get(code)
        if action is not None:
            action.setChecked(True)

    def _chosen(self, code: str) -> None:
        self.language_requested.emit(code)


def add_language_menu(window: QMainWindow, view_menu: QMenu) -> LanguageMenu:
    """Add View › Language to ``window``'s View menu."""
    menu = view_menu.addMenu(QCoreApplication.translate("LanguageMenu", "&Language"))
    menu.setObjectName("menu.language")
    return LanguageMenu(menu, window)


def language_menu_of(window: QObject) -> LanguageMenu | None:
    return window.findChild(LanguageMenu, "language_menu")
