"""'Which structure fits you?': the rule engine, and the course's rules on real cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.content.reader import read_file
from desktop.content.teams import TeamsContent, parse
from desktop.model.state import TeamState
from desktop.model.team_fit import (
    FitInputs, FitRule, FitRules, FlagCondition, NumberCondition, Recommendation, recommend,
)

CONTENT = Path(__file__).resolve().parents[2] / "content"


# -- the engine, on rules written here ---------------------------------------------------------

ENGINE = FitRules(
    rules=(
        FitRule("big", "many people", numbers=(NumberCondition("practitioners", minimum=10),)),
        FitRule("strict", "regulated", flags=(FlagCondition("regulated", True),)),
        FitRule("mid", "a band", numbers=(NumberCondition("size", 100, 200),)),
    ),
    fallback=Recommendation("other", "nothing matched"),
)


def test_first_matching_rule_wins():
    # Both the first and the second rule hold; order decides.
    assert recommend(ENGINE, FitInputs(50, 12, False, True)).structure == "big"
    assert recommend(ENGINE, FitInputs(50, 9, False, True)) == Recommendation("strict", "regulated", 1)


def test_number_limits_are_inclusive():
    assert recommend(ENGINE, FitInputs(100, 0, False, False)).structure == "mid"
    assert recommend(ENGINE, FitInputs(200, 0, False, False)).structure == "mid"
    assert recommend(ENGINE, FitInputs(201, 0, False, False)).structure == "other"
    assert recommend(ENGINE, FitInputs(99, 0, False, False)).structure == "other"


def test_fallback_when_no_rule_matches():
    result = recommend(ENGINE, FitInputs(5, 1, True, False))
    assert result == Recommendation("other", "nothing matched", -1)


def test_the_learners_team_state_can_be_passed_directly():
    state = TeamState(structure="", size=150, practitioners=0, core=False, regulated=False)
    assert recommend(ENGINE, state).structure == "mid"


# -- the course's rules (content/teams.yaml) ------------------------------------------------

@pytest.fixture(scope="module")
def teams() -> TeamsContent:
    reader = read_file(CONTENT / "teams.yaml", "content/teams.yaml")
    content = parse(reader)
    assert reader.problems == []
    return content


CASES = [
    # Quiz 3: a 200-person startup with 3 data scientists and 1 ML engineer (its two
    # analysts build no ML) and ML core to the product: fewer than five -> embedded.
    ((200, 4, True, False), "embedded"),
    # Same company but regulated: central reviews and audits come first.
    ((200, 4, True, True), "centralized"),
    # Quiz 3's feedback: hub-and-spoke pays off from about five embedded practitioners,
    # so a 500-person ML-core company with 10 of them gets a hub, not "embedded".
    ((500, 10, True, False), "hub_and_spoke"),
    ((200, 5, True, False), "hub_and_spoke"),
    # A small firm trying ML for the first time with two people: keep them together.
    ((40, 2, False, False), "centralized"),
    # A tiny product-led start-up whose product is ML: one DS sits in the product team.
    ((30, 1, True, False), "embedded"),
    # A large company with 8 practitioners spread across units: shared platform pays off.
    ((3000, 8, False, False), "hub_and_spoke"),
    # About 30 ML staff or more: a hub, even in a mid-size or regulated company.
    ((600, 30, True, False), "hub_and_spoke"),
    ((600, 45, False, True), "hub_and_spoke"),
    # Mid-size, ML supports internal decisions, 12 practitioners: a central CoE.
    ((600, 12, False, False), "centralized"),
    # Large but only 3 practitioners, ML core: too few for a hub, so embed them.
    ((8000, 3, True, False), "embedded"),
    # 29 practitioners in a mid-size ML-core company: well past five embedded ones.
    ((900, 29, True, False), "hub_and_spoke"),
]


@pytest.mark.parametrize(("answers", "expected"), CASES)
def test_course_recommendations(teams, answers, expected):
    result = teams.recommend(FitInputs(*answers))
    assert result.structure == expected
    assert result.reason and result.rule >= 0


def test_quiz_3_scenario_is_embedded_with_a_reason_that_says_why(teams):
    result = teams.recommend(FitInputs(size=200, practitioners=4, core=True, regulated=False))
    assert result.structure == "embedded"
    assert "core" in result.reason.lower()


def test_first_start_answers_recommend_the_structure_shown_first(teams):
    # A first start shows Centralized; the fit tool should not contradict it.
    state = TeamState(**teams.defaults()["team"])
    assert teams.recommend(state).structure == "centralized"


def test_every_size_within_a_band_gets_the_same_answer(teams):
    # The learner picks a band, not a number, so the answer must not depend on
    # where in the band the stored number lies.
    for band in teams.fit.size.bands:
        for practitioners in (0, 4, 5, 6, 29, 30, 100):
            for core in (False, True):
                for regulated in (False, True):
                    answers = {teams.recommend(FitInputs(size, practitioners, core, regulated)).structure
                               for size in (band.minimum, band.value, band.maximum)}
                    assert len(answers) == 1, (band.label, practitioners, core, regulated)


def test_every_structure_can_be_recommended(teams):
    seen = {teams.recommend(FitInputs(b.value, p, c, g)).structure
            for b in teams.fit.size.bands for p in range(0, 101, 5)
            for c in (False, True) for g in (False, True)}
    assert seen == {"centralized", "embedded", "hub_and_spoke"}
