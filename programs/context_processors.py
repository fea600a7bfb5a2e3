"""Template context every page gets from the catalogue."""

from django.http import HttpRequest

from .selection import Selection


def selection(request: HttpRequest) -> dict:
    """The visitor's shortlist and compare tray, for the header count and card buttons.

    Nothing is read until a template asks, and then only the session: no extra query.
    """
    session = getattr(request, "session", None)
    return {"selection": Selection(session) if session is not None else None}
