"""Axis tick labels: as many decimals as the tick spacing needs, no more."""

from __future__ import annotations

import math


def tick_decimals(spacing: float) -> int:
    return max(0, math.ceil(-math.log10(spacing))) if 0 < spacing < 1 else 0
