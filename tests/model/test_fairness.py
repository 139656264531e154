"""The bias audit's arithmetic: four-fifths ratio, parity, bands, significance, counts."""

from __future__ import annotations

import math
from statistics import NormalDist

import pytest

from desktop.model.fairness import (
    AuditRules, Band, audit, band_for, disadvantaged_group, format_p_value, impact_ratio,
    is_adverse_impact, parity_difference, selected_count, two_proportion_test,
)

BANDS = (
    Band("pass", "Pass", "keep monitoring", 0.80),
    Band("caution", "Caution", "re-weight", 0.60),
    Band("fail", "Fail", "do not deploy", 0),
)
RULES = AuditRules(
    group_a="Group A", group_b="Group B", threshold=0.8, bands=BANDS, alpha=0.05,
    significant="SIG", not_significant="NOT SIG", not_defined="UNDEFINED",
    small_sample_note="SMALL", large_sample_note="LARGE",
)

# (rate A, rate B, ratio as lower/higher written out, lower group, B − A in pp, band)
CASES = [
    (65, 48, 48 / 65, "b", -17, "caution"),   # the seed's defaults: 0.74
    (48, 65, 48 / 65, "a", 17, "caution"),    # B higher: A is the disadvantaged group
    (60, 48, 4 / 5, "b", -12, "pass"),        # exactly four-fifths: not adverse
    (48, 60, 4 / 5, "a", 12, "pass"),         # the same boundary with B higher
    (50, 40, 4 / 5, "b", -10, "pass"),
    (55, 44, 4 / 5, "b", -11, "pass"),        # 0.44 / 0.55 is 0.7999999999999999 in floats
    (20, 16, 4 / 5, "b", -4, "pass"),         # so is 0.16 / 0.20, near the low end
    (60.5, 48.4, 4 / 5, "b", -12.1, "pass"),  # decimal rates on the boundary too
    (60, 47, 47 / 60, "b", -13, "caution"),   # just below four-fifths
    (94, 75, 75 / 94, "b", -19, "caution"),   # 0.798 rounds to 0.80 but is below it
    (50, 30, 3 / 5, "b", -20, "caution"),     # exactly 0.60 is caution, not fail
    (50, 29, 29 / 50, "b", -21, "fail"),
    (55, 55, 1.0, None, 0, "pass"),           # equal rates: nobody disadvantaged
    (10, 10, 1.0, None, 0, "pass"),           # both sliders at the low end
    (95, 95, 1.0, None, 0, "pass"),           # both sliders at the high end
    (95, 10, 10 / 95, "b", -85, "fail"),      # opposite ends
    (10, 95, 10 / 95, "a", 85, "fail"),
    (80, 79, 79 / 80, "b", -1, "pass"),       # a small gap is still the lower group
]


@pytest.mark.parametrize("rate_a, rate_b, ratio, lower, parity, band", CASES)
def test_ratio_group_parity_and_band(rate_a, rate_b, ratio, lower, parity, band):
    result = audit(rate_a, rate_b, 82, 500, 500, RULES)
    assert result.impact_ratio == pytest.approx(ratio, abs=1e-12)
    assert 0 <= result.impact_ratio <= 1
    assert result.disadvantaged == lower
    assert result.disadvantaged_name == {"a": "Group A", "b": "Group B", None: None}[lower]
    assert result.parity_difference == pytest.approx(parity, abs=1e-12)
    assert result.band_id == band
    assert result.band_label == {"pass": "Pass", "caution": "Caution", "fail": "Fail"}[band]
    # Adverse impact means "below four-fifths", which here is exactly the non-pass bands.
    assert result.adverse_impact is (band != "pass")
    # The single-purpose functions agree with the audit.
    assert impact_ratio(rate_a, rate_b) == result.impact_ratio
    assert disadvantaged_group(rate_a, rate_b) == lower
    assert parity_difference(rate_a, rate_b) == result.parity_difference
    assert is_adverse_impact(rate_a, rate_b, 0.8) is result.adverse_impact


def test_exact_boundary_survives_float_division():
    # Naive float division lands just under 0.8 for these exact four-fifths pairs.
    naive = [(b / 100) / (a / 100) for a, b in ((20, 16), (55, 44), (75, 60), (90, 72))]
    assert all(r < 0.8 for r in naive)
    for rate_a, rate_b in ((20, 16), (55, 44), (75, 60), (90, 72), (60, 48), (50, 40)):
        assert not is_adverse_impact(rate_a, rate_b, 0.8)
        assert not is_adverse_impact(rate_b, rate_a, 0.8)
        assert impact_ratio(rate_a, rate_b) == 0.8
        assert audit(rate_a, rate_b, 82, 500, 500, RULES).band_id == "pass"
    assert is_adverse_impact(60, 47.9, 0.8)
    assert is_adverse_impact(60, 47.99, 0.8)


