"""content/costs.yaml → CostsContent: the calculator's currency, sliders, rates, levers and texts.

The parsed object also runs the calculator (``calculate``, ``sensitivity``) and
formats its figures in the content's currency, so a page needs nothing else.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Mapping

from ..model.costs import (
    DRIVER_IDS, LEVER_IDS, LINE_IDS, MONEY_PLACEHOLDERS, THOUSAND, CostInputs, CostRates, Roi,
    CostResult, Currency, Lever, LeverSaving, MoneySentence, Sensitivity, calculate,
    format_money, format_number, format_percent, rate_decimals, sensitivity, spot_percent,
    template_problems, where_the_money_is,
)
from .reader import Reader, parse_yaml
from .sources import basis, basis_note

SCHEMA = 1
#: Separators by name, so that a space survives YAML and the reader's trimming.
THOUSANDS_SEPARATORS = {"comma": ",", "period": ".", "space": "\u00a0", "thin_space": "\u202f",
                        "apostrophe": "\u2019", "none": ""}
DECIMAL_SEPARATORS = {"period": ".", "comma": ","}
#: Far above any real price or slider, and finite: `.inf` in a file is refused.
LIMIT = 1_000_000_000
#: Which driver's rate is which rate; value_k has none (it is money already).
_RATE_FIELDS = {"gpu_hours": "gpu_hour", "storage_tb": "storage_tb_month",
                "calls_k": "per_call", "team_fte": "fte_year"}
_SPOT_DRIVER = "gpu_hours"
_SPOT_LEVER = "spot"
#: A driver counted in thousands ("calls_k"): its display may say the count in full.
THOUSANDS_SUFFIX = "_k"
#: Drivers that are amounts of money (in thousands): they have no rate.
_MONEY_DRIVERS = ("value_k", "setup_k")


@dataclass(frozen=True)
class Driver:
    """One slider: its range, default, step, labels and the rate note shown beside it."""

    id: str
    label: str
    chart_label: str  # the sensitivity chart's name for it
    unit: str  # a spin box suffix
    display: str  # template with {value} ("_k" drivers: {money} or {count}, in full)
    minimum: float
    maximum: float
    default: float
    step: float
    rate_note: str  # rates already filled in
    #: Where its rate comes from ("Source: ..." or "Illustrative: ..."); "" without a rate.
    basis: str = ""

    @property
    def decimals(self) -> int:
        """Decimals the step needs (0 for a step of 10, 1 for 0.5)."""
        return _decimals(self.step)


@dataclass(frozen=True)
class CostLineInfo:
    id: str
    label: str


@dataclass(frozen=True)
class LeverInfo:
    """A lever's texts (its {percent} filled in) and the lever the calculator uses."""

    id: str
    label: str
    description: str
    lever: Lever
    #: Where its cut comes from ("Source: ..." or "Illustrative: ...").
    basis: str = ""

    @property
    def line(self) -> str:
        return self.lever.line

    @property
    def percent(self) -> float:
        return self.lever.percent


@dataclass(frozen=True)
class CostTexts:
    """Titles and labels of the calculator's readouts."""

    breakdown_title: str
    total: str
    roi_title: str
    value: str
    cost: str
    net_roi: str
    net_loss: str
    roi_percent: str
    payback: str
    payback_value: str  # template with {month}
    payback_detail: str  # template with {months} and {setup}
    payback_none: str  # "Never"
    payback_never: str  # the yearly value is below the yearly cost
    payback_never_equal: str  # the yearly value only equals the yearly cost
    not_available: str
    levers_note: str  # how levers combine; the block's title and intro are in step_3.yaml
    lever_saving: str  # template with {amount}
    lever_off: str  # template with {amount}
    optimized_total: str
    reduction: str
    chart_lines_title: str
    before: str
    after: str


@dataclass(frozen=True)
class SensitivityTexts:
    title: str
    driver_prompt: str
    default_driver: str
    points: int
    cost_series: str
    net_series: str
    current: str
    break_even: str
    no_break_even: str


