"""The API's programme list: what the finder finds, page by page, with costs as asked."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from programs.finder import Finder
from programs.models import FactSource
from tests.factories import DeadlineFactory, ProgramFactory, TopicFactory

pytestmark = pytest.mark.django_db

PROGRAMS = reverse("api:programs")


def finder_ids(query: dict) -> list[str]:
    """What the HTML list's finder finds for the same query, in its order."""
    finder = Finder(QueryDict(urlencode(query, doseq=True)))
    return [f"{program.university.slug}/{program.slug}" for program in finder.qs]


def api_ids(client, query: dict) -> list[str]:
    response = client.get(PROGRAMS, query)
    assert response.status_code == 200, response.json()
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"country": ["US", "GB"], "sort": "name"},
        {"q": "machine learning"},
        {"q": "machine", "delivery": ["online", "on_campus"], "sort": "duration"},
        {"max_cost": "25000", "cost_currency": "USD", "currency": "GBP"},
        {"max_cost": "90000", "fees": "intl", "sort": "cost"},
        {"topic": ["reinforcement-learning"], "open": "1", "pace": "full_time"},
        {"no_gre": "1", "living": "1", "sort": "cost", "max_months": "24"},
    ],
)
def test_the_api_finds_what_the_finder_finds_in_the_same_order(client, catalogue, query):
    assert api_ids(client, query) == finder_ids(query)


def test_a_programme_in_the_list_says_its_costs_in_the_currency_and_fees_asked(client, catalogue):
    response = client.get(PROGRAMS, {"country": "US", "currency": "GBP"})
    [cmu] = response.json()["results"]

    # USD 60,000 a year for 16 months = USD 80,000 = EUR 72,000 = GBP 60,000.
    assert cmu["tuition"] == {
        "currency": "USD",
        "basis": "per_year",
        "home": "60000.00",
        "international": None,
        "international_same_as_home": False,
    }
    assert cmu["total_cost"] == {
        "amount": "60000.00",
        "currency": "GBP",
        "fee_status": "home",
        "includes_living": False,
    }
    assert response.json()["currency"] == "GBP"
    assert cmu["university"] == {
        "slug": "cmu",
        "name": "Carnegie Mellon University",
        "country": "US",
        "city": "Pittsburgh",
    }
    assert cmu["topics"] == [
        "computer-vision",
        "natural-language-processing",
        "reinforcement-learning",
    ]
    assert cmu["url"] == "http://testserver/programs/cmu/msml/"
    assert client.get(cmu["api_url"]).json()["id"] == "cmu/msml"


def test_an_unpublished_international_fee_is_not_known_never_the_home_fee(client, catalogue):
    response = client.get(PROGRAMS, {"country": "US", "fees": "intl"})
    [cmu] = response.json()["results"]

    assert response.json()["fee_status"] == "intl"
    assert cmu["total_cost"]["amount"] is None
    assert cmu["total_cost"]["fee_status"] == "intl"


def test_the_next_deadline_is_the_soonest_open_published_one_with_its_intake(client, catalogue):
    today = timezone.localdate()
    later = DeadlineFactory(program=catalogue["cmu"], closes_on=today + timedelta(days=80))
    DeadlineFactory(program=catalogue["cmu"], closes_on=today + timedelta(days=2), intake=None)
    [cmu] = client.get(PROGRAMS, {"country": "US"}).json()["results"]
    assert cmu["next_deadline"]["closes_on"] == (today + timedelta(days=40)).isoformat()
    assert cmu["next_deadline"]["intake"] == (today + timedelta(days=160)).isoformat()
    assert later.closes_on.isoformat() != cmu["next_deadline"]["closes_on"]

    [eth] = client.get(PROGRAMS, {"country": "CH"}).json()["results"]
    assert eth["next_deadline"] is None  # its only deadline has passed


