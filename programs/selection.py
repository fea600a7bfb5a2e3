"""What a visitor has picked, kept server-side in their session: no account needed.

Two lists of programme ids share this one module: the shortlist (programmes saved
for later) and the compare tray (two to six programmes to put side by side). The
project stores sessions in the database with a long-lived cookie, so both survive a
browser restart. Only ids are stored; titles are always read fresh from the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.contrib.sessions.backends.base import SessionBase
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode

from .models import Program
from .money import HOME, INTERNATIONAL, fee_status, remembered_currency

FACTS_KEY = "shortlist_facts"  # what each saved programme's key facts were when saved
MAX_COMPARE = 6
MIN_COMPARE = 2
MAX_SHORTLIST = 100


class Kind(StrEnum):
    SHORTLIST = "shortlist"
    COMPARE = "compare"


LIMITS = {Kind.SHORTLIST: MAX_SHORTLIST, Kind.COMPARE: MAX_COMPARE}


@dataclass(frozen=True)
class Changes:
    """A saved programme's key facts that changed since the visitor saved it."""

    saved_on: date | None
    changed: list[tuple[str, str, str]]  # what, before, now
    edited: object  # when an editor last changed the programme


@dataclass(frozen=True)
class Change:
    """What happened when a visitor added or removed a programme, in their words."""

    message: str
    changed: bool
    level: str = "success"


def named(program: Program) -> str:
    """A programme as a visitor tells it apart: many share a title, so with its university."""
    return f"{program.title}, {program.university.name}"


def comparison_link(ids: list[int], currency: str | None = None, fees: str = HOME) -> str:
    """The shareable comparison page for these programmes, in this order, with amounts
    in this currency and for this fee status."""
    query: list[tuple[str, object]] = [("p", pk) for pk in ids]
    if currency:
        query.append(("currency", currency))
    if fees == INTERNATIONAL:
        query.append(("fees", INTERNATIONAL))
    return reverse("programs:compare") + "?" + urlencode(query)


