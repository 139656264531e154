"""Axis ticks: as many decimals as the tick spacing needs, and both ends labelled.

pyqtgraph picks its own ticks and hides a label that would reach past the axis, so a
money axis often shows neither its $0 nor its maximum. The charts here set their ticks
from :func:`end_ticks` instead: whole steps from one end to the other, both ends
included, as many as the axis' length has room for.
"""

from __future__ import annotations

import math
from typing import Callable


def tick_decimals(spacing: float) -> int:
    return max(0, math.ceil(-math.log10(spacing))) if 0 < spacing < 1 else 0


def nice_step(span: float, ticks: int = 5) -> float:
    """A 1, 2 or 5 times a power of ten step that cuts ``span`` into about ``ticks`` parts."""
    raw = span / max(1, ticks)
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw * (1 - 1e-12))


def end_ticks(low: float, high: float, fmt: Callable[[float, float], str], length: float,
              widest: float) -> list[tuple[float, str]]:
    """Ticks from ``low`` to ``high`` (both labelled) on an axis ``length`` px long whose
    labels are up to ``widest`` px: a nice step, with room between the labels.

    An inner tick closer than half a step to an end is left out, so an end's label never
    crowds its neighbour.
    """
    if not high > low:
        return [(low, fmt(low, 1.0))]
    room = max(2, int(length / max(1.0, widest * 1.6)))
    step = nice_step(high - low, min(room, 6))
    first = math.ceil(low / step - 1e-9)
    inner = [k * step for k in range(first, first + int((high - low) / step) + 2)
             if low + step / 2 <= k * step <= high - step / 2]
    return [(v, fmt(v, step)) for v in (low, *inner, high)]
