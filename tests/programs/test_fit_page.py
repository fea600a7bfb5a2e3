"""The personal-fit page once the visitor has ranked: what the ranking rests on and what
it leaves out, and a form that folds away so that the ranking comes first."""

from decimal import Decimal

import pytest
from django.urls import reverse

from programs import fit
from tests.factories import OutcomeFactory

FIT = reverse("programs:fit")


@pytest.mark.django_db
def test_the_page_says_what_the_ranking_rests_on_and_what_is_left_out(client, catalogue):
    # None of the four publishes an employment rate, and no topics are picked.
    html = client.get(FIT, {"w_cost": 3, "w_outcomes": 2, "w_topics": 2}).content.decode()

    assert "Ranked by cost (a lot), length (a little), flexibility (a little) and industry" in html
    assert "<strong>Outcomes</strong> not counted: none of the programmes ranked publishes" in html
    assert "<strong>Your topics</strong> not counted: you have not picked any topics" in html
    assert "No employment figures published" not in html  # not in any breakdown either
    assert "Counts once you pick topics below." in html


@pytest.mark.django_db
def test_picked_topics_count_and_are_not_said_to_be_left_out(client, catalogue):
    html = client.get(FIT, {"want": "reinforcement-learning"}).content.decode()

    assert "your topics (quite a lot)" in html
    assert "you have not picked any topics" not in html
    assert "Counts once you pick topics below." not in html


@pytest.mark.django_db
def test_outcomes_count_once_half_the_ranked_programmes_publish_them(client, catalogue):
    for key in ("eth", "cmu"):
        OutcomeFactory(program=catalogue[key], year=2024, employment_rate=Decimal("90"))

    response = client.get(FIT, {**{f"w_{k}": 0 for k in fit.FACTOR_KEYS}, "w_outcomes": 3})
    html = response.content.decode()

    assert "Ranked by outcomes (a lot)" in html
    assert "not counted" not in html
    assert [f.score for f in response.context["ranking"].fits] == [90, 90, None, None]


@pytest.mark.django_db
def test_before_ranking_the_form_is_open_and_after_it_folds_away(client, catalogue):
    fresh = client.get(FIT, {"delivery": "online"}).content.decode()  # from the list's link
    ranked = client.get(FIT, {"w_cost": 3}).content.decode()
    picked = client.get(FIT, {"want": "reinforcement-learning"}).content.decode()
    wrong = client.get(FIT, {"w_cost": "9"}).content.decode()

    assert '<details class="filters__toggle" id="priorities" open>' in fresh
    assert '<details class="filters__toggle" id="priorities">' in ranked
    assert '<details class="filters__toggle" id="priorities">' in picked
    assert '<details class="filters__toggle" id="priorities" open>' in wrong  # to show why
    assert f'action="{FIT}#results"' in ranked  # ranking again lands on the ranking


@pytest.mark.django_db
def test_fit_pages_link_to_the_ranking_itself(client, catalogue, monkeypatch):
    monkeypatch.setattr("programs.views.PAGE_SIZE", 2)

    html = client.get(FIT, {"w_cost": 3}).content.decode()

    assert "page=2#results" in html