def test_parity_difference_has_no_float_noise():
    # 48.1 - 65.3 is -17.199999999999996 in floats; the readout must say -17.2.
    assert parity_difference(65.3, 48.1) == -17.2


def test_band_for_limits():
    assert band_for(1.0, BANDS).id == "pass"
    assert band_for(0.8, BANDS).id == "pass"
    assert band_for(0.7999, BANDS).id == "caution"
    assert band_for(0.6, BANDS).id == "caution"
    assert band_for(0.5999, BANDS).id == "fail"
    assert band_for(0.0, BANDS).id == "fail"
    assert band_for(1.0, BANDS).advice == "keep monitoring"


@pytest.mark.parametrize("rate_a, rate_b, text", [
    (65, 48, "0.74"),    # the seed shows 0.74
    (60, 48, "0.80"),
    (94, 75, "0.797"),   # 0.7979 rounded would read 0.80 beside "Caution"
    (50, 29.9, "0.598"),  # 0.598 rounded would read 0.60 beside "Fail"
    (50, 30, "0.60"),
    (55, 55, "1.00"),
    (95, 10, "0.11"),
])
def test_ratio_text_never_contradicts_the_band(rate_a, rate_b, text):
    assert audit(rate_a, rate_b, 82, 500, 500, RULES).ratio_text == text


@pytest.mark.parametrize("rate_a, rate_b, line", [(65, 48, 52.0), (48, 65, 52.0), (10, 10, 8.0),
                                                  (95, 20, 76.0)])
def test_threshold_line_is_four_fifths_of_the_highest_rate(rate_a, rate_b, line):
    assert audit(rate_a, rate_b, 82, 500, 500, RULES).threshold_rate == pytest.approx(line)


# -- significance ----------------------------------------------------------------------------

def _reference_p(x_a, n_a, x_b, n_b):
    """The pooled z-test written out, with the normal CDF from math.erf."""
    p_a, p_b = x_a / n_a, x_b / n_b
    pooled = (x_a + x_b) / (n_a + n_b)
    z = (p_b - p_a) / math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    cdf = 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))
    return z, 2 * (1 - cdf)


@pytest.mark.parametrize("x_a, n_a, x_b, n_b", [
    (13, 20, 10, 20), (30, 100, 20, 100), (50, 100, 45, 100), (325, 500, 240, 500),
    (1, 10, 9, 10), (600, 1000, 550, 900), (9, 10, 1, 10), (70, 120, 40, 80),
])
def test_p_value_matches_the_formula(x_a, n_a, x_b, n_b):
    z, p = _reference_p(x_a, n_a, x_b, n_b)
    test = two_proportion_test(x_a, n_a, x_b, n_b)
    assert test.z == pytest.approx(z, rel=1e-9)
    assert test.p_value == pytest.approx(p, rel=1e-6, abs=1e-12)
    # And through the standard library's normal distribution as a second opinion.
    assert test.p_value == pytest.approx(2 * NormalDist().cdf(-abs(z)), rel=1e-6, abs=1e-12)


def test_seed_defaults_are_highly_significant_with_500_each():
    # 325 of 500 vs 240 of 500: pooled 0.565, se = sqrt(0.565 * 0.435 * 2/500) = 0.03135,
    # z = -0.17 / 0.03135 = -5.42, far in the tail.
    result = audit(65, 48, 82, 500, 500, RULES)
    assert (result.selected_a, result.selected_b) == (325, 240)
    assert result.z == pytest.approx(-5.42, abs=0.01)
    assert result.p_value < 1e-6
    assert result.significant is True
    assert result.significance_text == "SIG"
    assert result.note == ""  # the rule and the test agree


def test_same_rates_with_20_each_are_not_significant():
    # 13 of 20 vs 10 of 20 (48 % of 20 = 9.6 rounds to 10): pooled 0.575,
    # se = sqrt(0.575 * 0.425 * 0.1) = 0.1563, z = -0.15 / 0.1563 = -0.96, p = 0.337.
    result = audit(65, 48, 82, 20, 20, RULES)
    assert (result.selected_a, result.selected_b) == (13, 10)
    assert result.z == pytest.approx(-0.96, abs=0.01)
    assert result.p_value == pytest.approx(0.337, abs=0.002)
    assert result.significant is False
    assert result.significance_text == "NOT SIG"
    # The four-fifths rule flags it (0.74) while the test cannot tell it from chance.
    assert result.adverse_impact and result.note == "SMALL"


def test_textbook_case_30_vs_20_of_100():
    # pooled 0.25, se = sqrt(0.25 * 0.75 * 0.02) = 0.06124, z = 1.633, p = 0.1025.
    test = two_proportion_test(20, 100, 30, 100)
    assert test.z == pytest.approx(1.633, abs=0.001)
    assert test.p_value == pytest.approx(0.1025, abs=0.0005)


