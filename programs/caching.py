"""What the finder works out from the catalogue, cached until an editor changes it.

Every key carries the catalogue version, a number kept in the database
(``CatalogueVersion``) that the signals in ``signals.py`` bump, inside the editor's
transaction, whenever a programme, university, topic, deadline, start date, course,
faculty member or exchange rate is saved or deleted. Bulk loaders bump it once when
they finish. Because every process reads the same number, a bump makes every older
entry unreachable in all of them at once, whatever the cache backend: an editor's save
shows on the next page, and entries otherwise stay in use until they change, so a large
catalogue is counted again only after an edit. Other requests see the new number only
once the edit commits, and what they computed before then went under the old number.
Each version is a fresh random number rather than the next one, so no two databases,
and no rolled-back edit and the edit after it, share a version in a shared cache.
What is cached per programme (its card in a list) is kept instead under the
programme's own ``revision`` and a second number, ``shared``, that every edit but a
programme's own save changes: one programme's save leaves the other cards cached.
After such a save, a value that can be brought up to date for the one programme (the
catalogue's index, its orders, a search's matches) is derived from the previous
version's rather than worked out anew; or from an earlier version's, through up to
``CHAIN`` such saves, when nobody asked for it in between (a page visited once a
minute while an editor saves every few seconds).

What lives here is worked out from the catalogue alone: which countries, languages,
topics and start months it has, the facet counts for each combination of filters,
which programmes each page of results shows, and each programme's related programmes.
``TIMEOUT`` bounds how long a change made behind the ORM's back (raw SQL) goes unseen.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache
from django.core.cache.utils import make_template_fragment_key
from django.db import transaction
from django.db.models import F
from django.utils.safestring import SafeString, mark_safe

from .models import CatalogueVersion, Program
from .models.reference import fresh_number

TIMEOUT = 60 * 60  # seconds
CHAIN = 64  # programmes' own saves a value is brought up to date through, at most
WAIT = 10  # seconds a request waits for a value another is computing (see ``alone``)
T = TypeVar("T")


def catalogue_version() -> int:
    return catalogue_versions().number


def catalogue_versions() -> CatalogueVersion:
    # A new or emptied database starts one; get_or_create copes with two requests racing.
    version, _ = CatalogueVersion.objects.get_or_create(pk=1, defaults={"number": fresh_number()})
    return version


def bump_catalogue_version(*, program: int | None = None) -> None:
    """Make everything cached about the catalogue so far unreachable. When only the
    row of the existing programme with the id ``program`` changed (its ``revision``
    with it), say so, and leave what is cached per programme under ``shared`` (its
    card) as it is; and say so in the cache too, under the new number, so that a later
    version can trace its way back through a few such changes (``Snapshot.updated``)."""
    number = fresh_number()
    numbers = {"number": number, "previous": F("number"), "program": program}
    if program is None:
        numbers["shared"] = fresh_number()
    with transaction.atomic():  # no other change comes between the update and the read
        if not CatalogueVersion.objects.filter(pk=1).update(**numbers):
            catalogue_version()  # none yet: starting one is as good
            return
        if program is not None:
            previous = CatalogueVersion.objects.values_list("previous", flat=True).get(pk=1)
            cache.set(change_key(number), (previous, program), timeout=TIMEOUT)


def change_key(version: int) -> str:
    """Where the cache says which version came before ``version`` and which programme's
    own save made it, when that is what made it."""
    return f"catalogue:{version}:change"


class Snapshot:
    """One version of the catalogue, read once, for everything a page caches."""

    def __init__(self) -> None:
        versions = catalogue_versions()
        self.version = versions.number
        self.shared = versions.shared  # see ``CatalogueVersion``
        self.previous = versions.previous
        self.program = versions.program  # the one programme the last change was about
        self.seen: dict[str, object] = {}
        self.versions_before: list[tuple[int, list[int]]] | None = None  # see ``chain``

    def remember(
        self,
        name: str,
        scope: str,
        compute: Callable[[], T],
        *,
        alone: bool = False,
        update: Callable[[T, list[int]], T | None] | None = None,
    ) -> T:
        """``compute()``'s value for this version, computed at most once per version.

        ``scope`` tells apart values computed differently, e.g. over different querysets.
        With ``alone``, for what takes long and is large (the catalogue's index), the
        requests that find it missing at the same time do not all compute it: the first
        claims it and the others wait for its value, up to ``WAIT`` seconds, before
        computing their own; and each process keeps its own copy of the latest few such
        values (``KEPT``), so that a shared cache is not asked for a megabyte a visit.

        With ``update``, when the last change was one programme's own save, the value
        for the previous version (if still cached; else for the version before that,
        when a programme's own save made that one too, and so on: ``chain``) is brought
        up to date by ``update(value, ids of the programmes saved since)`` instead of
        being computed afresh; ``update`` returns None when it cannot, or when so many
        programmes were saved that computing afresh costs less.
        """
        digest = hashlib.blake2b(scope.encode(), digest_size=8).hexdigest()
        key = self.key(self.version, name, digest)
        if key in self.seen:  # asked for twice in one page: read from the cache once
            return self.seen[key]
        value = kept.get(key) if alone else None
        if value is None:
            value = cache.get(key)
        if value is None and update is not None and self.program is not None:
            value = self.updated(name, digest, update, alone)
            if value is not None:
                cache.set(key, value, timeout=TIMEOUT)
        if value is None and alone and not cache.add(f"{key}:claimed", True, timeout=WAIT):
            value = wait_for(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout=TIMEOUT)
        if alone:
            kept.keep(key, value)
        self.seen[key] = value
        return value

    @staticmethod
    def key(version: int | None, name: str, digest: str) -> str:
        """Where a value is cached, by its version, name and its scope's ``digest``."""
        return f"catalogue:{version}:{name}:{digest}"

    def chain(self) -> list[tuple[int, list[int]]]:
        """The versions before this one that only programmes' own saves separate from
        it, newest first, up to ``CHAIN`` of them, each with the ids of the programmes
        saved since; worked out once a page."""
        if self.versions_before is None:
            self.versions_before = []
            previous, program = self.previous, self.program
            saved: list[int] = []
            while program is not None and previous is not None and len(saved) < CHAIN:
                saved.append(program)
                self.versions_before.append((previous, list(dict.fromkeys(saved))))
                previous, program = change_before(previous)
        return self.versions_before

    def updated(self, name: str, digest: str, update: Callable[[T, list[int]], T | None], alone):
        """The value of the newest earlier version still cached (see ``chain``), brought
        up to date for the programmes saved since; None when there is no such value or
        ``update`` cannot. The cache is asked about every version at once."""
        chain = self.chain()
        keys = [self.key(version, name, digest) for version, _saved in chain]
        found = (
            {key: value for key in keys if (value := kept.get(key)) is not None} if alone else {}
        )
        if not found and keys:
            found = cache.get_many(keys)
        for key, (_version, saved) in zip(keys, chain, strict=True):
            if key in found:
                return update(found[key], saved)
        return None


class Changes:
    """Which version came before each version a programme's own save made, and which
    programme it was (``change_key``), as this process has read them from the cache:
    what made a version never changes, so they are kept for as long as the process
    runs, up to ``size`` of them."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.known: dict[int, tuple[int, int]] = {}
        self.lock = threading.Lock()

    def before(self, version: int) -> tuple[int | None, int | None]:
        """The version before ``version`` and the programme whose own save made it (both
        None when something else made it, or the cache no longer says)."""
        if (known := self.known.get(version)) is not None:
            return known
        change = cache.get(change_key(version))
        if change is None:
            return None, None
        with self.lock:
            if len(self.known) >= self.size:
                self.known.clear()
            self.known[version] = change
        return change


changes = Changes(4096)
change_before = changes.before


class Kept:
    """This process's copies of the latest few large values, by their cache key: a key
    names one catalogue version, so a copy never goes out of date, only out of use."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.values: OrderedDict[str, object] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: str):
        with self.lock:
            return self.values.get(key)

    def keep(self, key: str, value) -> None:
        with self.lock:
            self.values[key] = value
            self.values.move_to_end(key)
            while len(self.values) > self.size:
                self.values.popitem(last=False)


KEPT = 8  # the index and the catalogue in a few orders, for a version or two
kept = Kept(KEPT)


def forget_everything() -> None:
    """Empty the cache and this process's copies: as a process starting afresh finds
    them (for tests and benchmarks of the empty cache)."""
    cache.clear()
    with kept.lock:
        kept.values.clear()
    with changes.lock:
        changes.known.clear()


def wait_for(key: str):
    """The value another request is computing under ``key``, or None after ``WAIT``."""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        time.sleep(0.02)
        value = cache.get(key)
        if value is not None:
            return value
    return None


def remember(name: str, scope: str, compute: Callable[[], T]) -> T:
    """``Snapshot().remember(...)``, for a page that caches one thing."""
    return Snapshot().remember(name, scope, compute)


def drawn(name: str, depends_on: list, draw: Callable[[], str]) -> SafeString:
    """The HTML ``draw()`` makes, kept under ``name`` and everything it ``depends_on``
    (for what shows one programme: its id and ``revision``, ``Snapshot.shared``, the
    day, how amounts are shown) and drawn only when missing. Nothing that is one
    visitor's own (their buttons, a form's CSRF token) belongs in it."""
    key = make_template_fragment_key(name, [str(part) for part in depends_on])
    html = cache.get(key)
    if html is None:
        html = draw()
        cache.set(key, html, timeout=TIMEOUT)
    return mark_safe(html)  # drawn by a template, which escaped it


def related_programs(
    program: Program, limit: int = 4, snapshot: Snapshot | None = None
) -> list[Program]:
    """Published programmes in the same subject sharing the most topics with ``program``.

    Ranking reads every programme in the subject, so which ones rank is cached per
    catalogue version; each page view then fetches only the few programmes shown. After
    other programmes' own saves, unless one of them was ranked, only the ranked and the
    saved programmes are ranked again: each is ranked against ``program`` alone, so the
    others still rank below those ranked first. (Whether few programmes are taught
    alike, which decides how the rest are ordered, comes out the same among those few:
    while few are, every one of them is ranked.) One ranked and saved may have left
    the subject or fallen below one that was not ranked: then the whole subject is
    ranked again."""
    published = Program.objects.published()

    def updated(ids: list[int], saved: list[int]) -> list[int] | None:
        """The ranking among the ranked and the saved, or None to rank them all again."""
        if set(ids) & set(saved):
            return None
        return published.filter(pk__in=[*ids, *saved]).related_ids(program, limit)

    return published.select_related("university").in_order(
        (snapshot or Snapshot()).remember(
            "related",
            f"{program.pk}:{program.revision}",
            lambda: published.related_ids(program, limit),
            update=updated,
        )
    )
