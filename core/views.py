"""Pages that belong to the site rather than to one section: home, robots.txt and the
favicon."""

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.http import require_GET


def home(request: HttpRequest) -> HttpResponse:
    """The landing page: what the site is for, and a search box into the catalogue."""
    return render(request, "core/home.html")


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Crawlers may index everything but the admin; the sitemap lists the public pages."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        f"Disallow: {reverse('admin:index')}",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon(request: HttpRequest) -> HttpResponse:
    """Browsers ask for /favicon.ico on pages that name no icon, such as the Atom feed."""
    return HttpResponsePermanentRedirect(static("favicon.svg"))
