"""Who is asking: a visitor's address, seen through the proxies the site is told about.

Behind a TLS-terminating proxy every connection comes from the proxy, so a login
lockout keyed on the connection's address would lock out everyone at once. Each proxy
appends the address it was connected from to ``X-Forwarded-For``; the last
``PROXY_COUNT`` entries were written by the site's own proxies, and the one they name
first is the visitor. Anything before it was sent by the client and may be made up, so
it is never read; nor is the header at all when no proxy is configured.
"""

from ipaddress import ip_address

from django.conf import settings
from django.http import HttpRequest


def client_ip(request: HttpRequest) -> str | None:
    """The visitor's address: the connection's own unless trusted proxies forwarded it."""
    connected_from = request.META.get("REMOTE_ADDR")
    proxies = settings.PROXY_COUNT
    if not proxies:
        return connected_from
    forwarded = [
        address.strip()
        for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if address.strip()
    ]
    if len(forwarded) < proxies:
        return connected_from  # not through every configured proxy
    candidate = forwarded[-proxies]
    try:
        return str(ip_address(candidate))
    except ValueError:
        return connected_from
