"""Facet counts from an index of the catalogue, read once per catalogue version.

Counting in SQL reads every programme the filters leave, so the first visit to each
combination of filters after an edit costs more as the catalogue grows. The index
reads the catalogue once per version instead (the warmer does it right after an edit,
``programs.warming``) and keeps, for each facet option, which programmes have it: a
bitset, one integer whose bit ``pk`` is set for each programme. A visit then counts an
option by intersecting bitsets, which takes microseconds at any size the site will
reach, and the facet counts of a combination of filters nobody chose before cost about
what they cost for one seen a thousand times.

What each option means is said once, where the filters say it: an option of a facet
that groups on a column is that column's value; the others are their own conditions
(``conditions.py``, ``ProgramFilter.flag_condition``), which the index asks SQL for.
A cost or length limit ("at most") is answered from the programmes in order of that
value, which the index keeps with the bitset of every 1/32nd of them, so that a limit
takes a stored bitset and at most one stretch of programmes. The cost is kept as each
of the four ways a visitor can count it (home or international fee, with or without
living costs), each worked out by SQL as the filter works it out.

The other filters (a search, dates, a start month, the research track) are applied by
SQL as the list applies them: the programmes they leave become one more bitset, and
everything else is counted within it.

Which programmes a page of results shows comes from the index too: the whole catalogue
in the order asked for (for relevance to a search, what the search finds) is read once
per version (a list of ids, ``in_order``), and a page is the next programmes of that
list that are among the results (``page_of``), with no query per combination of filters.

When the last edits were programmes' own saves (the commonest edit), the index, the
orders and a search's matches are not read again: the previous version's are brought up
to date by asking SQL about those programmes alone (``updated``, ``moved``), a few
small queries at any size.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import product
from math import isqrt

from django.db import connections
from django.db.models import BooleanField, ExpressionWrapper, F, Q, QuerySet

from programs.caching import Snapshot
from programs.models import Program

from .conditions import pace_condition, role_condition
from .filters import PACE_CHOICES, ProgramFilter, cost_expression

# Facets whose options are the values of one column: the filter is "any of" them.
GROUPED = {
    "delivery": "delivery",
    "degree": "degree_type",
    "language": "language",
    "country": "university__country",
}
# "At most" limits the index answers: each programme's value, by SQL, in each way the
# visitor can count it (for costs: international fee, living costs included).
RANKED = {
    ("max_months", False, False): F("duration_months"),
    **{
        ("max_cost", international, living): cost_expression(international, living)
        for international, living in product([False, True], repeat=2)
    },
}
STRETCHES = 32  # a ranking keeps the bitset of every 1/32nd of its programmes
# Filters the index answers; the others are applied by SQL (see the module's docstring).
INDEXED = (*GROUPED, "pace", "role", "topic", *ProgramFilter.FLAGS, "max_months", "max_cost")
RESULTS = "results"


def bitset(ids: Iterable[int]) -> int:
    """The integer whose bit ``pk`` is set for each of ``ids``."""
    ids = list(ids)
    if not ids:
        return 0
    bits = bytearray(max(ids) // 8 + 1)
    for pk in ids:
        bits[pk >> 3] |= 1 << (pk & 7)
    return int.from_bytes(bits, "little")


@dataclass
class Ranking:
    """Programmes in order of one value, lowest first (those without one left out),
    with the bitset of every prefix that ends where a stretch ends."""

    values: array  # floats, ascending
    ids: array
    prefixes: list[int]  # prefixes[n]: the first n * stretch programmes
    stretch: int

    @classmethod
    def of(cls, pairs: list[tuple[float, int]]) -> Ranking:
        pairs.sort()
        return cls.ordered(array("d", [v for v, _ in pairs]), array("q", [pk for _, pk in pairs]))

    @classmethod
    def ordered(
        cls, values: array, ids: array, before: Ranking | None = None, first: int = 0
    ) -> Ranking:
        """The ranking of ``ids`` in order of ``values``; the prefixes that end before
        position ``first`` are taken from ``before`` when it has the same stretch."""
        stretch = max(1, -(-len(ids) // STRETCHES))
        prefixes = [0]
        if before is not None and before.stretch == stretch:
            prefixes = before.prefixes[: first // stretch + 1]
        for start in range((len(prefixes) - 1) * stretch, len(ids), stretch):
            prefixes.append(prefixes[-1] | bitset(ids[start : start + stretch]))
        return cls(values, ids, prefixes, stretch)

    def at_most(self, limit: float) -> int:
        """The programmes whose value is at most ``limit``."""
        end = bisect_right(self.values, limit)
        whole = end // self.stretch
        return self.prefixes[whole] | bitset(self.ids[whole * self.stretch : end])

    def moved(self, pk: int, value: float | None) -> Ranking:
        """This ranking with programme ``pk`` at ``value`` (left out for None), where
        sorting every programme again would put it: ties in order of id."""
        values, ids = array("d", self.values), array("q", self.ids)
        first = len(ids)
        if pk in ids:
            first = ids.index(pk)
            del values[first], ids[first]
        if value is not None:
            low, high = bisect_left(values, value), bisect_right(values, value)
            at = low + bisect_left(ids[low:high], pk)
            values.insert(at, value)
            ids.insert(at, pk)
            first = min(first, at)
        return Ranking.ordered(values, ids, self, first)


@dataclass
class CatalogueIndex:
    """Which programmes (of one base queryset, on one day) have each facet option."""

    everything: int
    options: dict[str, dict[str, int]] = field(default_factory=dict)  # facet: value: bits
    rankings: dict[tuple, Ranking] = field(default_factory=dict)  # see RANKED

    def any_of(self, name: str, values: Iterable[str]) -> int:
        bits = 0
        for value in values:
            bits |= self.options[name].get(value, 0)
        return bits

    def all_of(self, name: str, values: Iterable[str]) -> int:
        bits = self.everything
        for value in values:
            bits &= self.options[name].get(value, 0)
        return bits


def conditions(filterset: ProgramFilter, named_roles: Iterable[str]) -> dict[tuple, Q]:
    """The options that are conditions of their own rather than a column's value."""
    found = {("pace", value): pace_condition(value) for value, _ in PACE_CHOICES}
    found |= {("role", slug): role_condition([slug]) for slug in sorted(named_roles)}
    found |= {(name, name): filterset.flag_condition(name) for name in ProgramFilter.FLAGS}
    return found


