"""Kiosk settings: a YAML file, its keys and defaults, and writing the PIN hash into it.

The file is ``--kiosk-config FILE``, else ``<data folder>/kiosk.yaml``, else the
defaults below. Every key is optional and documented in docs/kiosk.md. A wrong
value is reported as ``<file>:<line>: <what is wrong>``, like the course content.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields
from pathlib import Path

from ..content.reader import ContentError, Problem, Reader, parse_yaml
from .counters import write_atomic
from .options import CONFIG_NAME
from .pin import ALGORITHM, PinRecord

COUNTERS_NAME = "kiosk-counters.json"
PIN_GUARD_NAME = "kiosk-pin-lockout.json"
CORNERS = ("top_left", "top_right", "bottom_left", "bottom_right")


@dataclass(frozen=True)
class KioskConfig:
    """How the kiosk behaves; the defaults are a first start's (see docs/kiosk.md)."""

    enabled: bool = True
    fullscreen: bool = True
    always_on_top: bool = True
    hide_cursor: bool = False
    idle_seconds: float = 90.0
    countdown_seconds: float = 30.0
    reduced_motion: bool = False
    touch_target_px: int = 44
    kinetic_scrolling: bool = True
    admin_corner: str = "top_left"
    admin_corner_px: int = 80
    admin_hold_seconds: float = 5.0
    pin_attempts: int = 5
    pin_lockout_seconds: float = 30.0
    keep_counters: bool = True
    attract_title: str = ""
    attract_subtitle: str = ""
    attract_text: str = "Touch to start"
    idle_title: str = "Still there?"
    idle_text: str = ("Nobody has touched the screen for a while. When the time runs out, "
                      "this session ends and the course starts again for the next visitor.")
    continue_text: str = "Continue"
    #: The attract screen's language buttons (i18n-ui's key, issue 22): codes as in
    #: desktop/i18n.py; none or one: no buttons, the kiosk shows the system's language.
    languages: tuple[str, ...] = ()
    pin: PinRecord | None = None
    #: Where the settings came from ("" for the built-in defaults); not a key of the file.
    source: str = ""


#: Keys of the file: (minimum, maximum) for numbers, the allowed values for choices.
LIMITS: dict[str, tuple[float, float]] = {
    "idle_seconds": (10, 86_400), "countdown_seconds": (20, 600), "touch_target_px": (44, 160),
    "admin_corner_px": (40, 400), "admin_hold_seconds": (2, 60), "pin_attempts": (3, 20),
    "pin_lockout_seconds": (10, 3_600),
}
INTEGER_KEYS = ("touch_target_px", "admin_corner_px", "pin_attempts")
EMPTY_ALLOWED = ("attract_title", "attract_subtitle")
FILE_KEYS = tuple(f.name for f in fields(KioskConfig) if f.name != "source") + ("schema",)


