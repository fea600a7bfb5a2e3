"""The guide's rules, one route at a time, without a request."""

from dataclasses import replace
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from advice.guide import (
    CURRENCIES,
    LOW_BUDGET,
    Answers,
    Coding,
    Goal,
    Route,
    Timeline,
    recommend,
)

# An applied-role career changer with the background, money and time for a master's.
READY_FOR_A_MASTERS = Answers(
    goal=Goal.APPLIED,
    quantitative_degree=True,
    coding=Coding.SOME,
    budget=Decimal(30000),
    currency="EUR",
    months_available=18,
    must_keep_working=False,
    timeline=Timeline.WITHIN_TWO_YEARS,
)


def test_research_role_with_a_quantitative_degree_and_coding_gets_a_phd():
    answers = replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH)

    result = recommend(answers)

    assert result.route is Route.PHD
    assert any("PhD" in reason for reason in result.reasons)
    assert result.search_params == {"thesis": "1", "currency": "EUR", "fees": "home"}
    assert any("research-track master's" in note for note in result.notes)


def test_phd_is_suggested_even_on_a_small_budget_because_places_are_often_funded():
    answers = replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH, budget=Decimal(0))

    result = recommend(answers)

    assert result.route is Route.PHD
    assert any("funded" in reason for reason in result.reasons)


def test_phd_for_someone_who_must_keep_working_warns_that_most_are_full_time():
    answers = replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH, must_keep_working=True)

    result = recommend(answers)

    assert result.route is Route.PHD
    assert any("full-time" in note for note in result.notes)


def test_research_role_without_a_quantitative_degree_gets_a_masters_as_a_bridge():
    answers = replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH, quantitative_degree=False)

    result = recommend(answers)

    assert result.route is Route.FULL_TIME_MASTERS
    assert any("bridge" in reason for reason in result.reasons)


def test_applied_role_who_can_stop_working_gets_a_full_time_masters_search():
    result = recommend(READY_FOR_A_MASTERS)

    assert result.route is Route.FULL_TIME_MASTERS
    assert result.search_params == {
        "pace": "full_time",
        "living": "1",
        "max_cost": "30000",
        "currency": "EUR",
        "max_months": "18",
        "fees": "home",
    }


def test_someone_who_must_keep_working_gets_a_part_time_online_masters_search():
    answers = replace(
        READY_FOR_A_MASTERS, must_keep_working=True, budget=Decimal(15000), currency="GBP"
    )

    result = recommend(answers)

    assert result.route is Route.PART_TIME_MASTERS
    assert result.search_params == {
        "pace": "part_time",
        "delivery": "online",
        "max_cost": "15000",
        "currency": "GBP",
        "max_months": "18",
        "fees": "home",
    }


def test_part_time_in_under_two_years_warns_that_few_programmes_are_that_short():
    answers = replace(READY_FOR_A_MASTERS, must_keep_working=True, months_available=12)

    result = recommend(answers)

    assert any("two years" in note for note in result.notes)


def test_no_quantitative_degree_and_no_coding_gets_self_study_first():
    answers = replace(READY_FOR_A_MASTERS, quantitative_degree=False, coding=Coding.NONE)

    result = recommend(answers)

    assert result.route is Route.SELF_STUDY
    assert "maths and programming" in result.reasons[0]
    assert result.search_params is None


def test_less_than_a_year_available_gets_self_study():
    result = recommend(replace(READY_FOR_A_MASTERS, months_available=6))

    assert result.route is Route.SELF_STUDY
    assert "less than a year" in result.reasons[0]


def test_wanting_a_new_role_within_six_months_gets_self_study_and_a_data_job():
    result = recommend(replace(READY_FOR_A_MASTERS, timeline=Timeline.WITHIN_SIX_MONTHS))

    assert result.route is Route.SELF_STUDY
    assert "six months" in result.reasons[0]
    assert any("data-analyst job" in reason for reason in result.reasons)


def test_a_budget_below_the_threshold_gets_self_study():
    below = LOW_BUDGET["USD"] - 1

    result = recommend(replace(READY_FOR_A_MASTERS, budget=below, currency="USD"))

    assert result.route is Route.SELF_STUDY
    assert "USD" in result.reasons[0]


def test_a_budget_exactly_at_the_threshold_still_allows_a_masters():
    result = recommend(replace(READY_FOR_A_MASTERS, budget=LOW_BUDGET["EUR"]))

    assert result.route is Route.FULL_TIME_MASTERS


