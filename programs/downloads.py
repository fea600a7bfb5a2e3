"""The whole published catalogue as one CSV or JSON file, for anyone to reuse.

The columns are the admin's programme export (``resources.ProgramResource``), with the
source and intake of each group of facts, less what editors keep to themselves. Each
file is built once per catalogue version (``caching``): an editor's save makes the next
download build it again.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max

from core.spreadsheets import CSV

from . import caching
from .models import Deadline, FactSource, Program, StartTerm
from .models.careers import UNSAID_FLAGS
from .resources import ProgramResource

PRIVATE = ("editor_notes",)  # never shown to visitors
BOOLEANS = ("has_thesis", "has_capstone", "intl_fee_same")


class PublicProgramResource(ProgramResource):
    """The admin export's columns, without what editors keep to themselves."""

    class Meta(ProgramResource.Meta):
        fields = tuple(name for name in ProgramResource.Meta.fields if name not in PRIVATE)
        export_order = fields


COLUMNS = list(PublicProgramResource.Meta.fields)


@dataclass(frozen=True)
class Download:
    content: bytes
    as_of: datetime | None  # the catalogue's last change
    count: int


def licence() -> dict[str, str]:
    return {"name": settings.DATA_LICENCE, "url": settings.DATA_LICENCE_URL}


def last_change() -> datetime | None:
    """When an editor last changed a programme, its dates or its sources."""
    times = [Program.objects.published().aggregate(when=Max("updated"))["when"]]
    for model in (Program, StartTerm, Deadline, FactSource):
        times.append(model.history.aggregate(when=Max("history_date"))["when"])
    known = [when for when in times if when is not None]
    return max(known) if known else None


def export():
    programs = (
        Program.objects.published()
        .select_related("university", "tuition_currency", "living_cost_currency")
        .prefetch_related("topics")
    )
    return PublicProgramResource().export(programs)


def build_csv() -> Download:
    dataset = export()
    content = CSV().export_data(dataset).encode()
    return Download(content=content, as_of=last_change(), count=len(dataset))


def json_value(name: str, value):
    if name in BOOLEANS:
        return value == "1"
    if name in UNSAID_FLAGS:
        return None if value in ("", None) else value == "1"
    return value


def build_json() -> Download:
    dataset = export()
    rows = [
        {name: json_value(name, value) for name, value in zip(dataset.headers, row, strict=True)}
        for row in dataset
    ]
    as_of = last_change()
    document = {
        "title": "Masters Compare: published master's programmes",
        "as_of": as_of.isoformat() if as_of else None,
        "licence": licence(),
        "count": len(rows),
        "columns": COLUMNS,
        "programmes": rows,
    }
    content = json.dumps(document, ensure_ascii=False).encode()
    return Download(content=content, as_of=as_of, count=len(rows))


BUILDERS = {"csv": build_csv, "json": build_json}
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


# Where the model's own words are written for editors, what the column means to a reader.
MEANINGS = {
    "university": "The university, by its slug.",
    "slug": "The programme's slug: with the university's, it names the programme's page.",
    "status": "Always “published”: drafts and archived programmes are left out.",
    "duration_months": "Normal length at the usual pace, in months.",
    "topics": "Topics covered, as slugs separated by commas.",
    "tuition_amount": "Tuition for home or EU students, in tuition_currency, per tuition_basis.",
    "tuition_intl_amount": "Tuition for international students; empty when not published "
    "or the same as the home fee (then intl_fee_same is true).",
    "intl_fee_same": "International students pay the home fee.",
    "tuition_currency": "ISO 4217 code of the tuition amounts.",
    "living_cost_monthly": "Estimated living costs a month for one student, in "
    "living_cost_currency.",
    "living_cost_currency": "ISO 4217 code of the living costs.",
    "last_verified": "When an editor last checked the programme at the source (YYYY-MM-DD).",
}


def column_meanings() -> list[tuple[str, str]]:
    """Each column and what it holds: the model's words, the options a coded column
    takes, and where each group of facts comes from."""
    facts = dict(FactSource.Fact.choices)
    meanings = []
    for name in COLUMNS:
        fact, _, part = name.rpartition("_")
        if fact in facts and part == "source":
            text = f"The official page the {facts[fact].lower()} figures come from."
        elif fact in facts and part == "intake":
            text = (
                f"First day of the intake the {facts[fact].lower()} figures speak for "
                "(YYYY-MM-DD; empty when the page does not say)."
            )
        elif name in MEANINGS:
            text = MEANINGS[name]
        else:
            field = Program._meta.get_field(name)
            text = str(field.verbose_name)
            text = text[0].upper() + text[1:]
            if field.choices and name != "language":
                text += ": " + ", ".join(str(value) for value, _ in field.choices)
            elif name == "language":
                text += " (a language code, e.g. en)"
        if name in BOOLEANS:
            text += " (CSV: 1 or 0; JSON: true or false)"
        elif name in UNSAID_FLAGS:
            text += " (CSV: 1, 0, or empty when not published; JSON: true, false or null)"
        meanings.append((name, text))
    return meanings


def download(file_format: str) -> Download:
    """The file in this format for the catalogue as it is now, built at most once per
    catalogue version."""
    return caching.remember("download", file_format, BUILDERS[file_format])


def summary() -> Download:
    """The date and size of the files, without the files (for the page about them)."""
    return caching.remember(
        "download-summary",
        "",
        lambda: Download(b"", last_change(), Program.objects.published().count()),
    )