def test_each_fact_says_where_it_comes_from_or_null_when_not_sourced(client, catalogue):
    today = timezone.localdate()
    FactSource.objects.create(
        program=catalogue["cmu"],
        fact="tuition",
        source_url="https://cmu.example/fees",
        intake=today + timedelta(days=200),
        checked_on=today,
    )
    [cmu] = client.get(PROGRAMS, {"country": "US"}).json()["results"]

    assert cmu["sources"]["tuition"] == {
        "url": "https://cmu.example/fees",
        "intake": (today + timedelta(days=200)).isoformat(),
        "speaks_for": cmu["sources"]["tuition"]["speaks_for"],
        "checked_on": today.isoformat(),
        "stale": False,
    }
    assert cmu["sources"]["tuition"]["speaks_for"].endswith("entry")
    assert cmu["sources"]["living"] is None


def test_pages_link_to_each_other_and_keep_the_filters(client, catalogue):
    first = client.get(PROGRAMS, {"sort": "name", "page_size": 3}).json()
    assert (first["count"], first["pages"], first["page"]) == (4, 2, 1)
    assert first["previous"] is None
    second = client.get(first["next"]).json()
    assert "sort=name" in first["next"]
    assert [item["id"] for item in first["results"] + second["results"]] == finder_ids(
        {"sort": "name"}
    )
    assert client.get(second["previous"]).json() == first


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"max_cost": "lots"}, {"max_cost"}),
        ({"delivery": "by-pigeon", "currency": "XYZ"}, {"delivery", "currency"}),
        ({"topic": "no-such-topic", "sort": "price"}, {"topic", "sort"}),
        ({"max_months": "0", "fees": "free", "deadline_after": "tomorrow"}, {"max_months", "fees", "deadline_after"}),
        ({"page": "two", "page_size": "1000", "q": "ok"}, {"page", "page_size"}),
        ({"q": "nul\x00byte", "start": "1999-01"}, {"q", "start"}),
    ],
)  # fmt: skip
def test_bad_parameters_answer_400_naming_each_one(client, catalogue, query, named):
    response = client.get(PROGRAMS, query)

    assert response.status_code == 400
    body = response.json()
    assert {error["parameter"] for error in body["errors"]} == named
    assert all(error["message"] for error in body["errors"])
    assert all(name in body["detail"] for name in named)


def test_a_page_past_the_last_is_not_found(client, catalogue):
    response = client.get(PROGRAMS, {"page": "9", "page_size": "2"})

    assert response.status_code == 404
    assert response.json() == {"detail": "No page 9: there are only 2 pages of these results."}


def test_page_size_is_capped(client, catalogue):
    response = client.get(PROGRAMS, {"page_size": "101"})

    assert response.status_code == 400
    assert "100" in response.json()["errors"][0]["message"]


def test_the_api_remembers_nothing_between_requests(client, catalogue):
    client.get(PROGRAMS, {"currency": "GBP", "fees": "intl"})
    again = client.get(PROGRAMS).json()

    assert (again["currency"], again["fee_status"]) == ("EUR", "home")
    assert "sessionid" not in client.cookies


def test_the_list_takes_the_same_queries_whatever_the_catalogue_holds(
    client, catalogue, django_assert_num_queries
):
    query = {"sort": "cost", "page_size": 100}
    client.get(PROGRAMS, query)  # what the finder caches per catalogue version
    with django_assert_num_queries(6):
        small = client.get(PROGRAMS, query)

    topics = [TopicFactory() for _ in range(5)]
    for _ in range(30):
        program = ProgramFactory()
        program.topics.set(topics)
        for days in (20, 40, 60):
            DeadlineFactory(program=program, closes_on=timezone.localdate() + timedelta(days=days))
        FactSource.objects.create(program=program, fact="tuition", source_url="https://a.example/")
    client.get(PROGRAMS, query)
    with django_assert_num_queries(6):
        large = client.get(PROGRAMS, query)
    assert (small.json()["count"], large.json()["count"]) == (4, 34)
    assert Decimal(large.json()["results"][0]["total_cost"]["amount"]) >= 0
