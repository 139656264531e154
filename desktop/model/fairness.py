"""Bias audit arithmetic: the four-fifths rule, parity difference and a significance test.

Rates are percentages (0–100), as the sliders show them. Ratios and differences
are computed in exact rational arithmetic from the decimal values entered, so a
ratio that is exactly four-fifths (48 % vs 60 %) is never pushed below 0.80 by
binary floating point. Every function returns a finite number (or None where a
quantity is not defined) for any input, so no readout ever shows NaN.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class Band:
    """One verdict band of the impact ratio: applies from ``at_least`` upwards."""

    id: str
    label: str
    advice: str
    at_least: float


@dataclass(frozen=True)
class AuditRules:
    """The numbers and sentences an audit needs (read from content/bias.yaml).

    ``bands`` run from the highest ``at_least`` down to one starting at 0, so every
    ratio falls into exactly one band.
    """

    group_a: str
    group_b: str
    threshold: float
    bands: tuple[Band, ...]
    alpha: float
    significant: str
    not_significant: str
    not_defined: str
    #: Shown when the four-fifths rule and the test disagree ("" = say nothing).
    small_sample_note: str = ""
    large_sample_note: str = ""


@dataclass(frozen=True)
class ZTest:
    """A pooled two-proportion z-test; z is positive when B's proportion is higher."""

    z: float
    p_value: float


@dataclass(frozen=True)
class AuditResult:
    """Everything the bias audit page shows for one set of slider values."""

    rate_a: float
    rate_b: float
    accuracy: float
    n_a: int
    n_b: int
    impact_ratio: float
    #: Two decimals, or three where rounding would lift it onto a limit (0.797, not 0.80).
    ratio_text: str
    adverse_impact: bool
    disadvantaged: str | None  # "a", "b", or None when the rates are equal
    disadvantaged_name: str | None
    parity_difference: float  # B − A in percentage points
    band: Band
    selected_a: int
    selected_b: int
    z: float | None
    p_value: float | None
    significant: bool | None  # None when the test is not defined
    significance_text: str
    note: str  # why the rule and the test disagree, or ""
    threshold_rate: float  # percent: the four-fifths line for the chart

    @property
    def band_id(self) -> str:
        return self.band.id

    @property
    def band_label(self) -> str:
        return self.band.label

    @property
    def band_advice(self) -> str:
        return self.band.advice


# -- exact helpers ----------------------------------------------------------------------------

def _exact(value: float) -> Fraction:
    """The decimal the user entered (0.48 -> 12/25), not the binary float nearest to it."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    value = float(value)
    if not math.isfinite(value):
        return Fraction(0)
    return Fraction(repr(value))


def _rate(value: float) -> Fraction:
    """A percentage clamped to 0–100 (non-finite input counts as 0)."""
    return min(max(_exact(value), Fraction(0)), Fraction(100))


def _count(value: float) -> int:
    """A non-negative whole count (non-finite input counts as 0)."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return 0
    return int(value) if math.isfinite(value) and value > 0 else 0


def _ratio(rate_a: Fraction, rate_b: Fraction) -> Fraction:
    # The rule compares each group with the highest rate, so the ratio is lower/higher
    # whichever group that is; with no one selected anywhere there is no disparity.
    high = max(rate_a, rate_b)
    return min(rate_a, rate_b) / high if high > 0 else Fraction(1)


# -- public calculators -----------------------------------------------------------------------

def impact_ratio(rate_a: float, rate_b: float) -> float:
    """The lower selection rate over the higher one (1.0 when equal or both zero)."""
    return float(_ratio(_rate(rate_a), _rate(rate_b)))


def is_adverse_impact(rate_a: float, rate_b: float, threshold: float) -> bool:
    """True when the impact ratio is below ``threshold``; exactly at it is not adverse."""
    return _ratio(_rate(rate_a), _rate(rate_b)) < _exact(threshold)


def disadvantaged_group(rate_a: float, rate_b: float) -> str | None:
    """"a" or "b" for the group with the lower rate; None when the rates are equal."""
    a, b = _rate(rate_a), _rate(rate_b)
    if a == b:
        return None
    return "a" if a < b else "b"


def parity_difference(rate_a: float, rate_b: float) -> float:
    """Statistical parity difference B − A in percentage points (negative: B is lower)."""
    return float(_rate(rate_b) - _rate(rate_a))


