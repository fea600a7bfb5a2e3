"""The programme finder: every filter, its facet counts, and the sort order.

The FilterSet's form validates the query string, so bad input becomes a message by
the field concerned while the other filters still apply.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

import django_filters
from django import forms
from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from django_countries import countries

from . import caching
from .models import (
    BASE_CURRENCY,
    Deadline,
    ExchangeRate,
    Program,
    StartTerm,
    Topic,
    base_rate,
)

MAX_COST = Decimal("100000000")


class CheckFilter(django_filters.Filter):
    """A checkbox: present and truthy turns the filter on, absent leaves it off."""

    field_class = forms.BooleanField


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[Option]
    multiple: bool = True
    errors: list[str] = field(default_factory=list)

    @property
    def any_selected(self) -> bool:
        return any(option.selected for option in self.options)


@dataclass
class CatalogueOptions:
    """What the whole catalogue offers to filter on, whatever the current filters."""

    countries: list[str]
    languages: set[str]
    topics: dict[str, str]  # slug: name, by name
    topic_slugs: dict[int, str]  # id: slug
    start_months: list


@dataclass
class Chip:
    label: str
    remove_url: str


SORTS = {
    "relevance": "Relevance",
    "cost": "Total cost, lowest first",
    "duration": "Duration, shortest first",
    "deadline": "Next deadline, soonest first",
    "name": "Name, A to Z",
    "verified": "Most recently verified",
}

PACE_CHOICES = [
    (Program.Pace.FULL_TIME.value, "Full-time"),
    (Program.Pace.PART_TIME.value, "Part-time"),
]


class ProgramFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Search",
        method="filter_search",
        max_length=200,
        help_text="Title, university, city, courses, topics, faculty research.",
    )
    # No filter here can repeat a programme (each topic is linked to a programme at most
    # once), so none needs DISTINCT, which would make every count sort the whole table.
    country = django_filters.MultipleChoiceFilter(
        label="Country", field_name="university__country", choices=list(countries), distinct=False
    )
    delivery = django_filters.MultipleChoiceFilter(
        label="Format", choices=Program.Delivery, distinct=False
    )
    pace = django_filters.ChoiceFilter(label="Pace", choices=PACE_CHOICES, method="filter_pace")
    degree = django_filters.MultipleChoiceFilter(
        label="Degree", field_name="degree_type", choices=Program.DegreeType, distinct=False
    )
    language = django_filters.MultipleChoiceFilter(
        label="Teaching language",
        choices=Program._meta.get_field("language").choices,
        distinct=False,
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        label="Topics covered (all of)",
        field_name="topics__slug",
        queryset=Topic.objects.all(),
        to_field_name="slug",
        conjoined=True,
        distinct=False,
    )
    max_months = IntegerFilter(
        label="Longest duration",
        field_name="duration_months",
        lookup_expr="lte",
        min_value=1,
        max_value=72,
    )
    max_cost = django_filters.NumberFilter(
        label="Highest total cost",
        method="filter_max_cost",
        min_value=0,
        max_value=MAX_COST,
        max_digits=12,
        decimal_places=2,
    )
    currency = django_filters.ChoiceFilter(
        label="Currency", method="filter_nothing", empty_label=None
    )
    living = CheckFilter(label="Include living costs", method="filter_nothing")
    intl = CheckFilter(label="International student fees", method="filter_nothing")
    internship = CheckFilter(label="Internships or placements", method="filter_internship")
    no_gre = CheckFilter(label="No GRE required", method="filter_no_gre")
    open = CheckFilter(label="Application deadline still open", method="filter_open")
    deadline_after = django_filters.DateFilter(
        label="A deadline on or after",
        method="filter_deadline_after",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start = django_filters.ChoiceFilter(
        label="Start", method="filter_start", empty_label="Any time"
    )
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=list(SORTS.items()), method="filter_nothing", empty_label=None
    )

    class Meta:
        model = Program
        fields: list[str] = []

    def __init__(self, data=None, *args, default_currency: str = BASE_CURRENCY, **kwargs):
        super().__init__(data, *args, **kwargs)
        self.today = timezone.localdate()
        self.rates = ExchangeRate.objects.by_currency()
        self.form.fields["currency"].choices = [(code, code) for code in self.rates]
        self.form.fields["start"].choices = [
            (month.strftime("%Y-%m"), month.strftime("%B %Y")) for month in self.start_months()
        ]
        self.default_currency = (
            default_currency if default_currency in self.rates else BASE_CURRENCY
        )

    # State ----------------------------------------------------------------

    def cleaned(self, name: str, default=None):
        """A filter's validated value; invalid or missing input counts as not given."""
        self.form.is_valid()
        return self.form.cleaned_data.get(name) or default

    @property
    def display_currency(self) -> ExchangeRate:
        return self.rates.get(self.cleaned("currency", self.default_currency)) or base_rate()

    @property
    def international(self) -> bool:
        return bool(self.cleaned("intl"))

    @property
    def with_living(self) -> bool:
        return bool(self.cleaned("living"))

    @property
    def sort_key(self) -> str:
        default = "relevance" if self.cleaned("q") else "name"
        key = self.cleaned("sort", default)
        return "name" if key == "relevance" and not self.cleaned("q") else key

    def cost_expression(self) -> F:
        tuition = F("tuition_total_intl_base" if self.international else "tuition_total_base")
        return tuition + F("living_total_base") if self.with_living else tuition

    # Filters --------------------------------------------------------------

    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value)

    def filter_pace(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(self.pace_condition(value))

    def filter_max_cost(self, queryset: QuerySet, name: str, value: Decimal) -> QuerySet:
        limit_in_base = value * self.display_currency.rate_to_base
        return queryset.alias(cost=self.cost_expression()).filter(cost__lte=limit_in_base)

    def filter_internship(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(self.flag_condition(name)) if value else queryset

    def filter_no_gre(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(self.flag_condition(name)) if value else queryset

    def filter_open(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(self.flag_condition(name)) if value else queryset

    def filter_deadline_after(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset.filter(self._deadline_from(value))

    def pace_condition(self, value: str) -> Q:
        return Q(pace__in=[value, Program.Pace.EITHER])

    def flag_condition(self, name: str) -> Q:
        """What a "must have" checkbox asks of a programme."""
        if name == "internship":
            return Q(has_internship=True)
        if name == "no_gre":
            return Q(gre__in=[Program.Gre.OPTIONAL, Program.Gre.NOT_ACCEPTED])
        if name == "open":
            return self._deadline_from(self.today)
        raise ValueError(f"No such flag: {name}")

    def _deadline_from(self, day) -> Q:
        return Q(Exists(Deadline.objects.filter(program=OuterRef("pk"), closes_on__gte=day)))

    def filter_start(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        year, month = (int(part) for part in value.split("-"))
        starts = StartTerm.objects.filter(
            program=OuterRef("pk"), starts_on__year=year, starts_on__month=month
        )
        return queryset.filter(Exists(starts))

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        return self.order(super().filter_queryset(queryset))

    def order(self, queryset: QuerySet) -> QuerySet:
        key = self.sort_key
        if key == "relevance":
            return queryset.order_by("-rank", "title", "pk")
        if key == "cost":
            return queryset.alias(sort_cost=self.cost_expression()).order_by(
                F("sort_cost").asc(nulls_last=True), "title", "pk"
            )
        if key == "duration":
            return queryset.order_by("duration_months", "title", "pk")
        if key == "deadline":
            return queryset.with_next_deadline(self.today).order_by(
                F("next_deadline").asc(nulls_last=True), "title", "pk"
            )
        if key == "verified":
            return queryset.order_by(F("last_verified").desc(nulls_last=True), "title", "pk")
        return queryset.order_by("title", "pk")

    def error_messages(self) -> list[tuple[str, str]]:
        """Each invalid filter's label and what was wrong with it."""
        return [
            (self.form.fields[name].label or name, errors[0])
            for name, errors in self.form.errors.items()
        ]

    def queryset_without(self, *names: str) -> QuerySet:
        """The results as they would be without the named filters: what facets count."""
        self.form.is_valid()
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by()

    # Facets ---------------------------------------------------------------
    #
    # Counting takes a fixed number of queries, whatever the catalogue's size. Facets
    # whose own filter is off all count within the current results, so one grouped
    # query counts them all at once; a facet whose filter is on counts as if it were
    # off, in one more query each; topics take one more. Which options exist at all
    # (countries, languages, topics, start months), the counts for each combination of
    # filters, and which programmes each page of results shows change only when
    # editors change the catalogue (or the day changes), so they are cached per
    # catalogue version (see caching.py): paging through results, or going back to
    # filters chosen before, counts nothing again.

    FLAGS = ("internship", "no_gre", "open")
    RESULTS = "results"  # in the counts: how many programmes the current filters leave
    # Facets counted by grouping on a column: a programme has exactly one value.
    GROUPED = {
        "delivery": "delivery",
        "degree": "degree_type",
        "language": "language",
        "country": "university__country",
    }
    # Facets with a few fixed options, counted option by option when they are counted
    # alone: grouping on one column tempts SQLite into walking a whole index sorted by
    # it instead of the few rows the other filters leave.
    FIXED = {"delivery": Program.Delivery.values, "degree": Program.DegreeType.values}

    @cached_property
    def snapshot(self) -> caching.Snapshot:
        """The catalogue version this page's cached values belong to, read once."""
        return caching.Snapshot()

    def options_available(self) -> CatalogueOptions:
        """The options the whole (unfiltered) catalogue offers, cached per version."""
        return self.snapshot.remember(
            "finder-options", self._scope(self.queryset), self._find_options
        )

    def _scope(self, queryset: QuerySet) -> str:
        """What a cached value computed over ``queryset`` depends on besides the
        catalogue: the query (every filter's value is in its SQL) and today's date."""
        return f"{queryset.query}|{self.today}"

    def _find_options(self) -> CatalogueOptions:
        published = self.queryset.order_by()
        topics = Topic.objects.filter(Exists(published.filter(topics=OuterRef("pk"))))
        topic_rows = list(topics.values_list("pk", "slug", "name"))
        start_dates = (
            StartTerm.objects.filter(program__in=published.values("pk"), starts_on__gte=self.today)
            .values_list("starts_on", flat=True)
            .distinct()
            .order_by()
        )
        return CatalogueOptions(
            countries=sorted(
                set(published.values_list("university__country", flat=True).distinct())
                - {None, ""},
                key=countries.name,
            ),
            languages=set(published.values_list("language", flat=True).distinct()),
            topics={slug: name for _, slug, name in topic_rows},
            topic_slugs={pk: slug for pk, slug, _ in topic_rows},
            start_months=sorted({day.replace(day=1) for day in start_dates}),
        )

    def start_months(self) -> list:
        return self.options_available().start_months

    def is_active(self, name: str) -> bool:
        """Whether a filter has a valid value that it applies: invalid input counts as
        not given, while a limit of 0 counts as given."""
        self.form.is_valid()
        value = self.form.cleaned_data.get(name)
        if value is None or value is False or value == "":
            return False
        if isinstance(value, list | tuple | QuerySet):
            return bool(value)
        return True

    def tallies(self, name: str) -> dict[str, Q]:
        """Options counted by a condition of their own rather than by grouping."""
        if name == "pace":
            return {value: self.pace_condition(value) for value, _ in PACE_CHOICES}
        if name in self.FIXED:
            return {value: Q(**{self.GROUPED[name]: value}) for value in self.FIXED[name]}
        return {name: self.flag_condition(name)}

    @cached_property
    def option_counts(self) -> dict[str, Counter]:
        """How many results each option would give: every facet's options counted
        within the results as they would be without that facet's own filter."""
        available = self.options_available()
        scope = self._scope(self.queryset_without())
        return self.snapshot.remember("finder-counts", scope, lambda: self._count(available))

    def result_count(self) -> int | None:
        """How many programmes match, when counting the facets found it out on the way
        (unless every facet's own filter is on), which saves counting them again."""
        results = self.option_counts.get(self.RESULTS)
        return None if results is None else results[self.RESULTS]

    def _count(self, available: CatalogueOptions) -> dict[str, Counter]:
        names = [*self.GROUPED, "pace", *self.FLAGS]
        by_base: dict[str, list[str]] = {}  # "" for the current results
        for name in names:
            by_base.setdefault(name if self.is_active(name) else "", []).append(name)
        counts = {name: Counter() for name in names}
        if "" in by_base:
            counts[self.RESULTS] = Counter({self.RESULTS: 0})
        for base, counted in by_base.items():
            alone = len(counted) == 1
            columns = {
                name: self.GROUPED[name]
                for name in counted
                if name in self.GROUPED and not (alone and name in self.FIXED)
            }
            tallies = [
                (name, value, condition)
                for name in counted
                if name not in columns
                for value, condition in self.tallies(name).items()
            ]
            aggregates = {"n": Count("pk")} | {
                f"tally{index}": Count("pk", filter=condition)
                for index, (_, _, condition) in enumerate(tallies)
            }
            queryset = self.queryset_without(base)
            if columns:
                rows = queryset.values(*columns.values()).annotate(**aggregates).order_by()
            else:
                rows = [queryset.aggregate(**aggregates)]
            for row in rows:
                if base == "":  # the current results, split into groups or as one row
                    counts[self.RESULTS][self.RESULTS] += row["n"]
                for name, column in columns.items():
                    counts[name][row[column]] += row["n"]
                for index, (name, value, _) in enumerate(tallies):
                    counts[name][value] += row[f"tally{index}"]
        counts["topic"] = self._count_topics(available)
        return counts

    def _count_topics(self, available: CatalogueOptions) -> Counter:
        """How many results each topic would leave: topics are "all of", so adding one
        narrows the current results rather than widening them."""
        links = Program.topics.through.objects.filter(
            program__in=self.queryset_without().values("pk")
        )
        rows = links.values("topic_id").annotate(n=Count("pk")).order_by()
        slugs = available.topic_slugs
        return Counter(
            {slugs[row["topic_id"]]: row["n"] for row in rows if row["topic_id"] in slugs}
        )

    def page(self, number, per_page: int) -> Page:
        """One page of results, with what programme cards show. Ordering a large share
        of the catalogue (a broad search, say) is what costs, so which programmes are
        on the page is cached like the counts; fetching those few is not."""
        page = CountedPaginator(self.qs, per_page, self.result_count()).get_page(number)
        if not page.paginator.count:
            page.object_list = []
            return page
        ids = self.snapshot.remember(
            "finder-page",
            self._scope(page.object_list),
            lambda: list(page.object_list.values_list("pk", flat=True)),
        )
        found = self.queryset.for_listing().in_bulk(ids)
        page.object_list = [found[pk] for pk in ids if pk in found]
        return page

    def selected(self, name: str) -> set[str]:
        value = self.cleaned(name)
        if not value:
            return set()
        values = value if isinstance(value, list | tuple | QuerySet) else [value]
        return {item.slug if isinstance(item, Topic) else str(item) for item in values}

    def _options(self, name: str, labels: dict, counts: dict) -> list[Option]:
        selected = self.selected(name)
        return [
            Option(
                str(value),
                labels.get(value, str(value)),
                counts.get(value, 0),
                str(value) in selected,
            )
            for value in labels
        ]

    def facets(self) -> list[Facet]:
        """Each filter's options with how many results choosing it would give."""
        available = self.options_available()
        counts = self.option_counts
        languages = {
            code: label
            for code, label in self.form.fields["language"].choices
            if code in available.languages
        }
        facets = [
            Facet(
                "delivery",
                "Format",
                self._options("delivery", dict(Program.Delivery.choices), counts["delivery"]),
            ),
            Facet(
                "pace",
                "Pace",
                self._options("pace", dict(PACE_CHOICES), counts["pace"]),
                multiple=False,
            ),
            Facet(
                "country",
                "Country",
                self._options(
                    "country",
                    {code: countries.name(code) for code in available.countries},
                    counts["country"],
                ),
            ),
            Facet(
                "topic",
                "Topics covered (all of)",
                self._options("topic", available.topics, counts["topic"]),
            ),
            Facet(
                "degree",
                "Degree",
                self._options("degree", dict(Program.DegreeType.choices), counts["degree"]),
            ),
            Facet(
                "language",
                "Teaching language",
                self._options("language", languages, counts["language"]),
            ),
            Facet(
                "flags",
                "Must have",
                [
                    Option(
                        name, self.filters[name].label, counts[name][name], self.is_active(name)
                    )
                    for name in self.FLAGS
                ],
            ),
        ]
        for facet in facets:
            facet.errors = list(self.form.errors.get(facet.name, []))
        return facets

    # Active filters ---------------------------------------------------------

    CHIP_FILTERS = (
        "q", "country", "delivery", "pace", "degree", "language", "topic", "max_months",
        "max_cost", "internship", "no_gre", "open", "deadline_after", "start",
    )  # fmt: skip

    def chips(self) -> list[Chip]:
        """One removable chip per active filter value, each linking to the URL without it."""
        chips = []
        for name in self.CHIP_FILTERS:
            for value, label in self._chip_values(name):
                query = self.data.copy()
                remaining = [v for v in query.getlist(name) if v != value]
                query.setlist(name, remaining)
                query.pop("page", None)
                if name == "max_cost":
                    query.pop("living", None)
                chips.append(Chip(label, "?" + query.urlencode()))
        return chips

    def _chip_values(self, name: str) -> list[tuple[str, str]]:
        value = self.cleaned(name)
        if value in (None, "", [], False) or (hasattr(value, "exists") and not value):
            return []
        filter_ = self.filters[name]
        if name == "q":
            return [(self.data.get("q"), f"Search: “{value}”")]
        if name == "topic":
            return [(topic.slug, f"Topic: {topic.name}") for topic in value]
        if name in ("country", "delivery", "degree", "language"):
            labels = dict(self.form.fields[name].choices)
            return [(item, f"{filter_.label}: {labels.get(item, item)}") for item in value]
        if name == "pace":
            return [(value, dict(PACE_CHOICES)[value])]
        if name == "max_months":
            return [(self.data.get(name), f"At most {value} months")]
        if name == "max_cost":
            living = " incl. living costs" if self.with_living else ""
            label = f"At most {value:,.0f} {self.display_currency.currency}{living}"
            return [(self.data.get(name), label)]
        if name == "deadline_after":
            return [(self.data.get(name), f"A deadline on or after {value:%-d %B %Y}")]
        if name == "start":
            return [(value, f"Starts {dict(self.form.fields['start'].choices)[value]}")]
        return [(self.data.get(name), filter_.label)]

    def relax_suggestion(self) -> tuple[Chip, int] | None:
        """For an empty result: the one filter whose removal brings back the most."""
        best = None
        for chip_name in self.CHIP_FILTERS:
            if not self._chip_values(chip_name):
                continue
            count = self.queryset_without(chip_name).count()
            if count and (best is None or count > best[1]):
                query = self.data.copy()
                query.pop(chip_name, None)
                query.pop("page", None)
                label = ", ".join(label for _, label in self._chip_values(chip_name))
                best = (Chip(label, "?" + query.urlencode()), count)
        return best


class CountedPaginator(Paginator):
    """Django's paginator, told how many results there are when that is already known."""

    def __init__(self, object_list, per_page, count: int | None = None):
        super().__init__(object_list, per_page)
        if count is not None:
            self.count = count  # takes the place of the cached COUNT query
