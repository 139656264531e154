"""content/stakeholders.yaml -> the stakeholder cards and the influence × support grid."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .course import ICON_NAMES
from .reader import Reader

SECTION = "stakeholders"
#: The two views of the map; the learner state's ``view`` holds one of them.
VIEWS = ("cards", "grid")
KINDS = ("skeptic", "champion", "neutral")
MOVES = 4
LEVELS = ("high", "low")


@dataclass(frozen=True)
class Kind:
    """Skeptic, champion or neutral: shown by colour and by this label and icon."""

    id: str
    label: str
    icon: str
    description: str


@dataclass(frozen=True)
class Strategy:
    name: str
    moves: tuple[str, ...]
    key: str


@dataclass(frozen=True)
class Stakeholder:
    """One card. ``influence`` is 0..1; ``support`` is −1 (opposed) .. 1 (supportive)."""

    id: str
    name: str
    role: str
    kind: str
    quote: str
    strategy: Strategy
    influence: float
    support: float


@dataclass(frozen=True)
class Quadrant:
    id: str
    name: str
    description: str
    high_influence: bool
    high_support: bool


@dataclass(frozen=True)
class Grid:
    """Axis texts, the split points, and the four quadrants of the grid view."""

    influence_label: str
    support_label: str
    influence_low: str
    influence_high: str
    support_low: str
    support_high: str
    influence_split: float
    support_split: float
    quadrants: tuple[Quadrant, ...]

    def quadrant_at(self, influence: float, support: float) -> Quadrant:
        """The quadrant a position falls in (a value on a split counts as high)."""
        high_i, high_s = influence >= self.influence_split, support >= self.support_split
        return next(q for q in self.quadrants
                    if q.high_influence == high_i and q.high_support == high_s)


@dataclass(frozen=True)
class StakeholderTexts:
    intro: str
    strategy_label: str
    key_label: str
    grid_hint: str


@dataclass(frozen=True)
class StakeholdersContent:
    """The stakeholder map: kinds, six stakeholders in card order, and the grid."""

    texts: StakeholderTexts
    view_labels: tuple[tuple[str, str], ...]  # (view id, label) in VIEWS order
    kinds: tuple[Kind, ...]
    stakeholders: tuple[Stakeholder, ...]
    grid: Grid

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.stakeholders)

    def stakeholder(self, stakeholder_id: str) -> Stakeholder:
        for s in self.stakeholders:
            if s.id == stakeholder_id:
                return s
        raise KeyError(stakeholder_id)

    def kind(self, kind_id: str) -> Kind:
        for k in self.kinds:
            if k.id == kind_id:
                return k
        raise KeyError(kind_id)

    def quadrant_of(self, stakeholder_id: str) -> Quadrant:
        s = self.stakeholder(stakeholder_id)
        return self.grid.quadrant_at(s.influence, s.support)

    # -- learner state rules ------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        return {SECTION: {"open_card": "", "view": VIEWS[0]}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {SECTION: {"open_card": ("", *self.ids), "view": VIEWS}}


# -- parsing ---------------------------------------------------------------------------------
def _kind(r: Reader) -> Kind:
    return Kind(r.ident("id"), r.text("label"), r.choice("icon", ICON_NAMES),
                r.text("description"))


def _strategy(r: Reader) -> Strategy:
    s = r.child("strategy")
    moves = s.text_list("moves", min_items=MOVES)
    if len(moves) > MOVES:
        s.problem(f"'moves' needs exactly {MOVES} entries, found {len(moves)}", s.line_of("moves"))
    return Strategy(s.text("name"), moves, s.text("key"))


def _stakeholder(r: Reader, kinds: tuple[str, ...]) -> Stakeholder:
    return Stakeholder(
        id=r.ident("id"), name=r.text("name"), role=r.text("role"),
        kind=r.choice("kind", kinds), quote=r.text("quote"), strategy=_strategy(r),
        influence=float(r.number("influence", minimum=0, maximum=1)),
        support=float(r.number("support", minimum=-1, maximum=1)),
    )


def _quadrant(r: Reader) -> Quadrant:
    return Quadrant(r.ident("id"), r.text("name"), r.text("description"),
                    r.choice("influence", LEVELS) == "high", r.choice("support", LEVELS) == "high")


def _grid(r: Reader) -> Grid:
    g = r.child("grid")
    items = g.items("quadrants", min_items=4, max_items=4)
    g.unique_ids(items)
    quadrants = tuple(_quadrant(q) for q in items)
    corners = [(q.high_influence, q.high_support) for q in quadrants]
    for item, corner in zip(items, corners):
        if corners.count(corner) > 1:
            item.problem("two quadrants share this influence/support corner; each of the "
                         "four corners needs its own")
    return Grid(
        influence_label=g.text("influence_label"), support_label=g.text("support_label"),
        influence_low=g.text("influence_low"), influence_high=g.text("influence_high"),
        support_low=g.text("support_low"), support_high=g.text("support_high"),
        influence_split=float(g.number("influence_split", minimum=0, maximum=1)),
        support_split=float(g.number("support_split", minimum=-1, maximum=1)),
        quadrants=quadrants,
    )


def _kinds(r: Reader) -> tuple[Kind, ...]:
    items = r.items("kinds", min_items=1)
    r.unique_ids(items)
    kinds = tuple(_kind(k) for k in items)
    for item, kind in zip(items, kinds):
        if kind.id and kind.id not in KINDS:
            item.problem(f"unknown kind '{kind.id}'; kinds are {', '.join(KINDS)}",
                         item.line_of("id"))
    missing = [k for k in KINDS if k not in {kind.id for kind in kinds}]
    if missing:
        r.problem(f"'kinds' lacks {', '.join(missing)}", r.line_of("kinds"))
    return kinds


def _views(r: Reader) -> tuple[tuple[str, str], ...]:
    v = r.child("views")
    for key in v.keys():
        if key not in VIEWS:
            v.problem(f"unknown view '{key}'; views are {', '.join(VIEWS)}", v.line_of(key))
    return tuple((view, v.text(view)) for view in VIEWS)


def parse(r: Reader) -> StakeholdersContent:
    """Read stakeholders.yaml; problems are recorded on ``r`` with their lines."""
    r.integer("schema", minimum=1, maximum=1)
    t = r.child("texts")
    texts = StakeholderTexts(t.text("intro"), t.text("strategy_label"), t.text("key_label"),
                             t.text("grid_hint"))
    views = _views(r)
    kinds = _kinds(r)
    grid = _grid(r)
    items = r.items("stakeholders", min_items=1)
    r.unique_ids(items)
    kind_ids = tuple(k.id for k in kinds if k.id) or KINDS
    stakeholders = tuple(_stakeholder(s, kind_ids) for s in items)
    return StakeholdersContent(texts, views, kinds, stakeholders, grid)
