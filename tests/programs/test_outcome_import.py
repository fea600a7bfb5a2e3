"""Destinations come in from spreadsheets as programmes do: a template and the columns in
words on the import page, a queued dry run listing what is wrong by row and column, and
the same rules as the admin's form, so a bad figure never gets in."""

import csv
import io
from decimal import Decimal

import pytest
import tablib
from django.urls import reverse
from django.utils import timezone

from core.import_columns import describe
from core.imports import run_queued
from core.models import ImportJob
from programs.models import Outcome
from programs.outcome_resource import OutcomeResource
from tests.factories import OutcomeFactory, ProgramFactory, UniversityFactory

pytestmark = pytest.mark.django_db

IMPORT_PAGE = "admin:programs_outcome_import"
TEMPLATE = "admin:programs_outcome_import_template"
HEADERS = ["university", "program", "year", "within_months", "cohort_size", "employment_rate",
           "further_study_rate", "median_salary", "salary_currency", "top_employers", "roles",
           "counted", "reported_by", "source_url"]  # fmt: skip
GOOD = {
    "university": "eth-zurich",
    "program": "msc-ml",
    "year": "2024",
    "within_months": "6",
    "cohort_size": "85",
    "employment_rate": "91.5",
    "further_study_rate": "6.0",
    "median_salary": "98000",
    "salary_currency": "EUR",
    "top_employers": "Example Robotics",
    "roles": "ml-engineer,research-scientist",
    "counted": "graduates answering a survey six months after finishing",
    "reported_by": "the university's graduate survey",
    "source_url": "https://example.ch/outcomes",
}


@pytest.fixture
def program():
    eth = UniversityFactory(name="ETH Zurich", slug="eth-zurich", country="CH")
    return ProgramFactory(university=eth, slug="msc-ml", title="MSc Machine Learning")


def rows(*values: dict) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=HEADERS)
    for row in values:
        dataset.append([row.get(header, "") for header in HEADERS])
    return dataset


def row_errors(result) -> list[tuple[str, str]]:
    """Each error as (column, message); a row that names nothing has no column."""
    found = [("", str(error.error)) for row in result.rows for error in row.errors]
    for invalid in result.invalid_rows:
        found += [
            (column, str(message))
            for column, messages in invalid.error_dict.items()
            for message in messages
        ]
    return found


def test_an_import_keeps_each_years_destinations_and_an_export_gives_them_back(
    program, django_user_model
):
    editor = django_user_model.objects.create_user("importer", is_staff=True)
    result = OutcomeResource().import_data(
        rows(GOOD, {**GOOD, "year": "2023", "median_salary": "", "salary_currency": ""}),
        dry_run=False,
        user=editor,
    )

    assert not result.has_errors() and not result.has_validation_errors()
    outcome = program.outcomes.get(year=2024)
    assert (outcome.employment_rate, outcome.within_months) == (Decimal("91.5"), 6)
    assert (outcome.median_salary, outcome.salary_currency_id) == (Decimal("98000"), "EUR")
    assert outcome.named_roles() == ["ML engineer", "Research scientist"]
    assert (outcome.checked_on, outcome.checked_by) == (timezone.localdate(), editor)
    assert program.outcomes.get(year=2023).median_salary is None

    exported = OutcomeResource().export()
    assert exported.headers == HEADERS
    assert exported.dict[0]["university"] == "eth-zurich"
    assert exported.dict[0]["roles"] == "ml-engineer,research-scientist"
    again = OutcomeResource().import_data(exported, dry_run=False)
    assert [row.import_type for row in again.rows] == ["skip", "skip"]


def test_a_row_for_a_year_already_there_updates_it(program):
    OutcomeFactory(program=program, year=2024, employment_rate=Decimal("80"))

    OutcomeResource().import_data(rows(GOOD), dry_run=False)

    assert program.outcomes.get().employment_rate == Decimal("91.5")


