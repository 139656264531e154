"""content/churn_model.yaml -> the churn model, its default customer and explanation rules.

Parsing imports no numpy (the app's first frame must not wait for it): the model is
built from plain tuples, and its numpy matrices are made on the first explanation.
"""

from __future__ import annotations

import dataclasses
import string
from dataclasses import dataclass
from typing import Any, Mapping

from ..model.churn import (
    CATEGORICAL, DISTRIBUTIONS, NUMERIC, BackgroundSpec, ChurnModel, Customer, Explanation,
    ExplanationRules, Feature, FeaturePhrases, RiskBand, background_rows, explain,
)
from ..model.state import ShapState
from .reader import Reader

SECTION = "shap"
#: The model's features are exactly the what-if fields of the learner state.
FEATURE_IDS = tuple(f.name for f in dataclasses.fields(ShapState))
TEXT_KEYS = (
    "title", "intro", "prediction_label", "customer_label", "chart_caption", "base_label",
    "prediction_bar_label", "what_if_title", "what_if_hint", "reset_label",
    "explanation_title", "shap_note", "background_note",
)
#: Fields each explanation template may use (with sample values to try formats on).
_TEMPLATE_FIELDS: dict[str, dict[str, Any]] = {
    "above_base": {"band": "High", "risk": 0.5, "base": 0.3, "drivers": "x"},
    "below_base": {"band": "High", "risk": 0.5, "base": 0.3, "drivers": "x"},
    "near_base": {"band": "High", "risk": 0.5, "base": 0.3, "drivers": "x"},
    "also": {"drivers": "x"},
    "offset": {"drivers": "x"},
    "action": {"action": "x"},
}
_PHRASE_FIELDS = {"value": "8 tickets"}


@dataclass(frozen=True)
class WhatIfControl:
    """One what-if input: a slider (numeric) or a list of options (categorical)."""

    feature: str
    label: str
    kind: str
    minimum: float = 0.0
    maximum: float = 0.0
    step: float = 1.0
    unit: str = ""
    options: tuple[tuple[str, str], ...] = ()  # (level id, label)


@dataclass(frozen=True)
class CustomerFact:
    """A display-only fact about the default customer (not a model input)."""

    label: str
    value: str


@dataclass(frozen=True)
class ChurnTexts:
    title: str
    intro: str
    prediction_label: str
    customer_label: str
    chart_caption: str
    base_label: str
    prediction_bar_label: str
    what_if_title: str
    what_if_hint: str
    reset_label: str
    explanation_title: str
    shap_note: str
    background_note: str


@dataclass(frozen=True)
class ChurnContent:
    """The explainability demo: model, default customer, what-if controls, rules, texts.

    ``model`` is None only when the file had problems (the loader then rejects it).
    """

    texts: ChurnTexts
    model: ChurnModel | None
    customer_name: str
    facts: tuple[CustomerFact, ...]
    default_customer: Customer
    controls: tuple[WhatIfControl, ...]
    rules: ExplanationRules

    def control(self, feature_id: str) -> WhatIfControl:
        for c in self.controls:
            if c.feature == feature_id:
                return c
        raise KeyError(feature_id)

    def customer_from_state(self, shap: Any) -> Customer:
        """The what-if customer held by a ShapState (or any object with those fields)."""
        return Customer({f: getattr(shap, f) for f in FEATURE_IDS})

    def explain(self, customer: Customer) -> Explanation:
        """Prediction, exact SHAP contributions and the worded explanation."""
        if self.model is None:
            raise ValueError("the churn model content has problems")
        return explain(self.model, customer, self.rules)

    # -- learner state rules ------------------------------------------------------------
    def defaults(self) -> dict[str, dict[str, Any]]:
        values = {}
        for c in self.controls:
            value = self.default_customer.values.get(c.feature)
            values[c.feature] = float(value) if c.kind == NUMERIC else value
        return {SECTION: values}

    def ranges(self) -> dict[str, dict[str, tuple[float, float]]]:
        return {SECTION: {c.feature: (c.minimum, c.maximum)
                          for c in self.controls if c.kind == NUMERIC}}

    def choices(self) -> dict[str, dict[str, tuple[str, ...]]]:
        return {SECTION: {c.feature: tuple(level for level, _ in c.options)
                          for c in self.controls if c.kind == CATEGORICAL}}


