"""Programme search: the text each programme is found by, and the indexes that search it.

Each programme stores a search document (``Program.search_document``): the distinct,
lower-cased words of its title, university, place, topics, course titles, faculty and
their research topics (``ProgramQuerySet.refresh_search_documents()`` writes it). Every
word a visitor types must match the start of a word in it. PostgreSQL searches a
stored, GIN-indexed tsvector of the same words (``SEARCH_VECTOR``); SQLite an FTS5
index of them, defined here. To alter a table, Django rebuilds it on SQLite, which
drops its triggers; so after every ``migrate`` the index is checked and, if anything
is missing, created again and rebuilt from the programmes.

People search in their own words: a word that is a known abbreviation or synonym
(``SYNONYMS``: NLP, CV, RL, LLM, GenAI, ML, AI, DS, MSc, MEng...) also matches what it
stands for, on every database alike. A misspelt word is put right from the words the
catalogue holds (``respell()``), which the finder offers as "did you mean" and searches
instead when the words as typed find nothing. A search that still finds nothing but
names a topic (``topics_named()``) is offered that topic as a filter instead.
"""

import difflib
import re
from collections.abc import Iterable

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


# What people type, and what programmes call it: each a phrase whose words must all
# match, as if typed. The word as typed always matches too.
SYNONYMS: dict[str, list[str]] = {
    "nlp": ["natural language processing"],
    "cv": ["computer vision"],
    "rl": ["reinforcement learning"],
    "llm": ["large language models", "natural language processing"],
    "llms": ["large language models", "natural language processing"],
    "genai": ["generative"],
    "ml": ["machine learning"],
    "ai": ["artificial intelligence"],
    "ds": ["data science"],
    "dl": ["deep learning"],
    "mlops": ["ml ops", "machine learning operations"],
    "stats": ["statistics"],
    "msc": ["ms", "master of science"],
    "ms": ["msc", "master of science"],
    "meng": ["master of engineering"],
    "mres": ["master of research"],
    "mphil": ["master of philosophy"],
    "masters": ["master", "msc", "ms", "meng", "mphil", "mres"],
}

# A query: every group must match; a group matches when all words of one of its
# alternatives match the start of words in the document.
Alternative = list[str]
Group = list[Alternative]


def expand(terms: list[str]) -> list[Group]:
    """Each term with what it stands for (``SYNONYMS``)."""
    return [[[term], *(words_of(phrase) for phrase in SYNONYMS.get(term, []))] for term in terms]


def topics_named(texts: list[str], topics: dict[str, str]) -> list[str]:
    """The slugs of the topics (``topics``: slug to name) that one of these searches
    names, in full ("computer vision") or by an abbreviation or synonym ("CV")."""
    found = []
    for text in texts:
        terms = search_terms(text)
        typed = f" {' '.join(terms)} "
        meant = {" ".join(words_of(phrase)) for term in terms for phrase in SYNONYMS.get(term, [])}
        for slug, name in topics.items():
            words = " ".join(words_of(name))
            if slug not in found and (f" {words} " in typed or words in meant):
                found.append(slug)
    return found


def document_words(documents: Iterable[str], known: Iterable[str] = ()) -> list[str]:
    """The distinct words of these search documents worth correcting a spelling to,
    with the ``known`` ones (the words of other documents, read before)."""
    words = {word for document in documents for word in document.split()}
    return sorted({word for word in words if len(word) > 2 and not word.isdigit()}.union(known))


def respell(terms: list[str], vocabulary: list[str]) -> list[str]:
    """The terms with each word the catalogue does not know put right, where a close
    enough word exists; a word that starts a known word, or is an abbreviation we
    know, is left as it is."""
    known = set(vocabulary)
    fixed = []
    for term in terms:
        if term in SYNONYMS or term in known or any(w.startswith(term) for w in vocabulary):
            fixed.append(term)
            continue
        close = difflib.get_close_matches(term, vocabulary, n=1, cutoff=0.75)
        fixed.append(close[0] if close else term)
    return fixed


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


def matching_ids(groups: list[Group]) -> RawSQL:
    """The ids of programmes whose search document matches every group (``expand()``)."""
    match = " AND ".join(
        "("
        + " OR ".join(
            "(" + " AND ".join(f'"{word}"*' for word in alternative) + ")" for alternative in group
        )
        + ")"
        for group in groups
    )
    return RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match])


def tsquery(groups: list[Group]) -> str:
    """PostgreSQL's raw text-search query for the same groups."""
    return " & ".join(
        "(" + " | ".join("(" + " & ".join(f"{w}:*" for w in alt) + ")" for alt in group) + ")"
        for group in groups
    )
