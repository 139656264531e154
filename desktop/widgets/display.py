"""Numbers as a learner reads them: the one place the slider parts format numbers.

Issue 22: numbers shown on screen follow the learner's locale. Every readout, tick and
label of the bias audit, the cost parts and the SHAP demo formats through these
functions, which write digits through ``model.costs.format_number``: the display
locale set there (``desktop.i18n``, QLocale) applies to them as to money. Arithmetic,
exports and the state keep plain floats.
"""

from __future__ import annotations

from ..model.costs import MINUS, Currency, format_number

_PLAIN = Currency()


def number(value: float, decimals: int | None = None) -> str:
    """``1,200``, ``12.5``; ``decimals=None`` drops trailing zeros (at most two places)."""
    value = float(value)
    if decimals is None:
        decimals = next(d for d in (0, 1, 2) if d == 2 or round(value, d) == round(value, 2))
    return format_number(value, _PLAIN, decimals).replace(MINUS, "-")


def signed(value: float, decimals: int = 2) -> str:
    """``+0.31``, ``−0.12`` (a real minus sign), ``0.00``: never "-0"."""
    rounded = round(float(value), decimals)
    text = number(abs(rounded), decimals)
    if rounded > 0:
        return f"+{text}"
    if rounded < 0:
        return f"{MINUS}{text}"
    return text


def percent(value: float, decimals: int = 1) -> str:
    """A value already in percent: ``48 %``, ``52.5 %`` (no-break space before the sign)."""
    return f"{number(round(float(value), decimals))}\u00a0%"


def share(value: float) -> str:
    """A probability as a whole percent, the SHAP demo's way: ``0.43`` -> ``43%``."""
    return f"{number(round(float(value) * 100))}%"
