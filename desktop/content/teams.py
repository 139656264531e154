"""Step 4 (content/teams.yaml): team structures, "Which structure fits you?" rules, case study."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model.team_fit import (
    FLAG_FIELDS, NUMBER_FIELDS, FitAnswers, FitRule, FitRules, FlagCondition, NumberCondition,
    Recommendation, recommend,
)
from .reader import Reader
from .sources import Source, parse_source

SCHEMA = 1
#: Role types the org charts colour; the legend's labels come from the file.
ROLE_TYPES = ("data_science", "ml_engineering", "analytics", "mlops", "leadership")
#: How a chart is drawn: top-down tree, or the top box in the middle with spokes around it.
CHART_SHAPES = ("tree", "hub")


@dataclass(frozen=True)
class RoleType:
    id: str
    label: str


@dataclass(frozen=True)
class ChartBox:
    """One box of an org chart; ``parent`` is "" for a top box; ``note`` is an optional second line."""

    id: str
    label: str
    role: str
    parent: str = ""
    note: str = ""


@dataclass(frozen=True)
class OrgChart:
    """Boxes in file order, linked to their parents."""

    shape: str
    boxes: tuple[ChartBox, ...]

    def roots(self) -> tuple[ChartBox, ...]:
        return tuple(b for b in self.boxes if not b.parent)

    def children(self, box_id: str) -> tuple[ChartBox, ...]:
        return tuple(b for b in self.boxes if b.parent == box_id)

    def depth(self, box_id: str) -> int:
        """0 for a top box, 1 for its reports, and so on."""
        parents = {b.id: b.parent for b in self.boxes}
        depth, current = 0, parents.get(box_id, "")
        while current and depth < len(self.boxes):
            depth += 1
            current = parents.get(current, "")
        return depth


@dataclass(frozen=True)
class Structure:
    """A team structure: titles, summary (Markdown), org chart, pros, cons, best for."""

    id: str
    title: str
    short_title: str
    summary: str
    chart: OrgChart
    pros: tuple[str, ...]
    cons: tuple[str, ...]
    best_for: str


@dataclass(frozen=True)
class SizeBand:
    """A company-size choice; choosing it stores ``value`` (employees) in TeamState.size."""

    label: str
    minimum: int
    maximum: int
    value: int


@dataclass(frozen=True)
class SizeInput:
    label: str
    unit: str
    default: int
    bands: tuple[SizeBand, ...]

    def band_index(self, size: int) -> int:
        """The index of the band holding ``size`` (clamped to the first or last band)."""
        for index, band in enumerate(self.bands):
            if size <= band.maximum:
                return index
        return len(self.bands) - 1


@dataclass(frozen=True)
class NumberInput:
    label: str
    help: str
    minimum: int
    maximum: int
    default: int


@dataclass(frozen=True)
class FlagInput:
    label: str
    help: str
    default: bool


@dataclass(frozen=True)
class FitContent:
    """The "Which structure fits you?" inputs and the rules that answer it."""

    title: str
    intro: str
    result_label: str
    size: SizeInput
    practitioners: NumberInput
    core: FlagInput
    regulated: FlagInput
    rules: FitRules


@dataclass(frozen=True)
class Era:
    period: str
    structure: str
    title: str
    text: str


@dataclass(frozen=True)
class CaseStudy:
    title: str
    eras: tuple[Era, ...]
    #: Where the dated facts come from, and what in the story is not sourced.
    sources: tuple[Source, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class TeamsContent:
    """Everything Step 4's interactive parts show."""

    role_types: tuple[RoleType, ...]
    structures: tuple[Structure, ...]
    fit: FitContent
    case_study: CaseStudy

    def structure_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.structures)

    def structure(self, structure_id: str) -> Structure | None:
        return next((s for s in self.structures if s.id == structure_id), None)

    def role_label(self, role: str) -> str:
        return next((t.label for t in self.role_types if t.id == role), role)

    def recommend(self, answers: FitAnswers) -> Recommendation:
        """The recommended structure for the four answers (a TeamState will do)."""
        return recommend(self.fit.rules, answers)

    # -- learner state ---------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        """First start: the first structure shown; the fit inputs at their file defaults."""
        fit = self.fit
        return {"team": {
            "structure": self.structures[0].id if self.structures else "",
            "size": fit.size.default,
            "practitioners": fit.practitioners.default,
            "core": fit.core.default,
            "regulated": fit.regulated.default,
        }}

    def ranges(self) -> dict[str, dict[str, tuple[float, float]]]:
        bands = self.fit.size.bands
        size = (bands[0].minimum, bands[-1].maximum) if bands else (0, 0)
        return {"team": {"size": size,
                         "practitioners": (self.fit.practitioners.minimum, self.fit.practitioners.maximum)}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {"team": {"structure": self.structure_ids()}}


# -- parser ---------------------------------------------------------------------------------

def _role_types(r: Reader) -> tuple[RoleType, ...]:
    readers = r.items("role_types", min_items=1)
    r.unique_ids(readers)
    types = tuple(RoleType(t.choice("id", ROLE_TYPES), t.text("label")) for t in readers)
    missing = [t for t in ROLE_TYPES if t not in {rt.id for rt in types}]
    if missing:
        r.problem(f"'role_types' has no label for: {', '.join(missing)}", r.line_of("role_types"))
    return types


def _chart(r: Reader) -> OrgChart:
    readers = r.items("chart", min_items=1)
    r.unique_ids(readers)
    boxes = tuple(ChartBox(b.ident("id"), b.text("label"), b.choice("role", ROLE_TYPES),
                           b.code("parent", ""), b.text("note", "")) for b in readers)
    ids = {b.id for b in boxes}
    for box, br in zip(boxes, readers):
        if box.parent and box.parent not in ids:
            br.problem(f"'parent' names no box of this chart: '{box.parent}'", br.line_of("parent"))
        elif box.parent == box.id and box.id:
            br.problem(f"box '{box.id}' cannot be its own parent", br.line_of("parent"))
    chart = OrgChart(r.choice("chart_shape", CHART_SHAPES), boxes)
    if boxes and not chart.roots():
        r.problem("the chart needs a top box (one without a parent)", r.line_of("chart"))
    for box, br in zip(boxes, readers):
        if box.parent and chart.depth(box.id) >= len(boxes):
            br.problem(f"box '{box.id}' is part of a loop of parent links", br.line_of("parent"))
    return chart


def _structure(r: Reader) -> Structure:
    return Structure(r.ident("id"), r.text("title"), r.text("short_title"), r.text("summary"),
                     _chart(r), r.text_list("pros", min_items=1), r.text_list("cons", min_items=1),
                     r.text("best_for"))


#: Counts of people become Qt spin-box and combo ranges, which hold 32-bit integers; no
#: company is larger than this, and a larger number would stop step 4 from opening.
MAX_PEOPLE = 10_000_000


def _size(r: Reader) -> SizeInput:
    bands = []
    for br in r.items("bands", min_items=1):
        band = SizeBand(br.text("label"), br.integer("min", minimum=0, maximum=MAX_PEOPLE),
                        br.integer("max", minimum=0, maximum=MAX_PEOPLE),
                        br.integer("value", minimum=0, maximum=MAX_PEOPLE))
        if not band.minimum <= band.value <= band.maximum:
            br.problem(f"'value' {band.value} must lie between min {band.minimum} and max {band.maximum}",
                       br.line_of("value"))
        if bands and band.minimum != bands[-1].maximum + 1:
            br.problem(f"this band must start at {bands[-1].maximum + 1}, right after the previous one",
                       br.line_of("min"))
        bands.append(band)
    low, high = (bands[0].minimum, bands[-1].maximum) if bands else (0, 0)
    default = r.integer("default", minimum=low, maximum=high, derived=True)
    return SizeInput(r.text("label"), r.text("unit"), default, tuple(bands))


def _number_input(r: Reader) -> NumberInput:
    low = r.integer("min", minimum=0, maximum=MAX_PEOPLE)
    high = r.integer("max", minimum=0, maximum=MAX_PEOPLE)
    if high < low:
        r.problem(f"'max' ({high}) must not be below 'min' ({low})", r.line_of("max"))
    return NumberInput(r.text("label"), r.text("help", ""), low, high,
                       r.integer("default", minimum=low, maximum=max(low, high), derived=True))


def _flag_input(r: Reader) -> FlagInput:
    return FlagInput(r.text("label"), r.text("help", ""), r.boolean("default"))


def _number_condition(name: str, r: Reader) -> NumberCondition:
    if not r.is_mapping():
        r.problem(f"'{name}' needs min and/or max, e.g. {{min: 5}}")
        return NumberCondition(name)
    for key in r.keys():
        if key not in ("min", "max"):
            r.problem(f"'{name}' takes only min and max, found '{key}'", r.line_of(key))
    low = r.integer("min", minimum=0) if r.has("min") else None
    high = r.integer("max", minimum=0) if r.has("max") else None
    if low is None and high is None:
        r.problem(f"'{name}' needs min and/or max")
    elif low is not None and high is not None and high < low:
        r.problem(f"'{name}': max ({high}) is below min ({low}), so the rule never matches",
                  r.line_of("max"))
    return NumberCondition(name, low, high)


def _rule(r: Reader, structure_ids: tuple[str, ...]) -> FitRule:
    structure = r.choice("structure", structure_ids)
    numbers, flags = [], []
    entries = r.entries("when")
    if r.has("when") and not entries:
        r.problem("'when' needs at least one condition (use 'fallback' for the catch-all)",
                  r.line_of("when"))
    for name, cr in entries:
        if name in NUMBER_FIELDS:
            numbers.append(_number_condition(name, cr))
        elif name in FLAG_FIELDS:
            if isinstance(cr.scalar(), bool):
                flags.append(FlagCondition(name, cr.scalar()))
            else:
                cr.problem(f"'{name}' must be true or false")
        else:
            cr.problem(f"unknown condition '{name}'; use {', '.join(NUMBER_FIELDS + FLAG_FIELDS)}")
    return FitRule(structure, r.text("reason"), tuple(numbers), tuple(flags))


def _fit(r: Reader, structure_ids: tuple[str, ...]) -> FitContent:
    ids = structure_ids or ("",)
    rules = r.each("rules", lambda rr: _rule(rr, ids), min_items=1)
    fb = r.child("fallback")
    fallback = Recommendation(fb.choice("structure", ids), fb.text("reason"))
    return FitContent(r.text("title"), r.text("intro"), r.text("result_label"),
                      _size(r.child("size")), _number_input(r.child("practitioners")), _flag_input(r.child("core")),
                      _flag_input(r.child("regulated")), FitRules(rules, fallback))


def _case_study(r: Reader, structure_ids: tuple[str, ...]) -> CaseStudy:
    ids = structure_ids or ("",)
    eras = r.each("eras", lambda e: Era(e.text("period"), e.choice("structure", ids),
                                        e.text("title"), e.text("text")), min_items=1)
    return CaseStudy(r.text("title"), eras, r.each("sources", parse_source, min_items=1),
                     r.text("note"))


def parse(r: Reader) -> TeamsContent:
    """Read teams.yaml; problems are recorded on ``r`` with their lines."""
    r.integer("schema", minimum=SCHEMA, maximum=SCHEMA)
    role_types = _role_types(r)
    readers = r.items("structures", min_items=1)
    r.unique_ids(readers)
    structures = tuple(_structure(sr) for sr in readers)
    ids = tuple(s.id for s in structures if s.id)
    return TeamsContent(role_types, structures, _fit(r.child("fit"), ids),
                        _case_study(r.child("case_study"), ids))
