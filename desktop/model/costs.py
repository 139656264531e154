"""ML cost and ROI arithmetic: annual cost lines, savings levers, ROI and sensitivity.

Rates, ranges and texts come from content/costs.yaml; this module holds only the
formulas. Every amount is per year in the content's currency:

- GPU compute = GPU hours a month × rate × 12
- storage     = TB × rate per TB-month × 12
- inference   = thousand calls a month × 1000 × rate per call × 12
- team        = FTE × fully loaded cost per FTE-year
- value       = value_k × 1000
- set-up      = setup_k × 1000, once (not a yearly line)

Levers: each enabled lever multiplies the one cost line it acts on by a factor
(1 − percent / 100). This is exact for all three, because every line is linear in
its driver and rate: spot pays the spot rate instead of the on-demand rate
(factor spot / on-demand), compression cuts inference cost, caching cuts inference
calls. Two levers on one line combine multiplicatively, never additively.

ROI, payback, the "where the money is" sentence and the sensitivity chart use the
annual cost after the enabled levers (the same as the total when none is on).

Payback is the month in which cumulative value first exceeds cumulative cost,
counting the one-time set-up cost and the running cost month by month. Costs
recur every year, so a project whose yearly value does not exceed its yearly cost
never pays back; that happens exactly where the sensitivity chart's net ROI is at
or below zero, so the chart's break-even point and the payback always agree.

Every function returns finite numbers, or None where a quantity is not defined
(ROI % with no cost, payback that never comes), for any non-negative finite input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Context, Decimal
from itertools import permutations
from string import Formatter
from typing import Any, Iterable, Mapping, Protocol, Sequence

#: The cost lines, in display order.
LINE_IDS = ("gpu", "storage", "inference", "team")
#: The inputs (CostState field names); calls_k and value_k are in thousands.
DRIVER_IDS = ("gpu_hours", "storage_tb", "calls_k", "team_fte", "value_k", "setup_k")
#: The savings levers (CostState boolean field names).
LEVER_IDS = ("spot", "compression", "caching")

MONTHS = 12
#: calls_k and value_k count thousands (the state's field names say so).
THOUSAND = 1000

#: U+2212, the typographic minus: it has the width of "+" so amounts line up, and
#: it cannot be mistaken for a hyphen or a dash.
MINUS = "\u2212"
NO_BREAK_SPACE = "\u00a0"

#: Placeholders the "where the money is" templates may use.
MONEY_PLACEHOLDERS = ("line", "amount", "share", "total", "lever_share")


# -- inputs and settings -------------------------------------------------------------

@dataclass(frozen=True)
class Currency:
    """How money and numbers are written (symbol, placement, separators).

    ``symbol_space`` puts a no-break space between symbol and amount ("1.200 €");
    ``percent_space`` one before the percent sign ("70 %").
    """

    symbol: str = "$"
    code: str = "USD"
    symbol_position: str = "before"  # "before" or "after" the amount
    symbol_space: bool = False
    thousands_separator: str = ","
    decimal_separator: str = "."
    percent_space: bool = False


@dataclass(frozen=True)
class CostRates:
    """Prices per unit: GPU hour (on demand and spot), TB-month, call, FTE-year."""

    gpu_hour: float
    gpu_hour_spot: float
    storage_tb_month: float
    per_call: float
    fte_year: float


@dataclass(frozen=True)
class Lever:
    """A savings lever: cuts the cost line ``line`` by ``percent`` when enabled."""

    id: str
    line: str
    percent: float

    @property
    def factor(self) -> float:
        """The share of the line's cost that remains when the lever is on."""
        return 1.0 - self.percent / 100.0


def spot_percent(rates: CostRates) -> float:
    """How much cheaper a spot GPU hour is than an on-demand one, in percent."""
    if rates.gpu_hour <= 0:
        return 0.0
    # A spot rate above on-demand saves nothing (content validation says so); a tiny
    # on-demand rate must not turn the ratio into infinity.
    return max(0.0, min(100.0, 100.0 * (1.0 - rates.gpu_hour_spot / rates.gpu_hour)))


