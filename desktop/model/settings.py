"""Appearance settings that belong to the computer, not the learner (kept across resets)."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .persistence import LOAD_ERRORS, atomic_write, move_aside, parse_json, read_capped

MAX_BYTES = 64_000
log = logging.getLogger(__name__)

THEMES = ("system", "light", "dark", "high_contrast")
SYSTEM_THEMES = THEMES[1:]
MIN_SCALE, MAX_SCALE, SCALE_STEP = 1.0, 2.0, 0.1
#: A language code as View › Language saves it; which ones are shipped is the Qt layer's.
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}|pseudo")


@dataclass(frozen=True)
class AppSettings:
    theme: str = "system"
    text_scale: float = 1.0
    reduced_motion: bool | None = None  # None: follow the operating system
    #: The operating system's theme when last asked, for the first frame of the next start.
    system_theme: str = "light"
    #: The learner's choice under View › Language ("de"); None: the system's language.
    language: str | None = None

    def scaled(self, steps: int) -> "AppSettings":
        """Text one step larger (+1) or smaller (-1), within 100 %–200 %."""
        value = round(self.text_scale + steps * SCALE_STEP, 2)
        return replace(self, text_scale=min(MAX_SCALE, max(MIN_SCALE, value)))


def load_settings(path: Path) -> AppSettings:
    """Read settings; anything missing, unreadable or out of range falls back to defaults."""
    return read_settings(path)[0]


@dataclass(frozen=True)
class SetAside:
    """The settings file could not be used, so the defaults apply (the Qt layer words it:
    desktop/app.py ``settings_notice``). ``kept_as``: the name the old file was moved to,
    or "" when it could not be moved."""

    kept_as: str = ""


def read_settings(path: Path) -> tuple[AppSettings, SetAside | None]:
    """The settings, and what the learner is told if the file had to be set aside.

    A file that cannot be used at all is set aside first (see :func:`set_aside`), so
    the next save never replaces what could not be read.
    """
    path = Path(path)
    try:
        data = parse_json(read_capped(path, MAX_BYTES))
    except FileNotFoundError:
        return AppSettings(), None
    except LOAD_ERRORS as exc:
        return AppSettings(), set_aside(path, exc)
    if not isinstance(data, dict):
        return AppSettings(), set_aside(path, TypeError("not a JSON object"))
    known = {"theme", "text_scale", "reduced_motion", "system_theme", "language"}
    ignored = sorted(str(k) for k in data if k not in known)
    if ignored:
        log.warning("settings %s: %d unknown field(s) ignored: %s", path, len(ignored),
                    ", ".join(ignored[:10]))
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
    language = data.get("language")
    if isinstance(language, str) and LANGUAGE_CODE.fullmatch(language):
        out = replace(out, language=language)
    return out, None


def set_aside(path: Path, why: BaseException) -> SetAside:
    """Rename an unusable settings file to settings.corrupt-<time>.json (never deleted)."""
    log.warning("settings %s cannot be used (%s: %s); the defaults apply", path,
                type(why).__name__, str(why)[:200])
    target = move_aside(path)
    return SetAside(target.name if target is not None else "")


def save_settings(path: Path, settings: AppSettings) -> None:
    atomic_write(Path(path), json.dumps(asdict(settings), indent=1).encode("utf-8"))
