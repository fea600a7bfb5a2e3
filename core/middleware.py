"""Middleware of the site as a whole."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed

# Every page is read with GET (or HEAD); forms, the admin's included, send POST.
SITE_METHODS = ["GET", "HEAD", "POST"]
# The JSON API answers every method itself, naming the methods each address takes.
API_PATH = "/api/"


def site_methods_only(get_response: Callable[[HttpRequest], HttpResponse]):
    """Answer any other method (TRACE, OPTIONS, PUT, DELETE, ...) with 405 and the methods
    the site takes, before any page runs: not with the page, and not with a CSRF refusal.
    The API answers HEAD as it answers GET, headers and all, without the body."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if request.path_info.startswith(API_PATH) and request.method == "HEAD":
            request.method = "GET"
            response = get_response(request)
            request.method = "HEAD"
            response.content = b""  # Content-Length stays that of the body
            return response
        if request.method not in SITE_METHODS and not request.path_info.startswith(API_PATH):
            return HttpResponseNotAllowed(SITE_METHODS)
        return get_response(request)

    return middleware
