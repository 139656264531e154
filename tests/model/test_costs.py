"""The cost and ROI calculator against figures worked out by hand.

Rates are the course's (COURSE-FACTS.md): $3 per on-demand GPU hour, $1.20 spot,
$23 per TB-month, $0.0005 per call, $150,000 per FTE-year; compression cuts
inference cost by 70 %, caching cuts calls by 50 %.
"""

from __future__ import annotations

import itertools
import math
import re

import pytest

from desktop.model.costs import (
    DRIVER_IDS, LEVER_IDS, LINE_IDS, MINUS, CostInputs, CostRates, Currency, Lever,
    MoneySentence, calculate, format_money, format_number, format_percent, rate_decimals,
    roi, sensitivity, spot_percent, template_problems, where_the_money_is,
)
from desktop.model.state import CostState

RATES = CostRates(gpu_hour=3.0, gpu_hour_spot=1.2, storage_tb_month=23.0, per_call=0.0005,
                  fte_year=150_000.0)
LEVERS = (
    Lever("spot", "gpu", spot_percent(RATES)),
    Lever("compression", "inference", 70.0),
    Lever("caching", "inference", 50.0),
)
USD = Currency()
EUR = Currency(symbol="€", code="EUR", symbol_position="after", symbol_space=True,
               thousands_separator=".", decimal_separator=",", percent_space=True)
NBSP = "\u00a0"
RANGES = {"gpu_hours": (0, 10_000), "storage_tb": (0, 100), "calls_k": (0, 10_000),
          "team_fte": (0, 20), "value_k": (0, 10_000), "setup_k": (0, 5_000)}
DEFAULTS = dict(gpu_hours=200, storage_tb=5, calls_k=500, team_fte=3, value_k=1200)
SENTENCE = MoneySentence(
    main="Largest: {line}, {amount} of {total} ({share}).",
    levers_minor="Levers reach {lever_share}: little to gain.",
    levers_major="Levers reach {lever_share}: worth switching on.",
    minor_below_percent=20,
    empty="Nothing is spent.",
)
LABELS = {"gpu": "GPU compute", "storage": "Storage", "inference": "API inference",
          "team": "Team salaries"}


def inputs(levers=(), **changes) -> CostInputs:
    return CostInputs(**{**DEFAULTS, **changes}, levers=frozenset(levers))


def lines_of(result):
    return {x.id: (x.before, x.after) for x in result.lines}


approx = pytest.approx


# -- the cost lines, total, ROI and payback --------------------------------------------------

def test_defaults_follow_the_arithmetic_not_the_seeds_printed_gpu_line():
    r = calculate(inputs(), RATES, LEVERS)
    assert r.line("gpu").before == approx(200 * 3 * 12)  # 7,200, not the seed's $144,000
    assert r.line("gpu").before == approx(7_200)
    assert r.line("storage").before == approx(5 * 23 * 12) == 1_380
    assert r.line("inference").before == approx(500 * 1000 * 0.0005 * 12) == 3_000
    assert r.line("team").before == approx(3 * 150_000) == 450_000
    assert r.total == approx(7_200 + 1_380 + 3_000 + 450_000) == 461_580
    assert r.optimized_total == approx(461_580)
    assert r.roi.value == approx(1_200_000)
    assert r.roi.net == approx(1_200_000 - 461_580) == 738_420
    assert r.roi.percent == approx(738_420 / 461_580 * 100)  # 159.98 %
    # No set-up cost: the value exceeds the running cost from the first month on.
    assert r.roi.payback_months == 0 and r.roi.payback_month == 1
    assert not r.roi.is_loss
    assert r.dominant == "team"
    assert r.saving == 0 and r.reduction_percent == 0


def test_all_zero_gives_no_roi_and_no_payback_instead_of_infinity():
    r = calculate(CostInputs(), RATES, LEVERS)
    assert all(x.before == 0 and x.after == 0 for x in r.lines)
    assert r.total == 0 and r.optimized_total == 0
    assert r.roi.net == 0
    assert r.roi.percent is None  # shown as "n/a"
    assert r.roi.payback_months is None
    assert r.reduction_percent == 0
    assert r.dominant is None
    assert where_the_money_is(r, SENTENCE, LABELS, LEVERS, USD) == "Nothing is spent."