class Selection:
    """The visitor's shortlist and compare tray, read lazily from their session.

    Reading an empty session costs no query, so pages can always offer it.
    """

    max_compare = MAX_COMPARE

    def __init__(self, session: SessionBase):
        self.session = session

    def ids(self, kind: Kind) -> list[int]:
        stored = self.session.get(kind, [])
        if not isinstance(stored, list):
            return []
        return [pk for pk in stored if isinstance(pk, int)]

    @property
    def shortlist_ids(self) -> list[int]:
        return self.ids(Kind.SHORTLIST)

    @property
    def compare_ids(self) -> list[int]:
        return self.ids(Kind.COMPARE)

    @property
    def shortlist_count(self) -> int:
        return len(self.shortlist_ids)

    @property
    def compare_count(self) -> int:
        return len(self.compare_ids)

    @property
    def compare_full(self) -> bool:
        return self.compare_count >= MAX_COMPARE

    @cached_property
    def urls(self) -> dict[str, str]:
        """Where each card's buttons post, by URL name (``compare_add``...): reversed
        once for a page of cards rather than twice a card."""
        names = ["compare_add", "compare_remove", "shortlist_add", "shortlist_remove"]
        return {name: reverse(f"programs:{name}") for name in names}

    @property
    def compare_url(self) -> str:
        """The comparison of the tray, in the visitor's display currency, to share."""
        session = self.session
        return comparison_link(self.compare_ids, remembered_currency(session), fee_status(session))

    def _store(self, kind: Kind, ids: list[int]) -> None:
        self.session[kind] = ids

    def add(self, kind: Kind, program) -> Change:
        ids = self.ids(kind)
        name = named(program)
        if program.pk in ids:
            already = {Kind.SHORTLIST: "on your shortlist", Kind.COMPARE: "in your comparison"}
            return Change(f"{name} is already {already[kind]}.", changed=False, level="info")
        if len(ids) >= LIMITS[kind]:
            if kind == Kind.COMPARE:
                return Change(
                    f"You can compare at most {MAX_COMPARE} programmes at once. "
                    f"Remove one from the comparison before adding {name}.",
                    changed=False,
                    level="warning",
                )
            return Change(
                f"Your shortlist is full ({MAX_SHORTLIST} programmes). "
                f"Remove one before saving {name}.",
                changed=False,
                level="warning",
            )
        self._store(kind, [*ids, program.pk])
        if kind == Kind.SHORTLIST:
            self._remember_facts(program)
        if kind == Kind.COMPARE:
            count = len(ids) + 1
            return Change(
                f"Added {name} to your comparison ({count} of at most {MAX_COMPARE}).",
                changed=True,
            )
        return Change(f"Saved {name} to your shortlist.", changed=True)

    def remove(self, kind: Kind, program) -> Change:
        ids = self.ids(kind)
        where = {Kind.SHORTLIST: "your shortlist", Kind.COMPARE: "your comparison"}[kind]
        if program.pk not in ids:
            return Change(f"{named(program)} was not in {where}.", changed=False, level="info")
        self._store(kind, [pk for pk in ids if pk != program.pk])
        if kind == Kind.SHORTLIST:
            self._forget_facts([program.pk])
        return Change(f"Removed {named(program)} from {where}.", changed=True)

    def clear(self, kind: Kind) -> Change:
        if kind == Kind.SHORTLIST:
            self._forget_facts(self.ids(kind))
        self._store(kind, [])
        where = {Kind.SHORTLIST: "Your shortlist", Kind.COMPARE: "Your comparison"}[kind]
        return Change(f"{where} is now empty.", changed=True)

    def load(self, kind: Kind, queryset: QuerySet) -> tuple[list[Program], int]:
        """The picked programmes found in ``queryset``, in the order they were picked,
        and how many were forgotten because they are no longer published."""
        ids = self.ids(kind)
        if not ids:
            return [], 0
        programs = queryset.in_order(ids)
        if len(programs) < len(ids):
            self._store(kind, [program.pk for program in programs])
        return programs, len(ids) - len(programs)

    # What changed since a programme was saved ----------------------------------

    def _saved_facts(self) -> dict:
        stored = self.session.get(FACTS_KEY, {})
        return stored if isinstance(stored, dict) else {}

    def saved_facts_of(self, ids: list[int]) -> bool:
        """Whether the visitor saved any of these programmes, so that a page showing
        them says what changed since (``changes``)."""
        saved = self._saved_facts()
        return any(str(pk) in saved for pk in ids)

    def _remember_facts(self, program: Program) -> None:
        current = Program.objects.with_next_deadline().get(pk=program.pk)
        saved = self._saved_facts()
        saved[str(program.pk)] = {
            "on": timezone.localdate().isoformat(),
            "facts": current.key_facts(),
        }
        self.session[FACTS_KEY] = saved

    def _forget_facts(self, ids: list[int]) -> None:
        saved = self._saved_facts()
        if any(str(pk) in saved for pk in ids):
            self.session[FACTS_KEY] = {k: v for k, v in saved.items() if int(k) not in ids}

    def changes(self, program: Program) -> Changes | None:
        """What changed in a saved programme's key facts since the visitor saved it
        (``program`` annotated ``with_next_deadline()``), or None."""
        saved = self._saved_facts().get(str(program.pk))
        if not isinstance(saved, dict) or not isinstance(saved.get("facts"), dict):
            return None
        now = program.key_facts()
        changed = [
            (label, before, now[label])
            for label, before in saved["facts"].items()
            if label in now and now[label] != before
        ]
        if not changed:
            return None
        try:
            saved_on = date.fromisoformat(saved.get("on", ""))
        except (TypeError, ValueError):
            saved_on = None
        return Changes(saved_on=saved_on, changed=changed, edited=program.updated)

    @cached_property
    def tray(self) -> list[Program]:
        """The programmes in the compare tray, titles and universities only: one query,
        none when empty."""
        queryset = (
            Program.objects.published()
            .select_related("university")
            .only("pk", "title", "university__name")
        )
        return self.load(Kind.COMPARE, queryset)[0]
