"""Universities, topics and exchange rates through the API."""

from datetime import date

import pytest
from django.urls import reverse

from programs.models import ExchangeRate
from tests.factories import ProgramFactory, UniversityFactory

pytestmark = pytest.mark.django_db


def test_universities_are_those_with_published_programmes(client, catalogue):
    UniversityFactory(name="Aardvark Institute", slug="aardvark")  # nothing published there
    body = client.get(reverse("api:universities")).json()

    assert [university["slug"] for university in body["results"]] == ["cmu", "eth", "tum", "ucl"]
    assert body["results"][0] == {
        "slug": "cmu",
        "name": "Carnegie Mellon University",
        "country": "US",
        "city": "Pittsburgh",
        "website": "https://university.example/",
        "programmes": 1,
    }
    assert body["results"][3]["programmes"] == 1  # its draft does not count
    assert body["count"] == 4


def test_universities_page_like_programmes(client, catalogue):
    second = client.get(reverse("api:universities"), {"page": 2, "page_size": 3}).json()

    assert [university["slug"] for university in second["results"]] == ["ucl"]
    assert second["next"] is None and "page=1" in second["previous"]
    bad = client.get(reverse("api:universities"), {"page": "0"})
    assert bad.status_code == 400
    assert bad.json()["errors"][0]["parameter"] == "page"


def test_topics_are_listed_by_name_with_their_slugs(client, catalogue):
    body = client.get(reverse("api:topics")).json()

    assert [topic["slug"] for topic in body] == [
        "computer-vision",
        "natural-language-processing",
        "reinforcement-learning",
    ]


def test_exchange_rates_say_their_dates(client, catalogue):
    ExchangeRate.objects.filter(currency="GBP").update(as_of=date(2026, 10, 1))
    body = client.get(reverse("api:exchange_rates")).json()

    assert [rate["currency"] for rate in body] == ["EUR", "GBP", "USD"]
    gbp = body[1]
    assert gbp == {
        "currency": "GBP",
        "name": "Pound sterling",
        "rate_to_base": "1.200000",
        "as_of": "2026-10-01",
    }


def test_universities_take_the_same_queries_however_many_there_are(
    client, catalogue, django_assert_num_queries
):
    with django_assert_num_queries(2):  # how many, and the page
        client.get(reverse("api:universities"))
    for _ in range(30):
        ProgramFactory()
    with django_assert_num_queries(2):
        assert client.get(reverse("api:universities")).json()["count"] == 34