@pytest.mark.parametrize(
    ("bad", "column", "message"),
    [
        ({"employment_rate": "101"}, "employment_rate", "percentage from 0 to 100"),
        ({"further_study_rate": "-2"}, "further_study_rate", "percentage from 0 to 100"),
        ({"salary_currency": ""}, "salary_currency", "Give the currency of the median salary"),
        ({"counted": ""}, "counted", "Say what is counted"),
        ({"reported_by": ""}, "reported_by", "Say who counted"),
        ({"source_url": ""}, "source_url", "Give the page that publishes these figures"),
        ({"source_url": "example.ch/outcomes"}, "source_url", "https://"),
        ({"within_months": ""}, "within_months", "months after graduating the share"),
        ({"program": "msc-nothing"}, "", "No programme 'msc-nothing' at university"),
        ({"roles": "astronaut"}, "", "Unknown role(s): astronaut"),
        ({"salary_currency": "XYZ"}, "salary_currency", "No exchange rate for currency 'XYZ'"),
    ],
)
def test_a_bad_row_is_refused_naming_its_column_and_nothing_is_saved(
    program, bad, column, message
):
    result = OutcomeResource().import_data(rows(GOOD, {**GOOD, "year": "2023", **bad}))

    errors = row_errors(result)
    assert any(found == column and message in text for found, text in errors), errors
    assert {found for found, _ in errors} == {column}, "only the row at fault, only there"
    assert not Outcome.objects.exists()


def test_a_file_without_the_key_columns_is_refused_before_any_row(program):
    dataset = tablib.Dataset(["msc-ml", "2024"], headers=["program", "year"])

    result = OutcomeResource().import_data(dataset)

    (error,) = result.base_errors
    assert "no column is headed university, which every row needs" in str(error.error)
    assert "Exporting outcomes gives a file with them" in str(error.error)


# The admin's import page and jobs ----------------------------------------------------------


def test_the_import_page_offers_templates_and_says_what_each_column_takes(client, editor):
    page = client.get(reverse(IMPORT_PAGE)).content.decode()

    for extension in ("csv", "xlsx"):
        assert reverse(TEMPLATE, args=[extension]) in page
    assert "university and program and year match an existing outcome" in page
    assert "Required: university and program and year together find the outcome" in page
    assert "Required with a share." in page  # within_months
    assert "Required with a median salary." in page  # salary_currency
    assert "Required with any figure: a share, the graduates counted or a salary." in page
    header = client.get(reverse(TEMPLATE, args=["csv"])).content.decode()
    assert next(csv.reader(io.StringIO(header))) == HEADERS


def test_every_destination_column_is_described_with_an_example():
    columns = describe(OutcomeResource())

    assert [column.name for column in columns] == HEADERS
    for column in columns:
        assert column.meaning and column.required and column.accepted, column.name
        assert column.example, column.name


def csv_of(*values: dict) -> bytes:
    return rows(*values).export("csv").encode()


def test_a_dry_run_lists_bad_destinations_by_spreadsheet_row_and_column(
    client, editor, program, upload_import
):
    content = csv_of(GOOD, {**GOOD, "year": "2023", "employment_rate": "101"},
                     {**GOOD, "year": "2022", "salary_currency": ""})  # fmt: skip

    page, job = upload_import(client, content, name="destinations.csv", page=IMPORT_PAGE)

    html = page.content.decode()
    assert job.status == "done" and job.model == "programs.outcome"
    assert "Row 3, employment_rate: A share of graduates is a percentage from 0 to 100." in html
    assert "Row 4, salary_currency: Give the currency of the median salary" in html
    assert "Import these rows" not in html
    assert not Outcome.objects.exists()


def test_a_clean_dry_run_then_the_real_import_saves_the_destinations(
    client, editor, program, upload_import
):
    _, dry_run = upload_import(client, csv_of(GOOD), name="destinations.csv", page=IMPORT_PAGE)
    assert dry_run.finished_ok and not Outcome.objects.exists()

    client.post(reverse("admin:core_importjob_import", args=[dry_run.pk]))
    run_queued()

    assert ImportJob.objects.latest("pk").status == "done"
    outcome = program.outcomes.get()
    assert outcome.history.get().history_user == editor


def test_the_finder_lists_a_programme_once_its_imported_destinations_name_a_role(client, program):
    program.status = "published"
    program.save()
    finder = reverse("programs:list")
    assert not client.get(finder, {"role": "research-scientist"}).context["page"].object_list

    OutcomeResource().import_data(rows(GOOD), dry_run=False)

    found = client.get(finder, {"role": "research-scientist"}).context["page"].object_list
    assert [shown.title for shown in found] == ["MSc Machine Learning"]


def test_the_outcomes_list_shows_each_year_and_offers_import_and_export(client, editor, program):
    OutcomeFactory(program=program, year=2024, reported_by="the careers service")

    html = client.get(reverse("admin:programs_outcome_changelist")).content.decode()

    assert "MSc Machine Learning" in html and "the careers service" in html
    assert reverse(IMPORT_PAGE) in html
    assert reverse("admin:programs_outcome_export") in html
