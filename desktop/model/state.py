"""The learner's state: one evented object that pages bind to and persistence saves.

Every field a page shows or changes lives here, so a kiosk reset or a restart is
a matter of assigning values, and each assignment notifies the bound widgets
through psygnal events (``state.cost.events.gpu_hours.connect(...)``).

Fields hold immutable values (tuples, and dicts that are replaced, never mutated
in place) so that every change emits an event.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from contextlib import contextmanager
from typing import Any, ClassVar, Iterator, Mapping

from psygnal import evented

from .pages import PageId
from .scoring import STEP_COUNT

PAGES = tuple(PageId)


@evented
@dataclass
class DiagramState:
    """Step 1: the architecture diagram."""

    selected: str = ""
    explored: tuple[str, ...] = ()

    def explore(self, node_id: str) -> None:
        if node_id not in self.explored:
            self.explored = (*self.explored, node_id)


@evented
@dataclass
class GdprState:
    """Step 2: the compliance checker (a preset, or the learner's own use case)."""

    mode: str = "preset"  # "preset" or "custom"
    preset: str = ""
    checked: bool = False
    custom: dict[str, Any] = field(default_factory=dict)  # answers by question id
    custom_checked: bool = False


@evented
@dataclass
class BiasState:
    """Step 2: the bias audit simulator (rates in percent)."""

    rate_a: float = 0.0
    rate_b: float = 0.0
    accuracy: float = 0.0
    n_a: int = 0
    n_b: int = 0
    #: Which law frames the ratio: "hiring" (four-fifths rule) or "lending" (no fixed ratio).
    context: str = ""


@evented
@dataclass
class CostState:
    """Step 3: cost and ROI calculator inputs and savings levers."""

    gpu_hours: float = 0.0
    storage_tb: float = 0.0
    calls_k: float = 0.0
    team_fte: float = 0.0
    value_k: float = 0.0
    setup_k: float = 0.0
    spot: bool = False
    compression: bool = False
    caching: bool = False
    driver: str = "gpu_hours"


@evented
@dataclass
class TeamState:
    """Step 4: chosen structure and the "which structure fits you" inputs."""

    structure: str = ""
    size: int = 0
    practitioners: int = 0
    core: bool = False
    regulated: bool = False


@evented
@dataclass
class StakeholderState:
    """Step 5: which stakeholder card is open, and which view is shown."""

    open_card: str = ""
    view: str = "cards"  # "cards" or "grid"


@evented
@dataclass
class ShapState:
    """Step 5: the what-if customer for the explainability demo."""

    tickets: float = 0.0
    login_gap: float = 0.0
    renewal: float = 0.0
    spend_trend: str = ""
    industry: str = ""


#: Sub-state fields of LearnerState, in a fixed order.
SECTIONS = ("diagram", "gdpr", "bias", "cost", "team", "stakeholders", "shap")


@evented
@dataclass
class LearnerState:
    """Everything one learner has done in the course."""

    page: PageId = PageId.INTRO
    completed_steps: tuple[int, ...] = ()
    quiz_answers: dict[str, str] = field(default_factory=dict)  # quiz id -> option key
    diagram: DiagramState = field(default_factory=DiagramState)
    gdpr: GdprState = field(default_factory=GdprState)
    bias: BiasState = field(default_factory=BiasState)
    cost: CostState = field(default_factory=CostState)
    team: TeamState = field(default_factory=TeamState)
    stakeholders: StakeholderState = field(default_factory=StakeholderState)
    shap: ShapState = field(default_factory=ShapState)
    #: Sections (SECTIONS) whose part the learner has changed: half of a step's completion.
    #: Declared after the sections, so that a reset, which assigns fields in order, clears
    #: it after the sections' own events have fired.
    used: tuple[str, ...] = ()

    # -- actions ------------------------------------------------------------------------
    def answer_quiz(self, quiz_id: str, option: str) -> bool:
        """Record the first answer to a quiz; later answers are ignored (it locks)."""
        if quiz_id in self.quiz_answers:
            return False
        self.quiz_answers = {**self.quiz_answers, quiz_id: option}
        return True

    def complete_step(self, step: int) -> bool:
        if not 1 <= step <= STEP_COUNT or step in self.completed_steps:
            return False
        self.completed_steps = tuple(sorted((*self.completed_steps, step)))
        return True

    def mark_used(self, section: str) -> None:
        """The learner changed ``section``'s part (a no-op once recorded, and while a reset
        or a load assigns the sections: that is not the learner)."""
        if self.assigning or section not in SECTIONS or section in self.used:
            return
        self.used = (*self.used, section)

    #: True while reset_state or apply_saved assign values (a class default, not a field:
    #: neither saved nor evented).
    assigning: ClassVar[bool] = False

    def explore_node(self, node_id: str) -> None:
        self.diagram.explore(node_id)

    @property
    def all_steps_complete(self) -> bool:
        return len(self.completed_steps) == STEP_COUNT


@dataclass(frozen=True)
class StateRules:
    """What the current content accepts, used to keep saved values that still match.

    ``defaults`` maps a section (or "" for top-level fields) to field defaults;
    ``ranges`` to (min, max) for numbers; ``choices`` to allowed text values.
    """

    quiz_options: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    defaults: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    ranges: Mapping[str, Mapping[str, tuple[float, float]]] = field(default_factory=dict)
    choices: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)
    node_ids: tuple[str, ...] = ()


