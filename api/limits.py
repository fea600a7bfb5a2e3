"""How often one client may call the API: ``API_RATE`` requests (``"60/min"``, say)
per client, a client being the address ``core.clients`` sees behind the site's own
proxies, so that visitors behind one proxy are not counted as one."""

from django.conf import settings
from django.http import HttpRequest
from ninja.throttling import AnonRateThrottle

from core.clients import client_ip


class ClientRateThrottle(AnonRateThrottle):
    """At most ``settings.API_RATE`` requests per client, read at each request."""

    def __init__(self) -> None:
        self.rate = None

    def allow_request(self, request: HttpRequest) -> bool:
        self.rate = settings.API_RATE
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request)

    def get_ident(self, request: HttpRequest) -> str | None:
        return client_ip(request)


PERIODS = {1: "a second", 60: "a minute", 3600: "an hour", 86400: "a day"}


def allowance() -> str:
    """The rate in words: ``"60/min"`` -> ``"60 requests a minute"``."""
    count, seconds = ClientRateThrottle().parse_rate(settings.API_RATE)
    return f"{count} requests {PERIODS.get(seconds, f'every {seconds} seconds')}"
