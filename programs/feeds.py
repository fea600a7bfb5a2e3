"""An Atom feed for every search: the programmes the list shows for the same query
string that are new, or whose fee, deadlines, length or format changed, newest first.

The programmes come from the shared ``Finder``, so the feed can never disagree with
the list; what changed comes from the log ``changelog.py`` writes as editors save.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.urls import reverse

from core.feeds import SiteFeed

from .finder import Finder
from .models import KeyFactChange

FEED_SIZE = 50
IGNORED = ("page", "sort")  # they order or page the list; they do not choose programmes


def search_query(data) -> str:
    """The query string of a search, without what only orders or pages the list."""
    query = data.copy()
    for name in IGNORED:
        query.pop(name, None)
    return query.urlencode()


def changes_for(finder: Finder):
    """The newest logged changes to the programmes the finder finds."""
    programs = finder.qs.order_by().values("pk")
    return (
        KeyFactChange.objects.filter(program__in=programs)
        .select_related("program__university", "intake")
        .prefetch_related("program__sources")[:FEED_SIZE]
    )


def describe_search(finder: Finder) -> str:
    labels = [chip.label for chip in finder.chips()]
    return "; ".join(labels) if labels else "all programmes"


def bad_search(finder: Finder) -> HttpResponse | None:
    """A clear answer for filters the finder cannot use, or None."""
    errors = finder.error_messages()
    if not errors:
        return None
    lines = [f"- {label}: {error}" for label, error in errors]
    text = "This search cannot be followed: fix these filters first.\n" + "\n".join(lines)
    return HttpResponseBadRequest(text + "\n", content_type="text/plain; charset=utf-8")


class SearchFeed(SiteFeed):
    """``/programs/feed/?<the list's query string>``."""

    def __call__(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        finder = Finder(request.GET)  # feed readers keep no session: only the link counts
        if answer := bad_search(finder):
            return answer
        request.finder = finder
        finder.entry_ids = request.build_absolute_uri(reverse("programs:list"))
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request: HttpRequest) -> Finder:
        return request.finder

    def title(self, finder: Finder) -> str:
        return f"Masters Compare: new and changed programmes, {describe_search(finder)}"

    def subtitle(self, finder: Finder) -> str:
        return (
            "Programmes matching this search that are new, or whose tuition, deadlines, "
            "length or format changed. Always check the official page before you apply."
        )

    def link(self, finder: Finder) -> str:
        query = search_query(finder.data)
        return reverse("programs:list") + (f"?{query}" if query else "")

    def feed_url(self, finder: Finder) -> str:
        query = search_query(finder.data)
        return reverse("programs:feed") + (f"?{query}" if query else "")

    def items(self, finder: Finder) -> list[KeyFactChange]:
        changes = list(changes_for(finder))
        for change in changes:  # an entry's id is an absolute address that never changes
            change.entry_id = f"{finder.entry_ids}#change-{change.pk}"
        return changes

    def item_title(self, change: KeyFactChange) -> str:
        program = change.program
        return f"{program.title}, {program.university.name}: {change.summary}"

    def item_description(self, change: KeyFactChange) -> str:
        return f"{change.summary}. {source_sentence(change)}"

    def item_link(self, change: KeyFactChange) -> str:
        return change.program.get_absolute_url()

    def item_guid(self, change: KeyFactChange) -> str:
        return change.entry_id

    item_guid_is_permalink = False

    def item_pubdate(self, change: KeyFactChange):
        return change.changed_at

    def item_updateddate(self, change: KeyFactChange):
        return change.changed_at

    def item_categories(self, change: KeyFactChange) -> list[str]:
        return [change.get_kind_display()]


def source_sentence(change: KeyFactChange) -> str:
    """Where the new value comes from, and the intake it speaks for."""
    if change.kind == KeyFactChange.Kind.NEW:
        return "Its page says where each figure comes from."
    source = change.intake if change.intake_id else change.program.source_of(change.source_fact)
    if source is None or not source.is_sourced:
        return "Not sourced: approximate, check the official page."
    return f"Source: {source.source_url} (for {source.speaks_for_label})."


def follow_query(data) -> str:
    """``?<query>`` for links to a search's feed and its page, or ""."""
    query = search_query(data)
    return f"?{query}" if query else ""