def _section(state: LearnerState, name: str) -> Any:
    return getattr(state, name)


def _first_values(cls: type) -> dict[str, Any]:
    """A first start's field values, read from the dataclass without building one.

    Building a throw-away evented LearnerState kept about 2.5 KB alive per reset
    (psygnal), which a kiosk resetting all day would feel.
    """
    out: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            out[f.name] = f.default
        elif f.default_factory is not dataclasses.MISSING and f.name not in SECTIONS:
            out[f.name] = f.default_factory()
    return out


def reset_section(section: Any, content_defaults: Mapping[str, Any]) -> None:
    """One section of the state back to a first start: its own defaults, then the content's."""
    values = _first_values(type(section))
    values.update(content_defaults)
    for key, value in values.items():
        setattr(section, key, value)


@contextmanager
def _assigning(state: LearnerState) -> Iterator[None]:
    state.assigning = True
    try:
        yield
    finally:
        del state.assigning  # back to the class default


def reset_state(state: LearnerState, rules: StateRules) -> None:
    """Return ``state`` in place to a first start's values (events fire for changes)."""
    with _assigning(state):
        _reset(state, rules)


def _reset(state: LearnerState, rules: StateRules) -> None:
    top = _first_values(LearnerState)
    for f in dataclasses.fields(LearnerState):
        if f.name in SECTIONS:
            target = _section(state, f.name)
            values = _first_values(type(target))
            values.update(rules.defaults.get(f.name, {}))
            for key, value in values.items():
                setattr(target, key, value)
        else:
            setattr(state, f.name, rules.defaults.get("", {}).get(f.name, top[f.name]))


def new_state(rules: StateRules) -> LearnerState:
    state = LearnerState()
    reset_state(state, rules)
    return state


def state_to_dict(state: LearnerState) -> dict[str, Any]:
    """Plain JSON-ready data (tuples become lists)."""
    return _jsonable(dataclasses.asdict(state))


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def apply_saved(state: LearnerState, data: Any, rules: StateRules) -> list[str]:
    """Load saved values that still fit the content; return what was dropped.

    Anything of the wrong type, out of range, or naming something the content no
    longer has is skipped, so a file from an older content version never crashes.
    """
    with _assigning(state):
        return _apply(state, data, rules)


def _apply(state: LearnerState, data: Any, rules: StateRules) -> list[str]:
    dropped: list[str] = []
    if not isinstance(data, dict):
        return ["state"]
    page = PageId.parse(data.get("page"))
    if page is not None:
        state.page = page
    steps = data.get("completed_steps", [])
    if isinstance(steps, list):
        good = sorted({s for s in steps if isinstance(s, int) and not isinstance(s, bool)
                       and 1 <= s <= STEP_COUNT})
        dropped += [f"completed_steps:{s}" for s in steps if s not in good]
        state.completed_steps = tuple(good)
    answers = data.get("quiz_answers", {})
    if isinstance(answers, dict):
        kept = {}
        for qid, key in answers.items():
            if key in rules.quiz_options.get(qid, ()):
                kept[qid] = key
            else:
                dropped.append(f"quiz_answers:{qid}")
        state.quiz_answers = kept
    for section in SECTIONS:
        saved = data.get(section)
        if isinstance(saved, dict):
            dropped += _apply_section(_section(state, section), section, saved, rules)
    # After the sections: their values arriving is not the learner using them.
    used = data.get("used", [])  # absent from files written before issue 19: nothing used
    if isinstance(used, list):
        state.used = tuple(dict.fromkeys(u for u in used if u in SECTIONS))
        dropped += [f"used:{u}" for u in used if u not in SECTIONS]
    return dropped


def _apply_section(target: Any, section: str, saved: dict, rules: StateRules) -> list[str]:
    dropped = []
    ranges = rules.ranges.get(section, {})
    choices = rules.choices.get(section, {})
    for f in dataclasses.fields(target):
        if f.name not in saved:
            continue
        value, current = saved[f.name], getattr(target, f.name)
        ok = _fits(value, current, ranges.get(f.name), choices.get(f.name))
        if ok and section == "diagram" and f.name in ("explored", "selected") and rules.node_ids:
            ids = value if isinstance(value, list) else [value]
            ok = all(i in rules.node_ids or i == "" for i in ids)
        if ok:
            if isinstance(current, tuple):
                value = tuple(value)
            elif isinstance(current, int) and not isinstance(current, bool):
                value = int(value)
            setattr(target, f.name, value)
        else:
            dropped.append(f"{section}.{f.name}")
    return dropped


def _fits(value: Any, current: Any, limits: tuple[float, float] | None,
          allowed: tuple[str, ...] | None) -> bool:
    if isinstance(current, bool):
        return isinstance(value, bool)
    if isinstance(current, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            return False
        if isinstance(current, int) and not float(value).is_integer():
            return False
        return limits is None or limits[0] <= value <= limits[1]
    if isinstance(current, str):
        return isinstance(value, str) and (allowed is None or value in allowed)
    if isinstance(current, tuple):
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if isinstance(current, dict):
        return isinstance(value, dict)
    return False
