"""The churn model and its exact SHAP values, checked against Shapley's axioms,
a brute-force permutation implementation, and the story the course tells."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import numpy as np
import pytest

from desktop.content import churn as churn_content
from desktop.content.reader import read_file
from desktop.model.churn import (
    BackgroundSpec, ChurnModel, Customer, ExplanationRules, Feature, FeaturePhrases, RiskBand,
    base_value, explain, generate_background, predict_proba, shap_values,
)

CONTENT = Path(__file__).resolve().parents[2] / "content" / "churn_model.yaml"
DEFAULT = {"tickets": 8, "login_gap": 23, "renewal": 3, "spend_trend": "stable",
           "industry": "saas"}


@pytest.fixture(scope="module")
def content():
    reader = read_file(CONTENT, "content/churn_model.yaml")
    parsed = churn_content.parse(reader)
    assert reader.problems == []
    return parsed


@pytest.fixture(scope="module")
def model(content):
    return content.model


# -- an independent implementation, plain Python ------------------------------------------
def _term(feature: Feature, value) -> float:
    if feature.kind == "categorical":
        return dict(zip(feature.levels, feature.level_coefficients))[value]
    return feature.coefficient * value


def _row_value(feature: Feature, encoded: float):
    return feature.levels[int(encoded)] if feature.kind == "categorical" else encoded


def _coalition_value(model: ChurnModel, customer: dict, coalition: set) -> float:
    """Mean over the background of the probability with ``coalition`` from the customer."""
    total = 0.0
    for row in model.background.tolist():
        logit = model.intercept
        for j, f in enumerate(model.features):
            value = customer[f.id] if f.id in coalition else _row_value(f, row[j])
            logit += _term(f, value)
        total += 1.0 / (1.0 + math.exp(-logit))
    return total / len(model.background)


def brute_force_shap(model: ChurnModel, customer: dict) -> dict[str, float]:
    """Average each feature's marginal contribution over all orderings of the features."""
    ids = [f.id for f in model.features]
    cache: dict[frozenset, float] = {}

    def v(coalition: frozenset) -> float:
        if coalition not in cache:
            cache[coalition] = _coalition_value(model, customer, set(coalition))
        return cache[coalition]

    sums = dict.fromkeys(ids, 0.0)
    orderings = list(itertools.permutations(ids))
    for order in orderings:
        present: frozenset = frozenset()
        for fid in order:
            sums[fid] += v(present | {fid}) - v(present)
            present = present | {fid}
    return {fid: s / len(orderings) for fid, s in sums.items()}


def _random_customer(model: ChurnModel, rng: random.Random) -> dict:
    out = {}
    for f in model.features:
        if f.kind == "categorical":
            out[f.id] = rng.choice(f.levels)
        else:
            out[f.id] = float(rng.randint(0, 40))
    return out


def _crafted(coefficients: dict[str, float], columns: dict[str, list[float]],
             intercept: float = -0.4) -> ChurnModel:
    features = tuple(Feature(fid, fid.upper(), coefficient=c) for fid, c in coefficients.items())
    background = np.array([columns[f.id] for f in features]).T
    return ChurnModel(intercept, features, background)


# -- efficiency, and agreement with brute force ----------------------------------------------
def test_contributions_add_up_to_prediction_minus_base_for_random_customers(model):
    rng = random.Random(20240611)
    base = base_value(model)
    for _ in range(25):
        customer = Customer(_random_customer(model, rng))
        phi = shap_values(model, customer)
        assert sum(phi) == pytest.approx(predict_proba(model, customer) - base, abs=1e-9)


def test_efficiency_holds_for_random_crafted_models():
    rng = random.Random(7)
    for _ in range(20):
        ids = ["a", "b", "c", "d"]
        model = _crafted({i: rng.uniform(-1, 1) for i in ids},
                         {i: [rng.uniform(0, 5) for _ in range(30)] for i in ids},
                         intercept=rng.uniform(-2, 2))
        customer = Customer({i: rng.uniform(0, 5) for i in ids})
        phi = shap_values(model, customer)
        assert sum(phi) == pytest.approx(predict_proba(model, customer) - base_value(model),
                                         abs=1e-9)


