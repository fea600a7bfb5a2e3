"""Personal fit: the scoring (pure functions over plain facts) and the ranked page."""

from datetime import timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from django.urls import reverse
from django.utils import timezone

from programs import fit
from programs.fit import Facts, score_all
from tests.factories import (
    CourseFactory,
    DeadlineFactory,
    OutcomeFactory,
    PartnershipFactory,
    ProgramFactory,
    TopicFactory,
)

ONLY = dict.fromkeys(fit.FACTOR_KEYS, 0)


def weights(**chosen) -> dict[str, int]:
    return {**ONLY, **chosen}


def facts(pk: int, title: str = "", **values) -> Facts:
    return Facts(pk=pk, title=title or f"Programme {pk}", **values)


def by_title(fits) -> dict[str, fit.Fit]:
    return {f.facts.title: f for f in fits}


def part(result: fit.Fit, key: str) -> fit.Part:
    return next(p for p in result.parts if p.factor.key == key)


# Scoring ----------------------------------------------------------------------


def test_cheaper_ranks_higher_when_only_cost_matters():
    fits = score_all(
        [
            facts(1, "Dear", cost=Decimal("30000")),
            facts(2, "Cheap", cost=Decimal("10000")),
            facts(3, "Middle", cost=Decimal("20000")),
        ],
        weights(cost=3),
        currency="EUR",
    )

    assert [f.facts.title for f in fits] == ["Cheap", "Middle", "Dear"]
    assert [f.score for f in fits] == [100, 50, 0]
    assert [f.rank for f in fits] == [1, 2, 3]
    assert part(fits[1], "cost").reason == "EUR 20,000 in total; cheapest here EUR 10,000"


def test_the_weights_decide_between_cheap_and_short():
    cheap_long = facts(1, "Cheap but long", cost=Decimal("5000"), months=24)
    dear_short = facts(2, "Dear but short", cost=Decimal("50000"), months=12)

    cost_first = score_all([cheap_long, dear_short], weights(cost=3, length=1))
    length_first = score_all([cheap_long, dear_short], weights(cost=1, length=3))

    assert cost_first[0].facts.title == "Cheap but long"
    assert cost_first[0].score == 75  # (3 x 1 + 1 x 0) / 4
    assert length_first[0].facts.title == "Dear but short"


def test_flexibility_counts_format_and_pace():
    fits = by_title(
        score_all(
            [
                facts(1, "Online part-time", delivery="online", pace="part_time"),
                facts(2, "Hybrid full-time", delivery="hybrid", pace="full_time"),
                facts(3, "Campus either", delivery="on_campus", pace="either"),
            ],
            weights(flexibility=2),
        )
    )

    assert fits["Online part-time"].score == 100
    assert fits["Hybrid full-time"].score == 25
    assert fits["Campus either"].score == 50
    assert part(fits["Online part-time"], "flexibility").reason == "Online, part-time"


def test_topics_score_the_share_of_the_wanted_topics_taught():
    wanted = {"nlp": "NLP", "rl": "Reinforcement learning", "cv": "Vision"}
    fits = by_title(
        score_all(
            [
                facts(1, "Two", topics=frozenset({"nlp", "rl", "stats"})),
                facts(2, "None", topics=frozenset({"stats"})),
            ],
            weights(topics=3),
            wanted,
        )
    )

    assert fits["Two"].score == 67
    assert (
        part(fits["Two"], "topics").reason
        == "Teaches 2 of your 3 topics: NLP, Reinforcement learning"
    )
    assert fits["None"].score == 0


def test_topics_do_not_count_until_the_visitor_picks_some():
    result = score_all(
        [facts(1, topics=frozenset({"nlp"}), cost=Decimal(1))], weights(topics=3, cost=1)
    )[0]

    assert result.score == 100
    assert not part(result, "topics").applies
    assert part(result, "topics").reason == "Pick topics to score this"
    assert result.wanted_weight == 1


def test_industry_links_count_partners_three_in_full():
    fits = by_title(
        score_all(
            [
                facts(1, "Many", partners=5),
                facts(2, "None", partners=0),
                facts(3, "One partner", partners=1),
            ],
            weights(industry=1),
        )
    )

    assert fits["Many"].score == 100
    assert fits["None"].score == 0
    assert fits["One partner"].score == 33
    assert part(fits["One partner"], "industry").reason == "1 industry partner listed"