@dataclass(frozen=True)
class CostsContent:
    """Everything content/costs.yaml holds, with the calculator bound to it."""

    currency: Currency
    rates: CostRates
    drivers: tuple[Driver, ...]  # in file order
    lines: tuple[CostLineInfo, ...]  # in LINE_IDS order
    levers: tuple[LeverInfo, ...]  # in file order
    texts: CostTexts
    chart: SensitivityTexts
    money_sentence: MoneySentence

    # -- look-ups ----------------------------------------------------------------------
    def driver(self, driver_id: str) -> Driver:
        return _by_id(self.drivers, driver_id)

    def line_label(self, line_id: str) -> str:
        return _by_id(self.lines, line_id).label

    def lever(self, lever_id: str) -> LeverInfo:
        return _by_id(self.levers, lever_id)

    @property
    def model_levers(self) -> tuple[Lever, ...]:
        return tuple(x.lever for x in self.levers)

    # -- learner state -----------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        """A first start: sliders at their defaults, levers off, the default chart driver."""
        values: dict[str, Any] = {d.id: float(d.default) for d in self.drivers}
        values.update({lever_id: False for lever_id in LEVER_IDS})
        values["driver"] = self.chart.default_driver
        return {"cost": values}

    def ranges(self) -> dict[str, dict[str, tuple[float, float]]]:
        return {"cost": {d.id: (float(d.minimum), float(d.maximum)) for d in self.drivers}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"cost": {"driver": tuple(d.id for d in self.drivers)}}

    # -- calculator --------------------------------------------------------------------
    def inputs(self, state: Any) -> CostInputs:
        """CostInputs from a CostState (or CostInputs as they are)."""
        return state if isinstance(state, CostInputs) else CostInputs.from_state(state)

    def calculate(self, state: Any) -> CostResult:
        """Lines, levers, ROI for a CostState or CostInputs."""
        return calculate(self.inputs(state), self.rates, self.model_levers)

    def sensitivity(self, state: Any, driver: str | None = None) -> Sensitivity:
        """Cost and net ROI across ``driver``'s full slider range (default: the state's)."""
        inputs = self.inputs(state)
        driver = driver or getattr(state, "driver", None) or self.chart.default_driver
        d = self.driver(driver)
        return sensitivity(inputs, self.rates, self.model_levers, driver, d.minimum, d.maximum,
                           self.chart.points)

    def where_the_money_is(self, result: CostResult) -> str:
        labels = {x.id: x.label for x in self.lines}
        return where_the_money_is(result, self.money_sentence, labels, self.model_levers,
                                  self.currency)

    # -- formatting --------------------------------------------------------------------
    def money(self, amount: float | None, *, signed: bool = False, decimals: int = 0) -> str:
        return format_money(amount, self.currency, decimals, signed=signed,
                            not_available=self.texts.not_available)

    def percent(self, value: float | None, *, decimals: int = 0, signed: bool = False) -> str:
        return format_percent(value, self.currency, decimals, signed=signed,
                              not_available=self.texts.not_available)

    def payback_text(self, roi: Roi) -> str:
        """"Month 3", or "Never" (:meth:`payback_detail` says why)."""
        if roi.payback_month is None:
            return self.texts.payback_none
        return self.texts.payback_value.format(month=format_number(roi.payback_month,
                                                                   self.currency))

    def payback_detail(self, roi: Roi) -> str:
        """How the payback month comes about, or why it never comes (empty when nothing
        is owed)."""
        if roi.payback_month is None:
            return self.texts.payback_never if roi.net < 0 else self.texts.payback_never_equal
        if roi.payback_months is None or roi.setup <= 0:
            return ""
        return self.texts.payback_detail.format(
            months=format_number(roi.payback_months, self.currency, 1),
            setup=self.money(roi.setup))

    def driver_text(self, driver_id: str, value: float, decimals: int | None = None) -> str:
        """A slider's value with its unit ("200 h/month", "$1,200,000 a year"), to the
        driver's decimals unless told."""
        d = self.driver(driver_id)
        places = d.decimals if decimals is None else decimals
        return d.display.format(value=format_number(value, self.currency, places),
                                count=format_number(value * THOUSAND, self.currency),
                                money=self.money(value * THOUSAND))

    def lever_text(self, saving: LeverSaving) -> str:
        """"saves $4,320 a year" when on, "would save ... on its own" when off."""
        if saving.enabled:
            return self.texts.lever_saving.format(amount=self.money(saving.saving))
        return self.texts.lever_off.format(amount=self.money(saving.alone))


