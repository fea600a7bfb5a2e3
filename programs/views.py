from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .filters import SORTS, ProgramFilter
from .models import BASE_CURRENCY, ExchangeRate, Program, base_rate

PAGE_SIZE = 20
CURRENCY_SESSION_KEY = "currency"


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the site is for, and a search box into the catalogue."""
    return render(request, "home.html")


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


def program_list(request: HttpRequest) -> HttpResponse:
    """The catalogue: filters with live counts, sortable and paginated results."""
    filterset = finder(request)
    paginator = Paginator(filterset.qs.for_listing(), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    context = {
        "filter": filterset,
        "form": filterset.form,
        "page": page,
        "facets": filterset.facets(),
        "chips": filterset.chips(),
        "sorts": SORTS,
        "rate": filterset.display_currency,
        "relax": filterset.relax_suggestion() if not paginator.count else None,
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
    rates = {rate.currency: rate for rate in ExchangeRate.objects.all()}
    rate = rates.get(request.session.get(CURRENCY_SESSION_KEY)) or base_rate()
    related = (
        Program.objects.published()
        .exclude(pk=program.pk)
        .filter(subject_area=program.subject_area)
        .annotate(shared=Count("topics", filter=Q(topics__in=program.topics.all())))
        .order_by("-shared", "title")
        .select_related("university")[:4]
    )
    context = {
        "program": program,
        "rate": rate,
        "related": related,
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


def compare(request: HttpRequest) -> HttpResponse:
    """Programmes side by side."""
    return render(request, "programs/compare.html", {"programs": []})