def test_zero_team_leaves_only_infrastructure():
    r = calculate(inputs(team_fte=0), RATES, LEVERS)
    assert r.line("team").before == 0
    assert r.total == approx(7_200 + 1_380 + 3_000)  # 11,580
    assert r.roi.net == approx(1_200_000 - 11_580)  # 1,188,420
    assert r.roi.percent == approx(1_188_420 / 11_580 * 100)  # 10,262.69 %
    assert r.roi.payback_month == 1
    assert r.dominant == "gpu"  # 7,200 is the largest line left


def test_all_sliders_at_maximum():
    r = calculate(CostInputs(1000, 100, 10_000, 20, 10_000), RATES, LEVERS)
    assert lines_of(r) == {
        "gpu": (approx(1000 * 3 * 12), approx(36_000)),
        "storage": (approx(100 * 23 * 12), approx(27_600)),
        "inference": (approx(10_000 * 1000 * 0.0005 * 12), approx(60_000)),
        "team": (approx(20 * 150_000), approx(3_000_000)),
    }
    assert r.total == approx(36_000 + 27_600 + 60_000 + 3_000_000) == 3_123_600
    assert r.roi.net == approx(10_000_000 - 3_123_600) == 6_876_400
    assert r.roi.percent == approx(6_876_400 / 3_123_600 * 100)
    assert r.roi.payback_month == 1


def test_value_equal_to_the_yearly_cost_never_pays_back():
    r = calculate(CostInputs(team_fte=3, value_k=450), RATES, LEVERS)  # value = cost = $450,000
    assert r.roi.net == 0 and r.roi.percent == 0
    # Costs recur: the value only ever catches up with the cost, never passes it.
    assert r.roi.payback_months is None and r.roi.payback_month is None


def test_negative_roi_is_a_loss():
    r = calculate(inputs(value_k=100), RATES, LEVERS)
    assert r.roi.net == approx(100_000 - 461_580) == -361_580
    assert r.roi.is_loss
    assert r.roi.percent == approx(-361_580 / 461_580 * 100)  # −78.3 %
    # The old "55.4 months" was one year's cost over the value: it never pays back.
    assert r.roi.payback_months is None and r.roi.payback_month is None


def test_the_issues_example_never_pays_back():
    r = calculate(inputs(value_k=300), RATES, LEVERS)  # $300K value, $461,580 a year
    assert r.roi.net == approx(-161_580)
    assert r.roi.percent == approx(-35.0, abs=0.01)
    assert r.roi.payback_month is None


def test_payback_is_the_month_cumulative_value_passes_cumulative_cost():
    # $300,000 set-up, net $738,420 a year = $61,535 a month: 4.875 months to recover it.
    r = calculate(inputs(setup_k=300), RATES, LEVERS)
    assert r.roi.payback_months == approx(300_000 * 12 / 738_420)
    assert r.roi.payback_months == approx(4.8753, abs=1e-4)
    assert r.roi.payback_month == 5
    month = r.roi.payback_month
    monthly_value, monthly_cost = 1_200_000 / 12, 461_580 / 12
    assert month * monthly_value > 300_000 + month * monthly_cost
    assert (month - 1) * monthly_value <= 300_000 + (month - 1) * monthly_cost
    assert r.roi.first_year_net == approx(738_420 - 300_000)
    # Exactly recovered at a month's end is not yet passed: the next month is payback.
    exact = roi(value=240_000, cost=120_000, setup=20_000)  # 2 months to recover exactly
    assert exact.payback_months == approx(2) and exact.payback_month == 3


@pytest.mark.parametrize("driver", ["gpu_hours", "team_fte", "value_k"])
def test_the_sensitivity_break_even_is_where_payback_stops_being_never(driver):
    x = inputs(setup_k=200, value_k=800)
    s = sensitivity(x, RATES, LEVERS, driver, *RANGES[driver])
    assert s.break_even is not None
    step = (RANGES[driver][1] - RANGES[driver][0]) / 1000
    before = calculate(x.with_value(driver, max(s.break_even.x - step, 0)), RATES, LEVERS)
    after = calculate(x.with_value(driver, s.break_even.x + step), RATES, LEVERS)
    paying = [r for r in (before, after) if r.roi.payback_month is not None]
    never = [r for r in (before, after) if r.roi.payback_month is None]
    assert len(paying) == len(never) == 1  # one side pays back, the other never does
    assert paying[0].roi.net > 0 >= never[0].roi.net