def test_deadlines_reward_an_open_deadline_with_time_to_apply():
    fits = by_title(
        score_all(
            [
                facts(1, "Far", days_to_deadline=60, has_deadlines=True),
                facts(2, "Soon", days_to_deadline=7, has_deadlines=True),
                facts(3, "Passed", days_to_deadline=None, has_deadlines=True),
            ],
            weights(deadlines=2),
        )
    )

    assert fits["Far"].score == 100
    assert fits["Soon"].score == 63  # 1/2 + 1/2 x 7/28 = 0.625, halves round up
    assert fits["Passed"].score == 0
    assert part(fits["Passed"], "deadlines").reason == "Every listed deadline has passed"


def test_missing_data_is_left_out_not_counted_as_zero():
    known = facts(
        1, "Known", employment_rate=Decimal("60"), outcome_year=2024, cost=Decimal("20000")
    )
    unknown = facts(2, "Unknown", employment_rate=None, cost=Decimal("20000"))

    fits = by_title(score_all([known, unknown], weights(outcomes=2, cost=1)))

    # Unknown's score rests on cost alone (100), not on a zero for outcomes.
    assert fits["Unknown"].score == 100
    assert fits["Known"].score == 73  # (2 x 0.6 + 1 x 1) / 3
    assert part(fits["Unknown"], "outcomes").missing
    assert part(fits["Unknown"], "outcomes").reason == "No employment figures published"
    assert [p.factor.key for p in fits["Unknown"].missing] == ["outcomes"]
    assert fits["Unknown"].based_on == "1 of 3 weight points"
    assert fits["Known"].based_on == "3 of 3 weight points"


def test_missing_figures_do_not_stretch_the_scale_for_others():
    fits = by_title(
        score_all(
            [
                facts(1, "A", cost=Decimal("10000")),
                facts(2, "B", cost=Decimal("20000")),
                facts(3, "C", cost=None),
            ],
            weights(cost=1),
        )
    )

    assert (fits["A"].score, fits["B"].score) == (100, 0)
    assert fits["C"].score is None and fits["C"].rank is None
    assert part(fits["C"], "cost").reason == "Total cost not known"


def test_no_deadlines_listed_is_missing_but_all_passed_is_a_zero():
    fits = by_title(
        score_all(
            [facts(1, "Not listed", has_deadlines=False), facts(2, "Passed", has_deadlines=True)],
            weights(deadlines=1),
        )
    )

    assert fits["Not listed"].score is None
    assert fits["Passed"].score == 0


def test_programmes_with_nothing_to_score_come_last_unranked():
    fits = score_all(
        [
            facts(1, "Zed", has_deadlines=False),
            facts(2, "Alpha", has_deadlines=False),
            facts(3, "Scored", days_to_deadline=3, has_deadlines=True),
        ],
        weights(deadlines=3),
    )

    assert [f.facts.title for f in fits] == ["Scored", "Alpha", "Zed"]
    assert [f.rank for f in fits] == [1, None, None]


def test_ties_share_a_rank_and_are_ordered_by_known_weight_then_title_then_id():
    same = {"cost": Decimal("100"), "months": 12}
    fits = score_all(
        [
            facts(4, "beta", **same),
            facts(3, "Alpha", **same),
            facts(2, "Alpha", **same),
            facts(1, "Gamma", **same, days_to_deadline=60, has_deadlines=True),
        ],
        weights(cost=1, length=1, deadlines=1),
    )

    # All score 100. Gamma's rests on all 3 weight points, the others' on 2 of 3.
    assert [f.score for f in fits] == [100, 100, 100, 100]
    assert [(f.facts.title, f.facts.pk) for f in fits] == [
        ("Gamma", 1),
        ("Alpha", 2),
        ("Alpha", 3),
        ("beta", 4),
    ]
    assert [f.rank for f in fits] == [1, 1, 1, 1]


def test_ranks_skip_after_a_tie():
    fits = score_all(
        [
            facts(1, "A", cost=Decimal(1)),
            facts(2, "B", cost=Decimal(1)),
            facts(3, "C", cost=Decimal(3)),
        ],
        weights(cost=1),
    )

    assert [f.rank for f in fits] == [1, 1, 3]


def test_the_order_does_not_depend_on_the_input_order():
    many = [facts(pk, f"P{pk % 3}", cost=Decimal(pk % 4)) for pk in range(1, 13)]

    forward = [f.facts.pk for f in score_all(many, weights(cost=1))]
    backward = [f.facts.pk for f in score_all(list(reversed(many)), weights(cost=1))]

    assert forward == backward


