from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Program


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the site is for, and a search box into the catalogue."""
    return render(request, "home.html")


def program_list(request: HttpRequest) -> HttpResponse:
    """The catalogue of programmes."""
    programs = Program.objects.published().select_related("university")
    return render(request, "programs/program_list.html", {"programs": programs})


def program_detail(request: HttpRequest, university_slug: str, slug: str) -> HttpResponse:
    """Everything known about one published programme."""
    program = get_object_or_404(
        Program.objects.published().select_related("university", "tuition_currency"),
        university__slug=university_slug,
        slug=slug,
    )
    return render(request, "programs/program_detail.html", {"program": program})


def compare(request: HttpRequest) -> HttpResponse:
    """Programmes side by side."""
    return render(request, "programs/compare.html", {"programs": []})
