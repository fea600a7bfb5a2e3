"""The API's endpoints, mounted at ``/api/v1/``: programmes (the finder's list, and one
programme), universities, topics and exchange rates, read-only.

Each endpoint validates its query string with the site's own forms (the programme list
with the ``Finder`` the HTML list uses), asks the models for what it answers, and
returns records (``records.py``) that ninja checks against ``schemas.py``. Whatever a
client sends answers in JSON: 400 naming each bad parameter, 404, 405 or 429.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import resolve
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from ninja import NinjaAPI, Path
from ninja.errors import Throttled, ValidationError
from ninja.openapi.docs import Swagger

from programs.finder import Finder
from programs.forms import DisplayForm
from programs.models import ExchangeRate, Program, Topic, University

from . import records, schemas
from .forms import PagingForm, errors_of
from .limits import ClientRateThrottle, allowance
from .parameters import (
    SLUG,
    display_parameters,
    finder_parameters,
    query_parameters,
    with_catalogue_choices,
)

PAGING = query_parameters(PagingForm.base_fields)
ERRORS = {400: schemas.BadRequest, 429: schemas.Problem}
PAGE_ERRORS = {404: schemas.Problem, **ERRORS}  # 404: a page past the last


class Docs(Swagger):
    """Swagger UI from the site's own static files, under its content security policy."""

    template = "api/docs.html"


class CatalogueAPI(NinjaAPI):
    """An API whose schema offers the values the catalogue has now where the finder's
    options depend on it (currencies, topics, start months)."""

    def get_openapi_schema(self, **kwargs):
        return with_catalogue_choices(super().get_openapi_schema(**kwargs))


api = CatalogueAPI(
    title="Masters Compare API",
    version="1",
    description=(
        "Read-only data on machine-learning master's programmes: the programme finder's "
        "filters, search and sort; each programme's costs, curriculum, faculty, industry "
        "links, outcomes and published deadlines, every fact with its source. Money is a "
        "decimal string with an ISO 4217 code; dates are ISO dates."
    ),
    urls_namespace="api",
    docs=Docs(settings={"validatorUrl": None}),
    docs_url="/docs/",
    throttle=[ClientRateThrottle()],
)


# Errors -----------------------------------------------------------------------


class InvalidParameters(Exception):
    def __init__(self, errors: dict[str, list[str]]):
        super().__init__(errors)
        self.errors = errors


def check(errors: dict[str, list[str]]) -> None:
    if errors:
        raise InvalidParameters(errors)


@api.exception_handler(InvalidParameters)
def invalid_parameters(request: HttpRequest, exc: InvalidParameters) -> HttpResponse:
    body = {
        "detail": "Some parameters are not valid: " + ", ".join(exc.errors) + ".",
        "errors": [
            {"parameter": name, "message": message}
            for name, messages in exc.errors.items()
            for message in messages
        ],
    }
    return api.create_response(request, body, status=400)


