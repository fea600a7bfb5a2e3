"""The peer: the same programmes as one flat SQLite table, served by Datasette.

``python -m bench.peer OUT.sqlite3`` (with ``DATABASE_URL`` pointing at a benchmark
database) writes every published programme as one row: the columns a visitor filters
and reads on our list page, total cost already in EUR, the next deadline already worked
out, topics as a JSON array so Datasette can facet on them. The columns it filters and
sorts on get indexes, as anyone serving this table in earnest would add. Each
programme's search document (the words our search reads) goes into an FTS5 table of
its own beside it, with the same tokenizer as ours, so that Datasette's ``_search``
matches exactly the programmes ours finds.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from pathlib import Path

from django.utils.http import urlencode

# Datasette's table pages with the facets and filters of our list pages (bench.pages):
# 20 rows a page and the same six facets on each.
FACETS = {
    "_facet": ["delivery", "pace", "country", "degree", "language"],
    "_facet_array": "topics",
    "_size": "20",
}
PEER_QUERIES = {
    # Our list without filters, by next deadline (its default order).
    "list": {"_sort": "next_deadline", **FACETS},
    # FILTERED: three countries, on campus, at most 30,000 EUR, by cost.
    "list_filtered": {
        "country__in": "DE,NL,GB",
        "delivery": "on_campus",
        "total_cost_eur__lte": "30000",
        "_sort": "total_cost_eur",
        **FACETS,
    },
    # SEARCH: every word must start a word of the search document, as ours matches them.
    # Datasette's table page lists the matches without ranking them, while ours ranks
    # them (title first), so the peer has less to do here.
    "search": {
        "_search": '"reinforcement"* AND "learning"*',
        "_searchmode": "raw",
        "_fts_table": "programs_fts",
        "_fts_pk": "id",
        **FACETS,
    },
}
DATABASE = "programmes"
TABLE = "programs"

COLUMNS = {
    "id": "INTEGER PRIMARY KEY",
    "title": "TEXT",
    "university": "TEXT",
    "country": "TEXT",
    "city": "TEXT",
    "delivery": "TEXT",
    "pace": "TEXT",
    "degree": "TEXT",
    "language": "TEXT",
    "duration_months": "INTEGER",
    "total_cost_eur": "REAL",
    "topics": "TEXT",
    "placement": "TEXT",
    "gre": "TEXT",
    "last_verified": "TEXT",
    "next_deadline": "TEXT",
    "url": "TEXT",
}
INDEXED = ["country", "delivery", "pace", "total_cost_eur", "next_deadline"]


def peer_path(query: dict) -> str:
    """The table page's path with the equivalent facets, filters and search."""
    return f"{table_url()}?{urlencode(query, doseq=True)}"


def table_url() -> str:
    return f"/{DATABASE}/{TABLE}"


def export(path: Path) -> int:
    from programs.models import Program

    path.unlink(missing_ok=True)
    programs = (
        Program.objects.published()
        .select_related("university")
        .prefetch_related("topics")
        .with_next_deadline()
        .order_by("pk")
    )
    rows = [
        (
            program.pk,
            program.title,
            program.university.name,
            program.university.country.code,
            program.university.city,
            program.delivery,
            program.pace,
            program.degree_type,
            program.language,
            program.duration_months,
            float(program.tuition_total_base) if program.tuition_total_base is not None else None,
            json.dumps([topic.name for topic in program.topics.all()]),
            program.placement,
            program.gre,
            program.last_verified.isoformat() if program.last_verified else None,
            program.next_deadline.isoformat() if program.next_deadline else None,
            program.get_absolute_url(),
        )
        for program in programs.iterator(chunk_size=2000)
    ]
    with sqlite3.connect(path) as db:
        columns = ", ".join(f"{name} {kind}" for name, kind in COLUMNS.items())
        db.execute(f"CREATE TABLE {TABLE} ({columns})")
        marks = ", ".join("?" for _ in COLUMNS)
        db.executemany(f"INSERT INTO {TABLE} VALUES ({marks})", rows)
        for column in INDEXED:
            db.execute(f"CREATE INDEX {TABLE}_{column} ON {TABLE} ({column})")
        db.execute(
            f"CREATE VIRTUAL TABLE {TABLE}_fts USING fts5(search_document,"
            " tokenize='unicode61 remove_diacritics 0')"
        )
        db.executemany(
            f"INSERT INTO {TABLE}_fts (rowid, search_document) VALUES (?, ?)",
            Program.objects.published().values_list("pk", "search_document").iterator(),
        )
        db.execute("ANALYZE")
    sqlite3.connect(path).close()
    return len(rows)


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    count = export(Path(sys.argv[1]))
    print(f"Exported {count:,} programmes to {sys.argv[1]}")


if __name__ == "__main__":
    main()