def test_large_samples_make_a_passing_gap_significant():
    # 65 % vs 60 %: ratio 0.92 passes, but with 10,000 each z = 0.05 / 0.00685 = 7.3.
    result = audit(65, 60, 82, 10_000, 10_000, RULES)
    assert not result.adverse_impact
    assert result.significant is True
    assert result.note == "LARGE"


def test_sign_of_z_follows_b_minus_a():
    assert two_proportion_test(20, 100, 30, 100).z > 0
    assert two_proportion_test(30, 100, 20, 100).z < 0


def test_equal_rates_give_p_one():
    result = audit(55, 55, 82, 500, 500, RULES)
    assert result.z == 0 and result.p_value == 1.0 and result.significant is False


@pytest.mark.parametrize("x_a, n_a, x_b, n_b", [
    (10, 10, 10, 10),  # everyone selected: pooled proportion 1
    (0, 10, 0, 10),    # no one selected: pooled proportion 0
    (5, 0, 5, 10),     # an empty group
    (0, 0, 0, 0),
])
def test_undefined_test_returns_none(x_a, n_a, x_b, n_b):
    assert two_proportion_test(x_a, n_a, x_b, n_b) is None


def test_undefined_test_inside_the_slider_ranges():
    # 95 % of 10 is 9.5, which rounds up to 10: everyone in both groups is approved.
    result = audit(95, 95, 82, 10, 10, RULES)
    assert (result.selected_a, result.selected_b) == (10, 10)
    assert result.z is None and result.p_value is None and result.significant is None
    assert result.significance_text == "UNDEFINED"
    assert result.note == ""


def test_format_p_value():
    assert format_p_value(None, "not defined") == "not defined"
    assert format_p_value(5.9e-8, "-") == "< 0.001"
    assert format_p_value(0.3372, "-") == "0.337"
    assert format_p_value(1.0, "-") == "1.000"


# -- counts ------------------------------------------------------------------------------------

@pytest.mark.parametrize("rate, n, selected", [
    (10, 10, 1), (95, 10, 10), (65, 10, 7), (48, 10, 5), (50, 11, 6),
    (10, 10_000, 1000), (95, 10_000, 9500), (65, 500, 325), (48, 500, 240), (48, 20, 10),
])
def test_selected_counts(rate, n, selected):
    assert selected_count(rate, n) == selected
    assert 0 <= selected_count(rate, n) <= n


def test_counts_pass_through_the_audit():
    result = audit(10, 95, 82, 10, 10_000, RULES)
    assert (result.n_a, result.n_b) == (10, 10_000)
    assert (result.selected_a, result.selected_b) == (1, 9500)


# -- robustness -------------------------------------------------------------------------------

def _finite_fields(result):
    numbers = [result.rate_a, result.rate_b, result.accuracy, result.impact_ratio,
               result.parity_difference, result.threshold_rate]
    numbers += [v for v in (result.z, result.p_value) if v is not None]
    return all(math.isfinite(v) for v in numbers)


def test_no_nan_anywhere_in_the_slider_ranges():
    rates = sorted({*range(10, 96, 5), 11, 47, 48, 49, 94, 95})
    counts = (10, 11, 19, 500, 9_999, 10_000)
    checked = 0
    for rate_a in rates:
        for rate_b in rates:
            for n_a in counts:
                for n_b in (10, 10_000):
                    result = audit(rate_a, rate_b, 50 if n_a % 2 else 99, n_a, n_b, RULES)
                    assert _finite_fields(result), (rate_a, rate_b, n_a, n_b)
                    assert 0 <= result.impact_ratio <= 1
                    assert result.threshold_rate <= max(rate_a, rate_b)
                    assert result.p_value is None or 0 <= result.p_value <= 1
                    assert result.significance_text in ("SIG", "NOT SIG", "UNDEFINED")
                    assert result.ratio_text and "nan" not in result.ratio_text.lower()
                    checked += 1
    assert checked == len(rates) ** 2 * len(counts) * 2


@pytest.mark.parametrize("rate_a, rate_b, n_a, n_b", [
    (0, 0, 500, 500), (0, 50, 500, 500), (100, 100, 500, 500), (float("nan"), 50, 500, 500),
    (float("inf"), 50, 500, 500), (-5, 50, 500, 500), (50, 150, 0, 0), (50, 40, -3, float("nan")),
])
def test_values_outside_the_sliders_never_give_nan(rate_a, rate_b, n_a, n_b):
    # A hand-edited save file or a spin box mid-edit must not make a readout show NaN.
    result = audit(rate_a, rate_b, float("nan"), n_a, n_b, RULES)
    assert _finite_fields(result)
    assert 0 <= result.rate_a <= 100 and 0 <= result.rate_b <= 100
    assert result.n_a >= 0 and result.n_b >= 0


def test_no_one_selected_anywhere_is_no_disparity():
    result = audit(0, 0, 82, 500, 500, RULES)
    assert result.impact_ratio == 1.0 and result.disadvantaged is None
    assert result.significance_text == "UNDEFINED"
