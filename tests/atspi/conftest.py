"""The AT-SPI tests need a few system packages; without them they skip and say which."""

from __future__ import annotations

import sys

import pytest

from .harness import Desktop, missing_packages


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    if not sys.platform.startswith("linux"):
        pytest.skip("AT-SPI is the Linux accessibility bus")
    missing = missing_packages()
    if missing:
        pytest.skip("AT-SPI test needs the system packages: " + ", ".join(missing))
    desk = Desktop(tmp_path_factory.mktemp("atspi") / "data").start()
    try:
        desk.launch()
        yield desk
    finally:
        desk.stop()