@api.exception_handler(ValidationError)
def invalid_input(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """Ninja's own checks (of the path's slugs) answer like the finder's."""
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(str(error["loc"][-1]), []).append(error["msg"])
    return invalid_parameters(request, InvalidParameters(errors))


@api.exception_handler(Http404)
def not_found_in_api(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)


@api.exception_handler(Throttled)
def throttled(request: HttpRequest, exc: Throttled) -> HttpResponse:
    wait = f" Try again in {round(exc.wait)} seconds." if exc.wait else ""
    detail = f"Too many requests: at most {allowance()} from one client.{wait}"
    return api.create_response(request, {"detail": detail}, status=429)


@csrf_exempt
def not_found(request: HttpRequest) -> HttpResponse:
    """Any other address under /api/: 404 in JSON, or a redirect to the same address
    with the slash it lacks when that is an endpoint."""
    slashed = request.path_info + "/"
    if not request.path_info.endswith("/") and resolve(slashed).url_name != "api_not_found":
        return HttpResponsePermanentRedirect(request.get_full_path(force_append_slash=True))
    return api.create_response(request, {"detail": "Not found."}, status=404)


# Pages ------------------------------------------------------------------------


def page_link(request: HttpRequest, number: int | None) -> str | None:
    if number is None:
        return None
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def page_fields(request: HttpRequest, page: Page, asked: int) -> dict:
    """Count and links of a page; a page past the last is not found."""
    if page.number != asked:
        pages = page.paginator.num_pages
        there = "is only one page" if pages == 1 else f"are only {pages} pages"
        raise Http404(f"No page {asked}: there {there} of these results.")
    return {
        "count": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "next": page_link(request, page.next_page_number() if page.has_next() else None),
        "previous": page_link(
            request, page.previous_page_number() if page.has_previous() else None
        ),
    }


def display_form(request: HttpRequest) -> DisplayForm:
    """The currency and fee status asked for, validated: the API remembers nothing."""
    display = DisplayForm(request.GET, rates=ExchangeRate.objects.by_currency(), session=None)
    check(errors_of(display))
    return display


# Endpoints --------------------------------------------------------------------


@api.get(
    "/programs/",
    response={200: schemas.ProgramPage, **PAGE_ERRORS},
    url_name="programs",
    summary="Programmes, filtered, searched and sorted as the programme finder does",
    openapi_extra={"parameters": finder_parameters() + PAGING},
    tags=["programmes"],
)
def programs(request: HttpRequest):
    """The published programmes the finder's filters find, in the order asked for.
    Every parameter of the programme list's address works here, validated the same
    way; costs are in ``currency`` for ``fees`` (home or international)."""
    finder, paging = Finder(request.GET), PagingForm(request.GET)
    check(finder.invalid_parameters() | errors_of(paging))
    loaded = records.listed(finder.today)
    page = finder.page(paging.number, paging.size, loaded=loaded)
    display = finder.display
    return {
        **page_fields(request, page, paging.number),
        "sort": finder.sort_key,
        "currency": display.rate.currency,
        "fee_status": display.fee_status,
        "includes_living": display.with_living,
        "rates_as_of": display.rate.as_of,
        "results": [records.summary(program, request, display, finder.today) for program in page],
    }


@api.get(
    "/programs/{slug:university}/{slug:slug}/",
    response={200: schemas.ProgramDetail, 404: schemas.Problem, **ERRORS},
    url_name="program",
    summary="One programme, with everything known about it and where each fact comes from",
    openapi_extra={"parameters": display_parameters()},
    tags=["programmes"],
)
def program(
    request: HttpRequest,
    university: str = Path(..., pattern=SLUG["pattern"]),
    slug: str = Path(..., pattern=SLUG["pattern"]),
):
    display = display_form(request)
    today = timezone.localdate()
    found = get_object_or_404(records.detailed(today), university__slug=university, slug=slug)
    return records.detail(found, request, display, today)


@api.get(
    "/universities/",
    response={200: schemas.UniversityPage, **PAGE_ERRORS},
    url_name="universities",
    summary="Universities with published programmes, by name",
    openapi_extra={"parameters": PAGING},
    tags=["reference"],
)
def universities(request: HttpRequest):
    paging = PagingForm(request.GET)
    check(errors_of(paging))
    published = Count("programs", filter=Q(programs__status=Program.Status.PUBLISHED))
    found = University.objects.annotate(programmes=published).filter(programmes__gt=0)
    page = Paginator(found.order_by("name", "pk"), paging.size).get_page(paging.number)
    return {
        **page_fields(request, page, paging.number),
        "results": [records.university(university) for university in page],
    }


@api.get(
    "/topics/",
    response={200: list[schemas.Topic], 429: schemas.Problem},
    url_name="topics",
    summary="The curriculum's topics, by name",
    tags=["reference"],
)
def topics(request: HttpRequest):
    return Topic.objects.order_by("name")


@api.get(
    "/exchange-rates/",
    response={200: list[schemas.ExchangeRate], 429: schemas.Problem},
    url_name="exchange_rates",
    summary="Exchange rates to the base currency (EUR), each with its date",
    tags=["reference"],
)
def exchange_rates(request: HttpRequest):
    return [
        {
            "currency": rate.currency,
            "name": rate.name,
            "rate_to_base": records.decimal(rate.rate_to_base),
            "as_of": rate.as_of,
        }
        for code, rate in sorted(ExchangeRate.objects.by_currency().items())
    ]
