"""Kiosk mode for a training-room touch screen (see docs/kiosk.md).

``--kiosk`` (or a kiosk.yaml) runs the course locked full screen: an attract
screen between visitors, an idle reset that leaves nothing of one visitor for the
next, 44 px touch targets, and a PIN-protected way out for the trainer.

Only the command-line options load at once (the app's parser needs them); the
settings and the screens load when they are used, so a learner's start does not wait.
"""

from typing import Any

from .options import add_cli, kiosk_requested

_LAZY = {
    "kiosk_config_for": "cli", "run_kiosk_command": "cli",
    "KioskConfig": "config", "KioskConfigError": "config", "load_config": "config",
    "KioskController": "controller", "install_kiosk": "controller",
    "EXIT_ADMIN": "admin_panel", "EXIT_RESTART": "admin_panel",
    "EXIT_FATAL": "fatal", "enable_crash_log": "fatal", "exit_for_restart": "fatal",
}

__all__ = [
    "EXIT_ADMIN", "EXIT_FATAL", "EXIT_RESTART", "KioskConfig", "KioskConfigError",
    "KioskController", "add_cli", "enable_crash_log", "exit_for_restart", "install_kiosk",
    "kiosk_config_for", "kiosk_requested", "load_config", "run_kiosk_command",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
