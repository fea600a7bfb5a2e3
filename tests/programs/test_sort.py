"""The list's order: without a search, the programmes a student can still apply to,
soonest deadline first and cheapest among equals; with a search, relevance; said in
words next to the count, at no extra query."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from programs.caching import forget_everything
from tests.factories import DeadlineFactory, ProgramFactory, TopicFactory

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def titles(response) -> list[str]:
    return [program.title for program in response.context["page"].object_list]


def test_without_a_search_open_deadlines_come_first_soonest_then_cheapest(client, catalogue):
    # Both close in 40 days, like MS in Machine Learning (USD 60,000 a year, the dearest).
    soon = timezone.localdate() + timedelta(days=40)
    cheap = ProgramFactory(title="Z Cheap", tuition_amount=Decimal("100"), duration_months=12)
    DeadlineFactory(program=cheap, closes_on=soon)
    closed = ProgramFactory(title="A Closed", tuition_amount=Decimal("50"), duration_months=12)
    DeadlineFactory(program=closed, closes_on=timezone.localdate() - timedelta(days=1))

    response = client.get(LIST)
    html = response.content.decode()

    assert titles(response) == [
        "Z Cheap",  # EUR 100: the soonest open deadline, and cheaper than the next
        "MS in Machine Learning",  # the same deadline, dearer
        "MSc Machine Learning Online",  # open in 90 days
        "A Closed",  # no open deadline: by cost from here, EUR 50
        "MSc Data Science",  # EUR 3,000; its deadline has passed
        "MSc Robotics, Cognition, Intelligence",  # EUR 12,000, no deadline published
    ]
    assert '<option value="" selected>Recommended</option>' in html
    assert 'value="relevance"' not in html
    assert (
        "Recommended order: the soonest application deadline still open, then the lowest" in html
    )


def test_the_default_order_counts_the_costs_the_visitor_asked_for(client, catalogue):
    # No open deadline for either: by cost, living costs included. With living costs,
    # only MSc Machine Learning Online has a total (the others are not known: last).
    DeadlineFactory(program=catalogue["ucl"], closes_on=timezone.localdate() - timedelta(days=3))
    catalogue["ucl"].deadlines.filter(closes_on__gt=timezone.localdate()).delete()

    result = titles(client.get(LIST, {"living": "1", "delivery": ["online", "hybrid"]}))

    assert result == ["MSc Machine Learning Online", "MSc Robotics, Cognition, Intelligence"]


def test_a_search_is_in_order_of_relevance_and_says_so(client, catalogue):
    html = client.get(LIST, {"q": "machine learning"}).content.decode()

    assert '<option value="" selected>Recommended</option>' in html
    assert "Recommended order for a search: how well they match your search." in html


@pytest.fixture
def two_matches(db):
    """Two programmes a search for "reinforcement" finds, the better match with no deadline,
    the other closing soon: relevance and the default order put them the other way round."""
    ProgramFactory(title="MSc Reinforcement Learning")
    robotics = ProgramFactory(title="MSc Robotics")
    robotics.topics.add(TopicFactory(name="Reinforcement learning"))
    DeadlineFactory(program=robotics, closes_on=timezone.localdate() + timedelta(days=20))


SEARCH = "reinforcement"


def test_a_search_typed_on_the_default_order_is_in_order_of_relevance(client, two_matches):
    # What the form submits after browsing the default order: the empty "Recommended".
    response = client.get(LIST, {"q": SEARCH, "sort": ""})

    assert titles(response) == ["MSc Reinforcement Learning", "MSc Robotics"]
    assert "Recommended order for a search: how well they match" in response.content.decode()


def test_an_order_the_visitor_picked_is_kept_with_a_search(client, two_matches):
    response = client.get(LIST, {"q": SEARCH, "sort": "deadline"})
    html = response.content.decode()

    assert titles(response) == ["MSc Robotics", "MSc Reinforcement Learning"]
    assert '<option value="deadline" selected>' in html
    assert "Sorted by the soonest application deadline still open" in html


@pytest.mark.parametrize(
    ("sort", "said"),
    [
        ("cost", "Sorted by the lowest total cost"),
        ("name", "Sorted by name, A to Z"),
        ("nonsense", "Recommended order: the soonest"),
    ],
)
def test_the_order_applied_is_said_next_to_the_count(client, catalogue, sort, said):
    assert said in client.get(LIST, {"sort": sort}).content.decode()


def test_the_default_order_costs_no_more_queries_than_another(
    client, catalogue, django_assert_max_num_queries
):
    with django_assert_max_num_queries(20) as named:
        client.get(LIST, {"sort": "name"})
    forget_everything()  # both start from nothing cached
    with django_assert_max_num_queries(20) as default:
        client.get(LIST)
    with django_assert_max_num_queries(20) as again:
        response = client.get(LIST)

    assert len(default.captured_queries) == len(named.captured_queries)
    # Which programmes the page shows is cached for the default order too.
    assert len(again.captured_queries) < len(default.captured_queries)
    assert titles(response)[0] == "MS in Machine Learning"