def build(
    filterset: ProgramFilter, named_roles: Iterable[str], topic_slugs: dict[int, str]
) -> CatalogueIndex:
    """Read the base queryset once (and its topics once): two queries at any size, read
    column by column straight off the cursor."""
    programs = filterset.queryset.order_by()
    ids, grouped, held, valued = read(filterset, named_roles, programs)
    index = CatalogueIndex(everything=bitset(ids))
    for name, column in grouped.items():
        index.options[name] = {value: bitset(members) for value, members in groups(ids, column)}
    for name in ("pace", "role", *ProgramFilter.FLAGS):
        index.options[name] = {}
    for (name, value), column in held.items():
        index.options[name][value] = bitset(
            pk for pk, holds in zip(ids, column, strict=True) if holds
        )
    for key, column in valued.items():
        pairs = zip(column, ids, strict=True)
        index.rankings[key] = Ranking.of(
            [(float(value), pk) for value, pk in pairs if value is not None]
        )
    links = Program.topics.through.objects.filter(program__in=programs.values("pk"))
    topics = groups(*columns_of(links.values_list("program_id", "topic_id")))
    index.options["topic"] = {topic_slugs[topic]: bitset(members) for topic, members in topics}
    return index


def read(
    filterset: ProgramFilter, named_roles: Iterable[str], programs: QuerySet
) -> tuple[tuple, dict[str, tuple], dict[tuple, tuple], dict[tuple, tuple]]:
    """The ids of ``programs``, and for each: its value of every grouped facet, whether
    it meets each condition, and its value of each ranking, column by column."""
    tested = conditions(filterset, named_roles)
    flags = {
        f"option{number}": ExpressionWrapper(condition, output_field=BooleanField())
        for number, condition in enumerate(tested.values())
    }
    ranked = {f"ranked{number}": value for number, value in enumerate(RANKED.values())}
    rows = programs.annotate(**flags, **ranked).values_list(
        "pk", *GROUPED.values(), *flags, *ranked
    )
    ids, *columns = columns_of(rows)
    held = columns[len(GROUPED) : len(GROUPED) + len(tested)]
    return (
        ids,
        dict(zip(GROUPED, columns[: len(GROUPED)], strict=True)),
        dict(zip(tested, held, strict=True)),
        dict(zip(RANKED, columns[len(GROUPED) + len(tested) :], strict=True)),
    )


