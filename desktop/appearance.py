"""Applies and remembers the appearance: theme (or the system's), text size, reduced motion."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from . import theme
from .model.settings import AppSettings, read_settings, save_settings


def system_theme(app: QApplication) -> str:
    """The operating system's choice: high contrast first, then dark or light."""
    from PySide6.QtCore import Qt  # its first use builds all of Qt's enums: ~35 ms

    hints = app.styleHints()
    accessibility = hints.accessibility() if hasattr(hints, "accessibility") else None
    if accessibility is not None and accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high_contrast"
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def system_reduced_motion() -> bool:
    # Qt reports the OS's "show animations" switch (Windows, macOS) as UI effects off.
    from PySide6.QtCore import Qt

    return not QApplication.isEffectEnabled(Qt.UIEffect.UI_General)


class Appearance(QObject):
    """Owns the AppSettings file and turns settings into the active Theme.

    "Follow the system" asks the operating system for its theme. For the window's
    first frame it may use the one the system had last time instead
    (``remembered_system``), because asking costs ~35 ms of Qt's enum set-up; the
    start-up calls :meth:`follow_system` right after that frame, which asks and
    corrects the theme in the rare case the system changed in between.
    """

    def __init__(self, app: QApplication, path: Path | None, override: str | None = None, *,
                 remembered_system: bool = False):
        super().__init__(app)
        self.app, self.path = app, path
        #: Set when the settings file had to be set aside (the app words it for the learner).
        self.settings, self.notice = read_settings(path) if path else (AppSettings(), None)
        self.override = override if override and override != "system" else None
        self._start_override = self.override
        #: A factor under the learner's text size: a kiosk's large screen seen from a step
        #: away (desktop.kiosk.style.kiosk_scale); 1.0 on a desk.
        self.base_scale = 1.0
        self._following = False
        if not remembered_system:
            self._follow()

    def follow_system(self) -> None:
        """Ask the operating system from now on, follow its changes, and apply."""
        if not self._following:
            self._follow()
            self.apply()

    def _follow(self) -> None:
        self._following = True
        hints = self.app.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    def release(self) -> None:
        """Stop following the system (a closed session)."""
        if self._following:
            hints = self.app.styleHints()
            hints.colorSchemeChanged.disconnect(self._on_system_changed)
            if hasattr(hints, "accessibility"):
                hints.accessibility().contrastPreferenceChanged.disconnect(self._on_system_changed)
            self._following = False
        self.setParent(None)

    @property
    def choice(self) -> str:
        return self.override or self.settings.theme

    def resolve(self) -> theme.Theme:
        if self.choice != "system":
            name = self.choice
        elif self._following:
            name = system_theme(self.app)
        else:
            name = self.settings.system_theme
        reduced = self.settings.reduced_motion
        if reduced is None:  # nothing moves in the first frame; asked once following
            reduced = system_reduced_motion() if self._following else False
        scale = self.settings.text_scale * self.base_scale
        # A visitor's Ctrl+Plus still ends at 200 %, or at the kiosk's own size if larger.
        return theme.Theme(name, round(min(scale, max(2.0, self.base_scale)), 2), reduced)

    def set_base_scale(self, factor: float) -> None:
        """Scale all text by ``factor`` under the learner's own size, and apply."""
        self.base_scale = factor
        self.apply()

    def apply(self) -> theme.Theme:
        wanted = self.resolve()
        if wanted != theme.current() or not self.app.styleSheet():
            theme.apply(self.app, wanted)
        if self._following and self.choice == "system" and wanted.name != self.settings.system_theme:
            self._save(replace(self.settings, system_theme=wanted.name))  # for the next first frame
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

    def restore_defaults(self) -> None:
        """The start's theme, 100 % text and the system's motion setting (a kiosk's next
        visitor must not inherit the last one's 200 % text or dark theme)."""
        self.override = self._start_override
        self._update(AppSettings(system_theme=self.settings.system_theme))

    def _update(self, settings: AppSettings) -> None:
        self._save(settings)
        self.apply()

    def _save(self, settings: AppSettings) -> None:
        self.settings = settings
        if self.path is not None:
            try:
                save_settings(self.path, settings)
            except OSError:
                pass  # appearance still changes for this run

    def _on_system_changed(self, *_: object) -> None:
        if self.choice == "system":
            self.apply()