class KioskConfigError(Exception):
    """The kiosk settings file has problems (each names the file and line)."""

    def __init__(self, problems: list[Problem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def config_path(path: Path | None, data_dir: Path) -> Path:
    """The file the settings come from (it may not exist)."""
    return Path(path) if path else Path(data_dir) / CONFIG_NAME


def load_config(path: Path | None, data_dir: Path) -> KioskConfig:
    """Settings from ``path``, else ``<data_dir>/kiosk.yaml``, else the defaults.

    Raises KioskConfigError when a named file is missing or a file has problems.
    """
    file = config_path(path, data_dir)
    if path is None and not file.is_file():
        return KioskConfig()
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise KioskConfigError([Problem(str(file), 1, "file is missing")]) from None
    except OSError as exc:
        raise KioskConfigError([Problem(str(file), 1, f"cannot read file: {exc.strerror}")]) from None
    return parse_config(data, str(file))


def parse_config(data: bytes | str, name: str) -> KioskConfig:
    """Settings from the text of a kiosk file (``name`` is used in messages)."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return KioskConfig(source=name)  # only comments: every key at its default
    try:
        r = parse_yaml(data, name)
    except ContentError as exc:
        raise KioskConfigError(exc.problems) from None
    if not r.is_mapping():
        raise KioskConfigError([Problem(name, r.line, "expected 'key: value' lines")])
    config = _read(r, name)
    if r.problems:
        raise KioskConfigError(r.problems)
    return config


def _read(r: Reader, name: str) -> KioskConfig:
    for key in r.keys():
        if key not in FILE_KEYS:
            near = difflib.get_close_matches(key, FILE_KEYS, n=1)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            r.problem(f"unknown key '{key}'{hint}", r.line_of(key))
    if r.has("schema"):
        r.integer("schema", minimum=1, maximum=1)
    defaults = KioskConfig()
    values: dict[str, object] = {}
    for f in fields(KioskConfig):
        key, default = f.name, getattr(defaults, f.name)
        if key in ("pin", "source") or not r.has(key):
            continue
        if isinstance(default, bool):
            values[key] = r.boolean(key, default)
        elif key in LIMITS:
            low, high = LIMITS[key]
            values[key] = (r.integer(key, default, minimum=low, maximum=high) if key in INTEGER_KEYS
                           else float(r.number(key, default, minimum=low, maximum=high)))
        elif key == "admin_corner":
            values[key] = r.choice(key, CORNERS, default)
        elif key == "languages":
            values[key] = _read_languages(r)
        else:
            values[key] = r.text(key, default, allow_empty=key in EMPTY_ALLOWED)
    if r.has("pin"):
        values["pin"] = _read_pin(r)
    return KioskConfig(**values, source=name)  # type: ignore[arg-type]


def _read_languages(r: Reader) -> tuple[str, ...]:
    from ..i18n import LANGUAGES

    codes = r.text_list("languages")
    for code in codes:
        if code not in LANGUAGES:
            r.problem(f"unknown language '{code}' in 'languages' (shipped: {', '.join(LANGUAGES)})",
                      r.line_of("languages"))
    return tuple(dict.fromkeys(codes))


def _read_pin(r: Reader) -> PinRecord | None:
    before = len(r.problems)
    sub = r.child("pin")
    if len(r.problems) > before:
        # Never repeat the value: it may be a PIN someone typed in clear text.
        del r.problems[before:]
        r.problem("'pin' must be the salted hash written by 'python -m desktop kiosk set-pin'; "
                  "a PIN in clear text is not accepted", r.line_of("pin"))
        return None
    sub.choice("algorithm", (ALGORITHM,))
    n = sub.integer("n", minimum=2 ** 10, maximum=2 ** 20)
    block = sub.integer("r", minimum=1, maximum=32)
    par = sub.integer("p", minimum=1, maximum=16)
    if n & (n - 1):
        sub.problem(f"'n' must be a power of two, found {n}", sub.line_of("n"))
    if 128 * n * block > 256 * 1024 * 1024:
        sub.problem("n × r asks scrypt for more than 256 MB; use the values set-pin writes",
                    sub.line_of("r"))
    salt, digest = _hex(sub, "salt", 16), _hex(sub, "hash", 16)
    if len(r.problems) > before:
        return None
    return PinRecord(salt=salt, hash=digest, n=n, r=block, p=par)


def _hex(r: Reader, key: str, min_bytes: int) -> bytes:
    value = r.text(key)
    try:
        raw = bytes.fromhex(value)
    except ValueError:
        r.problem(f"'{key}' must be hexadecimal digits", r.line_of(key))
        return b""
    if len(raw) < min_bytes:
        r.problem(f"'{key}' is too short (at least {min_bytes * 2} hex digits)", r.line_of(key))
    return raw


# -- writing the PIN ----------------------------------------------------------------------
NEW_FILE_HEADER = """\
# Kiosk settings for the course app (every key and its default: docs/kiosk.md).
# Change the PIN only with:  python -m desktop kiosk set-pin
schema: 1
"""


def pin_block(record: PinRecord) -> list[str]:
    """The YAML lines for ``record`` (hex in quotes: all-digit hex would read as a number)."""
    return [
        "pin:  # a salted scrypt hash written by 'python -m desktop kiosk set-pin'; never the PIN",
        f"  algorithm: {record.algorithm}",
        f"  n: {record.n}",
        f"  r: {record.r}",
        f"  p: {record.p}",
        f'  salt: "{record.salt.hex()}"',
        f'  hash: "{record.hash.hex()}"',
    ]


def with_pin(text: str, record: PinRecord) -> str:
    """``text`` with its top-level ``pin:`` block replaced (or added); comments are kept."""
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if re.match(r"pin\s*:", line)), None)
    if start is None:
        if lines and lines[-1].strip():
            lines.append("")
        lines += pin_block(record)
    else:
        end = start + 1
        last = start
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t")):
            if lines[end].strip():
                last = end
            end += 1
        lines[start:last + 1] = pin_block(record)
    return "\n".join(lines) + "\n"


def with_enabled(text: str, enabled: bool) -> str:
    """``text`` with its top-level ``enabled:`` line set (added after the others if absent)."""
    line = f"enabled: {str(enabled).lower()}"
    lines = text.splitlines()
    at = next((i for i, old in enumerate(lines) if re.match(r"enabled\s*:", old)), None)
    if at is None:
        lines.append(line)
    else:
        lines[at] = line
    return "\n".join(lines) + "\n"


def save_pin(file: Path, record: PinRecord, enabled: bool | None = None) -> None:
    """Write ``record`` into the settings file atomically, keeping everything else in it,
    and set ``enabled:`` when ``enabled`` is given (None leaves the file's choice alone).

    Raises KioskConfigError if the file (before or after) is not valid, so a broken
    file is never made worse.
    """
    exists = file.is_file()
    old = file.read_text("utf-8") if exists else NEW_FILE_HEADER
    if exists:
        parse_config(old, str(file))  # refuse to touch a file the app would reject
    new = with_pin(old if enabled is None else with_enabled(old, enabled), record)
    config = parse_config(new, str(file))
    if config.pin != record:
        raise KioskConfigError([Problem(str(file), 1, "could not place the PIN in this file")])
    # Owner-only, also when the file existed with wider rights: it holds the PIN's hash.
    write_atomic(file, new, mode=0o600)