def test_exact_values_match_a_brute_force_over_all_120_orderings(model):
    rng = random.Random(99)
    customers = [DEFAULT] + [_random_customer(model, rng) for _ in range(2)]
    for values in customers:
        expected = brute_force_shap(model, values)
        got = dict(zip(model.feature_ids, shap_values(model, Customer(values))))
        for fid in model.feature_ids:
            assert got[fid] == pytest.approx(expected[fid], abs=1e-12), fid


def test_prediction_and_base_value_follow_the_logistic_formula(model):
    logit = model.intercept + sum(_term(f, DEFAULT[f.id]) for f in model.features)
    assert predict_proba(model, Customer(DEFAULT)) == pytest.approx(1 / (1 + math.exp(-logit)),
                                                                    abs=1e-12)
    assert base_value(model) == pytest.approx(_coalition_value(model, DEFAULT, set()), abs=1e-12)


# -- the other Shapley axioms on crafted models ---------------------------------------------
def test_symmetric_features_get_equal_values():
    column = [0.0, 1.0, 4.0, 2.0, 7.0, 3.0]
    model = _crafted({"a": 0.6, "b": 0.6, "c": -0.3},
                     {"a": column, "b": list(column), "c": [5, 1, 0, 2, 2, 8]})
    phi = shap_values(model, Customer({"a": 5.0, "b": 5.0, "c": 1.0}))
    assert phi[0] == pytest.approx(phi[1], abs=1e-15)
    assert phi[0] > 0.01  # not trivially equal because both are zero


def test_a_zero_coefficient_feature_gets_nothing():
    model = _crafted({"a": 0.9, "dummy": 0.0, "c": -0.5},
                     {"a": [0, 1, 2, 3], "dummy": [10, 0, 3, 8], "c": [1, 1, 4, 0]})
    phi = shap_values(model, Customer({"a": 3.0, "dummy": 42.0, "c": 0.0}))
    assert phi[1] == pytest.approx(0.0, abs=1e-15)
    assert abs(phi[0]) > 0.01 and abs(phi[2]) > 0.01


def test_a_categorical_feature_with_equal_level_coefficients_gets_nothing():
    features = (Feature("x", "X", coefficient=0.5),
                Feature("kind", "Kind", kind="categorical", levels=("p", "q"),
                        level_coefficients=(0.3, 0.3)))
    model = ChurnModel(0.0, features, np.array([[0, 0], [2, 1], [4, 1]]))
    phi = shap_values(model, Customer({"x": 1.0, "kind": "p"}))
    assert phi[1] == pytest.approx(0.0, abs=1e-15)


def test_unknown_level_or_missing_value_is_refused(model):
    with pytest.raises(ValueError, match="no level 'mining'"):
        predict_proba(model, Customer({**DEFAULT, "industry": "mining"}))
    with pytest.raises(ValueError, match="renewal"):
        predict_proba(model, Customer({k: v for k, v in DEFAULT.items() if k != "renewal"}))


# -- the course's story for Enterprise Account #4471 ------------------------------------------
def test_default_customer_story(content):
    e = content.explain(content.default_customer)
    assert 0.75 <= e.prediction <= 0.81
    assert 0.25 <= e.base_value <= 0.31
    c = {fid: e.contribution(fid).shap for fid in DEFAULT}
    assert c["tickets"] > c["login_gap"] > c["renewal"] > 0
    assert c["spend_trend"] < 0 and c["industry"] < 0
    assert [d.feature for d in e.drivers][:3] == ["tickets", "login_gap", "renewal"]
    assert sum(c.values()) == pytest.approx(e.prediction - e.base_value, abs=1e-9)


