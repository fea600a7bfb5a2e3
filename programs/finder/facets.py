"""Facets: each filter's options, with how many results choosing each would give.

A facet whose own filter is off counts within the current results; one whose filter is
on counts as if it were off; topics ("all of") count within the results. The counts
come from the catalogue's index (``index.py``), read once per catalogue version, so a
combination of filters nobody chose before costs no more to count at 100,000
programmes than at 1,000. Which options exist at all (countries, languages, topics,
start months) and the counts for each combination of filters change only when editors
change the catalogue (or the day changes), so they are cached per catalogue version
(``programs.caching``): paging through results, or going back to filters chosen
before, counts nothing again.

A facet's heading is its filter's label; its options are its filter's choices, cut
to what the catalogue offers. A long facet (countries, topics) shows its chosen options
first, then its most common ones; the rest wait behind "Show all", with options that
would find nothing kept last.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache, cached_property
from typing import NamedTuple

from django.db.models import Exists, OuterRef, QuerySet
from django.utils.translation import get_language
from django_countries import countries

from programs.caching import Snapshot
from programs.models import Outcome, Program, Role, StartTerm, Topic

from .filters import ProgramFilter
from .index import GROUPED, catalogue_index, count_options, in_order, page_of, results

FLAGS_FACET = "flags"  # the "must have" checkboxes, shown as one facet
COUNTED = [*GROUPED, "pace", "role", *ProgramFilter.FLAGS]
# Options a long facet shows before "Show all"; shorter facets keep their own order.
SHOWN = 6


@dataclass
class Option:
    value: str
    label: str
    count: int | None  # None where the page does not count
    selected: bool


class Input(NamedTuple):
    """An option's checkbox or radio button, as the sidebar shows it. The template
    unpacks these: a loop's own variables render faster than attributes, which counts
    in a sidebar of some seventy options."""

    id: str
    name: str
    value: str
    label: str
    found: int | None  # how many choosing it would find; None where not counted
    checked: bool
    empty: bool  # would find nothing, and is not chosen


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]
    multiple: bool = True
    errors: list[str] = field(default_factory=list)

    @property
    def input_type(self) -> str:
        return "checkbox" if self.multiple else "radio"

    @property
    def any_selected(self) -> bool:
        return any(option.selected for option in self.options)

    @property
    def long(self) -> bool:
        return len(self.options) > SHOWN

    @cached_property
    def ordered(self) -> list[Option]:
        """A long facet's options as a visitor looks for them: chosen ones first, then
        the most common (alphabetical where counts tie or are not counted); a short
        facet's as declared."""
        if not self.long:
            return self.options
        return sorted(
            self.options,
            key=lambda option: (not option.selected, -(option.count or 0), option.label),
        )

    @cached_property
    def shown(self) -> list[Option]:
        """The options shown at first: every chosen one, and at least ``SHOWN``."""
        chosen = sum(option.selected for option in self.options)
        return self.ordered[: max(SHOWN, chosen)]

    @property
    def more(self) -> list[Option]:
        """The options behind "Show all"."""
        return self.ordered[len(self.shown) :]

    @property
    def groups(self) -> list[list[Input]]:
        """The inputs shown at first and, if there are more, those behind "Show all"."""
        groups = [self.shown, self.more] if self.more else [self.shown]
        return [[self.input(option) for option in group] for group in groups]

    def input(self, option: Option) -> Input:
        """A "must have" option is a filter of its own; any other sends its facet's."""
        flag = self.name == FLAGS_FACET
        return Input(
            f"f-{self.name}-{option.value}",
            option.value if flag else self.name,
            "1" if flag else option.value,
            option.label,
            option.count,
            option.selected,
            option.count == 0 and not option.selected,
        )


@dataclass
class CatalogueOptions:
    """What the whole catalogue offers to filter on, whatever the current filters."""

    countries: list[str]
    languages: set[str]
    topics: dict[str, str]  # slug: name, by name
    topic_slugs: dict[int, str]  # id: slug
    start_months: list[date]
    roles: dict[str, str] = field(default_factory=dict)  # every role, slug: name
    named_roles: set[str] = field(default_factory=set)  # those published outcomes name


def digest(options: CatalogueOptions, counts: dict[str, Counter]) -> str:
    """A short digest of the options and their counts, the same in every process."""
    offered = (getattr(options, option.name) for option in fields(options))
    shown = [
        *(sorted(value) if isinstance(value, set) else value for value in offered),
        sorted((name, sorted(counted.items())) for name, counted in counts.items()),
    ]
    return hashlib.blake2b(repr(shown).encode(), digest_size=12).hexdigest()


def scope(queryset: QuerySet, today: date) -> str:
    """What a cached value computed over ``queryset`` depends on besides the catalogue:
    the query (every filter's value is in its SQL) and today's date."""
    return f"{queryset.query}|{today}"


@cache
def published_query() -> str:
    """The query of every published programme (``scope`` of the finder's usual base),
    which is the same for as long as the site runs: put into SQL once, not per visit."""
    return str(Program.objects.published().query)