def test_zero_value_is_a_full_loss_that_never_pays_back():
    r = calculate(inputs(value_k=0), RATES, LEVERS)
    assert r.roi.net == approx(-461_580)
    assert r.roi.percent == approx(-100)
    assert r.roi.payback_months is None
    assert r.roi.is_loss


# -- levers ----------------------------------------------------------------------------------

def test_spot_alone_moves_training_hours_to_the_spot_rate():
    r = calculate(inputs({"spot"}), RATES, LEVERS)
    assert r.line("gpu").after == approx(200 * 1.2 * 12)  # 2,880
    assert [r.line(k).after for k in ("storage", "inference", "team")] == [1_380, 3_000, 450_000]
    assert r.lever("spot").saving == approx(7_200 - 2_880) == 4_320
    assert r.lever("compression").saving == 0 and r.lever("caching").saving == 0
    assert r.optimized_total == approx(461_580 - 4_320)  # 457,260
    assert r.reduction_percent == approx(4_320 / 461_580 * 100)  # 0.94 %
    assert r.roi.net == approx(1_200_000 - 457_260)  # ROI is on the cost after levers


def test_compression_alone_cuts_inference_cost():
    r = calculate(inputs({"compression"}), RATES, LEVERS)
    assert r.line("inference").after == approx(3_000 * (1 - 0.70))  # 900
    assert r.line("gpu").after == 7_200 and r.line("team").after == 450_000
    assert r.lever("compression").saving == approx(2_100)
    assert r.optimized_total == approx(461_580 - 2_100)


def test_caching_alone_cuts_inference_calls():
    r = calculate(inputs({"caching"}), RATES, LEVERS)
    # half of 500 thousand calls reach the model: 250 × 1000 × $0.0005 × 12
    assert r.line("inference").after == approx(250 * 1000 * 0.0005 * 12) == 1_500
    assert r.lever("caching").saving == approx(1_500)
    assert r.optimized_total == approx(460_080)


def test_compression_and_caching_combine_multiplicatively_and_split_the_overlap():
    r = calculate(inputs({"compression", "caching"}), RATES, LEVERS)
    assert r.line("inference").after == approx(3_000 * 0.30 * 0.50)  # 450, not 3,000 × (1 − 1.2)
    saving = 3_000 - 450  # 2,550
    overlap = 2_100 + 1_500 - saving  # 1,050 counted twice if added up
    assert r.lever("compression").saving == approx(2_100 - overlap / 2)  # 1,575
    assert r.lever("caching").saving == approx(1_500 - overlap / 2)  # 975
    assert r.lever("compression").alone == approx(2_100)
    assert r.lever("caching").alone == approx(1_500)
    assert r.saving == approx(saving)


def test_spot_and_compression_act_on_different_lines_and_simply_add():
    r = calculate(inputs({"spot", "compression"}), RATES, LEVERS)
    assert r.lever("spot").saving == approx(4_320)
    assert r.lever("compression").saving == approx(2_100)
    assert r.optimized_total == approx(461_580 - 4_320 - 2_100)


def test_all_levers_at_the_defaults_save_little_because_salaries_dominate():
    r = calculate(inputs(set(LEVER_IDS)), RATES, LEVERS)
    assert lines_of(r)["gpu"][1] == approx(2_880)
    assert lines_of(r)["inference"][1] == approx(450)
    assert r.optimized_total == approx(2_880 + 1_380 + 450 + 450_000) == 454_710
    assert r.saving == approx(4_320 + 2_550) == 6_870
    assert r.reduction_percent == approx(6_870 / 461_580 * 100)  # 1.49 %, not the seed's 55 %
    assert sum(x.saving for x in r.levers) == approx(r.saving)
    assert r.roi.net == approx(1_200_000 - 454_710)
    assert r.dominant == "team"


