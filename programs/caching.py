"""What the finder works out from the catalogue, cached until an editor changes it.

Every key carries the catalogue version, a counter in Django's cache that the signals
in ``signals.py`` bump when a programme, university, topic, deadline, start date or
exchange rate is saved or deleted. A bump makes every older entry unreachable at once,
so an editor's save shows on the next page. What lives here is worked out from the
catalogue alone: which countries, languages, topics and start months it has, the facet
counts for each combination of filters, which programmes each page of results shows,
and each programme's related programmes.

With a cache shared by every process (Redis, Memcached, the database cache) a bump
reaches all of them. With the default per-process local-memory cache, a bump reaches
only the process that made the change; ``TIMEOUT`` bounds how long the others, and
changes made outside the ORM's signals (bulk loaders, raw SQL), can go unseen.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

VERSION_KEY = "catalogue:version"
TIMEOUT = 60  # seconds
T = TypeVar("T")


def catalogue_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        # Never set, or evicted: start from a number no earlier version can have had.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def bump_catalogue_version() -> None:
    """Make everything cached about the catalogue so far unreachable."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted: any fresh start is newer than before
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)


def remember(name: str, scope: str, compute: Callable[[], T]) -> T:
    """``compute()``'s value for this catalogue version, computed at most once per version.

    ``scope`` tells apart values computed differently, e.g. over different querysets.
    """
    digest = hashlib.blake2b(scope.encode(), digest_size=8).hexdigest()
    key = f"catalogue:{catalogue_version()}:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=TIMEOUT)
    return value