def updated(
    index: CatalogueIndex,
    saved: list[int],
    filterset: ProgramFilter,
    named_roles: Iterable[str],
    topic_slugs: dict[int, str],
) -> CatalogueIndex | None:
    """``index`` with the ``saved`` programmes read again, as ``build`` would now find
    them: what programmes' own saves change. Two queries, of a row per programme (and
    topic); None when the roles to test are no longer those the index tested."""
    if set(index.options["role"]) != set(named_roles):
        return None
    programs = filterset.queryset.order_by().filter(pk__in=saved)
    ids, grouped, held, valued = read(filterset, named_roles, programs)
    cleared = bitset(saved)
    new = CatalogueIndex(everything=index.everything & ~cleared | bitset(ids))
    for name, options in index.options.items():
        new.options[name] = {value: bits & ~cleared for value, bits in options.items()}
    for name, column in grouped.items():
        for value, members in groups(ids, column):
            new.options[name][value] = new.options[name].get(value, 0) | bitset(members)
    for (name, value), column in held.items():
        new.options[name][value] |= bitset(
            pk for pk, holds in zip(ids, column, strict=True) if holds
        )
    for key, ranking in index.rankings.items():
        values = dict(zip(ids, valued[key], strict=True))
        for pk in saved:
            value = values.get(pk)
            ranking = ranking.moved(pk, None if value is None else float(value))
        new.rankings[key] = ranking
    links = Program.topics.through.objects.filter(program__in=programs.values("pk"))
    for pk, topic in links.values_list("program_id", "topic_id"):
        slug = topic_slugs[topic]
        new.options["topic"][slug] = new.options["topic"].get(slug, 0) | 1 << pk
    for name in (*GROUPED, "topic"):  # as ``build`` does, no option that none has
        new.options[name] = {value: bits for value, bits in new.options[name].items() if bits}
    return new


def columns_of(queryset: QuerySet) -> list[tuple]:
    """A ``values_list`` queryset's columns, read straight off the cursor: Django's row
    by row conversion would take most of the time at 100,000 programmes."""
    sql, params = queryset.query.sql_with_params()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        width = len(cursor.description)
    return list(zip(*rows, strict=True)) if rows else [()] * width


def groups(ids: Iterable[int], values: Iterable) -> Iterable[tuple[object, list[int]]]:
    """Each value with the ids that have it."""
    found: dict[object, list[int]] = {}
    for pk, value in zip(ids, values, strict=True):
        found.setdefault(value, []).append(pk)
    return found.items()


def catalogue_index(
    filterset: ProgramFilter,
    snapshot: Snapshot,
    named_roles: Iterable[str],
    topic_slugs: dict[int, str],
) -> CatalogueIndex:
    """The index of the finder's base queryset for this catalogue version and day."""
    scope = f"{filterset.queryset.order_by().query}|{filterset.today}"
    return snapshot.remember(
        "finder-index",
        scope,
        lambda: build(filterset, named_roles, topic_slugs),
        alone=True,
        update=lambda index, saved: updated(index, saved, filterset, named_roles, topic_slugs),
    )


def chosen_values(filterset: ProgramFilter, name: str) -> list[str]:
    """The options chosen for an indexed filter, as the index names them."""
    value = filterset.cleaned(name)
    if name in ProgramFilter.FLAGS:
        return [name] if value else []
    values = value if isinstance(value, list | tuple | QuerySet) else [value]
    return [getattr(item, "slug", item) for item in values if item]


def selection(filterset: ProgramFilter, index: CatalogueIndex, name: str) -> int:
    """The programmes an indexed filter that is on leaves."""
    if name == "max_months":
        return index.rankings[name, False, False].at_most(filterset.form.cleaned_data[name])
    if name == "max_cost":
        display = filterset.display
        ranking = index.rankings[name, display.international, display.with_living]
        return ranking.at_most(float(filterset.cost_limit_in_base()))
    values = chosen_values(filterset, name)
    return index.all_of(name, values) if name == "topic" else index.any_of(name, values)


def residual(filterset: ProgramFilter, snapshot: Snapshot, index: CatalogueIndex) -> int:
    """The programmes the filters the index does not answer leave, by SQL when any is on."""
    others = [name for name in filterset.filters if name not in (*INDEXED, "sort")]
    if not any(filterset.is_active(name) for name in others):
        return index.everything
    queryset = filterset.queryset_without(*INDEXED).values_list("pk")
    return snapshot.remember(
        "finder-residual",
        f"{queryset.query}|{filterset.today}",
        lambda: bitset_of(queryset),
        update=lambda bits, saved: (
            bits & ~bitset(saved) | bitset_of(queryset.filter(pk__in=saved))
        ),
    )


def bitset_of(queryset: QuerySet) -> int:
    """The bitset of the ids a ``values_list("pk")`` queryset finds."""
    return bitset(columns_of(queryset)[0])


def selections(filterset: ProgramFilter, index: CatalogueIndex) -> dict[str, int]:
    """What each indexed filter that is on leaves."""
    return {
        name: selection(filterset, index, name) for name in INDEXED if filterset.is_active(name)
    }


def results(filterset: ProgramFilter, snapshot: Snapshot, index: CatalogueIndex) -> int:
    """The programmes every filter leaves."""
    bits = residual(filterset, snapshot, index)
    for chosen in selections(filterset, index).values():
        bits &= chosen
    return bits


