"""The catalogue's pages: the programme list and personal fit (both through the shared
``Finder``), a programme's page, the comparison, the shortlist, and the posts that
change the shortlist or the compare tray. Each view validates its input with a form or
the finder, asks the models for what it shows, and renders a template (a partial for
htmx requests)."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date, url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString, mark_safe
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from . import after_degree, caching, calendars, comparison, downloads, feeds, money
from . import fit as fit_scoring
from .finder import SORTS, Finder
from .forms import CompareForm, DisplayForm, FitForm, SelectionChangeForm
from .models import ExchangeRate, Program, ShortlistCalendar
from .selection import MAX_COMPARE, MIN_COMPARE, Change, Kind, Selection, comparison_link

PAGE_SIZE = 20
# Personal fit shows the filters people change while ranking; the others chosen on the
# list are carried along as they are.
FIT_FACETS = ("delivery", "pace", "flags")
FIT_KEPT = ("country", "degree", "language", "topic", "role", "start", "deadline_after")


@vary_on_headers("HX-Request")  # the same URL answers htmx with a part of the page
def program_list(request: HttpRequest) -> HttpResponse:
    """The catalogue: filters with live counts, sortable and paginated results. A search
    that finds nothing as typed shows what it finds spelt right, and says so; one that
    still finds nothing is offered the topic it names, if any."""
    finder = Finder.from_request(request)
    page = finder.page(request.GET.get("page"), PAGE_SIZE)
    searched_for = respelled = ""
    if not page.paginator.count and (respelled := finder.respelled()):
        respelled_finder = finder.searching(respelled)
        respelled_page = respelled_finder.page(request.GET.get("page"), PAGE_SIZE)
        if respelled_page.paginator.count:
            searched_for, finder, page = finder.search, respelled_finder, respelled_page
        elif not finder.has_words(respelled):  # a word no programme has any more
            respelled = ""
    facets = finder.facets()
    context = {
        "searched_for": searched_for,
        "respelled": respelled,
        "respelled_query": query_with(request, q=respelled) if respelled else "",
        "finder": finder,
        "form": finder.form,
        "sidebar_key": finder.sidebar_key,
        "page": page,
        "facets": facets,
        "chips": finder.chips(),
        "sorts": SORTS,
        "rate": finder.rate,
        "relax": finder.relax_suggestion() if not page.paginator.count else None,
        "topic_hint": finder.topic_hint(respelled) if not page.paginator.count else None,
        "page_query": page_query(request),
        "with_living": finder.with_living,
        "display_query": finder.display.query,
        "follow_query": feeds.follow_query(request.GET),
        **fee_context(finder.international),
    }
    template = "programs/includes/catalogue.html" if request.htmx else "programs/program_list.html"
    return render(request, template, context)


def follow_search(request: HttpRequest) -> HttpResponse:
    """How to follow a search in a feed reader, and what its feed holds now: the feed
    itself is XML for readers, which a browser shows raw."""
    finder = Finder(request.GET)
    errors = finder.error_messages()
    query = feeds.follow_query(request.GET)
    context = {
        "chips": finder.chips(),
        "errors": errors,
        "feed_url": request.build_absolute_uri(reverse("programs:feed") + query),
        "list_url": reverse("programs:list") + query,
        "latest": [] if errors else feeds.changes_for(finder)[:10],
        "feed_size": feeds.FEED_SIZE,
    }
    return render(request, "programs/follow.html", context, status=400 if errors else 200)


def page_query(request: HttpRequest) -> str:
    """The current query string without the page number, for pagination links."""
    return query_with(request)


def query_with(request: HttpRequest, **values: str) -> str:
    """The current query string with these values, back on the first page."""
    query = request.GET.copy()
    query.pop("page", None)
    for name, value in values.items():
        query[name] = value
    return query.urlencode()


def program_detail(request: HttpRequest, university_slug: str, slug: str) -> HttpResponse:
    """Everything known about one published programme, grouped as people weigh it. The
    facts are drawn once per programme revision, day and display settings (see
    ``program_facts``); the visitor's own buttons around them never are."""
    program = get_object_or_404(
        Program.objects.published().select_related("university"),
        university__slug=university_slug,
        slug=slug,
    )
    snapshot = caching.Snapshot()
    display = display_settings(request)
    context = {
        "program": program,
        **display,
        "facts": program_facts(request, program, snapshot, display),
        "related": caching.related_programs(program, snapshot=snapshot),
    }
    return render(request, "programs/program_detail.html", context)


