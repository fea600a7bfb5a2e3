"""One programme through the API: everything known about it, each fact with its source."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from programs.models import StartTerm
from tests.factories import (
    CourseFactory,
    DeadlineFactory,
    ExchangeRateFactory,
    FacultyMemberFactory,
    OutcomeFactory,
    PartnershipFactory,
    ProgramFactory,
    StartTermFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db


def url(program) -> str:
    return reverse(
        "api:program", kwargs={"university": program.university.slug, "slug": program.slug}
    )


@pytest.fixture
def detailed(catalogue):
    """The ETH programme with a curriculum, faculty, partners, outcomes and intakes."""
    today = timezone.localdate()
    program = catalogue["eth"]
    chf = ExchangeRateFactory(currency="CHF", name="Swiss franc", rate_to_base=Decimal("1.05"))
    OutcomeFactory(
        program=program,
        year=2025,
        employment_rate=Decimal("91.5"),
        median_salary=Decimal("98000"),
        salary_currency=chf,
        counted="graduates answering a survey six months after finishing",
        source_url="https://eth.example/outcomes",
        checked_on=today,
    )
    PartnershipFactory(program=program, partner__name="Example Robotics", kind="capstone")
    published = StartTermFactory(program=program, starts_on=today + timedelta(days=200))
    DeadlineFactory(program=program, intake=published, closes_on=today + timedelta(days=60))
    unsourced = StartTerm.objects.create(program=program, starts_on=today + timedelta(days=400))
    DeadlineFactory(program=program, intake=unsourced, closes_on=today + timedelta(days=300))
    return program


def test_a_programme_tells_its_curriculum_faculty_partners_and_outcomes(client, detailed):
    body = client.get(url(detailed)).json()

    assert body["id"] == "eth/msc-ds"
    assert body["curriculum"] == [
        {
            "title": "Statistical Learning Theory",
            "kind": "required",
            "credits": "7.5",
            "topics": ["reinforcement-learning"],
        }
    ]
    assert body["faculty"] == [
        {
            "name": "Ada Example",
            "title": "Professor",
            "homepage": "",
            "research_topics": ["computer-vision"],
        }
    ]
    [partner] = body["partnerships"]
    assert (partner["partner"], partner["kind"]) == ("Example Robotics", "capstone")
    [outcome] = body["outcomes"]
    assert outcome["employment_rate"] == "91.5"
    assert outcome["median_salary"] == {"amount": "98000.00", "currency": "CHF"}
    assert outcome["counted"] == "graduates answering a survey six months after finishing"
    assert outcome["source"]["url"] == "https://eth.example/outcomes"
    assert outcome["source"]["speaks_for"] == "class of 2025"


def test_only_intakes_with_published_dates_are_given_with_their_deadlines(client, detailed):
    today = timezone.localdate()
    body = client.get(url(detailed)).json()

    starts = (today + timedelta(days=200)).isoformat()
    [intake] = [intake for intake in body["intakes"] if intake["starts_on"] == starts]
    assert intake["source"]["url"] == "https://university.example/admissions/dates"
    closing = [deadline["closes_on"] for deadline in intake["deadlines"]]
    assert closing == [(today + timedelta(days=60)).isoformat()]
    assert body["next_deadline"]["closes_on"] == (today + timedelta(days=60)).isoformat()
    never_published = (today + timedelta(days=300)).isoformat()
    assert never_published not in str(body)


def test_amounts_follow_the_currency_and_fees_asked(client, catalogue):
    body = client.get(url(catalogue["ucl"]), {"currency": "EUR", "living": "1"}).json()

    # GBP 20,000 in all + GBP 1,500 x 24 months living = GBP 56,000 = EUR 67,200.
    assert body["total_cost"] == {
        "amount": "67200.00",
        "currency": "EUR",
        "fee_status": "home",
        "includes_living": True,
    }
    assert body["living_cost_monthly"] == {"amount": "1500.00", "currency": "GBP"}
    intl = client.get(url(catalogue["ucl"]), {"fees": "intl"}).json()
    assert intl["total_cost"]["amount"] is None


def test_bad_display_settings_answer_400_naming_them(client, catalogue):
    response = client.get(url(catalogue["ucl"]), {"currency": "ZZZ", "fees": "x"})

    assert response.status_code == 400
    assert {error["parameter"] for error in response.json()["errors"]} == {"currency", "fees"}


@pytest.mark.parametrize("path", ["/api/v1/programs/ucl/draft/", "/api/v1/programs/nowhere/msml/"])
def test_unpublished_or_unknown_programmes_are_404_in_json(client, catalogue, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json()["detail"]


def give_details(program, number: int) -> None:
    """``number`` of each related row: courses, faculty, partners, outcomes, intakes."""
    today = timezone.localdate()
    topics = [TopicFactory() for _ in range(3)]
    for _ in range(number):
        CourseFactory(program=program).topics.set(topics)
        member = FacultyMemberFactory()
        member.programs.add(program)
        member.research_topics.set(topics)
        PartnershipFactory(program=program)
        year = 2000 + program.outcomes.count()
        OutcomeFactory(program=program, year=year, source_url="https://a.example/")
        DeadlineFactory(program=program, closes_on=today + timedelta(days=10 + year % 100))


def test_a_programme_takes_the_same_queries_however_much_it_holds(
    client, catalogue, django_assert_num_queries
):
    program = catalogue["tum"]
    give_details(program, 1)
    client.get(url(program))
    with django_assert_num_queries(13):
        client.get(url(program))

    give_details(program, 8)
    ProgramFactory.create_batch(5)
    with django_assert_num_queries(13):
        body = client.get(url(program)).json()
    assert len(body["curriculum"]) == len(body["faculty"]) == len(body["outcomes"]) == 9
    assert len(body["intakes"]) == 9


def test_a_programme_tells_what_comes_after_the_degree_and_says_null_where_it_is_silent(
    client, detailed
):
    from programs.models import Role

    detailed.placement = "required"
    detailed.placement_months = 6
    detailed.careers_service = True
    detailed.save()
    outcome = detailed.outcomes.get()
    outcome.within_months = 15
    outcome.further_study_rate = Decimal("12.5")
    outcome.reported_by = "the department's graduate survey"
    outcome.save()
    outcome.roles.add(Role.objects.get(slug="research-scientist"))

    body = client.get(url(detailed)).json()
    listed = client.get(reverse("api:programs")).json()["results"]

    assert body["placement"] == "required"
    assert body["after_the_degree"]["placement_months"] == 6
    assert body["after_the_degree"]["careers_service"] is True
    assert body["after_the_degree"]["sponsored_project"] is None  # not published, not "no"
    assert body["outcomes"][0]["within_months"] == 15
    assert body["outcomes"][0]["further_study_rate"] == "12.5"
    assert body["outcomes"][0]["roles"] == ["Research scientist"]
    assert body["outcomes"][0]["reported_by"] == "the department's graduate survey"
    assert {row["id"]: row["placement"] for row in listed}["cmu/msml"] == "optional"
    assert {row["id"]: row["placement"] for row in listed}["eth/msc-ds"] == "required"