def test_outcomes_count_when_at_least_half_the_programmes_publish_them():
    rate = {"employment_rate": Decimal("90"), "outcome_year": 2024}
    half = score_all([facts(1, "Known", **rate), facts(2, "Unknown")], weights(outcomes=1))
    fewer = score_all(
        [facts(1, "Known", **rate), facts(2, "Unknown"), facts(3, "Also unknown")],
        weights(outcomes=1, cost=1),
    )

    assert by_title(half)["Known"].score == 90
    assert part(by_title(half)["Unknown"], "outcomes").missing
    # One of three: outcomes are left out for every programme, not only the two without.
    assert all(not part(f, "outcomes").applies for f in fewer)
    assert all(f.score is None and f.wanted_weight == 1 for f in fewer)  # nor is cost known
    assert fit.left_out([facts(1, **rate), facts(2), facts(3)], {"nlp": "NLP"})["outcomes"] == (
        "only 1 of the 3 programmes ranked publish an employment rate, fewer than "
        "half, and a few should not be ranked on a figure the rest lack"
    )


def test_nothing_is_left_out_when_topics_are_picked_and_outcomes_published():
    published = [
        facts(1, employment_rate=Decimal("50"), outcome_year=2024, placement="none",
              sponsored_project=False, support_after=True)
    ]  # fmt: skip

    assert fit.left_out(published, {"nlp": "NLP"}) == {}
    assert fit.left_out(published, {}) == {"topics": "you have not picked any topics"}
    assert fit.left_out([facts(1)], {"nlp": "NLP"})["outcomes"] == (
        "none of the programmes ranked publishes an employment rate"
    )


def test_what_the_ranking_rests_on_is_said_in_words():
    assert fit.described(weights(cost=3)) == "cost (a lot)"
    assert fit.described(weights(cost=2, length=1, industry=1)) == (
        "cost (quite a lot), length (a little) and industry links (a little)"
    )
    assert fit.described(weights(cost=2, topics=2), applies=["cost"]) == "cost (quite a lot)"
    assert fit.described(ONLY) == ""


def test_invalid_or_missing_weights_take_the_defaults():
    assert fit.clean_weights({"cost": 7, "length": -1, "flexibility": None}) == fit.DEFAULT_WEIGHTS
    assert fit.clean_weights({"cost": 0})["cost"] == 0


def test_all_weights_zero_scores_nothing():
    result = score_all([facts(1, cost=Decimal(1))], ONLY)[0]

    assert result.score is None and result.based_on == ""


def test_whole_points_round_halves_up():
    assert fit.whole_points(Fraction(1, 200)) == 1
    assert fit.whole_points(Fraction(5, 8)) == 63
    assert fit.whole_points(Fraction(0)) == 0


# Facts from programmes -----------------------------------------------------------


@pytest.mark.django_db
def test_facts_come_from_the_programme_and_its_related_data(catalogue):
    today = timezone.localdate()
    program = catalogue["eth"]
    OutcomeFactory(program=program, year=2023, employment_rate=Decimal("80"))
    OutcomeFactory(program=program, year=2024, employment_rate=None)
    PartnershipFactory(program=program)
    loaded = fit.prepare(type(program).objects.filter(pk=program.pk)).get()

    result = fit.facts_of(loaded, catalogue["cmu"].tuition_currency, today)

    assert result.cost == Decimal("3333.33")  # EUR 3,000 in USD
    assert result.topics == frozenset({"reinforcement-learning"})  # from its course
    assert result.employment_rate == Decimal("80") and result.outcome_year == 2023
    assert result.partners == 1
    assert result.days_to_deadline is None and result.has_deadlines  # its deadline passed


@pytest.mark.django_db
def test_a_programme_without_topics_or_courses_has_unknown_topics(catalogue):
    program = catalogue["eth"]
    program.courses.all().delete()
    loaded = fit.prepare(type(program).objects.filter(pk=program.pk)).get()

    assert (
        fit.facts_of(loaded, catalogue["cmu"].tuition_currency, timezone.localdate()).topics
        is None
    )


# The page ------------------------------------------------------------------------

FIT = reverse("programs:fit")


def ranked(response) -> list[str]:
    return [f.facts.title for f in response.context["page"].object_list]


@pytest.mark.django_db
def test_the_page_ranks_the_programmes_by_the_visitors_weights(client, catalogue):
    response = client.get(FIT, {**{f"w_{k}": 0 for k in fit.FACTOR_KEYS}, "w_cost": 3})

    assert response.status_code == 200
    # EUR 3,000 / 12,000 / 24,000 / 72,000
    assert ranked(response) == [
        "MSc Data Science",
        "MSc Robotics, Cognition, Intelligence",
        "MSc Machine Learning Online",
        "MS in Machine Learning",
    ]