def _by_id(items: tuple[Any, ...], item_id: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(item_id)


# -- parsing ---------------------------------------------------------------------------------

def parse(r: Reader) -> CostsContent:
    """Read and check content/costs.yaml; problems are recorded on ``r``."""
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    currency = _parse_currency(_section(r, "currency"))
    rate_values: dict[str, float] = {}
    drivers = _parse_drivers(r, currency, rate_values)
    rates = CostRates(
        gpu_hour=rate_values.get("gpu_hour", 0.0),
        gpu_hour_spot=rate_values.get("gpu_hour_spot", 0.0),
        storage_tb_month=rate_values.get("storage_tb_month", 0.0),
        per_call=rate_values.get("per_call", 0.0),
        fte_year=rate_values.get("fte_year", 0.0),
    )
    lines = _parse_lines(r)
    levers = _parse_levers(r, rates, currency)
    texts = _parse_texts(_section(r, "texts"))
    chart = _parse_chart(_section(r, "sensitivity"))
    money_sentence = _parse_money_sentence(_section(r, "where_the_money_is"))
    return CostsContent(currency, rates, drivers, lines, levers, texts, chart, money_sentence)


def _section(r: Reader, key: str) -> Reader:
    """The mapping under ``key``; a missing one is reported once, not once per field."""
    if r.has(key) or not r.is_mapping():
        return r.child(key)
    r.child(key)  # records "missing field"
    return parse_yaml("{}", r.file)  # a placeholder whose own problems are not kept


def _choice(r: Reader, key: str, options: tuple[str, ...]) -> str:
    """Like Reader.choice, but a missing field is one problem, not two."""
    if not r.has(key):
        r.text(key)  # records "missing field"
        return options[0]
    return r.choice(key, options)


def _parse_currency(r: Reader) -> Currency:
    thousands = _choice(r, "thousands_separator", tuple(THOUSANDS_SEPARATORS))
    decimal = _choice(r, "decimal_separator", tuple(DECIMAL_SEPARATORS))
    if THOUSANDS_SEPARATORS[thousands] == DECIMAL_SEPARATORS[decimal]:
        r.problem("thousands_separator and decimal_separator must differ",
                  r.line_of("decimal_separator"))
    return Currency(
        symbol=r.code("symbol"),
        code=r.code("code"),
        symbol_position=_choice(r, "symbol_position", ("before", "after")),
        symbol_space=r.boolean("symbol_space"),
        thousands_separator=THOUSANDS_SEPARATORS[thousands],
        decimal_separator=DECIMAL_SEPARATORS[decimal],
        percent_space=r.boolean("percent_space"),
    )


def _template(r: Reader, key: str, allowed: tuple[str, ...], *, required: bool = True) -> str:
    """A text that may hold ``{name}`` placeholders; unknown ones are reported."""
    value = r.text(key) if required else r.text(key, "", allow_empty=True)
    for message in template_problems(value, allowed):
        r.problem(f"'{key}': {message}", r.line_of(key))
    return value


def _fill(template: str, values: Mapping[str, str]) -> str:
    try:
        return template.format(**values)
    except (KeyError, ValueError, IndexError, AttributeError):
        return template  # already reported by _template


def _decimals(step: float) -> int:
    if step <= 0 or not math.isfinite(step):
        return 0
    exponent = Decimal(repr(step)).normalize().as_tuple().exponent
    return min(6, max(0, -int(exponent)))


def _whole(x: float) -> bool:
    return abs(x - round(x)) <= 1e-9 * max(1.0, abs(x))


def _parse_drivers(r: Reader, currency: Currency, rates: dict[str, float]) -> tuple[Driver, ...]:
    readers = r.items("drivers", min_items=1)
    r.unique_ids(readers)
    drivers = [_parse_driver(d, currency, rates) for d in readers]
    missing = [i for i in DRIVER_IDS if i not in {d.id for d in drivers}]
    if missing and readers:
        r.problem(f"'drivers' is missing {', '.join(missing)}", r.line_of("drivers"))
    return tuple(drivers)


def _parse_driver(r: Reader, currency: Currency, rates: dict[str, float]) -> Driver:
    driver_id = _choice(r, "id", DRIVER_IDS)
    low = r.number("min", minimum=0, maximum=LIMIT)
    high = r.number("max", minimum=0, maximum=LIMIT)
    default = r.number("default", minimum=0, maximum=LIMIT)
    step = r.number("step", minimum=0, maximum=LIMIT)
    if not all(r.has(k) for k in ("min", "max", "default", "step")):
        pass  # already reported; comparing placeholders would only add noise
    elif not low < high:
        r.problem(f"'max' ({high}) must be greater than 'min' ({low})", r.line_of("max"))
    elif not low <= default <= high:
        r.problem(f"'default' ({default}) must lie between min ({low}) and max ({high})",
                  r.line_of("default"))
    if r.has("step") and step <= 0:
        r.problem("'step' must be greater than 0", r.line_of("step"))
    elif step > 0 and r.has("min") and r.has("max") and r.has("default") and low < high:
        if not r.step_fits(step, low, high):
            pass
        elif step > high - low or not _whole((high - low) / step):
            r.problem(f"'step' ({step}) must divide the range {low}–{high} into whole steps",
                      r.line_of("step"))
        elif low <= default <= high and not _whole((default - low) / step):
            r.problem(f"'default' ({default}) must be min plus a whole number of steps ({step})",
                      r.line_of("default"))

    notes: dict[str, str] = {}
    if driver_id in _RATE_FIELDS:
        rate = r.number("rate", minimum=0, maximum=LIMIT)
        rates[_RATE_FIELDS[driver_id]] = rate
        notes["rate"] = format_money(rate, currency, rate_decimals(rate))
    elif r.has("rate"):
        r.problem(f"'{driver_id}' has no rate: it is an amount of money already",
                  r.line_of("rate"))
    if driver_id == _SPOT_DRIVER:
        spot = r.number("spot_rate", minimum=0, maximum=LIMIT)
        if spot > rates.get("gpu_hour", spot):
            r.problem(f"'spot_rate' ({spot}) must not be above the on-demand rate",
                      r.line_of("spot_rate"))
        rates["gpu_hour_spot"] = spot
        notes["spot_rate"] = format_money(spot, currency, rate_decimals(spot))
    elif r.has("spot_rate"):
        r.problem(f"only {_SPOT_DRIVER} has a spot_rate", r.line_of("spot_rate"))

    note = _template(r, "rate_note", tuple(notes), required=False)
    display_keys = ("value",)
    if driver_id.endswith(THOUSANDS_SUFFIX):  # counted in thousands: also shown in full
        display_keys += ("money",) if driver_id in _MONEY_DRIVERS else ("count",)
    return Driver(
        id=driver_id,
        label=r.text("label"),
        chart_label=r.text("chart_label"),
        unit=r.text("unit"),
        display=_template(r, "display", display_keys),
        minimum=low,
        maximum=high,
        default=default,
        step=step,
        rate_note=_fill(note, notes),
        basis=_basis(r) if driver_id in _RATE_FIELDS else "",
    )


def _basis(r: Reader) -> str:
    """Where a rate or a cut comes from, as its footnote."""
    return basis_note(*basis(r, "a rate or a cut"))


def _parse_lines(r: Reader) -> tuple[CostLineInfo, ...]:
    readers = r.items("lines", min_items=1)
    r.unique_ids(readers)
    found: dict[str, CostLineInfo] = {}
    for x in readers:
        line_id = _choice(x, "id", LINE_IDS)
        found.setdefault(line_id, CostLineInfo(line_id, x.text("label")))
    missing = [i for i in LINE_IDS if i not in found]
    if missing and readers:
        r.problem(f"'lines' is missing {', '.join(missing)}", r.line_of("lines"))
    return tuple(found.get(i, CostLineInfo(i, i)) for i in LINE_IDS)


def _percent_text(percent: float, currency: Currency) -> str:
    decimals = 0 if _whole(percent) else 1
    return format_percent(percent, currency, decimals)


def _parse_levers(r: Reader, rates: CostRates, currency: Currency) -> tuple[LeverInfo, ...]:
    readers = r.items("levers", min_items=1)
    r.unique_ids(readers)
    levers = []
    for x in readers:
        lever_id = _choice(x, "id", LEVER_IDS)
        line = _choice(x, "line", LINE_IDS)
        if lever_id == _SPOT_LEVER:
            # Spot's cut is the price difference, so it can only act on GPU compute.
            if line != "gpu":
                x.problem("the spot lever acts on the 'gpu' line (its cut comes from the GPU "
                          "spot rate)", x.line_of("line"))
            if x.has("percent"):
                x.problem("the spot lever takes its cut from the GPU rates; remove 'percent'",
                          x.line_of("percent"))
            percent = spot_percent(rates)
        else:
            percent = x.number("percent", minimum=0, maximum=100)
        description = _template(x, "description", ("percent",))
        levers.append(LeverInfo(
            id=lever_id,
            label=x.text("label"),
            description=_fill(description, {"percent": _percent_text(percent, currency)}),
            lever=Lever(lever_id, line, percent),
            basis="" if lever_id == _SPOT_LEVER else _basis(x),
        ))
    missing = [i for i in LEVER_IDS if i not in {v.id for v in levers}]
    if missing and readers:
        r.problem(f"'levers' is missing {', '.join(missing)}", r.line_of("levers"))
    return tuple(levers)


def _parse_texts(r: Reader) -> CostTexts:
    return CostTexts(
        breakdown_title=r.text("breakdown_title"),
        total=r.text("total"),
        roi_title=r.text("roi_title"),
        value=r.text("value"),
        cost=r.text("cost"),
        net_roi=r.text("net_roi"),
        net_loss=r.text("net_loss"),
        roi_percent=r.text("roi_percent"),
        payback=r.text("payback"),
        payback_value=_template(r, "payback_value", ("month",)),
        payback_detail=_template(r, "payback_detail", ("months", "setup")),
        payback_none=r.text("payback_none"),
        payback_never=r.text("payback_never"),
        payback_never_equal=r.text("payback_never_equal"),
        not_available=r.text("not_available"),
        levers_note=r.text("levers_note"),
        lever_saving=_template(r, "lever_saving", ("amount",)),
        lever_off=_template(r, "lever_off", ("amount",)),
        optimized_total=r.text("optimized_total"),
        reduction=r.text("reduction"),
        chart_lines_title=r.text("chart_lines_title"),
        before=r.text("before"),
        after=r.text("after"),
    )


def _parse_chart(r: Reader) -> SensitivityTexts:
    return SensitivityTexts(
        title=r.text("title"),
        driver_prompt=r.text("driver_prompt"),
        default_driver=_choice(r, "default_driver", DRIVER_IDS),
        points=r.integer("points", minimum=2, maximum=1001),
        cost_series=r.text("cost_series"),
        net_series=r.text("net_series"),
        current=r.text("current"),
        break_even=r.text("break_even"),
        no_break_even=r.text("no_break_even"),
    )


def _parse_money_sentence(r: Reader) -> MoneySentence:
    return MoneySentence(
        main=_template(r, "main", MONEY_PLACEHOLDERS),
        levers_minor=_template(r, "levers_minor", MONEY_PLACEHOLDERS),
        levers_major=_template(r, "levers_major", MONEY_PLACEHOLDERS),
        minor_below_percent=r.number("minor_below_percent", minimum=0, maximum=100),
        empty=r.text("empty"),
    )
