"""The import page offers a template with exactly the columns the import reads, and
describes every column in words: what it means, whether it is required and what it takes."""

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse

from core.import_columns import column_names, describe
from programs.models import FactSource, Program
from programs.resources import ProgramResource
from tests.factories import ExchangeRateFactory, TopicFactory, UniversityFactory

IMPORT_PAGE = "admin:programs_program_import"
TEMPLATE = "admin:programs_program_import_template"


def accepted_columns() -> list[str]:
    return [field.column_name for field in ProgramResource().get_import_fields()]


@pytest.mark.django_db
def test_every_column_the_import_reads_is_described():
    columns = describe(ProgramResource())

    assert [column.name for column in columns] == list(dict.fromkeys(accepted_columns()))
    for column in columns:
        assert column.meaning and column.required and column.accepted, column.name
    by_name = {column.name: column for column in columns}
    assert ("on_campus", "On campus") in by_name["delivery"].choices
    assert "YYYY-MM-DD" in by_name["last_verified"].accepted
    assert "https://" in by_name["tuition_source"].accepted
    assert "ISO 4217" in by_name["tuition_currency"].accepted
    assert by_name["title"].required == "Required."
    assert by_name["description"].required == "Optional."
    assert by_name["slug"].required.startswith("Required")


@pytest.mark.django_db
def test_the_import_page_lists_columns_in_words_and_links_the_templates(client, editor):
    ExchangeRateFactory(currency="CHF", name="Swiss franc")

    page = client.get(reverse(IMPORT_PAGE)).content.decode()

    for extension in ("csv", "xlsx"):
        assert reverse(TEMPLATE, args=[extension]) in page
    assert "Columns this import reads" in page
    assert "Tuition for international students." in page  # the field's own words
    assert "<code>per_year</code> per year" in page  # a choice, code and words
    assert "In the admin now: CHF, EUR." in page  # currencies editors can use today
    assert "requirements_intake" in page


@pytest.mark.django_db
def test_the_csv_template_is_the_header_row_alone(client, editor):
    response = client.get(reverse(TEMPLATE, args=["csv"]))

    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [column_names(ProgramResource())]


@pytest.mark.django_db
def test_only_editors_who_may_import_get_a_template(client, django_user_model):
    assert client.get(reverse(TEMPLATE, args=["csv"])).status_code == 302  # to log in
    staff = django_user_model.objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(staff)
    assert client.get(reverse(TEMPLATE, args=["csv"])).status_code == 403


@pytest.mark.django_db
def test_an_unknown_template_format_is_not_found(client, editor):
    assert client.get(reverse(TEMPLATE, args=["pdf"])).status_code == 404


def example_world(example: dict) -> None:
    """What the example row refers to: its university, topics and currency."""
    UniversityFactory(slug=example["university"])
    for slug in example["topics"].split(","):
        TopicFactory(slug=slug, name=slug.replace("-", " "))
    ExchangeRateFactory(currency=example["tuition_currency"], rate_to_base=Decimal("1.05"))


def test_the_xlsx_template_imports_cleanly_once_its_example_is_copied_in(
    client, editor, upload_import
):
    response = client.get(reverse(TEMPLATE, args=["xlsx"]))
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    rows, example, guide = book.worksheets

    header = [cell.value for cell in rows[1]]
    assert header == column_names(ProgramResource())
    assert rows.max_row == 1, "the sheet an import reads holds no example to import by mistake"
    assert "not imported" in example.title and "not imported" in guide.title
    assert [row[0] for row in guide.iter_rows(min_row=2, values_only=True)] == header

    values = [cell.value for cell in example[2]]
    example_world(dict(zip(header, values, strict=True)))
    rows.append(values)
    filled = io.BytesIO()
    book.save(filled)

    _, job = upload_import(client, filled.getvalue(), file_format="1", name="filled.xlsx")

    assert job.errors == []
    assert job.totals["new"] == 1
    assert not Program.objects.exists(), "a dry run saves nothing"


def test_the_xlsx_template_alone_imports_nothing(client, editor, upload_import):
    response = client.get(reverse(TEMPLATE, args=["xlsx"]))

    page = client.post(
        reverse(IMPORT_PAGE),
        {
            "import_file": io.BytesIO(response.content),
            "format": "1",
            "resource": "0",
        },
    )

    assert "No valid data to import" in page.content.decode()
    assert not FactSource.objects.exists()