def program_facts(
    request: HttpRequest, program: Program, snapshot: caching.Snapshot, display: dict
) -> SafeString:
    """A programme page's facts as HTML. What they show comes from the programme's own
    row (its ``revision``), from every other edit (its deadlines, sources, courses,
    faculty: ``Snapshot.shared``), the day (deadlines left, stale sources), how
    amounts are shown and this site's address (the calendar links). Loading everything
    they show takes a dozen queries, so it happens only when they are not cached."""
    rate = display["rate"]

    def draw() -> str:
        full = (
            Program.objects.for_detail()
            .prefetch_related("start_terms__deadlines")
            .get(pk=program.pk)
        )
        context = {
            "request": request,
            "program": full,
            **display,
            "curriculum": full.curriculum_by_topic(),
            "sources": {source.fact: source for source in full.sources.all()},
            "intakes": full.intakes(),
            "destinations": after_degree.destinations(full),
            "ask_the_programme": after_degree.ASK_THE_PROGRAMME,
        }
        return render_to_string("programs/includes/program_facts.html", context)

    depends_on = [program.pk, program.revision, snapshot.shared, timezone.localdate()]
    shown = [rate.currency, display["international"], request.scheme, request.get_host()]
    return caching.drawn("program-facts", depends_on + shown, draw)


def program_calendar(request: HttpRequest, university_slug: str, slug: str) -> HttpResponse:
    """A published programme's deadlines and start dates, for a calendar app."""
    program = get_object_or_404(
        calendars.with_published_dates(Program.objects.published()),
        university__slug=university_slug,
        slug=slug,
    )
    content = calendars.build(
        request,
        f"{program.title}, {program.university.name}: deadlines",
        f"Published application deadlines and start dates of {program.title} at "
        f"{program.university.name}, from Masters Compare.",
        [program],
    )
    return calendars.response(content, f"{program.university.slug}-{program.slug}.ics")


def download_page(request: HttpRequest) -> HttpResponse:
    """What the bulk files hold, their date and their licence."""
    context = {
        "summary": downloads.summary(),
        "columns": downloads.column_meanings(),
        "licence": downloads.licence(),
    }
    return render(request, "programs/download.html", context)


def download(request: HttpRequest, file_format: str) -> HttpResponse:
    """The whole published catalogue as one file, built once per catalogue version."""
    file = downloads.download(file_format)
    response = HttpResponse(file.content, content_type=downloads.CONTENT_TYPES[file_format])
    dated = f"-{file.as_of:%Y-%m-%d}" if file.as_of else ""
    name = f"masters-compare-programmes{dated}.{file_format}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    if file.as_of:
        response["Last-Modified"] = http_date(file.as_of.timestamp())
    response["Link"] = f'<{settings.DATA_LICENCE_URL}>; rel="license"'
    return response


def fee_context(international: bool) -> dict:
    """What every amount on a page needs to say which fee it is."""
    status = money.INTERNATIONAL if international else money.HOME
    return {"international": international, "fee_label": money.FEE_STATUSES[status]}


def display_settings(request: HttpRequest) -> dict:
    """The currency and fee status amounts are shown in, for pages without the finder:
    as the link asks (``?currency=``, ``?fees=``, remembered), else as chosen before."""
    display = DisplayForm(
        request.GET, rates=ExchangeRate.objects.by_currency(), session=request.session
    )
    display.remember(request.session)
    return {
        "rate": display.rate,
        "display": display,
        "display_query": display.query,
        **fee_context(display.international),
    }


