"""Facets as a visitor reads them: a long one shows its chosen options, then its
most common; the rest wait behind "Show all"."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def counts(response, name: str) -> dict[str, int]:
    [found] = [facet for facet in response.context["facets"] if facet.name == name]
    return {option.value: option.count for option in found.options}


def shown_and_more(response, name: str) -> tuple[list[str], list[str]]:
    [found] = [facet for facet in response.context["facets"] if facet.name == name]
    return [o.value for o in found.shown], [o.value for o in found.more]


def test_a_long_facet_shows_its_most_common_options_first(client, many_countries):
    shown, more = shown_and_more(client.get(LIST), "country")

    assert shown[:3] == ["US", "GB", "FR"]  # 6, 4 and 2 programmes
    assert len(shown) == 6 and len(more) == 5
    html = client.get(LIST).content.decode()
    assert "Show all 11" in html and '<details class="facet__more">' in html


def test_chosen_options_are_pinned_on_top_and_empty_ones_kept_last(client, many_countries):
    response = client.get(LIST, {"country": ["IT", "ES"], "delivery": "online"})
    shown, more = shown_and_more(response, "country")
    counted = counts(response, "country")

    assert set(shown[:2]) == {"ES", "IT"}  # chosen, whatever their counts
    assert shown[2] == "GB"  # the one country with online programmes comes next
    assert counted["US"] == 0 and "US" in shown + more  # kept, but quietly
    assert 'class="facet__option--empty">' in response.content.decode()


def test_a_short_facet_keeps_its_own_order(client, many_countries):
    shown, more = shown_and_more(client.get(LIST), "delivery")

    assert shown == ["on_campus", "online", "hybrid"] and more == []