def band_for(ratio: float, bands: tuple[Band, ...]) -> Band:
    """The first band (highest first) whose lower limit the ratio reaches."""
    return _band(_exact(ratio), bands)


def _band(ratio: Fraction, bands: tuple[Band, ...]) -> Band:
    for band in bands:
        if ratio >= _exact(band.at_least):
            return band
    return bands[-1]


def selected_count(rate: float, n: float) -> int:
    """How many of ``n`` applicants a ``rate`` percent approval selects (halves round up)."""
    return _selected(_rate(rate), _count(n))


def _selected(rate: Fraction, n: int) -> int:
    return math.floor(rate * n / 100 + Fraction(1, 2))


def two_proportion_test(x_a: int, n_a: int, x_b: int, n_b: int) -> ZTest | None:
    """Pooled two-proportion z-test with a two-sided p-value.

    None when it is not defined: an empty group, or a pooled proportion of 0 or 1
    (everyone or no one selected), where the standard error is zero.
    """
    n_a, n_b = _count(n_a), _count(n_b)
    if n_a == 0 or n_b == 0:
        return None
    x_a, x_b = min(_count(x_a), n_a), min(_count(x_b), n_b)
    pooled = (x_a + x_b) / (n_a + n_b)
    if pooled <= 0.0 or pooled >= 1.0:
        return None
    se = math.sqrt(pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b))
    z = (x_b / n_b - x_a / n_a) / se
    # erfc keeps its precision in the far tail, where 1 - erf would round to 0.
    return ZTest(z, math.erfc(abs(z) / math.sqrt(2.0)))


def format_p_value(p_value: float | None, not_defined: str) -> str:
    """A p-value as a readout: "< 0.001" for tiny values, three decimals otherwise."""
    if p_value is None:
        return not_defined
    return "< 0.001" if p_value < 0.001 else f"{p_value:.3f}"


def _decimals(value: Fraction, places: int, *, cut: bool = False) -> str:
    scaled = math.floor(value * 10 ** places + (0 if cut else Fraction(1, 2)))
    whole, part = divmod(scaled, 10 ** places)
    return f"{whole}.{part:0{places}d}"


def _ratio_text(ratio: Fraction, limits: tuple[Fraction, ...]) -> str:
    """Two decimals, unless rounding would lift the ratio onto a limit it is below.

    75/94 = 0.7979 must not read "0.80" beside a caution verdict, so it is cut to
    three decimals ("0.797") instead.
    """
    shown = _decimals(ratio, 2)
    if any(ratio < limit <= Fraction(shown) for limit in limits):
        return _decimals(ratio, 3, cut=True)
    return shown


def audit(rate_a: float, rate_b: float, accuracy: float, n_a: int, n_b: int,
          rules: AuditRules) -> AuditResult:
    """Run the whole audit for one set of slider values."""
    a, b = _rate(rate_a), _rate(rate_b)
    n_a, n_b = _count(n_a), _count(n_b)
    ratio = _ratio(a, b)
    adverse = ratio < _exact(rules.threshold)
    limits = (_exact(rules.threshold), *(_exact(b.at_least) for b in rules.bands))
    lower = None if a == b else ("a" if a < b else "b")
    names = {"a": rules.group_a, "b": rules.group_b}
    x_a, x_b = _selected(a, n_a), _selected(b, n_b)
    test = two_proportion_test(x_a, n_a, x_b, n_b)
    if test is None:
        significant, sentence, note = None, rules.not_defined, ""
    else:
        significant = test.p_value < rules.alpha
        sentence = rules.significant if significant else rules.not_significant
        if adverse and not significant:
            note = rules.small_sample_note
        elif significant and not adverse:
            note = rules.large_sample_note
        else:
            note = ""
    return AuditResult(
        rate_a=float(a), rate_b=float(b), accuracy=float(_rate(accuracy)), n_a=n_a, n_b=n_b,
        impact_ratio=float(ratio), ratio_text=_ratio_text(ratio, limits), adverse_impact=adverse,
        disadvantaged=lower, disadvantaged_name=names.get(lower) if lower else None,
        parity_difference=float(b - a), band=_band(ratio, rules.bands),
        selected_a=x_a, selected_b=x_b,
        z=test.z if test else None, p_value=test.p_value if test else None,
        significant=significant, significance_text=sentence, note=note,
        threshold_rate=float(_exact(rules.threshold) * max(a, b)),
    )
