"""Deadline calendars: a programme's published dates, and a shortlist's behind a private
link that follows the shortlist."""

from datetime import date, timedelta

import pytest
from django.contrib.sessions.models import Session
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from programs.models import ShortlistCalendar
from tests.factories import DeadlineFactory, ProgramFactory, StartTermFactory, UniversityFactory

pytestmark = pytest.mark.django_db

SHORTLIST = reverse("programs:shortlist")
SAVE = reverse("programs:shortlist_add")
UNSAVE = reverse("programs:shortlist_remove")
MAKE_LINK = reverse("programs:shortlist_calendar_link")


def events(response) -> dict[str, dict]:
    """The calendar's events by summary, as a calendar app reads them."""
    calendar = Calendar.from_ical(response.content)
    return {
        str(event["summary"]): {
            "uid": str(event["uid"]),
            "start": event.decoded("dtstart"),
            "end": event.decoded("dtend"),
            "url": str(event["url"]),
            "description": str(event["description"]),
        }
        for event in calendar.walk("VEVENT")
    }


@pytest.fixture
def programme():
    """A programme with a published intake and deadline, a draft intake whose dates
    nobody has sourced, and a deadline belonging to no intake."""
    ucl = UniversityFactory(name="UCL", slug="ucl")
    program = ProgramFactory(university=ucl, title="MSc Machine Learning", slug="msc-ml")
    intake = StartTermFactory(program=program, starts_on=date(2027, 9, 27))
    DeadlineFactory(program=program, intake=intake, closes_on=date(2027, 1, 15))
    DeadlineFactory(
        program=program, intake=intake, closes_on=date(2027, 3, 31), name="Final round"
    )
    unsourced = StartTermFactory(program=program, starts_on=date(2028, 9, 25), source_url="")
    DeadlineFactory(program=program, intake=unsourced, closes_on=date(2028, 1, 14))
    DeadlineFactory(program=program, intake=None, closes_on=date(2027, 2, 1))
    return program


def calendar_url(program) -> str:
    return reverse("programs:calendar", args=[program.university.slug, program.slug])


def test_a_programme_calendar_holds_its_published_dates_only(client, programme):
    response = client.get(calendar_url(programme))

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert 'filename="ucl-msc-ml.ics"' in response["Content-Disposition"]
    found = events(response)
    assert sorted(found) == [
        "Application deadline (2027/28 entry) — MSc Machine Learning, UCL",
        "Final round (2027/28 entry) — MSc Machine Learning, UCL",
        "Teaching starts (2027/28 entry) — MSc Machine Learning, UCL",
    ]
    deadline = found["Application deadline (2027/28 entry) — MSc Machine Learning, UCL"]
    assert deadline["start"] == date(2027, 1, 15)
    assert deadline["end"] == date(2027, 1, 16), "an all-day event"
    assert deadline["url"] == "http://testserver" + programme.get_absolute_url()
    assert "Source: https://university.example/admissions/dates" in deadline["description"]


def test_event_ids_stay_the_same_when_a_date_moves(client, programme):
    before = events(client.get(calendar_url(programme)))
    deadline = programme.deadlines.get(closes_on=date(2027, 1, 15))
    deadline.closes_on = date(2027, 1, 22)
    deadline.save()
    after = events(client.get(calendar_url(programme)))

    summary = "Application deadline (2027/28 entry) — MSc Machine Learning, UCL"
    assert after[summary]["start"] == date(2027, 1, 22)
    assert after[summary]["uid"] == before[summary]["uid"], "re-imports update, not duplicate"


def test_a_draft_programme_has_no_calendar(client):
    draft = ProgramFactory(status="draft")

    assert client.get(calendar_url(draft)).status_code == 404


def test_the_programme_page_offers_its_calendar(client, programme):
    html = client.get(programme.get_absolute_url()).content.decode()

    assert f'href="webcal://testserver{calendar_url(programme)}"' in html
    assert f'href="{calendar_url(programme)}" download' in html
    assert f'value="http://testserver{calendar_url(programme)}" readonly' in html


def shortlist_calendar(client: Client) -> str:
    """Ask for the shortlist's calendar link as a visitor does, and return its path."""
    client.post(MAKE_LINK)
    token = ShortlistCalendar.objects.get().token
    return reverse("programs:shortlist_calendar", args=[token])


def test_the_shortlist_calendar_follows_the_shortlist(client, programme):
    other = ProgramFactory(title="MSc Data Science")
    DeadlineFactory(program=other, closes_on=date.today() + timedelta(days=60))
    client.post(SAVE, {"program": programme.pk})
    url = shortlist_calendar(client)
    calendar_app = Client()  # has the link, not the visitor's cookie

    first = events(calendar_app.get(url))
    client.post(SAVE, {"program": other.pk})
    client.post(UNSAVE, {"program": programme.pk})
    second = events(calendar_app.get(url))

    assert any("MSc Machine Learning" in summary for summary in first)
    assert not any("MSc Data Science" in summary for summary in first)
    assert any("MSc Data Science" in summary for summary in second)
    assert not any("MSc Machine Learning" in summary for summary in second)


def test_the_shortlist_page_shows_the_link_once_asked_for(client, programme):
    client.post(SAVE, {"program": programme.pk})
    assert "webcal://" not in client.get(SHORTLIST).content.decode()

    response = client.post(MAKE_LINK, follow=True)
    url = reverse("programs:shortlist_calendar", args=[ShortlistCalendar.objects.get().token])

    assert response.redirect_chain == [(SHORTLIST + "#calendar", 302)]
    assert f'href="webcal://testserver{url}"' in response.content.decode()
    client.post(MAKE_LINK)
    assert ShortlistCalendar.objects.count() == 1, "asking again keeps the same link"


def test_the_link_does_not_carry_the_session_key(client, programme):
    client.post(SAVE, {"program": programme.pk})
    url = shortlist_calendar(client)

    assert client.session.session_key not in url


def test_a_wrong_token_is_not_found(client, programme):
    client.post(SAVE, {"program": programme.pk})
    shortlist_calendar(client)
    wrong = reverse("programs:shortlist_calendar", args=["not-the-token"])

    assert Client().get(wrong).status_code == 404


def test_an_ended_shortlist_empties_the_calendar_and_says_so(client, programme):
    client.post(SAVE, {"program": programme.pk})
    url = shortlist_calendar(client)
    Session.objects.all().delete()

    response = Client().get(url)
    calendar = Calendar.from_ical(response.content)

    assert response.status_code == 200
    assert "no longer kept" in str(calendar["x-wr-calname"])
    assert list(calendar.walk("VEVENT")) == []


def test_the_shortlist_calendar_query_count_does_not_grow(
    client, programme, django_assert_max_num_queries
):
    client.post(SAVE, {"program": programme.pk})
    url = shortlist_calendar(client)
    with django_assert_max_num_queries(6) as one:
        Client().get(url)
    for number in range(8):
        saved = ProgramFactory(title=f"Saved {number}")
        DeadlineFactory(program=saved)
        client.post(SAVE, {"program": saved.pk})
    with django_assert_max_num_queries(6) as many:
        Client().get(url)

    assert len(many.captured_queries) == len(one.captured_queries)
