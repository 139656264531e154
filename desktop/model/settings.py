"""Appearance settings that belong to the computer, not the learner (kept across resets)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .persistence import atomic_write

THEMES = ("system", "light", "dark", "high_contrast")
SYSTEM_THEMES = THEMES[1:]
MIN_SCALE, MAX_SCALE, SCALE_STEP = 1.0, 2.0, 0.1


@dataclass(frozen=True)
class AppSettings:
    theme: str = "system"
    text_scale: float = 1.0
    reduced_motion: bool | None = None  # None: follow the operating system
    #: The operating system's theme when last asked, for the first frame of the next start.
    system_theme: str = "light"

    def scaled(self, steps: int) -> "AppSettings":
        """Text one step larger (+1) or smaller (-1), within 100 %–200 %."""
        value = round(self.text_scale + steps * SCALE_STEP, 2)
        return replace(self, text_scale=min(MAX_SCALE, max(MIN_SCALE, value)))


def load_settings(path: Path) -> AppSettings:
    """Read settings; anything missing, unreadable or out of range falls back to defaults."""
    try:
        data = json.loads(Path(path).read_text("utf-8"))
    except (OSError, ValueError):
        return AppSettings()
    if not isinstance(data, dict):
        return AppSettings()
    out = AppSettings()
    if data.get("theme") in THEMES:
        out = replace(out, theme=data["theme"])
    scale = data.get("text_scale")
    if isinstance(scale, (int, float)) and not isinstance(scale, bool) and MIN_SCALE <= scale <= MAX_SCALE:
        out = replace(out, text_scale=float(scale))
    if data.get("system_theme") in SYSTEM_THEMES:
        out = replace(out, system_theme=data["system_theme"])
    if data.get("reduced_motion") in (True, False, None):
        out = replace(out, reduced_motion=data.get("reduced_motion"))
    return out


def save_settings(path: Path, settings: AppSettings) -> None:
    atomic_write(Path(path), json.dumps(asdict(settings), indent=1).encode("utf-8"))
