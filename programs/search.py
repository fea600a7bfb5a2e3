"""Programme search: the text each programme is found by, and the indexes that search it.

Each programme stores a search document (``Program.search_document``): the distinct,
lower-cased words of its title, university, place, topics, course titles, faculty and
their research topics (``ProgramQuerySet.refresh_search_documents()`` writes it). Every
word a visitor types must match the start of a word in it. PostgreSQL searches a
stored, GIN-indexed tsvector of the same words (``SEARCH_VECTOR``); SQLite an FTS5
index of them, defined here. To alter a table, Django rebuilds it on SQLite, which
drops its triggers; so after every ``migrate`` the index is checked and, if anything
is missing, created again and rebuilt from the programmes.
"""

import re

from django.contrib.postgres.search import SearchVector
from django.db import connections
from django.db.models.expressions import RawSQL

MAX_SEARCH_TERMS = 10
# What PostgreSQL searches: the document's words as they are, neither stemmed nor dropped.
SEARCH_VECTOR = SearchVector("search_document", config="simple")


def words_of(text: str) -> list[str]:
    """Lower-cased words without punctuation: the unit both search backends agree on."""
    return re.findall(r"[^\W_]+", text.lower())


def search_terms(text: str) -> list[str]:
    return words_of(text)[:MAX_SEARCH_TERMS]


def search_document(texts: list[str]) -> str:
    """Distinct words separated by single spaces, with a space at each end, so that
    ``contains(" " + word)`` finds a word's start on any database."""
    return " " + " ".join(dict.fromkeys(words_of(" ".join(texts)))) + " "


# SQLite's full-text index -------------------------------------------------------

TABLE = "programs_program_search"
CREATE_TABLE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(search_document,"
    " content='programs_program', content_rowid='id',"
    # Case-folded words, accents kept: the words search_document() writes, as PostgreSQL's
    # 'simple' configuration reads them.
    " tokenize='unicode61 remove_diacritics 0')"
)
REMOVE_OLD = (
    f"INSERT INTO {TABLE}({TABLE}, rowid, search_document)"
    " VALUES ('delete', old.id, old.search_document);"
)
ADD_NEW = f"INSERT INTO {TABLE}(rowid, search_document) VALUES (new.id, new.search_document);"
TRIGGERS = {
    f"{TABLE}_insert": f"AFTER INSERT ON programs_program BEGIN {ADD_NEW} END",
    f"{TABLE}_delete": f"AFTER DELETE ON programs_program BEGIN {REMOVE_OLD} END",
    f"{TABLE}_update": (
        f"AFTER UPDATE OF search_document ON programs_program BEGIN {REMOVE_OLD} {ADD_NEW} END"
    ),
}


def ensure_index(using: str = "default", **kwargs) -> None:
    """Create the index and its triggers where they are missing (a post_migrate receiver)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE name = 'programs_program' OR name = %s"
            " OR (type = 'trigger' AND tbl_name = 'programs_program')",
            [TABLE],
        )
        present = {name for (name,) in cursor.fetchall()}
        if "programs_program" not in present or {TABLE, *TRIGGERS} <= present:
            return
        cursor.execute(CREATE_TABLE)
        for name, body in TRIGGERS.items():
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            cursor.execute(f"CREATE TRIGGER {name} {body}")
        cursor.execute(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')")


def matching_ids(terms: list[str]) -> RawSQL:
    """The ids of programmes whose search document has a word starting with each term."""
    match = " ".join(f'"{term}"*' for term in terms)
    return RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match])