def test_confident_coder_with_a_quantitative_degree_is_told_the_degree_is_optional():
    result = recommend(replace(READY_FOR_A_MASTERS, coding=Coding.CONFIDENT))

    assert result.route is Route.FULL_TIME_MASTERS
    assert any("not the only one" in note for note in result.notes)


def test_each_route_points_to_an_article_that_goes_deeper():
    for answers in (
        replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH),
        READY_FOR_A_MASTERS,
        replace(READY_FOR_A_MASTERS, must_keep_working=True),
        replace(READY_FOR_A_MASTERS, months_available=6),
    ):
        assert recommend(answers).further_reading


answers_strategy = st.builds(
    Answers,
    goal=st.sampled_from(Goal),
    quantitative_degree=st.booleans(),
    coding=st.sampled_from(Coding),
    budget=st.decimals(min_value=0, max_value=10_000_000, places=0),
    currency=st.sampled_from(CURRENCIES),
    months_available=st.sampled_from([6, 12, 18, 24, 36]),
    must_keep_working=st.booleans(),
    timeline=st.sampled_from(Timeline),
)


@given(answers_strategy)
def test_every_combination_of_answers_gets_a_reasoned_answer(answers):
    result = recommend(answers)

    assert result.reasons
    masters = result.route in (Route.FULL_TIME_MASTERS, Route.PART_TIME_MASTERS)
    assert (result.search_params is not None) == (masters or result.route is Route.PHD)
    if masters:
        assert result.search_params["currency"] == answers.currency
        assert int(result.search_params["max_cost"]) <= answers.budget
        assert int(result.search_params["max_months"]) == answers.months_available
        assert result.search_params["pace"] == (
            "part_time" if answers.must_keep_working else "full_time"
        )


# Narrower searches: what comes after the degree -------------------------------------


def test_a_research_goal_links_to_research_track_programmes_with_phd_progression():
    result = recommend(replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH))

    (label, params), _ = result.narrower
    assert "go on to a PhD" in label
    assert params == {"thesis": "1", "phd_data": "1", "currency": "EUR", "fees": "home"}


def test_a_research_goal_links_to_programmes_whose_graduates_became_research_scientists():
    result = recommend(replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH))

    _, (label, params) = result.narrower
    assert label == "Of these, the ones whose graduates went on to work as research scientists"
    assert params == {
        "thesis": "1",
        "role": ("research-scientist",),
        "currency": "EUR",
        "fees": "home",
    }


def test_a_research_goal_taking_a_masters_first_narrows_to_phd_progression_and_the_role():
    answers = replace(READY_FOR_A_MASTERS, goal=Goal.RESEARCH, quantitative_degree=False)

    (_, phd), (_, role) = recommend(answers).narrower

    assert phd["thesis"] == phd["phd_data"] == "1"
    assert phd["pace"] == "full_time" and phd["max_cost"] == "30000"
    assert role["thesis"] == "1" and role["role"] == ("research-scientist",)
    assert role["max_cost"] == "30000"


def test_an_applied_goal_full_time_narrows_to_placements_projects_roles_and_support():
    result = recommend(READY_FOR_A_MASTERS)

    narrower = dict(result.narrower)
    placement = narrower["Of these, the ones with a placement or internship"]
    project = narrower["Of these, the ones with an industry-sponsored project"]
    roles = narrower[
        "Of these, the ones whose graduates went on to work as ML engineers or data scientists"
    ]
    support = narrower["Of these, the ones with careers support after graduating"]
    assert placement["internship"] == project["sponsored"] == support["careers_after"] == "1"
    assert roles["role"] == ("ml-engineer", "data-scientist")
    assert {params["pace"] for params in narrower.values()} == {"full_time"}
    assert len(narrower) == 4


def test_someone_keeping_their_job_is_not_sent_to_placements():
    result = recommend(replace(READY_FOR_A_MASTERS, must_keep_working=True))

    params = [params for _, params in result.narrower]
    assert not any("internship" in search for search in params)
    assert [search.get("sponsored") for search in params] == ["1", None, None]
    assert params[1]["role"] == ("ml-engineer", "data-scientist")
    assert params[2]["careers_after"] == "1"
    assert {search["delivery"] for search in params} == {"online"}


def test_self_study_has_no_narrower_searches():
    answers = replace(READY_FOR_A_MASTERS, quantitative_degree=False, coding=Coding.NONE)

    assert recommend(answers).narrower == ()