@dataclass(frozen=True)
class CostInputs:
    """One set of slider values and the ids of the enabled levers."""

    gpu_hours: float = 0.0
    storage_tb: float = 0.0
    calls_k: float = 0.0
    team_fte: float = 0.0
    value_k: float = 0.0
    setup_k: float = 0.0
    levers: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # A NaN or negative slider is a bug upstream; refusing it here keeps every
        # readout finite instead of silently showing nonsense.
        for name in DRIVER_IDS:
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{name} must be a number, got {value!r}")
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be finite and not negative, got {value!r}")
        object.__setattr__(self, "levers", frozenset(self.levers))

    @classmethod
    def from_state(cls, state: Any) -> "CostInputs":
        """Read a CostState (or anything with its field names)."""
        return cls(*(float(getattr(state, name)) for name in DRIVER_IDS),
                   levers=frozenset(i for i in LEVER_IDS if getattr(state, i)))

    def with_value(self, driver: str, value: float) -> "CostInputs":
        return replace(self, **{driver: float(value)})


# -- results -------------------------------------------------------------------------

@dataclass(frozen=True)
class CostLine:
    """One annual cost line before and after the enabled levers."""

    id: str
    before: float
    after: float

    @property
    def saving(self) -> float:
        return self.before - self.after


@dataclass(frozen=True)
class LeverSaving:
    """What one lever saves a year.

    ``saving`` is the lever's share of the total saving of the enabled levers (0 when
    it is off); the shares add up to the total saving. ``alone`` is what it would
    save if it were the only lever on.
    """

    id: str
    enabled: bool
    saving: float
    alone: float


@dataclass(frozen=True)
class Roi:
    """Return on the annual cost, and when the project pays back.

    ``percent`` is None when the cost is 0 (shown as "n/a"). ``payback_months`` is
    the exact time, in months, at which cumulative value catches up with the
    set-up cost plus the running cost (12 × setup / (value − cost));
    ``payback_month`` is the month in which cumulative value first exceeds
    cumulative cost. Both are None when the yearly value does not exceed the
    yearly cost: then the project never pays back.
    """

    value: float
    cost: float
    net: float
    percent: float | None
    payback_months: float | None
    setup: float = 0.0
    payback_month: int | None = None

    @property
    def is_loss(self) -> bool:
        return self.net < 0

    @property
    def first_year_net(self) -> float:
        return self.net - self.setup


@dataclass(frozen=True)
class CostResult:
    """Everything the calculator shows for one set of inputs."""

    lines: tuple[CostLine, ...]  # in LINE_IDS order
    total: float  # before levers
    optimized_total: float  # after the enabled levers
    saving: float  # total − optimized_total
    reduction_percent: float  # saving as a percentage of total (0 when total is 0)
    levers: tuple[LeverSaving, ...]
    roi: Roi  # on optimized_total
    dominant: str | None  # the largest line after levers; None when every line is 0

    def line(self, line_id: str) -> CostLine:
        return next(x for x in self.lines if x.id == line_id)

    def lever(self, lever_id: str) -> LeverSaving:
        return next(x for x in self.levers if x.id == lever_id)


@dataclass(frozen=True)
class BreakEven:
    """Where net ROI is exactly zero: driver value ``x``, annual cost there ``cost``."""

    x: float
    cost: float


@dataclass(frozen=True)
class Sensitivity:
    """Annual cost and net ROI across one driver's range, with levers as enabled."""

    driver: str
    xs: tuple[float, ...]
    costs: tuple[float, ...]
    net_roi: tuple[float, ...]
    current: float
    current_cost: float
    current_net: float
    break_even: BreakEven | None  # None when net ROI does not cross zero in range


# -- calculation ---------------------------------------------------------------------

def annual_lines(inputs: CostInputs, rates: CostRates) -> dict[str, float]:
    """Each cost line per year, before levers."""
    return _lines({d: getattr(inputs, d) for d in DRIVER_IDS}, rates)