# -- parsing ---------------------------------------------------------------------------------
def _template(r: Reader, key: str, allowed: Mapping[str, Any]) -> str:
    """A format string whose fields are all in ``allowed`` and whose format specs work."""
    text = r.text(key)
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError as exc:
        r.problem(f"'{key}' is not a valid template: {exc}", r.line_of(key))
        return text
    unknown = sorted(n for n in names if n not in allowed)
    if unknown:
        r.problem(f"'{key}' uses unknown field {{{unknown[0]}}}; allowed: "
                  + ", ".join("{" + a + "}" for a in allowed), r.line_of(key))
        return text
    try:
        text.format(**allowed)
    except (ValueError, IndexError, KeyError) as exc:
        r.problem(f"'{key}' is not a valid template: {exc}", r.line_of(key))
    return text


def _texts(r: Reader) -> ChurnTexts:
    t = r.child("texts")
    return ChurnTexts(**{key: t.text(key) for key in TEXT_KEYS})


@dataclass(frozen=True)
class _ParsedFeature:
    feature: Feature
    control: WhatIfControl
    spec: BackgroundSpec
    phrases: FeaturePhrases


def _numeric(r: Reader, fid: str, label: str) -> tuple[Feature, WhatIfControl, BackgroundSpec]:
    w = r.child("what_if")
    low, high = w.number("min"), w.number("max")
    step = w.number("step", minimum=0)
    if high <= low:
        w.problem(f"'max' must be greater than 'min' ({low})", w.line_of("max"))
    if step <= 0:
        w.problem("'step' must be greater than 0", w.line_of("step"))
    elif high > low:
        w.step_fits(step, low, high)
    unit, unit_one = r.text("unit", "", allow_empty=True), r.text("unit_one", "", allow_empty=True)
    feature = Feature(fid, label, NUMERIC, coefficient=r.number("coefficient"),
                      unit=unit, unit_one=unit_one)
    b = r.child("background")
    kind = b.choice("distribution", DISTRIBUTIONS)
    spec = BackgroundSpec(kind, clip=(low, high))
    if kind in ("poisson", "exponential"):
        spec = dataclasses.replace(spec, mean=b.number("mean", minimum=0))
        if spec.mean <= 0 and b.has("mean"):
            b.problem("'mean' must be greater than 0", b.line_of("mean"))
    elif kind == "uniform":
        lo, hi = b.integer("low"), b.integer("high")
        if hi < lo:
            b.problem(f"'high' must be at least 'low' ({lo})", b.line_of("high"))
        spec = dataclasses.replace(spec, low=lo, high=hi)
    control = WhatIfControl(fid, label, NUMERIC, low, high, step or 1.0, unit=unit)
    return feature, control, spec


def _categorical(r: Reader, fid: str, label: str) -> tuple[Feature, WhatIfControl, BackgroundSpec]:
    levels = r.items("levels", min_items=2)
    r.unique_ids(levels)
    ids, labels, coefficients, weights = [], [], [], []
    for level in levels:
        ids.append(level.ident("id"))
        labels.append(level.text("label"))
        coefficients.append(float(level.number("coefficient")))
        weights.append(float(level.number("weight", minimum=0)))
    if levels and sum(weights) <= 0:
        r.problem("the levels' weights must not all be 0", r.line_of("levels"))
    if len(ids) < 2:  # keep the placeholder objects valid; the problem is already recorded
        ids, labels, coefficients, weights = ["a", "b"], ["a", "b"], [0.0, 0.0], [1.0, 1.0]
    feature = Feature(fid, label, CATEGORICAL, levels=tuple(ids), level_labels=tuple(labels),
                      level_coefficients=tuple(coefficients))
    control = WhatIfControl(fid, label, CATEGORICAL, options=tuple(zip(ids, labels)))
    return feature, control, BackgroundSpec(weights=tuple(weights))


def _feature(r: Reader) -> _ParsedFeature:
    fid, label = r.ident("id"), r.text("label")
    kind = r.choice("kind", (NUMERIC, CATEGORICAL))
    build = _numeric if kind == NUMERIC else _categorical
    feature, control, spec = build(r, fid, label)
    p = r.child("phrases")
    phrases = FeaturePhrases(
        up=_template(p, "up", _PHRASE_FIELDS), down=_template(p, "down", _PHRASE_FIELDS),
        up_note=p.text("up_note", "", allow_empty=True),
        down_note=p.text("down_note", "", allow_empty=True),
    )
    return _ParsedFeature(feature, control, spec, phrases)


