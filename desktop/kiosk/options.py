"""The app's kiosk options, and whether a run is a kiosk, without loading the kiosk code.

The app's parser needs ``--kiosk`` and ``--kiosk-config``, and the start-up needs to know
whether to paint a learner's window first; both before anything heavy is imported.
"""

from __future__ import annotations

import argparse
from pathlib import Path

CONFIG_NAME = "kiosk.yaml"


def add_cli(parser: argparse.ArgumentParser) -> None:
    """Add ``--kiosk`` and ``--kiosk-config FILE`` to the app's parser."""
    group = parser.add_argument_group("kiosk mode (training-room touch screen; see docs/kiosk.md)")
    group.add_argument("--kiosk", action="store_true",
                       help="run locked full screen with an attract screen and idle reset")
    group.add_argument("--kiosk-config", metavar="FILE", type=Path,
                       help=f"kiosk settings (YAML); default: {CONFIG_NAME} in the data folder, "
                            "whose presence also starts kiosk mode")


def kiosk_requested(args: argparse.Namespace, data_dir: Path) -> bool:
    """True if this run may be a kiosk: ``--kiosk``, ``--kiosk-config`` or a kiosk.yaml in
    the data folder (which may still say ``enabled: false``; ``kiosk_config_for`` decides)."""
    if getattr(args, "kiosk", False) or getattr(args, "kiosk_config", None):
        return True
    return (Path(data_dir) / CONFIG_NAME).is_file()