def test_all_levers_at_maximum_inputs():
    r = calculate(CostInputs(1000, 100, 10_000, 20, 10_000, levers=frozenset(LEVER_IDS)), RATES, LEVERS)
    assert r.line("gpu").after == approx(1000 * 1.2 * 12)  # 14,400
    assert r.line("inference").after == approx(60_000 * 0.3 * 0.5)  # 9,000
    assert r.optimized_total == approx(14_400 + 27_600 + 9_000 + 3_000_000)  # 3,051,000
    assert r.lever("spot").saving == approx(21_600)
    assert r.lever("compression").saving == approx(42_000 - (42_000 + 30_000 - 51_000) / 2)
    assert r.lever("caching").saving == approx(30_000 - (42_000 + 30_000 - 51_000) / 2)


def test_per_lever_savings_add_up_and_do_not_depend_on_file_order():
    reversed_levers = tuple(reversed(LEVERS))
    for values in ([200, 5, 500, 3, 1200], [1000, 0, 10_000, 0, 0], [10, 100, 70, 20, 5]):
        for n in range(len(LEVER_IDS) + 1):
            for on in itertools.combinations(LEVER_IDS, n):
                a = calculate(CostInputs(*values, levers=frozenset(on)), RATES, LEVERS)
                b = calculate(CostInputs(*values, levers=frozenset(on)), RATES, reversed_levers)
                assert sum(x.saving for x in a.levers) == approx(a.total - a.optimized_total)
                assert {x.id: x.saving for x in a.levers} == approx({x.id: x.saving for x in b.levers})
                assert all(x.saving >= -1e-9 for x in a.levers)


def test_spot_percent_comes_from_the_two_gpu_rates():
    assert spot_percent(RATES) == approx((1 - 1.2 / 3) * 100)  # 60 %
    assert spot_percent(CostRates(0, 0, 23, 0.0005, 150_000)) == 0


# -- inputs ----------------------------------------------------------------------------------

def test_inputs_from_the_learner_state():
    state = CostState(gpu_hours=100, storage_tb=2, calls_k=30, team_fte=1, value_k=50,
                      spot=True, caching=True)
    got = CostInputs.from_state(state)
    assert (got.gpu_hours, got.storage_tb, got.calls_k, got.team_fte, got.value_k) == (100, 2, 30, 1, 50)
    assert got.levers == {"spot", "caching"}


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1.0])
def test_impossible_inputs_are_refused(bad):
    with pytest.raises(ValueError):
        CostInputs(gpu_hours=bad)


def test_a_boolean_is_not_a_slider_value():
    with pytest.raises(TypeError):
        CostInputs(team_fte=True)


# -- sensitivity -----------------------------------------------------------------------------

def test_sensitivity_series_over_gpu_hours_has_no_break_even_at_the_defaults():
    s = sensitivity(inputs(), RATES, LEVERS, "gpu_hours", 0, 1000, points=11)
    assert s.xs == approx([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000])
    fixed = 1_380 + 3_000 + 450_000  # everything but GPU
    assert s.costs == approx([fixed + h * 3 * 12 for h in s.xs])
    assert s.net_roi == approx([1_200_000 - fixed - h * 36 for h in s.xs])
    assert (s.current, s.current_cost, s.current_net) == approx((200, 461_580, 738_420))
    assert s.break_even is None  # net ROI stays positive up to 1,000 hours


def test_break_even_in_team_size_is_solved_exactly():
    s = sensitivity(inputs(), RATES, LEVERS, "team_fte", 0, 20)
    expected = (1_200_000 - 11_580) / 150_000  # 7.9228 FTE: between two sample points
    assert s.break_even is not None
    assert s.break_even.x == approx(expected, rel=1e-12)
    assert s.break_even.cost == approx(1_200_000)
    assert expected not in s.xs


def test_break_even_follows_the_enabled_levers():
    s = sensitivity(inputs(set(LEVER_IDS)), RATES, LEVERS, "team_fte", 0, 20)
    assert s.break_even.x == approx((1_200_000 - (2_880 + 1_380 + 450)) / 150_000)  # 7.9686