def catalogue_options(
    queryset: QuerySet, snapshot: Snapshot, today: date, base: str
) -> CatalogueOptions:
    """The options the whole (unfiltered) catalogue offers, cached per version;
    ``base`` is the ``scope`` of ``queryset``."""
    return snapshot.remember("finder-options", base, lambda: find_options(queryset, today))


def find_options(queryset: QuerySet, today: date) -> CatalogueOptions:
    published = queryset.order_by()
    topics = Topic.objects.filter(Exists(published.filter(topics=OuterRef("pk"))))
    topic_rows = list(topics.values_list("pk", "slug", "name"))
    named = Outcome.roles.through.objects.filter(
        role=OuterRef("pk"), outcome__program__in=published.values("pk")
    )
    role_rows = list(
        Role.objects.annotate(named=Exists(named)).values_list("slug", "name", "named")
    )
    start_dates = (
        StartTerm.objects.exclude(source_url="")
        .filter(program__in=published.values("pk"), starts_on__gte=today)
        .values_list("starts_on", flat=True)
        .distinct()
        .order_by()
    )
    return CatalogueOptions(
        countries=sorted(
            set(published.values_list("university__country", flat=True).distinct()) - {None, ""},
            key=countries.name,
        ),
        languages=set(published.values_list("language", flat=True).distinct()),
        topics={slug: name for _, slug, name in topic_rows},
        topic_slugs={pk: slug for pk, slug, _ in topic_rows},
        start_months=sorted({day.replace(day=1) for day in start_dates}),
        roles={slug: name for slug, name, _ in role_rows},
        named_roles={slug for slug, _, named in role_rows if named},
    )


def option_counts(
    filterset: ProgramFilter, snapshot: Snapshot, options: CatalogueOptions, results: str
) -> dict[str, Counter]:
    """How many results each option would give: every facet's options counted within
    the results as they would be without that facet's own filter, from the catalogue's
    index (``index.py``). ``results`` is the ``scope`` of the results, unordered."""

    def count() -> dict[str, Counter]:
        index = catalogue_index(filterset, snapshot, options.named_roles, options.topic_slugs)
        return count_options(filterset, snapshot, index, COUNTED)

    return snapshot.remember("finder-counts", results, count)


def page_ids(
    filterset: ProgramFilter, snapshot: Snapshot, options: CatalogueOptions, start: int, size: int
) -> list[int]:
    """The ids of a page of results, from the catalogue's index and the catalogue in the
    order asked for."""
    order = in_order(filterset, snapshot)
    catalogue = catalogue_index(filterset, snapshot, options.named_roles, options.topic_slugs)
    return page_of(order, results(filterset, snapshot, catalogue), start, size)


@cache
def country_name(code: str, language: str | None) -> str:
    """``countries.name(code)`` in the active ``language``, looked up once: the sidebar
    names some thirty countries on every visit, and each look-up takes a while."""
    return countries.name(code)


def selected(filterset: ProgramFilter, name: str) -> set[str]:
    """The values chosen for a filter, as text."""
    value = filterset.cleaned(name)
    if not value:
        return set()
    values = value if isinstance(value, list | tuple | QuerySet) else [value]
    return {item.slug if isinstance(item, Topic) else str(item) for item in values}


def build(
    filterset: ProgramFilter, options: CatalogueOptions, counts: dict[str, Counter] | None
) -> list[Facet]:
    """Each facet with its options, counted when ``counts`` is given."""

    def choices(name: str) -> dict[str, str]:
        return {str(value): label for value, label in filterset.form.fields[name].choices if value}

    offered = {
        "delivery": choices("delivery"),
        "pace": choices("pace"),
        "country": {code: country_name(code, get_language()) for code in options.countries},
        "topic": options.topics,
        "degree": choices("degree"),
        "language": {
            code: label for code, label in choices("language").items() if code in options.languages
        },
        "role": {
            slug: name
            for slug, name in options.roles.items()
            if slug in options.named_roles or slug in selected(filterset, "role")
        },
    }
    facets = []
    for name, labels in offered.items():
        if name == "role" and not labels:
            continue  # no published destinations name a role: nothing to choose
        chosen = selected(filterset, name)
        tally = counts[name] if counts is not None else None
        facets.append(
            Facet(
                name,
                filterset.filters[name].label,
                [
                    Option(
                        value,
                        label,
                        tally.get(value, 0) if tally is not None else None,
                        value in chosen,
                    )
                    for value, label in labels.items()
                ],
                multiple=name != "pace",
                errors=list(filterset.form.errors.get(name, [])),
            )
        )
    flags = [
        Option(
            name,
            filterset.filters[name].label,
            counts[name][name] if counts is not None else None,
            filterset.is_active(name),
        )
        for name in ProgramFilter.FLAGS
    ]
    facets.append(Facet(FLAGS_FACET, "Must have", flags))
    return facets