def _lines(values: Mapping[str, float], rates: CostRates) -> dict[str, float]:
    return {
        "gpu": values["gpu_hours"] * rates.gpu_hour * MONTHS,
        "storage": values["storage_tb"] * rates.storage_tb_month * MONTHS,
        "inference": values["calls_k"] * THOUSAND * rates.per_call * MONTHS,
        "team": values["team_fte"] * rates.fte_year,
    }


def apply_levers(lines: Mapping[str, float], levers: Sequence[Lever],
                 enabled: Iterable[str]) -> dict[str, float]:
    """The lines after the enabled levers (levers on one line multiply)."""
    on = set(enabled)
    out = dict(lines)
    for lever in levers:
        if lever.id in on:
            out[lever.line] *= lever.factor
    return out


def _saved(lines: Mapping[str, float], levers: Sequence[Lever], enabled: Iterable[str]) -> float:
    after = apply_levers(lines, levers, enabled)
    # Summed per line so that small savings are not lost next to big totals.
    return sum(lines[k] - after[k] for k in lines)


def lever_savings(lines: Mapping[str, float], levers: Sequence[Lever],
                  enabled: Iterable[str]) -> tuple[LeverSaving, ...]:
    """Each lever's yearly saving; the enabled levers' savings add up to the total saving.

    When two levers act on one line they overlap (70 % then 50 % off saves 85 %,
    not 120 %), so "what each saves" needs a rule. Each lever gets its average
    marginal saving over every order in which the enabled levers could be switched
    on (the Shapley value): a lever alone on its line keeps its whole saving, and
    two levers on one line split their overlap equally. The result does not depend
    on the order of the levers in the content file.
    """
    wanted = set(enabled)
    on = [lv.id for lv in levers if lv.id in wanted]
    share = {i: 0.0 for i in on}
    orders = list(permutations(on))
    for order in orders:
        done: list[str] = []
        before = 0.0
        for lever_id in order:
            done.append(lever_id)
            now = _saved(lines, levers, done)
            share[lever_id] += now - before
            before = now
    out = []
    for lever in levers:
        alone = _saved(lines, levers, [lever.id])
        saving = share[lever.id] / len(orders) if lever.id in share else 0.0
        out.append(LeverSaving(lever.id, lever.id in share, saving, alone))
    return tuple(out)


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


def roi(value: float, cost: float, setup: float = 0.0) -> Roi:
    """Net ROI, ROI % and payback for a yearly value, a yearly cost and a one-time set-up."""
    net = value - cost
    percent = _finite_or_none(net / cost * 100.0) if cost > 0 else None
    months = month = None
    if net > 0:
        # setup × 12 / net, not setup / (net / 12): a tiny net / 12 can underflow to 0.
        months = _finite_or_none(setup * MONTHS / net)
        if months is not None:
            # Cumulative value passes cumulative cost strictly after `months`: in that
            # month, or in the first month when there is nothing to recover.
            month = math.floor(months) + 1
    return Roi(value, cost, net, percent, months, setup, month)


def _dominant(lines: Mapping[str, float]) -> str | None:
    best = max(LINE_IDS, key=lambda k: lines[k])  # ties: the first in display order
    return best if lines[best] > 0 else None


def calculate(inputs: CostInputs, rates: CostRates, levers: Sequence[Lever]) -> CostResult:
    """The annual breakdown, levers, ROI and dominant line for one set of inputs."""
    before = annual_lines(inputs, rates)
    after = apply_levers(before, levers, inputs.levers)
    total = sum(before.values())
    optimized = sum(after.values())
    savings = lever_savings(before, levers, inputs.levers)
    saving = total - optimized
    reduction = saving / total * 100.0 if total > 0 else 0.0
    return CostResult(
        lines=tuple(CostLine(k, before[k], after[k]) for k in LINE_IDS),
        total=total,
        optimized_total=optimized,
        saving=saving,
        reduction_percent=reduction,
        levers=savings,
        roi=roi(inputs.value_k * THOUSAND, optimized, inputs.setup_k * THOUSAND),
        dominant=_dominant(after),
    )


