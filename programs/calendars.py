"""Deadline calendars (iCalendar, ``.ics``): one per programme, and one per visitor's
shortlist behind an unguessable link that follows the shortlist as it changes.

Only published dates go in: deadlines of sourced intakes (``Deadline.objects.published()``)
and the start dates of sourced intakes. Each event has a UID made from its row, so a
calendar app that reloads the file moves a changed date instead of adding a second one.
"""

from __future__ import annotations

from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from .models import Deadline, Program, ShortlistCalendar, StartTerm
from .selection import Kind, Selection

CALENDAR_TOKEN_KEY = "shortlist_calendar"  # the session's own copy of its calendar token
DEFAULT_ROUND = "Applications close"  # Deadline.name's default, said the usual way
REFRESH = timedelta(hours=12)  # how often subscribed calendar apps are asked to reload


def with_published_dates(programs):
    """What a calendar needs of each programme, in a fixed number of queries."""
    return programs.select_related("university").prefetch_related(
        Prefetch(
            "deadlines",
            queryset=Deadline.objects.published().select_related("intake"),
            to_attr="published_deadlines",
        ),
        Prefetch(
            "start_terms",
            queryset=StartTerm.objects.exclude(source_url=""),
            to_attr="published_intakes",
        ),
    )


def build(request: HttpRequest, name: str, description: str, programs: list[Program]) -> bytes:
    """A calendar of these programmes' published deadlines and start dates."""
    calendar = Calendar()
    calendar.add("prodid", "-//Masters Compare//Deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", description)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT12H")  # the same, for apps that read only this
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for program in programs:
        page = request.build_absolute_uri(program.get_absolute_url())
        named = f"{program.title}, {program.university.name}"
        for deadline in program.published_deadlines:
            what = "Application deadline" if deadline.name == DEFAULT_ROUND else deadline.name
            details = [deadline.note] if deadline.note else []
            calendar.add_component(
                event(
                    uid=f"deadline-{deadline.pk}@{host}",
                    day=deadline.closes_on,
                    summary=f"{what} ({deadline.intake}) — {named}",
                    description=describe(details, deadline.intake, page),
                    url=page,
                    stamp=stamp,
                )
            )
        for intake in program.published_intakes:
            calendar.add_component(
                event(
                    uid=f"intake-{intake.pk}@{host}",
                    day=intake.starts_on,
                    summary=f"Teaching starts ({intake}) — {named}",
                    description=describe([], intake, page),
                    url=page,
                    stamp=stamp,
                )
            )
    return calendar.to_ical()


def event(*, uid: str, day, summary: str, description: str, url: str, stamp) -> Event:
    """An all-day event on ``day``."""
    entry = Event()
    entry.add("uid", uid)
    entry.add("dtstamp", stamp)
    entry.add("dtstart", day)
    entry.add("dtend", day + timedelta(days=1))
    entry.add("summary", summary)
    entry.add("description", description)
    entry.add("url", url)
    entry.add("transp", "TRANSPARENT")  # a date to remember, not time taken
    return entry


def describe(details: list[str], intake: StartTerm, page: str) -> str:
    checked = f", checked {intake.checked_on:%-d %b %Y}" if intake.checked_on else ""
    return "\n".join(
        [
            *details,
            f"Source: {intake.source_url} (for {intake}{checked}).",
            "Always check the official page before you apply.",
            f"Programme: {page}",
        ]
    )


def response(content: bytes, filename: str) -> HttpResponse:
    answer = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    answer["Content-Disposition"] = f'attachment; filename="{filename}"'
    return answer


# The shortlist's calendar -------------------------------------------------------


def link_for(session) -> ShortlistCalendar:
    """The session's calendar link, made the first time it is asked for. The session
    must already be saved (a visitor with a shortlist has one)."""
    token = session.get(CALENDAR_TOKEN_KEY)
    if isinstance(token, str) and (link := ShortlistCalendar.objects.filter(token=token).first()):
        if link.session_key != session.session_key:  # the key changed, e.g. at a login
            link.session_key = session.session_key
            link.save(update_fields=["session_key"])
        return link
    link = ShortlistCalendar.objects.create(session_key=session.session_key)
    session[CALENDAR_TOKEN_KEY] = link.token
    return link


def token_of(session) -> str:
    """The session's calendar token, if it has asked for one: no query."""
    token = session.get(CALENDAR_TOKEN_KEY)
    return token if isinstance(token, str) else ""


def shortlist_programs(link: ShortlistCalendar) -> list[Program] | None:
    """The programmes on the shortlist that ``link`` names, as the visitor keeps it
    now, or None when their session has ended."""
    store = import_module(settings.SESSION_ENGINE).SessionStore(session_key=link.session_key)
    # Reading it loads the session; one that has expired or was deleted loses its key.
    if store.get(CALENDAR_TOKEN_KEY) != link.token or store.session_key is None:
        return None
    selection = Selection(store)
    programs, _ = selection.load(Kind.SHORTLIST, with_published_dates(Program.objects.published()))
    return programs
