"""The programme finder: one ``Finder`` per request, shared by every page that lists
programmes by the visitor's filters (the list and personal fit).

- ``filters.py``: the FilterSet: every filter, its ``filter_*`` method, the sort order.
- ``conditions.py``: what a filter asks of a programme, as a condition the facets count.
- ``facets.py``: each filter's options with live counts, cached per catalogue version.
- ``chips.py``: the active filters as removable chips, and what to drop when nothing
  matches.
- How amounts are shown (currency, living costs, fee status) is a form of its own,
  ``programs.forms.DisplayForm``; the visitor's currency comes from ``programs.money``.

Adding a filter means declaring it (and its ``filter_*`` method) in ``filters.py``: it
is a chip on its own; a checkbox named in ``ProgramFilter.FLAGS`` is also a counted
facet option, and other options to count are listed in ``facets.build()``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from datetime import date
from functools import cached_property

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet
from django.http import HttpRequest, QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe

from programs import money, search
from programs.caching import TIMEOUT, Snapshot
from programs.forms import DisplayForm
from programs.models import ExchangeRate, Program

from . import chips, facets, index
from .chips import Chip
from .facets import Facet
from .filters import SORTS, ProgramFilter

__all__ = ["SORTS", "Chip", "Facet", "Finder", "ProgramFilter"]


class Finder:
    """The visitor's filters and display settings, validated, and what they find."""

    def __init__(
        self,
        data: QueryDict,
        *,
        session=None,
        queryset: QuerySet | None = None,
        today: date | None = None,
    ):
        self.data = data
        self.session = session
        self.today = today or timezone.localdate()
        if queryset is None:
            queryset = Program.objects.published()
            self.base_scope = f"{facets.published_query()}|{self.today}"
        else:
            self.base_scope = facets.scope(queryset, self.today)
        self.display = DisplayForm(data, rates=ExchangeRate.objects.by_currency(), session=session)
        self.snapshot = Snapshot()  # the catalogue version this page's cached values belong to
        self.options = facets.catalogue_options(
            queryset, self.snapshot, self.today, self.base_scope
        )
        self.filterset = ProgramFilter(
            data,
            queryset,
            display=self.display,
            start_months=self.options.start_months,
            roles=self.options.roles,
            today=self.today,
        )

    @classmethod
    def from_request(cls, request: HttpRequest) -> Finder:
        """The finder for a request's query string; a currency asked for is remembered."""
        finder = cls(request.GET, session=request.session)
        finder.display.remember(request.session)
        return finder

    # What the visitor asked for ----------------------------------------------

    @property
    def form(self):
        return self.filterset.form

    @property
    def rate(self) -> ExchangeRate:
        return self.display.rate

    @property
    def international(self) -> bool:
        return self.display.international

    @property
    def with_living(self) -> bool:
        return self.display.with_living

    @property
    def fee_label(self) -> str:
        return self.display.fee_label

    @property
    def cost_limit_shown(self):
        """The cost limit in the display currency, as the form shows it: converted
        when it was typed in another currency, as typed when it is not valid."""
        limit = self.filterset.cleaned("max_cost")
        if limit is None:
            return self.filterset.form["max_cost"].value()
        if self.display.cost_rate.currency == self.rate.currency:
            return limit
        return money.convert(limit, self.display.cost_rate, self.rate)

    @property
    def sort_key(self) -> str:
        return self.filterset.sort_key

    @property
    def sort_chosen(self) -> str:
        return self.filterset.sort_chosen

    @property
    def sorted_by(self) -> str:
        return self.filterset.sorted_by

    @property
    def search(self) -> str:
        return self.filterset.cleaned("q", "")

    def respelled(self) -> str:
        """The search with each word the catalogue does not know put right from the
        words it does, or "" when there is nothing to put right. The catalogue's words
        are read once per catalogue version; after programmes' own saves, only theirs
        are read and added to the words known before, so a word only a saved programme
        had may be gone (``has_words`` tells)."""
        terms = search.search_terms(self.search)
        if not terms:
            return ""
        programs = self.filterset.queryset

        def words(ids: list[int] | None = None, known: Iterable[str] = ()) -> list[str]:
            chosen = programs if ids is None else programs.filter(pk__in=ids)
            return search.document_words(chosen.values_list("search_document", flat=True), known)

        vocabulary = self.snapshot.remember(
            "search-words",
            self.base_scope,
            words,
            update=lambda known, saved: words(saved, known),
        )
        fixed = search.respell(terms, vocabulary)
        return " ".join(fixed) if fixed != terms else ""

    def has_words(self, respelled: str) -> bool:
        """Whether a published programme has every word this search's ``respelled``
        form put in place of a word typed."""
        typed = search.search_terms(self.search)
        return self.filterset.queryset.filter(
            *(Q(search_document__contains=f" {w} ") for w in respelled.split() if w not in typed)
        ).exists()

    def searching(self, text: str) -> Finder:
        """The same filters and settings with another search."""
        data = self.data.copy()
        data["q"] = text
        return Finder(
            data, session=self.session, queryset=self.filterset.queryset, today=self.today
        )

    def error_messages(self) -> list[tuple[str, str]]:
        """Each invalid filter or setting's label and what was wrong with it."""
        return [
            (form.fields[name].label or name, errors[0])
            for form in (self.filterset.form, self.display)
            for name, errors in form.errors.items()
        ]

    def invalid_parameters(self) -> dict[str, list[str]]:
        """What was wrong with each invalid filter or setting, by its query parameter:
        for clients that name parameters rather than read labels."""
        return {
            name: list(errors)
            for form in (self.filterset.form, self.display)
            for name, errors in form.errors.items()
        }

    # What they find -----------------------------------------------------------

    @cached_property
    def results(self) -> QuerySet:
        """The matching programmes, unordered: every filter but the order, applied once
        for what the counts and the list both need."""
        return self.filterset.queryset_without()

    @cached_property
    def qs(self) -> QuerySet:
        """The matching programmes, in the order asked for: the results in the order
        that the filters' last, ``filter_sort``, puts them, whatever the sort sent."""
        return self.filterset.filter_sort(self.results, "sort", "")

    @cached_property
    def results_scope(self) -> str:
        """What the results depend on besides the catalogue: the query of the results
        (every filter's value is in its SQL) and today's date; for the counts and the
        page both."""
        return facets.scope(self.results, self.today)

    @cached_property
    def counts(self) -> dict[str, Counter]:
        return facets.option_counts(
            self.filterset, self.snapshot, self.options, self.results_scope
        )

    def result_count(self) -> int:
        """How many programmes match: counting the facets finds it out on the way."""
        return self.counts[index.RESULTS][index.RESULTS]

    def facets(self, counted: bool = True, only: Collection[str] = ()) -> list[Facet]:
        """Each filter's options (``only`` some), with how many results choosing each
        would give unless ``counted`` is off."""
        built = facets.build(self.filterset, self.options, self.counts if counted else None)
        return [facet for facet in built if not only or facet.name in only]

    def kept(self, names: Collection[str]) -> list[tuple[str, str]]:
        """The values sent for these filters, as sent: for a page that does not show
        them to carry them along."""
        return [(name, value) for name in names for value in self.data.getlist(name) if value]

    def page(self, number, per_page: int, *, loaded: QuerySet | None = None) -> Page:
        """One page of results, with what programme cards show (or ``loaded`` does).
        Ordering a large share of the catalogue (a broad search, say) is what costs, so
        which programmes are on the page is cached like the counts; fetching those few
        is not."""
        page, shown = self.page_chosen(number, per_page)
        if not shown:
            page.object_list = []
        elif loaded is not None:
            page.object_list = loaded.in_order([pk for pk, _revision in shown])
        else:
            page.object_list = self.cards(shown)
        return page

    def page_chosen(self, number, per_page: int) -> tuple[Page, list[tuple[int, int]]]:
        """A page of results and the ids and revisions of the programmes it shows,
        cached per catalogue version, without fetching them (what warming needs)."""
        count = self.result_count()
        page = CountedPaginator(self.qs, per_page, count).get_page(number)
        if not page.paginator.count:
            return page, []
        shown = self.snapshot.remember(
            "finder-page", self.page_scope(page), lambda: self.chosen(page)
        )
        return page, shown

    def page_scope(self, page: Page) -> str:
        """What a page of results depends on besides the catalogue, without putting its
        query into words: the results (``results_scope``), their order and which page.
        The list's query is the results' query in an order that ``filter_sort`` settles
        from the sort, how costs are counted and the day (which the results' scope has)."""
        display = self.display
        order = f"{self.sort_key}:{display.international}:{display.with_living}"
        return f"{self.results_scope}|{order}|{page.number}:{page.paginator.per_page}"

    def chosen(self, page: Page) -> list[tuple[int, int]]:
        """The ids and revisions of the programmes on a page, chosen from the catalogue's
        index and the catalogue in the order asked for."""
        paginator = page.paginator
        start = (page.number - 1) * paginator.per_page
        size = min(paginator.per_page, paginator.count - start)
        ids = facets.page_ids(self.filterset, self.snapshot, self.options, start, size)
        revisions = dict(Program.objects.filter(pk__in=ids).values_list("pk", "revision"))
        return [(pk, revisions[pk]) for pk in ids if pk in revisions]

    def cards(self, shown: list[tuple[int, int]]) -> list[Program]:
        """The programmes with these ids and revisions, in order, each with its card's
        HTML as ``card_html`` (``program_card.html``). A card whose HTML is cached comes
        with its programme holding only what the visitor's own buttons name; the rest of
        what a card shows is fetched, and drawn, only for the cards that are not, which
        are then cached together."""
        ids = [pk for pk, _revision in shown]
        card_key = self.card_key
        keys = {
            pk: make_template_fragment_key("program-card", [card_key, pk, revision])
            for pk, revision in shown
        }
        drawn = cache.get_many(keys.values())
        programs = self.filterset.queryset
        named = programs.select_related("university").only(
            "title", "slug", "university__name", "university__slug"
        )
        found = named.in_bulk([pk for pk, key in keys.items() if key in drawn])
        missing = [pk for pk in ids if pk not in found]
        if missing:  # making the query of everything a card shows takes a while too
            loaded = programs.for_listing().in_bulk(missing)
            new = {keys[pk]: self.card_body(program) for pk, program in loaded.items()}
            cache.set_many(new, timeout=TIMEOUT)
            drawn |= new
            found |= loaded
        for pk, program in found.items():
            program.card_html = mark_safe(drawn[keys[pk]])  # drawn by a template
        return [found[pk] for pk in ids if pk in found]

    def card_body(self, program: Program) -> str:
        """What a card shows of the catalogue, as HTML (see ``card_key``)."""
        context = {
            "program": program,
            "rate": self.rate,
            "international": self.international,
            "with_living": self.with_living,
            "fee_label": self.fee_label,
            "display_query": self.display.query,
        }
        return render_to_string("programs/includes/program_card_body.html", context)

    @property
    def card_key(self) -> str:
        """What a programme card's cached HTML depends on besides the programme's own
        row (its id and ``revision``): every other edit (its deadlines, topics,
        university, exchange rates: ``Snapshot.shared``), the day (deadlines still open,
        stale badges) and how amounts are shown."""
        display = self.display
        return (
            f"{self.snapshot.shared}:{self.today.isoformat()}:{display.query}:"
            f"{self.rate.currency}:{display.international}:{display.with_living}"
        )

    @property
    def sidebar_key(self) -> str:
        """What the filter sidebar's cached HTML depends on: the options the catalogue
        offers and their counts (not the catalogue version: most saves, a fee or a
        verification date, change no count), every parameter but the page, and how
        amounts are shown."""
        data = self.data.copy()
        data.pop("page", None)
        shown = facets.digest(self.options, self.counts)
        return f"{shown}:{self.card_key}:{data.urlencode()}"

    def chips(self) -> list[Chip]:
        return chips.chips(self.filterset, self.display)

    def relax_suggestion(self) -> tuple[Chip, int] | None:
        return chips.relax_suggestion(self.filterset, self.display)

    def topic_hint(self, respelled: str = "") -> chips.TopicHint | None:
        """For an empty result: a topic the search names, as typed or ``respelled``."""
        return chips.topic_hint(self.filterset, self.options.topics, [self.search, respelled])


class CountedPaginator(Paginator):
    """Django's paginator, told how many results there are when that is already known."""

    def __init__(self, object_list, per_page, count: int | None = None):
        super().__init__(object_list, per_page)
        if count is not None:
            self.count = count  # takes the place of the cached COUNT query
