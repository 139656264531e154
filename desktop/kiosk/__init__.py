"""Kiosk mode for a training-room touch screen (see docs/kiosk.md).

``--kiosk`` (or a kiosk.yaml) runs the course locked full screen: an attract
screen between visitors, an idle reset that leaves nothing of one visitor for the
next, 44 px touch targets, and a PIN-protected way out for the trainer.

The command line and settings parts load at once (the app's parser needs them);
the screens load only when kiosk mode is used, so a normal start does not wait.
"""

from typing import Any

from .cli import add_cli, kiosk_config_for, run_kiosk_command
from .config import KioskConfig, KioskConfigError, load_config

_LAZY = {
    "KioskController": "controller", "install_kiosk": "controller",
    "EXIT_ADMIN": "admin_panel", "EXIT_RESTART": "admin_panel",
    "EXIT_FATAL": "fatal", "enable_crash_log": "fatal", "exit_for_restart": "fatal",
}

__all__ = [
    "EXIT_ADMIN", "EXIT_FATAL", "EXIT_RESTART", "KioskConfig", "KioskConfigError",
    "KioskController", "add_cli", "enable_crash_log", "exit_for_restart", "install_kiosk",
    "kiosk_config_for", "load_config", "run_kiosk_command",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
