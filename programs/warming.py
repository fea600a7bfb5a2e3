"""Work out again, right after an edit, what most visits to the finder need.

An editor's save makes everything cached about the catalogue unreachable (see
``caching``), so the next visit to each list would count the whole catalogue again.
Warming does that work before a visitor asks: the unfiltered list, the list filtered
by each single facet option (the most common first), and the searches people type
most (``settings.WARM_SEARCHES``), each counted and its first page chosen exactly as a
visit would, through the same ``Finder``.

A process warms once when it starts serving too (``on_start()``, from ``config.wsgi``).
It never runs inside the editor's request: ``schedule()`` starts it once the editor's
transaction commits, in a thread of the web process (``CATALOGUE_WARMING = "thread"``),
or leaves it to ``manage.py run_import_jobs --forever`` (``"worker"``), which warms
whenever it sees a new catalogue version. A warming that finds the catalogue changed
again under it stops: the newer change has its own. With the per-process memory cache
only the process that warms benefits; with a shared cache (Redis) every process does.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections, connections, transaction
from django.http import QueryDict

from .caching import catalogue_version
from .finder import Finder

log = logging.getLogger(__name__)
PAGE_SIZE = 20  # the list's page size: the first page of each visit is what is warmed


@dataclass
class Warmed:
    version: int
    visits: int
    seconds: float
    complete: bool  # False when a newer edit cut it short


def visits(limit: int) -> Iterator[QueryDict]:
    """The query strings most visits ask for, most asked first, at most ``limit``."""
    yield QueryDict()
    sent = 1
    for text in settings.WARM_SEARCHES:
        if sent >= limit:
            return
        yield QueryDict.fromkeys(["q"], text)
        sent += 1
    options = [
        (option.count or 0, facet.name, option.value)
        for facet in Finder(QueryDict()).facets()
        for option in facet.options
        if option.count
    ]
    for _count, name, value in sorted(options, key=lambda option: -option[0]):
        if sent >= limit:
            return
        yield QueryDict.fromkeys([name], value)
        sent += 1


def warm(limit: int | None = None) -> Warmed:
    """Count and choose the first page of the commonest visits for the current version."""
    limit = settings.WARM_VISITS if limit is None else limit
    started = time.monotonic()
    version = catalogue_version()
    done = 0
    for data in visits(limit):
        if catalogue_version() != version:
            return Warmed(version, done, time.monotonic() - started, complete=False)
        finder = Finder(data)
        finder.page_chosen(1, PAGE_SIZE)
        finder.facets()
        done += 1
    return Warmed(version, done, time.monotonic() - started, complete=True)


class Warmer:
    """One warming at a time per process; an edit during one asks for another after it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._again = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        with self._lock:
            self._again.set()
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="warming", daemon=True)
                self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Until the warming asked for so far has finished (for tests and commands)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        try:
            while True:
                with self._lock:
                    if not self._again.is_set():
                        self._thread = None
                        return
                    self._again.clear()
                close_old_connections()
                try:
                    warmed = warm()
                    log.info(
                        "Warmed %d visits in %.1fs%s",
                        warmed.visits,
                        warmed.seconds,
                        "" if warmed.complete else " (cut short by a newer edit)",
                    )
                except Exception:
                    log.exception("Warming the finder failed")
        finally:
            connections.close_all()


warmer = Warmer()


def on_start() -> None:
    """Warm when a process starts serving, as after an edit: a process with a cache of
    its own (or the first of several sharing one) would otherwise have its first
    visitors build the catalogue's index and count the commonest lists."""
    if settings.CATALOGUE_WARMING == "thread":
        warmer.start()


def schedule() -> None:
    """Warm once the current transaction commits, if this process is the one to."""
    if settings.CATALOGUE_WARMING == "thread":
        transaction.on_commit(warmer.start)
