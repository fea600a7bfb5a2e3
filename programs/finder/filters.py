"""The programme finder's filters: every filter a visitor can set, and the sort order.

The FilterSet's form validates the query string, so bad input becomes a message by
the field concerned while the other filters still apply. What a filter counts as in
the facets, how it reads as a chip, and how amounts are shown live beside it
(``facets.py``, ``chips.py``, ``programs.forms.DisplayForm``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import django_filters
from django import forms
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django_countries import countries

from programs.forms import DisplayForm, OneForm, SharedChoices
from programs.models import Program, StartTerm, Topic

from .conditions import FLAG_CONDITIONS, deadline_from, pace_condition, role_condition

MAX_COST = Decimal("100000000")

SORTS = {
    "relevance": "Relevance",
    "deadline": "Soonest open deadline",
    "cost": "Total cost, lowest first",
    "duration": "Duration, shortest first",
    "name": "Name, A to Z",
    "verified": "Most recently verified",
}
# Without a search, what a student choosing where to apply wants first: the programmes
# they can still apply to, the most urgent first, and the cheapest among equals.
DEFAULT_SORT = "deadline"
# What each order means, said next to the result count.
SORTED_BY = {
    "relevance": "how well they match your search",
    "deadline": (
        "the soonest application deadline still open, then the lowest total cost; "
        "programmes with no open deadline published come after, cheapest first"
    ),
    "cost": "the lowest total cost",
    "duration": "the shortest duration",
    "name": "name, A to Z",
    "verified": "the most recently verified",
}

PACE_CHOICES = [
    (Program.Pace.FULL_TIME.value, "Full-time"),
    (Program.Pace.PART_TIME.value, "Part-time"),
]


def cost_expression(international: bool, with_living: bool) -> F:
    """A programme's total cost in the base currency: its home or international tuition,
    with or without living costs."""
    tuition = F("tuition_total_intl_base" if international else "tuition_total_base")
    return tuition + F("living_total_base") if with_living else tuition


class CheckFilter(django_filters.Filter):
    """A checkbox: present and truthy turns the filter on, absent leaves it off."""

    field_class = forms.BooleanField


class IntegerFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField


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
        label="Country",
        field_name="university__country",
        choices=SharedChoices(countries),
        distinct=False,
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
        choices=SharedChoices(Program._meta.get_field("language").choices),
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
    # "internship" is the name links have always used for any placement or internship.
    internship = CheckFilter(label="Placement, optional or required", method="filter_flag")
    placement_required = CheckFilter(label="Placement required", method="filter_flag")
    sponsored = CheckFilter(label="Industry-sponsored project", method="filter_flag")
    careers_after = CheckFilter(label="Careers support after graduating", method="filter_flag")
    no_gre = CheckFilter(label="No GRE required", method="filter_flag")
    open = CheckFilter(label="Application deadline still open", method="filter_flag")
    # Where the guide sends people aiming at research: chips, not counted sidebar options.
    thesis = CheckFilter(label="Research track: a thesis or an MPhil", method="filter_thesis")
    phd_data = CheckFilter(label="Publishes how many go on to a PhD", method="filter_flag")
    role = django_filters.MultipleChoiceFilter(
        label="Graduates went on to work as", method="filter_role"
    )
    deadline_after = django_filters.DateFilter(
        label="A deadline on or after",
        method="filter_deadline_after",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    start = django_filters.ChoiceFilter(
        label="Start", method="filter_start", empty_label="Any time"
    )
    # Last, so that it orders what every other filter left. Without it (or with a sort
    # that is not valid), a search is in order of relevance and anything else in the
    # default order: see filter_queryset.
    sort = django_filters.ChoiceFilter(
        label="Sort by", choices=list(SORTS.items()), method="filter_sort", empty_label=None
    )

    FLAGS = ("internship", "placement_required", "sponsored", "careers_after", "no_gre", "open")

    class Meta:
        model = Program
        fields: list[str] = []
        form = OneForm

    def __init__(
        self,
        data=None,
        queryset=None,
        *,
        display: DisplayForm,
        start_months: list[date],
        today: date,
        roles: dict[str, str] | None = None,
    ):
        super().__init__(data, queryset=queryset)
        self.display = display
        self.today = today
        self.form.fields["start"].choices = [
            (month.strftime("%Y-%m"), month.strftime("%B %Y")) for month in start_months
        ]
        self.form.fields["role"].choices = list((roles or {}).items())

    def cleaned(self, name: str, default=None):
        """A filter's validated value; invalid or missing input counts as not given."""
        self.form.is_valid()
        return self.form.cleaned_data.get(name) or default

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

    @property
    def sort_key(self) -> str:
        default = "relevance" if self.cleaned("q") else DEFAULT_SORT
        key = self.cleaned("sort", default)
        return DEFAULT_SORT if key == "relevance" and not self.cleaned("q") else key

    @property
    def sort_chosen(self) -> str:
        """The order the visitor picked, or "" when they left it to us: a search is then
        in order of relevance and anything else in the default order. The form offers
        that choice as an empty "Recommended", so that typing a search after browsing the
        default order does not submit the default order as if it had been picked."""
        key = self.cleaned("sort", "")
        return "" if key == "relevance" else key

    @property
    def sorted_by(self) -> str:
        """The order applied, in words."""
        return SORTED_BY[self.sort_key]

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """Every filter, then the order: the one asked for, else the default (django-filter
        calls ``filter_sort`` only for a valid value)."""
        queryset = super().filter_queryset(queryset)
        return queryset if self.cleaned("sort") else self.filter_sort(queryset, "sort", "")

    def cost_expression(self) -> F:
        """The total cost in the base currency, as the visitor counts it."""
        return cost_expression(self.display.international, self.display.with_living)

    def cost_limit_in_base(self) -> Decimal:
        """The highest total cost asked for (0 included), in the base currency."""
        self.form.is_valid()
        return self.form.cleaned_data["max_cost"] * self.display.cost_rate.rate_to_base

    def flag_condition(self, name: str) -> Q:
        """What a "must have" checkbox asks of a programme."""
        return deadline_from(self.today) if name == "open" else FLAG_CONDITIONS[name]

    def queryset_without(self, *names: str) -> QuerySet:
        """The results as they would be without the named filters, unordered: what
        facets count, and what the empty state suggests removing."""
        self.form.is_valid()
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in names and name != "sort":
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by()

    # Filters --------------------------------------------------------------

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.search(value).order_by("-rank", "title", "pk")

    def filter_pace(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(pace_condition(value))

    def filter_max_cost(self, queryset: QuerySet, name: str, value: Decimal) -> QuerySet:
        limit = self.cost_limit_in_base()
        return queryset.alias(cost=self.cost_expression()).filter(cost__lte=limit)

    def filter_flag(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        return queryset.filter(self.flag_condition(name)) if value else queryset

    def filter_thesis(self, queryset: QuerySet, name: str, value: bool) -> QuerySet:
        research = Q(has_thesis=True) | Q(degree_type=Program.DegreeType.MPHIL)
        return queryset.filter(research) if value else queryset

    def filter_role(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        return queryset.filter(role_condition(value)) if value else queryset

    def filter_deadline_after(self, queryset: QuerySet, name: str, value: date) -> QuerySet:
        return queryset.filter(deadline_from(value))

    def filter_start(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        year, month = (int(part) for part in value.split("-"))
        starts = StartTerm.objects.exclude(source_url="").filter(
            program=OuterRef("pk"), starts_on__year=year, starts_on__month=month
        )
        return queryset.filter(Exists(starts))

    def filter_sort(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
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
            return (
                queryset.with_next_deadline(self.today)
                .alias(sort_cost=self.cost_expression())
                .order_by(
                    F("next_deadline").asc(nulls_last=True),
                    F("sort_cost").asc(nulls_last=True),
                    "title",
                    "pk",
                )
            )
        if key == "verified":
            return queryset.order_by(F("last_verified").desc(nulls_last=True), "title", "pk")
        return queryset.order_by("title", "pk")
