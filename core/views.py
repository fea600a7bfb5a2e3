"""Pages that belong to the site rather than to one section: home, robots.txt and the
favicon."""

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_safe


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the site is for, and a search box into the catalogue."""
    return render(request, "core/home.html")


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may index every public page; the sitemap lists them.

    The admin is not named here: its path is kept unguessable (``DJANGO_ADMIN_URL``),
    and its own pages already tell crawlers not to index them.
    """
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow:",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages that name no icon, such as the Atom feed."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