def test_default_customer_explanation_names_top_drivers_and_48_hour_outreach(content):
    e = content.explain(content.default_customer)
    assert e.band.id == "high"
    assert "8 tickets" in e.text and "23 days" in e.text
    assert "48 hours" in e.text and e.text.index("8 tickets") < e.text.index("48 hours")
    assert "78%" in e.text  # the risk as the seed shows it


def test_low_risk_customer_gets_no_urgent_outreach(content):
    low = content.default_customer
    for fid, value in (("tickets", 1), ("login_gap", 2), ("renewal", 20),
                       ("spend_trend", "growing")):
        low = low.with_value(fid, value)
    e = content.explain(low)
    assert e.prediction < 0.40 and e.band.id == "low"
    assert "48 hours" not in e.text
    # below the average customer, the named reasons are the ones pulling risk down
    top = e.drivers[0]
    assert top.shap < 0 and top.display_value in e.text


def test_each_what_if_input_moves_the_prediction(content):
    base = content.default_customer
    p0 = predict_proba(content.model, base)
    changes = {"tickets": 2, "login_gap": 3, "renewal": 18, "spend_trend": "declining",
               "industry": "retail"}
    for fid, value in changes.items():
        e = content.explain(base.with_value(fid, value))
        assert e.prediction != pytest.approx(p0, abs=1e-3), fid
        assert e.contribution(fid).shap != pytest.approx(
            content.explain(base).contribution(fid).shap, abs=1e-3), fid


def test_more_tickets_mean_more_risk_and_a_bigger_ticket_contribution(content):
    risks, shares = [], []
    for n in range(0, 21, 4):
        e = content.explain(content.default_customer.with_value("tickets", n))
        risks.append(e.prediction)
        shares.append(e.contribution("tickets").shap)
    assert risks == sorted(risks) and shares == sorted(shares)


def test_drivers_are_ordered_by_size_and_values_are_displayed_with_units(content):
    e = content.explain(content.default_customer.with_value("tickets", 1))
    sizes = [abs(d.shap) for d in e.drivers]
    assert sizes == sorted(sizes, reverse=True)
    assert e.contribution("tickets").display_value == "1 ticket"
    assert e.contribution("industry").display_value == "SaaS"


# -- risk bands -------------------------------------------------------------------------------
def _rules(**kw) -> ExplanationRules:
    bands = (RiskBand("low", 0.0, "Low", "relax"), RiskBand("high", 0.7, "High", "call"),
             RiskBand("mid", 0.4, "Mid", "watch"))
    values = dict(bands=bands, phrases={"x": FeaturePhrases("x is {value}", "x only {value}")},
                  above_base="{band} {risk:.0%} because {drivers}.",
                  below_base="{band} {risk:.0%} though {drivers}.", near_base="{band}.",
                  also="Also {drivers}.", offset="But {drivers}.", action="Do: {action}")
    values.update(kw)
    return ExplanationRules(**values)


@pytest.mark.parametrize("risk, band", [(0.0, "low"), (0.3999, "low"), (0.40, "mid"),
                                        (0.6999, "mid"), (0.70, "high"), (1.0, "high")])
def test_bands_start_at_their_minimum(risk, band):
    assert _rules().band_for(risk).id == band


def test_small_contributions_are_not_named():
    model = _crafted({"x": 1.0}, {"x": [0.0, 1.0]})
    customer = Customer({"x": 1.0})  # risk 65 % against a base of 52 %
    named = explain(model, customer, _rules(minimum_contribution=0.05))
    assert named.text == "Mid 65% because x is 1. Do: watch"
    quiet = explain(model, customer, _rules(minimum_contribution=0.5))
    assert quiet.text == "Mid. Do: watch"


