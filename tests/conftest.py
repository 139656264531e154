"""Test set-up shared by every test: offscreen Qt, and helpers to build the app."""

import os

# GUI tests never need a screen: the tests themselves choose the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
