"""Applies and remembers the appearance: theme (or the system's), text size, reduced motion."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from . import theme
from .model.settings import AppSettings, load_settings, save_settings


def system_theme(app: QApplication) -> str:
    """The operating system's choice: high contrast first, then dark or light."""
    hints = app.styleHints()
    accessibility = hints.accessibility() if hasattr(hints, "accessibility") else None
    if accessibility is not None and accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high_contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def system_reduced_motion() -> bool:
    # Qt reports the OS's "show animations" switch (Windows, macOS) as UI effects off.
    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class Appearance(QObject):
    """Owns the AppSettings file and turns settings into the active Theme."""

    def __init__(self, app: QApplication, path: Path | None, override: str | None = None):
        super().__init__(app)
        self.app, self.path = app, path
        self.settings = load_settings(path) if path else AppSettings()
        self.override = override if override and override != "system" else None
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    @property
    def choice(self) -> str:
        return self.override or self.settings.theme

    def resolve(self) -> theme.Theme:
        name = self.choice if self.choice != "system" else system_theme(self.app)
        reduced = self.settings.reduced_motion
        if reduced is None:
            reduced = system_reduced_motion()
        return theme.Theme(name, self.settings.text_scale, reduced)

    def apply(self) -> theme.Theme:
        wanted = self.resolve()
        if wanted != theme.current() or not self.app.styleSheet():
            theme.apply(self.app, wanted)
        return wanted

    # -- changes from the View menu ----------------------------------------------------
    def set_theme(self, choice: str) -> None:
        self.override = None
        self._update(replace(self.settings, theme=choice))

    def step_text_scale(self, step: int) -> None:
        settings = self.settings.scaled(step) if step else replace(self.settings, text_scale=1.0)
        self._update(settings)

    def set_reduced_motion(self, on: bool) -> None:
        self._update(replace(self.settings, reduced_motion=on))

    def _update(self, settings: AppSettings) -> None:
        self.settings = settings
        if self.path is not None:
            try:
                save_settings(self.path, settings)
            except OSError:
                pass  # appearance still changes for this run
        self.apply()

    def _on_system_changed(self, *_: object) -> None:
        if self.choice == "system":
            self.apply()
