from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the site is for, and a search box into the catalogue."""
    return render(request, "home.html")


def program_list(request: HttpRequest) -> HttpResponse:
    """The catalogue of programmes."""
    return render(request, "programs/program_list.html", {"programs": []})


def compare(request: HttpRequest) -> HttpResponse:
    """Programmes side by side."""
    return render(request, "programs/compare.html", {"programs": []})