@vary_on_headers("HX-Request")
def compare(request: HttpRequest) -> HttpResponse:
    """Two to six programmes side by side, chosen by the link itself so it can be shared.
    The table is drawn once per set of programme revisions, day and settings (see
    ``comparison_html``)."""
    selection = Selection(request.session)
    if "p" not in request.GET and selection.compare_count:
        return redirect(selection.compare_url)
    form = CompareForm(
        request.GET, rates=ExchangeRate.objects.by_currency(), session=request.session
    )
    ids = form.resolve(Program.objects.published())
    if form.wants_csv:
        table = comparison.build(comparison.load(ids), form.rate, form.international)
        response = HttpResponse(
            table.to_csv(form.only_differences), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="comparison.csv"'
        return response
    html = comparison_html(form, ids, selection)
    if request.htmx:
        return HttpResponse(html)
    return render(request, "programs/compare.html", {"comparison": html})


def comparison_html(form: CompareForm, ids: list[int], selection: Selection) -> SafeString:
    """The comparison of ``ids`` as ``form`` asks for it. Besides the programmes' own
    rows (their revisions) it shows every other edit (``Snapshot.shared``), the day and
    the settings, so it is kept under those; but what changed since this visitor
    saved a programme is theirs alone, so theirs is drawn afresh."""

    def draw() -> str:
        table = comparison.build(comparison.load(ids), form.rate, form.international)
        for program in table.programs:
            program.changes_since_saved = selection.changes(program)
        only_differences = form.only_differences
        context = {
            "form": form,
            "table": table,
            "groups": table.visible_groups(only_differences),
            "only_differences": only_differences,
            "rate": form.rate,
            "rates": form.rates,
            **fee_context(form.international),
            "ids": ids,
            "enough": len(ids) >= MIN_COMPARE,
            "csv_query": form.query(ids, csv=True),
            "columns": [
                (program, form.query([pk for pk in ids if pk != program.pk]))
                for program in table.programs
            ],
        }
        return render_to_string("programs/includes/comparison.html", context)

    if selection.saved_facts_of(ids):
        return mark_safe(draw())  # drawn by a template, which escaped it
    shown = [(pk, form.revisions[pk]) for pk in ids]
    settings = [form.rate.currency, form.international, form.only_differences, form.notices]
    depends_on = [shown, caching.Snapshot().shared, timezone.localdate(), *settings]
    return caching.drawn("comparison", depends_on, draw)


def shortlist_context(request: HttpRequest, selection: Selection) -> dict:
    """The saved programmes, and a link comparing them all when there are two to six."""
    programs, forgotten = selection.load(Kind.SHORTLIST, Program.objects.published().for_listing())
    for program in programs:
        program.changes_since_saved = selection.changes(program)
    display = display_settings(request)
    rate = display["rate"]
    ids = [program.pk for program in programs]
    compare_all = MIN_COMPARE <= len(ids) <= MAX_COMPARE
    return {
        "programs": programs,
        "calendar_token": calendars.token_of(request.session),
        "forgotten": forgotten,
        "selection": selection,
        "compare_all_url": comparison_link(ids, rate.currency, display["display"].fee_status)
        if compare_all
        else "",
        **display,
    }


def shortlist(request: HttpRequest) -> HttpResponse:
    """The programmes this visitor saved, with ways to compare them."""
    context = shortlist_context(request, Selection(request.session))
    forgotten = context["forgotten"]
    if forgotten:
        messages.info(
            request,
            f"{forgotten} saved programme{pluralize(forgotten)} "
            f"{pluralize(forgotten, 'is,are')} no longer in the catalogue and "
            f"{pluralize(forgotten, 'was,were')} taken off your shortlist.",
        )
    return render(request, "programs/shortlist.html", context)


@require_POST
def shortlist_calendar_link(request: HttpRequest) -> HttpResponse:
    """Give this visitor's shortlist a calendar link of its own, and show it."""
    if not request.session.session_key:
        request.session.save()
    calendars.link_for(request.session)
    messages.success(request, "Your shortlist has a calendar link of its own: subscribe below.")
    return HttpResponseRedirect(reverse("programs:shortlist") + "#calendar")


def shortlist_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The deadlines of a visitor's shortlist as it is now, for a calendar app that
    holds its unguessable link. A shortlist whose session has ended is an empty
    calendar that says so, so subscribed apps drop its dates rather than keep them."""
    link = get_object_or_404(ShortlistCalendar, token=token)
    programs = calendars.shortlist_programs(link)
    if programs is None:
        name = "Masters Compare shortlist (no longer kept)"
        description = (
            "This shortlist was not visited for six months and is no longer kept. "
            "Save programmes again on Masters Compare to get a new calendar link."
        )
    else:
        name = "Masters Compare shortlist: deadlines"
        description = "Published deadlines and start dates of the programmes on your shortlist."
    content = calendars.build(request, name, description, programs or [])
    return calendars.response(content, "shortlist-deadlines.ics")


@require_POST
def change_selection(request: HttpRequest, kind: Kind, action: str) -> HttpResponse:
    """Add a programme to, or remove it from, the shortlist or the compare tray.

    Without JavaScript: back to where the visitor was, with a message. With htmx: the
    parts of the page that changed, swapped in place.
    """
    selection = Selection(request.session)
    form = SelectionChangeForm(request.POST)
    form.is_valid()
    program = form.cleaned_data.get("program")
    changed_ids = selection.ids(kind) if action == "clear" else []
    if action == "clear":
        change = selection.clear(kind)
    elif program is None:
        change = Change(form.errors["program"][0], changed=False, level="error")
    else:
        change = getattr(selection, action)(kind, program)
    if not request.htmx:
        messages.add_message(request, MESSAGE_LEVELS[change.level], change.message)
        return HttpResponseRedirect(safe_next(request, form.cleaned_data.get("next")))
    context = {
        "change": change,
        "selection": selection,
        "changed": [program]
        if program
        else Program.objects.filter(pk__in=changed_ids).select_related("university"),
    }
    on_shortlist_page = request.htmx.current_url_abs_path == reverse("programs:shortlist")
    if on_shortlist_page and kind == Kind.SHORTLIST:
        context |= shortlist_context(request, selection) | {"refresh_shortlist": True}
    return render(request, "programs/includes/selection_update.html", context)


MESSAGE_LEVELS = {
    "success": messages.SUCCESS,
    "info": messages.INFO,
    "warning": messages.WARNING,
    "error": messages.ERROR,
}


def safe_next(request: HttpRequest, url: str | None) -> str:
    """Where to go back to: a path on this site, or the programme list."""
    if (
        url
        and url.startswith("/")
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return url
    return reverse("programs:list")


def fit(request: HttpRequest) -> HttpResponse:
    """The filtered programmes ranked by how well they fit the visitor's own priorities."""
    finder = Finder.from_request(request)
    fit_form = FitForm(request.GET)
    ranking = fit_scoring.rank(
        finder.qs,
        fit_form.weights(),
        fit_form.wanted(),
        rate=finder.rate,
        today=finder.today,
        international=finder.international,
        living=finder.with_living,
    )
    paginator = Paginator(ranking.fits, PAGE_SIZE)
    context = {
        "finder": finder,
        "form": finder.form,
        "fit_form": fit_form,
        "facets": finder.facets(counted=False, only=FIT_FACETS),
        "kept": finder.kept(FIT_KEPT),
        "ranking": ranking,
        "page": paginator.get_page(request.GET.get("page")),
        "chips": finder.chips(),
        "rate": finder.rate,
        "page_query": page_query(request),
        "with_living": finder.with_living,
        "display_query": finder.display.query,
        **fee_context(finder.international),
    }
    return render(request, "programs/fit.html", context)