# -- the generated background -----------------------------------------------------------------
def _spec_features():
    features = (Feature("n", "N"), Feature("e", "E"), Feature("u", "U"),
                Feature("k", "K", kind="categorical", levels=("p", "q", "r"),
                        level_coefficients=(0, 0, 0)))
    specs = {"n": BackgroundSpec("poisson", mean=3, clip=(0, 20)),
             "e": BackgroundSpec("exponential", mean=8, clip=(0, 30)),
             "u": BackgroundSpec("uniform", low=1, high=24, clip=(1, 24)),
             "k": BackgroundSpec(weights=(0.5, 0.3, 0.2))}
    return features, specs


def test_background_is_reproducible_and_follows_its_distributions():
    features, specs = _spec_features()
    first = generate_background(features, specs, 4000, seed=11)
    assert np.array_equal(first, generate_background(features, specs, 4000, seed=11))
    assert not np.array_equal(first, generate_background(features, specs, 4000, seed=12))
    n, e, u, k = first.T
    assert n.mean() == pytest.approx(3, abs=0.15) and n.var() == pytest.approx(3, abs=0.3)
    assert e.max() <= 30 and e.mean() == pytest.approx(8, abs=0.6)
    assert set(u.tolist()) == set(range(1, 25))
    shares = np.bincount(k.astype(int)) / len(k)
    assert shares == pytest.approx([0.5, 0.3, 0.2], abs=0.03)
    assert np.all(first == np.round(first))  # whole numbers only


# -- plain rows in, numpy on first use ---------------------------------------------------------
def test_a_model_from_plain_rows_explains_like_one_from_a_matrix():
    rows = ((0.0, 1.0), (2.0, 0.0), (5.0, 1.0), (1.0, 1.0))
    features = (Feature("x", "X", coefficient=0.4),
                Feature("kind", "Kind", kind="categorical", levels=("p", "q"),
                        level_coefficients=(0.0, -0.7)))
    plain, matrix = ChurnModel(-0.3, features, rows), ChurnModel(-0.3, features, np.array(rows))
    assert "background" not in vars(plain), "the numpy matrix is made on first use only"
    customer = Customer({"x": 3.0, "kind": "q"})
    assert shap_values(plain, customer) == shap_values(matrix, customer)
    assert plain.background.shape == (4, 2) and not plain.background.flags.writeable


@pytest.mark.parametrize("rows, message", [
    ((), "non-empty"),
    (((1.0, 0.0), (2.0,)), "non-empty"),
    (((1.0, "many"),), "matrix of numbers"),
    (((1.0, 2.0),), "unknown level"),
    (((1.0, 0.5),), "unknown level"),
    (((float("nan"), 0.0),), "non-finite"),
])
def test_a_broken_background_is_refused(rows, message):
    features = (Feature("x", "X", coefficient=0.4),
                Feature("kind", "Kind", kind="categorical", levels=("p", "q"),
                        level_coefficients=(0.0, -0.7)))
    with pytest.raises(ValueError, match=message):
        ChurnModel(0.0, features, rows)


# -- rounding for display ------------------------------------------------------------------------
def test_rounded_contributions_add_up_exactly_and_stay_within_a_hundredth(content):
    rng = random.Random(31)
    for _ in range(200):
        customer = Customer(_random_customer(content.model, rng))
        e = content.explain(customer)
        base, prediction, shown = e.rounded(2)
        cents = [round(x * 100) for x in shown]
        assert sum(cents) == round(prediction * 100) - round(base * 100)
        assert (base, prediction) == (round(e.base_value, 2), round(e.prediction, 2))
        for c, x in zip(e.contributions, shown):
            assert abs(x - c.shap) < 0.01 + 1e-12, c.feature


def test_rounding_gives_the_seed_figures_for_the_default_customer(content):
    base, prediction, shown = content.explain(content.default_customer).rounded(2)
    assert (base, prediction) == (0.28, 0.78)
    assert shown[:3] == (0.31, 0.22, 0.17)
    assert sum(shown) == pytest.approx(0.50, abs=1e-12)