def test_break_even_in_business_value_is_where_value_equals_cost():
    s = sensitivity(inputs(), RATES, LEVERS, "value_k", 0, 10_000)
    assert s.break_even.x == approx(461.58)
    assert s.break_even.cost == approx(461_580)
    assert s.costs == approx([461_580] * len(s.xs))  # value does not change cost


def test_break_even_in_inference_calls():
    base = CostInputs(0, 0, 0, 0, 30)  # $30,000 of value, each thousand calls costs $6 a year
    s = sensitivity(base, RATES, LEVERS, "calls_k", 0, 10_000)
    assert s.break_even.x == approx(30_000 / (1000 * 0.0005 * 12))  # 5,000 thousand


def test_a_flat_net_roi_has_no_break_even_point():
    free_gpu = CostRates(0, 0, 23, 0.0005, 150_000)
    s = sensitivity(inputs(), free_gpu, LEVERS, "gpu_hours", 0, 1000)
    assert s.break_even is None
    assert len(set(s.net_roi)) == 1


def test_break_even_at_the_end_of_the_range_counts():
    s = sensitivity(CostInputs(), RATES, LEVERS, "value_k", 0, 10_000)
    assert s.break_even.x == 0 and s.break_even.cost == 0


def test_sensitivity_refuses_unknown_drivers_and_empty_ranges():
    with pytest.raises(ValueError):
        sensitivity(inputs(), RATES, LEVERS, "spot", 0, 1)
    with pytest.raises(ValueError):
        sensitivity(inputs(), RATES, LEVERS, "gpu_hours", 5, 5)


# -- where the money is ----------------------------------------------------------------------

def test_salaries_dominate_at_the_defaults_and_the_levers_reach_little():
    text = where_the_money_is(calculate(inputs(), RATES, LEVERS), SENTENCE, LABELS, LEVERS, USD)
    # 450,000 / 461,580 = 97.5 %; GPU + inference = 10,200 / 461,580 = 2.2 %
    assert text == "Largest: Team salaries, $450,000 of $461,580 (97%). Levers reach 2%: little to gain."


def test_when_compute_dominates_the_levers_matter():
    r = calculate(CostInputs(1000, 0, 10_000, 0, 0), RATES, LEVERS)
    text = where_the_money_is(r, SENTENCE, LABELS, LEVERS, USD)
    # inference 60,000 of 96,000 = 62.5 %, rounded half up to 63 %; levers reach 100 %
    assert text == "Largest: API inference, $60,000 of $96,000 (63%). Levers reach 100%: worth switching on."


def test_template_problems_name_what_is_wrong():
    assert template_problems("{line} is {share}", ("line", "share")) == []
    assert "unknown placeholder '{cost}'" in template_problems("{cost}", ("line",))[0]
    assert "format" in template_problems("{line:>9}", ("line",))[0]
    assert "malformed" in template_problems("{line", ("line",))[0]
    assert template_problems("{line.__class__}", ("line",))  # no attribute access


# -- never inf or NaN ------------------------------------------------------------------------

def _finite(x):
    return x is None or math.isfinite(x)


def test_every_slider_at_both_ends_with_every_lever_combination_stays_finite():
    cases = 0
    for ends in itertools.product(*(RANGES[d] for d in DRIVER_IDS)):
        for n in range(len(LEVER_IDS) + 1):
            for on in itertools.combinations(LEVER_IDS, n):
                cases += 1
                x = CostInputs(*ends, levers=frozenset(on))
                r = calculate(x, RATES, LEVERS)
                numbers = [r.total, r.optimized_total, r.saving, r.reduction_percent, r.roi.value,
                           r.roi.cost, r.roi.net, r.roi.percent, r.roi.payback_months]
                numbers += [v for line in r.lines for v in (line.before, line.after)]
                numbers += [v for lv in r.levers for v in (lv.saving, lv.alone)]
                assert all(_finite(v) for v in numbers), (ends, on)
                assert (r.roi.percent is None) == (r.optimized_total == 0)
                assert (r.roi.payback_month is None) == (r.roi.net <= 0)
                texts = [format_money(v, USD) for v in (r.total, r.optimized_total, r.roi.net)]
                texts += [format_percent(r.roi.percent, USD), format_percent(r.reduction_percent, USD),
                          format_number(r.roi.payback_months, USD, 1),
                          where_the_money_is(r, SENTENCE, LABELS, LEVERS, USD)]
                for text in texts:
                    assert text and not re.search(r"\b(nan|inf|infinity)\b", text.lower())
                    assert "{" not in text
                for driver in DRIVER_IDS:
                    s = sensitivity(x, RATES, LEVERS, driver, *RANGES[driver])
                    assert all(map(math.isfinite, s.costs + s.net_roi))
                    if s.break_even is not None:
                        assert RANGES[driver][0] <= s.break_even.x <= RANGES[driver][1]
                        assert math.isfinite(s.break_even.cost)
    assert cases == 2 ** 6 * 2 ** 3