def _cost_and_net(values: Mapping[str, float], rates: CostRates,
                  factors: Mapping[str, float]) -> tuple[float, float]:
    """Cost after levers and net ROI; ``factors`` is what remains of each line."""
    cost = sum(amount * factors[k] for k, amount in _lines(values, rates).items())
    return cost, values["value_k"] * THOUSAND - cost


def sensitivity(inputs: CostInputs, rates: CostRates, levers: Sequence[Lever], driver: str,
                low: float, high: float, points: int = 51) -> Sensitivity:
    """Annual cost and net ROI at ``points`` evenly spaced values of ``driver``.

    The break-even point is solved, not sampled: with the other inputs fixed, cost
    and net ROI are linear in any one driver, so net ROI through its values at the
    two ends of the range has exactly one zero unless it is flat. A flat net ROI
    (the driver does not change it) has no break-even point, even when it is 0.
    """
    if driver not in DRIVER_IDS:
        raise ValueError(f"unknown driver {driver!r}")
    if points < 2 or not low < high:
        raise ValueError("need at least 2 points and low < high")
    factors = apply_levers(dict.fromkeys(LINE_IDS, 1.0), levers, inputs.levers)
    values = {d: float(getattr(inputs, d)) for d in DRIVER_IDS}

    def at(x: float) -> tuple[float, float]:
        return _cost_and_net({**values, driver: x}, rates, factors)

    xs = tuple(low + (high - low) * i / (points - 1) for i in range(points))
    pairs = [at(x) for x in xs]
    current = values[driver]
    current_cost, current_net = _cost_and_net(values, rates, factors)
    net_low, net_high = pairs[0][1], pairs[-1][1]
    crossing = None
    if net_low != net_high and min(net_low, net_high) <= 0 <= max(net_low, net_high):
        x = low + (high - low) * net_low / (net_low - net_high)
        x = min(max(x, low), high)  # rounding must not push it off the chart
        crossing = BreakEven(x, at(x)[0])
    return Sensitivity(driver, xs, tuple(c for c, _ in pairs), tuple(n for _, n in pairs),
                       current, current_cost, current_net, crossing)


# -- the sentence under the breakdown ------------------------------------------------

@dataclass(frozen=True)
class MoneySentence:
    """Templates for "where the money is" (placeholders: MONEY_PLACEHOLDERS).

    ``main`` names the largest line; then ``levers_minor`` follows when the lines the
    levers act on are less than ``minor_below_percent`` of the cost, else
    ``levers_major``. ``empty`` is used when every line is 0.
    """

    main: str
    levers_minor: str
    levers_major: str
    minor_below_percent: float
    empty: str


def template_problems(template: str, allowed: Sequence[str]) -> list[str]:
    """What is wrong with a ``{name}`` template (unknown names, formats, bad braces)."""
    try:
        fields = [(name, spec, conv) for _, name, spec, conv in Formatter().parse(template)
                  if name is not None]
    except ValueError as exc:
        return [f"template is malformed: {exc}"]
    out = []
    for name, spec, conv in fields:
        if name not in allowed:
            out.append(f"unknown placeholder '{{{name}}}' (allowed: "
                       + ", ".join(f"{{{a}}}" for a in allowed) + ")")
        elif spec or conv:
            out.append(f"placeholder '{{{name}}}' must not carry a format")
    return out


def where_the_money_is(result: CostResult, sentence: MoneySentence, line_labels: Mapping[str, str],
                       levers: Sequence[Lever], currency: Currency) -> str:
    """One or two sentences on which line holds the money and what the levers can reach."""
    if result.dominant is None or result.optimized_total <= 0:
        return sentence.empty
    total = result.optimized_total
    dominant = result.line(result.dominant)
    targets = {lv.line for lv in levers}
    reachable = sum(x.after for x in result.lines if x.id in targets)
    lever_share = reachable / total * 100.0
    values = {
        "line": line_labels.get(dominant.id, dominant.id),
        "amount": format_money(dominant.after, currency),
        "share": format_percent(dominant.after / total * 100.0, currency),
        "total": format_money(total, currency),
        "lever_share": format_percent(lever_share, currency),
    }
    follow = (sentence.levers_minor if lever_share < sentence.minor_below_percent
              else sentence.levers_major)
    return " ".join(t.format(**values) for t in (sentence.main, follow) if t)