def _features(m: Reader) -> tuple[_ParsedFeature, ...]:
    items = m.items("features", min_items=1)
    m.unique_ids(items)
    parsed = tuple(_feature(item) for item in items)
    found = [p.feature.id for p in parsed]
    missing = [f for f in FEATURE_IDS if f not in found]
    if missing:
        m.problem(f"'features' lacks {', '.join(missing)} (needed: {', '.join(FEATURE_IDS)})",
                  m.line_of("features"))
    for item, p in zip(items, parsed):
        if p.feature.id and p.feature.id not in FEATURE_IDS:
            item.problem(f"unknown feature '{p.feature.id}'; features are "
                         f"{', '.join(FEATURE_IDS)}", item.line_of("id"))
    return parsed


def _customer(r: Reader, parsed: tuple[_ParsedFeature, ...]) -> tuple[str, tuple, Customer]:
    c = r.child("customer")
    name = c.text("name")
    facts = c.each("facts", lambda f: CustomerFact(f.text("label"), f.text("value")),
                   optional=True)
    v = c.child("values")
    values: dict[str, Any] = {}
    for p in parsed:
        fid, control = p.feature.id, p.control
        if not fid:
            continue
        if control.kind == NUMERIC:
            values[fid] = v.number(fid, minimum=control.minimum, maximum=control.maximum,
                                   derived=True)
        else:
            values[fid] = v.choice(fid, p.feature.levels)
    return name, facts, Customer(values)


def _band(r: Reader) -> RiskBand:
    return RiskBand(r.ident("id"), r.number("minimum", minimum=0, maximum=1), r.text("label"),
                    r.text("action"))


def _rules(r: Reader, parsed: tuple[_ParsedFeature, ...]) -> ExplanationRules:
    e = r.child("explanation")
    items = e.items("bands", min_items=1)
    e.unique_ids(items)
    bands = tuple(_band(b) for b in items)
    if bands and min(b.minimum for b in bands) != 0:
        e.problem("one of the 'bands' needs minimum 0, so every risk has a band",
                  e.line_of("bands"))
    for i in range(1, len(bands)):
        if bands[i].minimum >= bands[i - 1].minimum:
            items[i].problem(f"bands go from the highest minimum down; {bands[i].minimum} is "
                             f"not below {bands[i - 1].minimum}", items[i].line_of("minimum"))
    templates = {key: _template(e, key, fields) for key, fields in _TEMPLATE_FIELDS.items()}
    return ExplanationRules(
        bands=bands,
        phrases={p.feature.id: p.phrases for p in parsed},
        main_drivers=e.integer("main_drivers", minimum=1, maximum=len(FEATURE_IDS)),
        also_drivers=e.integer("also_drivers", minimum=0, maximum=len(FEATURE_IDS)),
        offset_drivers=e.integer("offset_drivers", minimum=0, maximum=len(FEATURE_IDS)),
        minimum_contribution=e.number("minimum_contribution", minimum=0, maximum=1),
        # YAML text is stripped, so the spaces around the separators are added here
        joiner=e.text("list_separator") + " ",
        last_joiner=" " + e.text("last_separator") + " ",
        **templates,
    )


def parse(r: Reader) -> ChurnContent:
    """Read churn_model.yaml; problems are recorded on ``r`` with their lines."""
    before = len(r.problems)
    r.integer("schema", minimum=1, maximum=1)
    texts = _texts(r)
    m = r.child("model")
    intercept = m.number("intercept")
    parsed = _features(m)
    b = r.child("background")
    size = b.integer("size", minimum=10, maximum=5000)
    seed = b.integer("seed", minimum=0)
    name, facts, customer = _customer(r, parsed)
    rules = _rules(r, parsed)
    model = None
    if len(r.problems) == before:
        # order the features as the learner state does, so contributions line up with it
        by_id = {p.feature.id: p for p in parsed}
        ordered = tuple(by_id[f] for f in FEATURE_IDS)
        features = tuple(p.feature for p in ordered)
        # plain tuples: parsing stays free of numpy, which the model loads on first use
        background = background_rows(features, {p.feature.id: p.spec for p in ordered},
                                     size, seed)
        model = ChurnModel(intercept, features, background)
        parsed = ordered
    return ChurnContent(texts=texts, model=model, customer_name=name, facts=facts,
                        default_customer=customer,
                        controls=tuple(p.control for p in parsed), rules=rules)
