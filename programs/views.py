from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from . import comparison
from . import fit as fit_scoring
from .filters import SORTS, ProgramFilter
from .forms import CompareForm, FitForm, SelectionChangeForm
from .models import BASE_CURRENCY, ExchangeRate, Program, base_rate
from .selection import (
    CURRENCY_SESSION_KEY,
    MAX_COMPARE,
    MIN_COMPARE,
    Change,
    Kind,
    Selection,
    compare_url,
)

PAGE_SIZE = 20


def finder(request: HttpRequest) -> ProgramFilter:
    """The filters from the query string, with the display currency remembered per visitor."""
    filterset = ProgramFilter(
        request.GET,
        queryset=Program.objects.published(),
        default_currency=request.session.get(CURRENCY_SESSION_KEY, BASE_CURRENCY),
    )
    chosen = filterset.display_currency.currency
    if request.session.get(CURRENCY_SESSION_KEY, BASE_CURRENCY) != chosen:
        request.session[CURRENCY_SESSION_KEY] = chosen
    return filterset


@vary_on_headers("HX-Request")  # the same URL answers htmx with a part of the page
def program_list(request: HttpRequest) -> HttpResponse:
    """The catalogue: filters with live counts, sortable and paginated results."""
    filterset = finder(request)
    facets = filterset.facets()
    page = filterset.page(request.GET.get("page"), PAGE_SIZE)
    context = {
        "filter": filterset,
        "form": filterset.form,
        "page": page,
        "facets": facets,
        "chips": filterset.chips(),
        "sorts": SORTS,
        "rate": filterset.display_currency,
        "relax": filterset.relax_suggestion() if not page.paginator.count else None,
        "page_query": page_query(request),
    }
    template = "programs/_catalogue.html" if request.htmx else "programs/program_list.html"
    return render(request, template, context)


def page_query(request: HttpRequest) -> str:
    """The current query string without the page number, for pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


def program_detail(request: HttpRequest, university_slug: str, slug: str) -> HttpResponse:
    """Everything known about one published programme, grouped as people weigh it."""
    program = get_object_or_404(
        Program.objects.published()
        .select_related("university", "tuition_currency", "living_cost_currency")
        .with_next_deadline()
        .prefetch_related(
            "topics",
            "courses__topics",
            "faculty__research_topics",
            "partnerships__partner",
            "outcomes__salary_currency",
            "deadlines",
            "start_terms",
        ),
        university__slug=university_slug,
        slug=slug,
    )
    context = {
        "program": program,
        "rate": display_rate(request),
        "related": Program.objects.published().related_to(program),
        "curriculum": curriculum_by_topic(program),
    }
    return render(request, "programs/program_detail.html", context)


def curriculum_by_topic(program: Program) -> list[dict]:
    """Topics with the programme's required and elective courses on each."""
    by_topic: dict = {}
    for course in program.courses.all():
        for topic in course.topics.all():
            entry = by_topic.setdefault(topic, {"topic": topic, "required": [], "elective": []})
            entry[course.kind].append(course)
    return sorted(by_topic.values(), key=lambda entry: entry["topic"].name)


def display_rate(request: HttpRequest) -> ExchangeRate:
    """The visitor's remembered display currency, for pages without the finder's form."""
    rates = ExchangeRate.objects.by_currency()
    return rates.get(request.session.get(CURRENCY_SESSION_KEY)) or base_rate()


@vary_on_headers("HX-Request")
def compare(request: HttpRequest) -> HttpResponse:
    """Two to six programmes side by side, chosen by the link itself so it can be shared."""
    selection = Selection(request.session)
    if "p" not in request.GET and selection.compare_count:
        return redirect(selection.compare_url)
    form = CompareForm(
        request.GET,
        rates=ExchangeRate.objects.by_currency(),
        default_currency=request.session.get(CURRENCY_SESSION_KEY, BASE_CURRENCY),
    )
    ids = form.resolve(Program.objects.published())
    table = comparison.build(comparison.load(ids), form.rate)
    only_differences = form.only_differences
    if form.wants_csv:
        response = HttpResponse(
            table.to_csv(only_differences), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = 'attachment; filename="comparison.csv"'
        return response
    context = {
        "form": form,
        "table": table,
        "groups": table.visible_groups(only_differences),
        "only_differences": only_differences,
        "rate": form.rate,
        "rates": form.rates,
        "ids": ids,
        "enough": len(ids) >= MIN_COMPARE,
        "csv_query": form.query(ids, csv=True),
        "columns": [
            (program, form.query([pk for pk in ids if pk != program.pk]))
            for program in table.programs
        ],
    }
    template = "programs/_comparison.html" if request.htmx else "programs/compare.html"
    return render(request, template, context)


def shortlist_context(request: HttpRequest, selection: Selection) -> dict:
    """The saved programmes, and a link comparing them all when there are two to six."""
    programs, forgotten = selection.load(Kind.SHORTLIST, Program.objects.published().for_listing())
    rate = display_rate(request)
    ids = [program.pk for program in programs]
    compare_all = MIN_COMPARE <= len(ids) <= MAX_COMPARE
    return {
        "programs": programs,
        "forgotten": forgotten,
        "rate": rate,
        "selection": selection,
        "compare_all_url": compare_url(ids, rate.currency) if compare_all else "",
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
        "changed": [program] if program else Program.objects.filter(pk__in=changed_ids),
    }
    on_shortlist_page = request.htmx.current_url_abs_path == reverse("programs:shortlist")
    if on_shortlist_page and kind == Kind.SHORTLIST:
        context |= shortlist_context(request, selection) | {"refresh_shortlist": True}
    return render(request, "programs/_selection_update.html", context)


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
    filterset = finder(request)
    form = FitForm(request.GET)
    rate = filterset.display_currency
    ranking = fit_scoring.rank(
        filterset.qs,
        form.weights(),
        form.wanted(),
        rate=rate,
        today=filterset.today,
        international=filterset.international,
        living=filterset.with_living,
    )
    paginator = Paginator(ranking.fits, PAGE_SIZE)
    context = {
        "filter": filterset,
        "filter_form": filterset.form,
        "form": form,
        "ranking": ranking,
        "page": paginator.get_page(request.GET.get("page")),
        "chips": filterset.chips(),
        "rate": rate,
        "page_query": page_query(request),
    }
    return render(request, "programs/fit.html", context)