# -- formatting ----------------------------------------------------------------------

def _rounded(value: float, decimals: int) -> Decimal:
    # Half away from zero, as people round money; Python's round() rounds half to even.
    # The context is wide enough for any float, so huge values never raise.
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP,
                                         context=_WIDE)


_WIDE = Context(prec=400)


class DisplayLocale(Protocol):
    """How the learner's language writes numbers (desktop/i18n.py gives one over QLocale)."""

    def digits(self, amount: float, decimals: int) -> str: ...
    def money(self, digits: str, symbol: str) -> str: ...
    def percent(self, digits: str) -> str: ...


#: None: the separators the course's currency defines (the source language's way).
_display: DisplayLocale | None = None


def use_display_locale(locale: DisplayLocale | None) -> None:
    """Format every number shown from now on as ``locale`` writes it. Only what is shown:
    the arithmetic, the CSV and the records never format through this module."""
    global _display
    _display = locale


def format_number(value: float | None, currency: Currency, decimals: int = 0, *,
                  signed: bool = False, not_available: str = "n/a") -> str:
    """A number with the currency's separators and U+2212 for negatives.

    None (and, defensively, inf or NaN) becomes ``not_available``. A value that
    rounds to zero has no sign. ``signed`` adds "+" to positive values.
    """
    if value is None or not math.isfinite(value):
        return not_available
    amount = _rounded(value, max(0, decimals))
    sign = MINUS if amount < 0 else ("+" if signed and amount > 0 else "")
    if _display is not None:
        return sign + _display.digits(float(abs(amount)), max(0, decimals))
    whole, _, fraction = f"{abs(amount):f}".partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    text = currency.thousands_separator.join(groups)
    if fraction:
        text += currency.decimal_separator + fraction
    return sign + text


def format_money(amount: float | None, currency: Currency, decimals: int = 0, *,
                 signed: bool = False, not_available: str = "n/a") -> str:
    """Money with separators, the currency symbol where the currency puts it, sign first.

    ``format_money(-1234.5, usd)`` → "−$1,235"; with euros after the amount,
    "−1.235 €". The sign always leads, so a loss reads as one at a glance.
    """
    text = format_number(amount, currency, decimals, signed=signed, not_available=not_available)
    if amount is None or not math.isfinite(amount):
        return text
    sign = text[0] if text[:1] in (MINUS, "+") else ""
    digits = text[len(sign):]
    if _display is not None:
        return sign + _display.money(digits, currency.symbol)
    gap = NO_BREAK_SPACE if currency.symbol_space else ""
    if currency.symbol_position == "after":
        return f"{sign}{digits}{gap}{currency.symbol}"
    return f"{sign}{currency.symbol}{gap}{digits}"


def rate_decimals(rate: float) -> int:
    """Decimals that show a unit price exactly: 0 for whole amounts, else 2 to 6."""
    for decimals in range(0, 7):
        if decimals == 1:
            continue  # prices read "$1.20", not "$1.2"
        if abs(rate - round(rate, decimals)) < 1e-9 * max(1.0, abs(rate)):
            return decimals
    return 6


def format_percent(value: float | None, currency: Currency, decimals: int = 0, *,
                   signed: bool = False, not_available: str = "n/a") -> str:
    """A percentage ("70%", or "70 %" when the currency says so); None → not_available."""
    text = format_number(value, currency, decimals, signed=signed, not_available=not_available)
    if value is None or not math.isfinite(value):
        return text
    if _display is not None:
        return _display.percent(text)
    return text + (NO_BREAK_SPACE if currency.percent_space else "") + "%"
