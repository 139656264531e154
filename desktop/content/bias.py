"""content/bias.yaml -> :class:`BiasContent`: the bias audit simulator's sliders, rules and texts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from ..model.fairness import AuditResult, AuditRules, Band, audit
from ..model.state import BiasState
from .reader import Reader
from .sources import Source, parse_source

SCHEMA = 1
SECTION = "bias"
#: The page colours and icons each band by its id, so these three must exist.
BAND_IDS = ("pass", "caution", "fail")
#: The field of BiasState naming the decision context; every other field is a slider.
CONTEXT_FIELD = "context"
#: Slider ids are the number fields of BiasState; the count fields are whole numbers.
FIELDS = tuple(f.name for f in dataclasses.fields(BiasState) if f.name != CONTEXT_FIELD)
#: Every field the page follows.
STATE_FIELDS = (*FIELDS, CONTEXT_FIELD)
COUNT_FIELDS = tuple(f for f in FIELDS if isinstance(getattr(BiasState(), f), int))
LEVEL_PLACEHOLDER = "{level}"


@dataclass(frozen=True)
class Slider:
    """One input: its state field, label, range, first-start value, step and unit."""

    id: str
    label: str
    minimum: float
    maximum: float
    default: float
    step: float
    unit: str


@dataclass(frozen=True)
class Context:
    """The decision the ratio is about, and the law that frames it."""

    id: str
    label: str
    intro: str  # Markdown: what the law says about the ratio in this context
    rule_name: str  # the band's caption ("Four-fifths rule", "Screening ratio")
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Group:
    id: str  # "a" or "b"
    name: str
    role: str


@dataclass(frozen=True)
class BiasLabels:
    """Readout and chart labels (each a key under ``labels:`` in the file)."""

    impact_ratio: str
    disadvantaged: str
    no_disadvantage: str
    parity_difference: str
    parity_unit: str
    accuracy: str
    accuracy_note: str
    selected: str
    p_value: str
    not_defined: str
    chart_title: str
    threshold_line: str


@dataclass(frozen=True)
class BiasContent:
    """Everything the bias audit page needs from content."""

    intro: str
    groups: tuple[Group, ...]
    sliders: tuple[Slider, ...]
    rules: AuditRules
    labels: BiasLabels
    contexts: tuple[Context, ...]
    context_label: str
    #: Why the 0.60 line exists at all: the rule has one threshold, 0.80.
    bands_note: str

    def context(self, context_id: str) -> Context:
        return next((c for c in self.contexts if c.id == context_id), self.contexts[0])

    def slider(self, field: str) -> Slider:
        return next(s for s in self.sliders if s.id == field)

    def group(self, group_id: str) -> Group:
        return next(g for g in self.groups if g.id == group_id)

    def audit(self, state: Any) -> AuditResult:
        """The audit for a BiasState (or anything with its fields)."""
        return audit(state.rate_a, state.rate_b, state.accuracy, state.n_a, state.n_b, self.rules)

    # -- learner state rules ------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        return {SECTION: {**{s.id: _typed(s.id, s.default) for s in self.sliders},
                          CONTEXT_FIELD: self.contexts[0].id}}

    def ranges(self) -> dict[str, dict[str, tuple[float, float]]]:
        return {SECTION: {s.id: (s.minimum, s.maximum) for s in self.sliders}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {SECTION: {CONTEXT_FIELD: tuple(c.id for c in self.contexts)}}


def _typed(field: str, value: float) -> float | int:
    # The state's field types decide: counts are int, rates float (saved files are checked so).
    return int(value) if field in COUNT_FIELDS else float(value)


# -- parser ---------------------------------------------------------------------------------

def parse(r: Reader) -> BiasContent:
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    groups = r.child("groups")
    group_list = tuple(_group(g, groups.child(g)) for g in ("a", "b"))
    sig = r.child("significance")
    alpha = _level(sig)
    level_text = f"{float(alpha) * 100:g}\u00a0%"
    texts = {key: sig.text(key).replace(LEVEL_PLACEHOLDER, level_text)
             for key in ("significant", "not_significant", "not_defined", "small_sample",
                         "large_sample")}
    rules = AuditRules(
        group_a=group_list[0].name,
        group_b=group_list[1].name,
        threshold=_threshold(r.child("four_fifths")),
        bands=_bands(r),
        alpha=alpha,
        significant=texts["significant"],
        not_significant=texts["not_significant"],
        not_defined=texts["not_defined"],
        small_sample_note=texts["small_sample"],
        large_sample_note=texts["large_sample"],
    )
    labels = r.child("labels")
    context_readers = r.items("contexts", min_items=1)
    r.unique_ids(context_readers)
    return BiasContent(
        intro=r.text("intro"),
        groups=group_list,
        sliders=_sliders(r),
        rules=rules,
        labels=BiasLabels(**{f.name: labels.text(f.name) for f in dataclasses.fields(BiasLabels)}),
        contexts=tuple(_context(c) for c in context_readers) or (Context("hiring", "", "", "", ()),),
        context_label=r.text("context_label"),
        bands_note=r.text("bands_note"),
    )


def _context(r: Reader) -> Context:
    return Context(r.ident("id"), r.text("label"), r.text("intro"), r.text("rule_name"),
                   r.each("sources", parse_source, min_items=1))


def _group(group_id: str, r: Reader) -> Group:
    return Group(group_id, r.text("name"), r.text("role"))


def _threshold(r: Reader) -> float:
    value = r.number("threshold", minimum=0, maximum=1)
    if value == 0:
        r.problem("'threshold' must be more than 0", r.line_of("threshold"))
    return value


def _level(r: Reader) -> float:
    value = r.number("level", minimum=0, maximum=0.5)
    if value == 0:
        r.problem("'level' must be more than 0 (a share such as 0.05)", r.line_of("level"))
        return 0.05
    return value


def _bands(r: Reader) -> tuple[Band, ...]:
    readers = r.items("bands", min_items=len(BAND_IDS), max_items=len(BAND_IDS))
    r.unique_ids(readers)
    bands = tuple(Band(b.choice("id", BAND_IDS), b.text("label"), b.text("advice"),
                       b.number("at_least", minimum=0, maximum=1)) for b in readers)
    found = {b.id for b in bands}
    missing = [i for i in BAND_IDS if i not in found]
    if readers and missing:
        r.problem(f"'bands' needs the band{'s' if len(missing) > 1 else ''} "
                  f"{', '.join(missing)}", r.line_of("bands"))
    for prev, (band, reader) in zip(bands, zip(bands[1:], readers[1:])):
        if band.at_least >= prev.at_least:
            reader.problem(f"'at_least' must be below the previous band's ({prev.at_least}); "
                           f"list the bands from the highest limit down, found {band.at_least}",
                           reader.line_of("at_least"))
    if readers and bands[-1].at_least != 0:
        # Without a band from 0 some ratios would fall into none.
        readers[-1].problem("the last band's 'at_least' must be 0, so every ratio has a band; "
                            f"found {bands[-1].at_least}", readers[-1].line_of("at_least"))
    if not bands:
        return (Band("fail", "", "", 0),)
    return bands


def _sliders(r: Reader) -> tuple[Slider, ...]:
    readers = r.items("sliders", min_items=1)
    r.unique_ids(readers)
    sliders = tuple(_slider(s) for s in readers)
    missing = [f for f in FIELDS if f not in {s.id for s in sliders}]
    if readers and missing:
        r.problem(f"'sliders' has no slider for {', '.join(missing)}", r.line_of("sliders"))
    return tuple(s for s in sliders if s.id in FIELDS)


def _slider(r: Reader) -> Slider:
    field = r.code("id")
    if field and field not in FIELDS:
        r.problem(f"'id' must name a field of the bias state ({', '.join(FIELDS)}); "
                  f"found '{field}'", r.line_of("id"))
    if field in COUNT_FIELDS:
        # Applicant counts: whole, and at least 1 so that each group has someone in it.
        limits = dict(minimum=1, maximum=1_000_000, integer=True)
    else:
        limits = dict(minimum=0, maximum=100)  # percentages
    low, high = r.number("min", **limits), r.number("max", **limits)
    default = r.number("default", **limits)
    step = r.number("step", **{**limits, "minimum": 0})
    if low >= high:
        r.problem(f"'min' ({low}) must be less than 'max' ({high})", r.line_of("max"))
    elif not low <= default <= high:
        r.problem(f"'default' must lie between min and max ({low}–{high}), found {default}",
                  r.line_of("default"))
    if step <= 0:
        r.problem("'step' must be more than 0", r.line_of("step"))
    elif low < high and not r.step_fits(step, low, high):
        pass
    elif low < high and _exact(high) - _exact(low) < _exact(step):
        r.problem(f"'step' ({step}) is larger than the whole range ({low}–{high})",
                  r.line_of("step"))
    elif low <= default <= high and (_exact(default) - _exact(low)) % _exact(step) != 0:
        # A slider moves in steps from its minimum; an off-step default would snap away.
        r.problem(f"'default' ({default}) is not reachable from 'min' ({low}) "
                  f"in steps of {step}", r.line_of("default"))
    return Slider(field, r.text("label"), _typed(field, low), _typed(field, high),
                  _typed(field, default), _typed(field, step), r.text("unit"))


def _exact(value: float) -> Fraction:
    return Fraction(repr(value)) if isinstance(value, float) else Fraction(value)
