"""The active filters as removable chips, and for an empty result the one filter
whose removal would bring back the most programmes, and the topic a search names."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from programs import money, search
from programs.forms import DisplayForm

from .filters import PACE_CHOICES, ProgramFilter

ORDERING = "sort"  # the one filter that is not a chip: it orders, it does not narrow
# Removing a filter takes these along: living costs only matter to a cost limit.
REMOVED_WITH = {"max_cost": ("living", "cost_currency")}


@dataclass
class Chip:
    label: str
    remove_url: str


def values(filterset: ProgramFilter, display: DisplayForm, name: str) -> list[tuple[str, str]]:
    """Each value given for a filter, as sent and as a chip reads: a filter not named
    here reads as its label (a checkbox) or its label and value."""
    value = filterset.cleaned(name)
    if value in (None, "", [], False) or (isinstance(value, QuerySet) and not value):
        return []
    data = filterset.data
    label = filterset.filters[name].label
    if name == "q":
        return [(data.get("q"), f"Search: “{value}”")]
    if name == "topic":
        return [(topic.slug, f"Topic: {topic.name}") for topic in value]
    if name in ("country", "delivery", "degree", "language", "role"):
        labels = dict(filterset.form.fields[name].choices)
        return [(item, f"{label}: {labels.get(item, item)}") for item in value]
    if name == "pace":
        return [(value, dict(PACE_CHOICES)[value])]
    if name == "max_months":
        return [(data.get(name), f"At most {value} months")]
    if name == "max_cost":
        living = " incl. living costs" if display.with_living else ""
        return [(data.get(name), f"At most {value:,.0f} {display.cost_rate.currency}{living}")]
    if name == "deadline_after":
        return [(data.get(name), f"A deadline on or after {value:%-d %B %Y}")]
    if name == "start":
        return [(value, f"Starts {dict(filterset.form.fields['start'].choices)[value]}")]
    if value is True:
        return [(data.get(name), label)]
    return [(data.get(name), f"{label}: {value}")]


def without(filterset: ProgramFilter, name: str, value: str | None = None) -> str:
    """The current query string without one value of a filter and what goes with it,
    or (``value`` None) without the whole filter, back on the first page."""
    query = filterset.data.copy()
    if value is None:
        query.pop(name, None)
    else:
        query.setlist(name, [v for v in query.getlist(name) if v != value])
        for other in REMOVED_WITH.get(name, ()):
            query.pop(other, None)
    query.pop("page", None)
    return "?" + query.urlencode()


def narrowing(filterset: ProgramFilter) -> list[str]:
    """Every filter that narrows the results, in the order they are declared."""
    return [name for name in filterset.filters if name != ORDERING]


def chips(filterset: ProgramFilter, display: DisplayForm) -> list[Chip]:
    """One removable chip per active filter value, each linking to the URL without it,
    and one saying that international fees apply, which links back to home fees."""
    found = [
        Chip(label, without(filterset, name, value))
        for name in narrowing(filterset)
        for value, label in values(filterset, display, name)
    ]
    if display.international:
        query = filterset.data.copy()
        query.pop("intl", None)
        query.pop("page", None)
        query["fees"] = money.HOME
        found.append(Chip("International fees", "?" + query.urlencode()))
    return found


def relax_suggestion(filterset: ProgramFilter, display: DisplayForm) -> tuple[Chip, int] | None:
    """For an empty result: the one filter whose removal brings back the most."""
    best = None
    for name in narrowing(filterset):
        given = values(filterset, display, name)
        if not given:
            continue
        count = filterset.queryset_without(name).count()
        if count and (best is None or count > best[1]):
            label = ", ".join(label for _, label in given)
            best = (Chip(label, without(filterset, name)), count)
    return best


@dataclass
class TopicHint:
    """For an empty result: a topic the search names, as a filter in the search's place."""

    name: str
    url: str
    count: int  # the programmes it shows
    alone: bool  # the other filters dropped too: with them it shows none


def topic_hint(
    filterset: ProgramFilter, topics: dict[str, str], searches: list[str]
) -> TopicHint | None:
    """The first topic (of ``topics``, slug to name) that one of ``searches`` names and
    that is not chosen already, if it shows programmes: with the other filters, or
    else on its own."""
    chosen = {topic.slug for topic in filterset.cleaned("topic") or []}
    for slug in search.topics_named(searches, topics):
        if slug in chosen:
            continue
        for alone, programs in (
            (False, filterset.queryset_without("q")),
            (True, filterset.queryset.order_by()),
        ):
            count = programs.filter(topics__slug=slug).count()
            if count:
                return TopicHint(topics[slug], with_topic(filterset, slug, alone), count, alone)
    return None


def with_topic(filterset: ProgramFilter, slug: str, alone: bool) -> str:
    """The current query string with the topic in place of the search (``alone``: in
    place of every filter), back on the first page."""
    query = filterset.data.copy()
    for name in [*(narrowing(filterset) if alone else ["q"]), "page"]:
        query.pop(name, None)
        for other in REMOVED_WITH.get(name, ()):
            query.pop(other, None)
    query.appendlist("topic", slug)
    return "?" + query.urlencode()
