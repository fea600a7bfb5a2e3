"""The list keeps each programme card's HTML per programme revision, day and display
settings, and the filter sidebar's per set of options and counts: an edit or another
currency shows at once, one programme's save leaves the other cards cached (and the
sidebar, unless its counts change), and what belongs to one visitor (their comparison,
their shortlist) is never shared."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from programs import caching

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def without_tokens(response) -> str:
    """The page without what differs on every response (CSRF tokens, CSP nonces)."""
    html = response.content.decode()
    return re.sub(r'(csrfmiddlewaretoken" value|nonce)="[^"]+"', r"\1", html)


def card(html: str, title: str) -> str:
    start = html.index(f">{title}</a>")
    return html[start : html.index("</article>", start)]


def test_a_new_fee_shows_on_the_card_after_an_editors_save(client, catalogue):
    program = catalogue["cmu"]
    assert "60,000" in card(client.get(LIST).content.decode(), program.title)

    program.tuition_amount = Decimal("65000")
    program.save()

    shown = card(client.get(LIST).content.decode(), program.title)
    assert "65,000" in shown
    assert "60,000" not in shown


def test_cards_and_sidebar_follow_the_currency_and_fee_status_asked_for(client, catalogue):
    title = catalogue["cmu"].title
    dollars = card(client.get(LIST, {"currency": "USD"}).content.decode(), title)
    pounds = client.get(LIST, {"currency": "GBP"}).content.decode()
    international = client.get(LIST, {"currency": "USD", "fees": "intl"}).content.decode()

    assert "<strong>USD 80,000</strong>" in dollars
    assert "home or EU fees" in dollars
    assert "<strong>GBP " in card(pounds, title)
    assert "International fee not published" in card(international, title)
    cost_limit = pounds[pounds.index('for="id_max_cost"') :][:400]
    assert "GBP" in cost_limit


def test_one_visitors_comparison_does_not_show_on_anothers_cards(client, catalogue):
    program = catalogue["cmu"]
    client.post(reverse("programs:compare_add"), {"program": program.pk})
    assert "Remove from comparison" in card(client.get(LIST).content.decode(), program.title)

    other = Client().get(LIST).content.decode()

    assert "Remove from comparison" not in card(other, program.title)
    assert "Add to comparison" in card(other, program.title)


def test_the_sidebar_shows_each_visitors_own_filters(client, catalogue):
    client.get(LIST, {"delivery": "online"})

    html = client.get(LIST, {"delivery": "on_campus"}).content.decode()

    assert 'value="on_campus" checked' in html or 'value="on_campus"\n' in html
    assert 'value="online" checked' not in html


def test_cached_cards_are_shown_without_fetching_what_they_show_again(
    client, catalogue, django_assert_max_num_queries
):
    first = client.get(LIST, {"sort": "name"})
    with django_assert_max_num_queries(20) as again:
        second = client.get(LIST, {"sort": "name"})

    assert without_tokens(second) == without_tokens(first)
    sql = " ".join(query["sql"] for query in again.captured_queries)
    assert "programs_topic" not in sql and "programs_deadline" not in sql


def test_one_programmes_save_leaves_the_other_cards_cached(
    client, catalogue, django_assert_max_num_queries
):
    client.get(LIST, {"sort": "name"})
    edited = catalogue["cmu"]
    edited.tuition_amount = Decimal("65000")
    edited.save()

    with django_assert_max_num_queries(20) as visit:
        html = client.get(LIST, {"sort": "name"}).content.decode()

    assert "65,000" in card(html, edited.title)
    prefetched = [  # the topics of the cards drawn again, not of the counts
        query["sql"] for query in visit.captured_queries if "_prefetch_related_val" in query["sql"]
    ]
    assert len(prefetched) == 1
    assert re.search(rf"IN \({edited.pk}\)", prefetched[0])  # only the edited one


def test_a_renamed_university_or_topic_shows_on_every_card_at_once(client, catalogue):
    program = catalogue["cmu"]
    client.get(LIST)
    university = program.university
    university.name = "Carnegie Mellon, renamed"
    university.save()
    topic = program.topics.first()
    topic.name = "Renamed topic"
    topic.save()

    shown = card(client.get(LIST).content.decode(), program.title)

    assert "Carnegie Mellon, renamed" in shown
    assert "Renamed topic" in shown


def sidebar(response) -> str:
    html = response.content.decode()
    return html[html.index('<aside class="filters"') : html.index("</aside>")]


def drew_sidebar(response) -> bool:
    return "programs/includes/filters.html" in [t.name for t in response.templates]


def test_a_save_that_changes_no_count_leaves_the_sidebar_as_drawn(client, catalogue):
    """A verification date changes no count: the sidebar is not drawn again. A new
    format does: the sidebar shows the new counts, as a fresh drawing would."""
    program = catalogue["cmu"]
    client.get(LIST, {"delivery": "online"})
    program.last_verified = program.last_verified - timedelta(days=1)
    program.save()

    kept = client.get(LIST, {"delivery": "online"})

    assert not drew_sidebar(kept)
    program.delivery = "online"
    program.save()
    redrawn = client.get(LIST, {"delivery": "online"})
    caching.forget_everything()
    fresh = client.get(LIST, {"delivery": "online"})
    assert drew_sidebar(redrawn)
    assert sidebar(redrawn) == sidebar(fresh) != sidebar(kept)