@pytest.mark.django_db
def test_the_page_explains_every_rank(client, catalogue):
    # With living costs, MSc Data Science has no total: a missing figure, not a zero.
    html = client.get(FIT, {"w_cost": 3, "w_length": 1, "living": "1"}).content.decode()

    assert html.count("Why this rank") == 4
    assert "Total cost not known" in html
    assert ">Missing</span>" in html
    assert "left out, not counted as zero" in html
    assert "/100 fit" in html


@pytest.mark.django_db
def test_wanted_topics_move_programmes_that_teach_them_up(client, catalogue):
    only_topics = {**{f"w_{k}": 0 for k in fit.FACTOR_KEYS}, "w_topics": 3}
    response = client.get(
        FIT, {**only_topics, "want": ["natural-language-processing", "reinforcement-learning"]}
    )

    first = response.context["page"].object_list[0]
    assert first.facts.title == "MS in Machine Learning"
    assert first.score == 100
    assert "Teaches 2 of your 2 topics" in response.content.decode()


@pytest.mark.django_db
def test_the_page_takes_the_same_filters_as_the_list(client, catalogue):
    response = client.get(FIT, {"delivery": "on_campus", "country": "US", "w_cost": 1})
    html = response.content.decode()

    assert ranked(response) == ["MS in Machine Learning"]
    assert '<input type="hidden" name="country" value="US">' in html  # kept for the next ranking


@pytest.mark.django_db
def test_costs_follow_the_chosen_currency_and_fee_options(client, catalogue):
    response = client.get(FIT, {"currency": "USD", "living": "1", "w_cost": 3})
    reasons = {
        f.facts.title: next(p.reason for p in f.parts if p.factor.key == "cost")
        for f in response.context["page"].object_list
    }

    assert reasons["MSc Machine Learning Online"].startswith("USD 74,667 in total")
    assert reasons["MSc Data Science"] == "Total cost not known"  # no living-cost estimate


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {"w_cost": "9"},
        {"w_cost": "lots"},
        {"want": "no-such-topic"},
        {"max_cost": "NaN"},
        {"page": "999"},
        {"w_length": ["1", "2"]},
        {"want": "\x00"},
    ],
)
def test_bad_input_is_explained_never_a_server_error(client, catalogue, query):
    response = client.get(FIT, query)

    assert response.status_code == 200
    assert len(ranked(response)) == 4 or "max_cost" in query


@pytest.mark.django_db
def test_an_invalid_weight_says_which_default_is_used(client, catalogue):
    html = client.get(FIT, {"w_cost": "9"}).content.decode()

    assert "Select a valid choice." in html and "Using “Quite a lot”" in html


@pytest.mark.django_db
def test_ranking_is_capped_and_says_so(client, catalogue, monkeypatch):
    monkeypatch.setattr(fit, "FIT_LIMIT", 2)

    response = client.get(FIT)

    assert len(ranked(response)) == 2
    assert "4 programmes match your filters. Only the first 2" in response.content.decode()


@pytest.mark.django_db
def test_the_list_links_to_the_ranking_with_its_filters(client, catalogue):
    html = client.get(reverse("programs:list"), {"delivery": "online"}).content.decode()

    assert f'href="{FIT}?delivery=online"' in html


@pytest.mark.django_db
def test_fit_page_query_count_does_not_grow(client, catalogue, django_assert_max_num_queries):
    # The finder's own filter options, then the fit's: count, programmes, topics, courses,
    # course topics, partnerships, deadlines, outcomes, and the topics to pick from.
    query = {"want": ["reinforcement-learning"], "w_deadlines": "2", "w_outcomes": "2"}
    client.get(FIT, query)  # warm any cache, so that both measurements start alike
    with django_assert_max_num_queries(15) as small:
        client.get(FIT, query)
    topic = TopicFactory(name="Reinforcement learning", slug="reinforcement-learning")
    for number in range(25):
        program = ProgramFactory(title=f"Extra {number}")
        program.topics.add(topic)
        CourseFactory(program=program).topics.add(topic)
        DeadlineFactory(program=program, closes_on=timezone.localdate() + timedelta(days=number))
        OutcomeFactory(program=program)
        PartnershipFactory(program=program)
    client.get(FIT, query)
    with django_assert_max_num_queries(15) as large:
        response = client.get(FIT, query)

    assert len(response.context["ranking"].fits) == 29
    assert len(large.captured_queries) == len(small.captured_queries)
