"""A transparent churn model (logistic regression) and exact SHAP explanations of it.

The model's log-odds are a sum of one term per feature, so a coalition of features
is evaluated by taking the customer's term for features in the coalition and each
background customer's term for the rest. Shapley values are computed exactly over
all 2^n coalitions (interventional: absent features take background values, and the
probability is averaged over the background), so they add up to the prediction
minus the mean background prediction.

numpy is imported inside the functions that compute, never at module import: the
content loader builds a ChurnModel from plain tuples while the app starts, and the
numpy matrices behind it are made on first use (the first frame never waits for
numpy).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Mapping, Sequence

if TYPE_CHECKING:
    import numpy as np

NUMERIC = "numeric"
CATEGORICAL = "categorical"
#: Background distributions a numeric feature may draw from (all give whole numbers).
DISTRIBUTIONS = ("poisson", "exponential", "uniform")
#: Coalitions are enumerated, so the feature count is kept small on purpose.
MAX_FEATURES = 12


@dataclass(frozen=True)
class Feature:
    """One model input: a number with a per-unit coefficient, or a categorical one.

    A categorical feature is one player in the Shapley game; each level has its own
    coefficient (the reference level's may be 0).
    """

    id: str
    label: str
    kind: str = NUMERIC
    coefficient: float = 0.0
    unit: str = ""
    unit_one: str = ""  # singular unit, used when the value is exactly 1
    levels: tuple[str, ...] = ()
    level_labels: tuple[str, ...] = ()
    level_coefficients: tuple[float, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in (NUMERIC, CATEGORICAL):
            raise ValueError(f"feature '{self.id}': unknown kind '{self.kind}'")
        if self.kind == CATEGORICAL:
            if not self.levels or len(self.level_coefficients) != len(self.levels):
                raise ValueError(f"feature '{self.id}' needs one coefficient per level")
            if self.level_labels and len(self.level_labels) != len(self.levels):
                raise ValueError(f"feature '{self.id}' needs one label per level")

    @property
    def is_categorical(self) -> bool:
        return self.kind == CATEGORICAL

    def encode(self, value: float | str) -> float:
        """The number stored for ``value`` (the level's index for categorical features)."""
        if self.is_categorical:
            if value not in self.levels:
                raise ValueError(f"feature '{self.id}' has no level '{value}'")
            return float(self.levels.index(value))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
            raise ValueError(f"feature '{self.id}' needs a number, got {value!r}")
        return float(value)

    def term(self, value: float | str) -> float:
        """This feature's share of the log-odds for ``value``."""
        encoded = self.encode(value)
        if self.is_categorical:
            return self.level_coefficients[int(encoded)]
        return self.coefficient * encoded

    def display(self, value: float | str) -> str:
        """The value as a reader sees it: a level's label, or a number with its unit."""
        if self.is_categorical:
            index = self.levels.index(value)
            return self.level_labels[index] if self.level_labels else str(value)
        number = f"{float(value):g}"
        unit = self.unit_one if float(value) == 1 and self.unit_one else self.unit
        return f"{number} {unit}" if unit else number


@dataclass(frozen=True)
class Customer:
    """One customer: a value per feature id (a number, or a categorical level id)."""

    values: Mapping[str, float | str]

    def __getitem__(self, feature_id: str) -> float | str:
        return self.values[feature_id]

    def with_value(self, feature_id: str, value: float | str) -> "Customer":
        """A copy with one feature changed (for what-if controls)."""
        return replace(self, values={**self.values, feature_id: value})


@dataclass(frozen=True, eq=False)
class ChurnModel:
    """Logistic regression over ``features`` with a background set of customers.

    ``rows`` is the background: N rows of n numbers in feature order (categorical
    columns hold level indices), given as any sequence of sequences (tuples, or a
    numpy matrix). It is checked and kept as plain tuples; :attr:`background` is the
    (N, n) numpy matrix, made on first use. Equality is identity: comparing the
    background by value would be costly.
    """

    intercept: float
    features: tuple[Feature, ...]
    rows: Sequence[Sequence[float]]

    def __post_init__(self) -> None:
        n = len(self.features)
        if not 1 <= n <= MAX_FEATURES:
            raise ValueError(f"a churn model needs 1 to {MAX_FEATURES} features, got {n}")
        ids = [f.id for f in self.features]
        if len(set(ids)) != n:
            raise ValueError("feature ids must be unique")
        shape_error = f"the background must be a non-empty (N, {n}) matrix of numbers"
        try:
            rows = tuple(tuple(float(v) for v in row) for row in self.rows)
        except (TypeError, ValueError):
            raise ValueError(shape_error) from None
        if not rows or any(len(row) != n for row in rows):
            raise ValueError(shape_error)
        for j, feature in enumerate(self.features):
            column = [row[j] for row in rows]
            if not all(math.isfinite(v) for v in column):
                raise ValueError(f"background column '{feature.id}' holds a non-finite number")
            if feature.is_categorical and any(
                    v != int(v) or not 0 <= v < len(feature.levels) for v in column):
                raise ValueError(f"background column '{feature.id}' holds an unknown level")
        object.__setattr__(self, "rows", rows)

    @cached_property
    def background(self) -> np.ndarray:
        """The background as a read-only (N, n) matrix."""
        import numpy as np

        matrix = np.array(self.rows, dtype=float)
        matrix.setflags(write=False)
        return matrix

    @cached_property
    def _terms(self) -> np.ndarray:
        """Log-odds term of every background customer per feature, (N, n)."""
        import numpy as np

        matrix = self.background
        terms = np.empty_like(matrix)
        for j, feature in enumerate(self.features):
            column = matrix[:, j]
            if feature.is_categorical:
                levels = np.asarray(feature.level_coefficients, dtype=float)
                terms[:, j] = levels[column.astype(int)]
            else:
                terms[:, j] = feature.coefficient * column
        terms.setflags(write=False)
        return terms

    @property
    def feature_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.features)

    def feature(self, feature_id: str) -> Feature:
        for f in self.features:
            if f.id == feature_id:
                return f
        raise KeyError(feature_id)

    def customer_terms(self, customer: Customer) -> np.ndarray:
        """The customer's log-odds term per feature, in feature order."""
        import numpy as np

        missing = [f.id for f in self.features if f.id not in customer.values]
        if missing:
            raise ValueError(f"customer has no value for {', '.join(missing)}")
        return np.array([f.term(customer[f.id]) for f in self.features], dtype=float)


def _sigmoid(x: np.ndarray | float) -> np.ndarray:
    import numpy as np

    # tanh form: no overflow warnings for very large |x|
    return 0.5 * (1.0 + np.tanh(0.5 * np.asarray(x, dtype=float)))


def predict_proba(model: ChurnModel, customer: Customer) -> float:
    """The model's churn probability for one customer."""
    return float(_sigmoid(model.intercept + model.customer_terms(customer).sum()))


def background_predictions(model: ChurnModel) -> np.ndarray:
    """Churn probability of every background customer (N,)."""
    return _sigmoid(model.intercept + model._terms.sum(axis=1))


def base_value(model: ChurnModel) -> float:
    """The mean prediction over the background: where every explanation starts."""
    return float(background_predictions(model).mean())


@lru_cache(maxsize=None)
def _shapley_plan(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Coalition masks (2^n, n) and weights (n, 2^n) with phi = weights @ v(coalitions).

    phi_j = sum over S without j of |S|!(n-|S|-1)!/n! * (v(S + j) - v(S)), so v(T)
    enters phi_j with +w(|T|-1) when j is in T and with -w(|T|) when it is not.
    """
    import numpy as np

    count = 1 << n
    masks = np.array([[(s >> j) & 1 for j in range(n)] for s in range(count)], dtype=float)
    sizes = masks.sum(axis=1).astype(int)
    w = [math.factorial(k) * math.factorial(n - k - 1) / math.factorial(n) for k in range(n)]
    weights = np.zeros((n, count))
    for j in range(n):
        inside = masks[:, j] == 1
        weights[j, inside] = [w[k - 1] for k in sizes[inside]]
        weights[j, ~inside] = [-w[k] for k in sizes[~inside]]
    masks.setflags(write=False)
    weights.setflags(write=False)
    return masks, weights


def coalition_values(model: ChurnModel, customer: Customer) -> np.ndarray:
    """v(S) for every coalition S (bit j of the index = feature j present), (2^n,)."""
    masks, _ = _shapley_plan(len(model.features))
    own = model.intercept + masks @ model.customer_terms(customer)  # (2^n,)
    logits = own[:, None] + (1.0 - masks) @ model._terms.T  # (2^n, N)
    return _sigmoid(logits).mean(axis=1)


def shap_values(model: ChurnModel, customer: Customer) -> tuple[float, ...]:
    """Exact interventional Shapley values of the probability, in feature order."""
    _, weights = _shapley_plan(len(model.features))
    return tuple(float(x) for x in weights @ coalition_values(model, customer))


# -- explanation -----------------------------------------------------------------------
@dataclass(frozen=True)
class RiskBand:
    """A range of churn risk (from ``minimum`` up) with its label and recommended action."""

    id: str
    minimum: float
    label: str
    action: str


@dataclass(frozen=True)
class FeaturePhrases:
    """Plain-language clauses (``{value}`` is the display value) and short bar notes
    for a feature pushing the risk up or down."""

    up: str
    down: str
    up_note: str = ""
    down_note: str = ""


@dataclass(frozen=True)
class ExplanationRules:
    """How an explanation is put into words (templates are str.format strings).

    ``above_base``/``below_base``/``near_base`` take {band}, {risk}, {base} and
    {drivers}; ``also`` and ``offset`` take {drivers}; ``action`` takes {action}.
    Bands are checked from the highest ``minimum`` down.
    """

    bands: tuple[RiskBand, ...]
    phrases: Mapping[str, FeaturePhrases]
    above_base: str
    below_base: str
    near_base: str
    also: str
    offset: str
    action: str
    main_drivers: int = 2
    also_drivers: int = 1
    offset_drivers: int = 1
    minimum_contribution: float = 0.0
    joiner: str = ", "
    last_joiner: str = " and "

    def band_for(self, risk: float) -> RiskBand:
        for band in sorted(self.bands, key=lambda b: b.minimum, reverse=True):
            if risk >= band.minimum:
                return band
        return min(self.bands, key=lambda b: b.minimum)


@dataclass(frozen=True)
class Contribution:
    """One feature's SHAP value for one customer, with the value shown to the reader."""

    feature: str
    label: str
    value: float | str
    display_value: str
    shap: float
    note: str = ""  # short caption for the bar ("Disengagement signal")


@dataclass(frozen=True)
class Explanation:
    """Everything the explainability demo shows for one customer."""

    prediction: float
    base_value: float
    contributions: tuple[Contribution, ...]  # in the model's feature order
    drivers: tuple[Contribution, ...]  # largest |SHAP| first (waterfall order)
    band: RiskBand
    text: str

    @property
    def action(self) -> str:
        return self.band.action

    def contribution(self, feature_id: str) -> Contribution:
        for c in self.contributions:
            if c.feature == feature_id:
                return c
        raise KeyError(feature_id)

    def rounded(self, places: int = 2) -> tuple[float, float, tuple[float, ...]]:
        """Base value, prediction and contributions (feature order) rounded for display
        so that the shown contributions add up exactly to the shown prediction minus
        the shown base value (largest-remainder rounding)."""
        return _rounded(self.base_value, self.prediction,
                        [c.shap for c in self.contributions], places)


def _rounded(base: float, prediction: float, shares: list[float],
             places: int) -> tuple[float, float, tuple[float, ...]]:
    scale = 10 ** places
    base_units, prediction_units = round(base * scale), round(prediction * scale)
    exact = [x * scale for x in shares]
    units = [math.floor(x) for x in exact]
    missing = prediction_units - base_units - sum(units)
    # the shares add up to prediction - base, so 0 <= missing <= len(shares); the
    # units go to the shares that rounding down cut the most
    order = sorted(range(len(units)), key=lambda i: exact[i] - units[i], reverse=missing > 0)
    for i in (order * (abs(missing) // max(1, len(units)) + 1))[:abs(missing)]:
        units[i] += 1 if missing > 0 else -1
    return base_units / scale, prediction_units / scale, tuple(u / scale for u in units)


def _join(parts: list[str], rules: ExplanationRules) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return rules.joiner.join(parts[:-1]) + rules.last_joiner + parts[-1]


def _clauses(drivers: list[Contribution], rules: ExplanationRules) -> str:
    out = []
    for c in drivers:
        phrases = rules.phrases[c.feature]
        out.append((phrases.up if c.shap > 0 else phrases.down).format(value=c.display_value))
    return _join(out, rules)


def explanation_text(prediction: float, base: float, drivers: tuple[Contribution, ...],
                     band: RiskBand, rules: ExplanationRules) -> str:
    """The plain-language text: main drivers, more of the same, the other way, the action."""
    floor = rules.minimum_contribution
    above = prediction >= base
    # the story follows the direction in which the risk moved from the average customer
    same = [c for c in drivers if (c.shap > floor if above else c.shap < -floor)]
    other = [c for c in drivers if (c.shap < -floor if above else c.shap > floor)]
    main = same[:rules.main_drivers]
    more = same[rules.main_drivers:rules.main_drivers + rules.also_drivers]
    fields = dict(band=band.label, risk=prediction, base=base, drivers=_clauses(main, rules))
    if not main:
        sentences = [rules.near_base.format(**fields)]
    else:
        sentences = [(rules.above_base if above else rules.below_base).format(**fields)]
    if more:
        sentences.append(rules.also.format(drivers=_clauses(more, rules)))
    against = other[:rules.offset_drivers]
    if against:
        sentences.append(rules.offset.format(drivers=_clauses(against, rules)))
    sentences.append(rules.action.format(action=band.action))
    return " ".join(s for s in sentences if s)


def explain(model: ChurnModel, customer: Customer, rules: ExplanationRules) -> Explanation:
    """Predict, attribute the prediction exactly, and put it into words."""
    values = coalition_values(model, customer)
    _, weights = _shapley_plan(len(model.features))
    phi = weights @ values
    # v(all features) is the prediction and v(no feature) the base value: both come
    # from the same coalition table, so the contributions add up to their difference
    prediction, base = float(values[-1]), float(values[0])
    contributions = []
    for j, f in enumerate(model.features):
        phrases = rules.phrases.get(f.id)
        note = "" if phrases is None else (phrases.up_note if phi[j] > 0 else phrases.down_note)
        contributions.append(Contribution(f.id, f.label, customer[f.id],
                                          f.display(customer[f.id]), float(phi[j]), note))
    drivers = tuple(sorted(contributions, key=lambda c: abs(c.shap), reverse=True))
    band = rules.band_for(prediction)
    text = explanation_text(prediction, base, drivers, band, rules)
    return Explanation(prediction, base, tuple(contributions), drivers, band, text)


# -- background set ----------------------------------------------------------------------
@dataclass(frozen=True)
class BackgroundSpec:
    """How one feature's background column is drawn.

    Numeric: ``distribution`` is poisson (``mean``), exponential (``mean``, rounded to
    whole numbers) or uniform (whole numbers ``low``..``high``), then clipped to
    ``clip``. Categorical: ``weights`` per level.
    """

    distribution: str = ""
    mean: float = 0.0
    low: float = 0.0
    high: float = 0.0
    clip: tuple[float, float] | None = None
    weights: tuple[float, ...] = ()


def _draw(spec: BackgroundSpec, feature: Feature, u: float) -> float:
    if feature.is_categorical:
        total = sum(spec.weights)
        running = 0.0
        for index, weight in enumerate(spec.weights):
            running += weight / total
            if u < running:
                return float(index)
        return float(len(spec.weights) - 1)
    if spec.distribution == "poisson":  # inverse CDF
        k, p = 0, math.exp(-spec.mean)
        cdf = p
        while u > cdf and k < 10_000:
            k += 1
            p *= spec.mean / k
            cdf += p
        value = float(k)
    elif spec.distribution == "exponential":
        value = float(round(-spec.mean * math.log(1.0 - u)))
    elif spec.distribution == "uniform":
        low, high = int(spec.low), int(spec.high)
        value = float(low + min(int(u * (high - low + 1)), high - low))
    else:
        raise ValueError(f"unknown distribution '{spec.distribution}'")
    if spec.clip is not None:
        value = min(max(value, spec.clip[0]), spec.clip[1])
    return value


def background_rows(features: tuple[Feature, ...], specs: Mapping[str, BackgroundSpec],
                    size: int, seed: int) -> tuple[tuple[float, ...], ...]:
    """A reproducible background set: ``size`` rows of one number per feature.

    Only ``random.Random(seed).random()`` is used (one draw per cell, row by row):
    Python guarantees that sequence across versions, so the set never changes.
    """
    rng = random.Random(seed)
    return tuple(tuple(_draw(specs[f.id], f, rng.random()) for f in features)
                 for _ in range(size))


def generate_background(features: tuple[Feature, ...], specs: Mapping[str, BackgroundSpec],
                        size: int, seed: int) -> np.ndarray:
    """:func:`background_rows` as a (size, n) numpy matrix."""
    import numpy as np

    return np.array(background_rows(features, specs, size, seed), dtype=float)