def test_tiny_value_or_cost_gives_n_a_rather_than_infinity():
    # Far outside the sliders (a typed value could be), the ratios overflow a float.
    huge_return = calculate(CostInputs(storage_tb=1e-300, value_k=1e9), RATES, LEVERS)
    assert huge_return.roi.percent is None  # 1e12 / 2.76e-298 × 100 overflows
    slow_payback = calculate(CostInputs(team_fte=1e6, value_k=1e-300), RATES, LEVERS)
    assert slow_payback.roi.payback_months is None  # 1.5e11 / (1e-297 / 12) overflows
    assert format_percent(huge_return.roi.percent, USD) == "n/a"
    # the smallest float: value / 12 would underflow to 0 and divide by zero
    assert roi(value=5e-324, cost=100).payback_months is None


# -- formatting ------------------------------------------------------------------------------

def test_money_has_thousands_separators_and_the_symbol_first():
    assert format_money(461_580, USD) == "$461,580"
    assert format_money(3_123_600, USD) == "$3,123,600"
    assert format_money(999, USD) == "$999"
    assert format_money(0, USD) == "$0"
    assert format_money(1_234_567.891, USD, 2) == "$1,234,567.89"
    assert format_money(0.0005, USD, rate_decimals(0.0005)) == "$0.0005"


def test_negative_money_reads_as_a_loss_with_a_true_minus_sign():
    assert format_money(-361_580, USD) == f"{MINUS}$361,580"
    assert MINUS == "\u2212"
    assert format_money(738_420, USD, signed=True) == "+$738,420"
    assert format_money(-0.4, USD) == "$0"  # rounds to nothing: no sign


def test_money_rounds_half_up_like_people_do():
    assert format_money(0.5, USD) == "$1"
    assert format_money(2.5, USD) == "$3"
    assert format_money(-2.5, USD) == f"{MINUS}$3"


def test_euro_variant_puts_the_symbol_after_with_european_separators():
    assert format_money(461_580, EUR) == f"461.580{NBSP}€"
    assert format_money(-1_234.5, EUR, 2) == f"{MINUS}1.234,50{NBSP}€"
    assert format_percent(12.5, EUR, 1) == f"12,5{NBSP}%"


def test_percent_and_not_available():
    assert format_percent(159.9766, USD) == "160%"
    assert format_percent(-78.33, USD, 1) == f"{MINUS}78.3%"
    assert format_percent(10_262.69, USD) == "10,263%"
    assert format_percent(None, USD) == "n/a"
    assert format_percent(None, USD, not_available="k. A.") == "k. A."
    assert format_money(None, USD) == "n/a"
    assert format_money(float("inf"), USD) == "n/a"
    assert format_number(float("nan"), USD) == "n/a"


def test_huge_amounts_still_format():
    assert format_money(1e20, USD) == "$100,000,000,000,000,000,000"


def test_rate_decimals_show_prices_as_people_write_them():
    assert [rate_decimals(x) for x in (3, 23, 150_000, 1.2, 0.0005)] == [0, 0, 0, 2, 4]
    assert format_money(1.2, USD, rate_decimals(1.2)) == "$1.20"


def test_line_ids_are_the_four_annual_lines():
    assert LINE_IDS == ("gpu", "storage", "inference", "team")