def in_order(filterset: ProgramFilter, snapshot: Snapshot) -> array:
    """The ids of every programme of the base queryset in the order the visitor asked
    for, by the list's own SQL ordering, read once per version (and day, and way of
    counting cost); in order of relevance to a search, the programmes it finds."""
    programs = filterset.queryset.order_by()
    if filterset.sort_key == "relevance":
        text = filterset.cleaned("q")
        ordered = filterset.filter_search(programs, "q", text).values_list("pk")

        def among(ids: list[int]) -> QuerySet:  # as ordered, without reading every match
            chosen = programs.filter(pk__in=ids).search(text, indexed=False)
            return chosen.order_by(*ordered.query.order_by).values_list("pk")

    else:
        ordered = filterset.filter_sort(programs, "sort", "").values_list("pk")

        def among(ids: list[int]) -> QuerySet:
            return ordered.filter(pk__in=ids)

    return snapshot.remember(
        "finder-order",
        f"{ordered.query}|{filterset.today}",
        lambda: read_order(ordered),
        alone=True,
        update=lambda order, saved: moved(order, saved, among) if len(saved) <= MOVES else None,
    )


def read_order(ordered: QuerySet) -> array:
    """The ids a ``values_list("pk")`` queryset finds, in its order."""
    return array("q", columns_of(ordered)[0])


PROBES = 100  # programmes an order is asked about at a time when one moves, at least
MOVES = 8  # saved programmes an order places one by one, two queries each; else read it


def moved(order: array, saved: list[int], among: Callable[[list[int]], QuerySet]) -> array:
    """``order`` with the ``saved`` programmes where the list's query now puts them (or
    left out where it no longer finds them), given ``among(ids)``: that query, ordered,
    for those programmes alone. SQL orders each among programmes spread over the order,
    then among those of the stretch where it must go: at most two queries at any size,
    of ``PROBES`` programmes up to 10,000 and of the square root of their number beyond
    (317 at 100,000), each exactly as the list orders (every order ends with the id, so
    it is total)."""
    rest = array("q", order)
    for pk in saved:
        if pk in rest:
            rest.remove(pk)
    for pk in saved:  # among the others, which are still in order
        rest = placed(rest, pk, among)
    return rest


def placed(rest: array, pk: int, among: Callable[[list[int]], QuerySet]) -> array:
    """``rest``, in order, with programme ``pk`` where the list's query puts it, if at all."""
    low, high = 0, len(rest)  # it goes before rest[high] and after rest[low - 1]
    if not rest and not among([pk]).exists():
        return rest
    probes = max(PROBES, isqrt(high) + 1)  # more than the stretch between two of them
    while low < high:
        step = -(-(high - low) // probes)
        asked = rest[low:high:step]
        ranked = [found for (found,) in among([pk, *asked])]
        if pk not in ranked:
            return rest
        before = ranked.index(pk)  # how many of those asked about come first
        if not before:
            break  # before the first asked about, which is rest[low]
        if before < len(asked):
            high = low + before * step  # before that probe
        low += (before - 1) * step + 1  # after the one before it
    rest.insert(low, pk)
    return rest


def page_of(order: Iterable[int], bits: int, start: int, size: int) -> list[int]:
    """The ``size`` programmes after the first ``start`` of ``order`` that are in
    ``bits``."""
    members = bits.to_bytes(bits.bit_length() // 8 + 1, "little")
    found: list[int] = []
    for pk in order:
        if pk >> 3 < len(members) and members[pk >> 3] >> (pk & 7) & 1:
            if start:
                start -= 1
                continue
            found.append(pk)
            if len(found) == size:
                break
    return found


def count_options(
    filterset: ProgramFilter,
    snapshot: Snapshot,
    index: CatalogueIndex,
    counted: Iterable[str],
) -> dict[str, Counter]:
    """How many results each option of the ``counted`` facets would give, each counted
    as if its own filter were off, topics (all of) within the results, and the results."""
    within = residual(filterset, snapshot, index)
    chosen = selections(filterset, index)

    def without(name: str) -> int:
        bits = within
        for other, selection in chosen.items():
            if other != name:
                bits &= selection
        return bits

    counts: dict[str, Counter] = {}
    for name in counted:
        base = without(name)
        counts[name] = Counter(
            {value: (base & bits).bit_count() for value, bits in index.options[name].items()}
        )
    results = without("")
    counts["topic"] = Counter(
        {slug: (results & bits).bit_count() for slug, bits in index.options["topic"].items()}
    )
    counts[RESULTS] = Counter({RESULTS: results.bit_count()})
    return counts
