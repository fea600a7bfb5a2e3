"""Bulk downloads: the whole published catalogue as CSV and JSON, with provenance,
the data's date and its licence."""

import csv
import io
import json
from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from programs.models import FactSource
from programs.resources import ProgramResource

pytestmark = pytest.mark.django_db

CSV_URL = reverse("programs:download_csv")
JSON_URL = reverse("programs:download_json")
PAGE = reverse("programs:download")


def csv_rows(client) -> list[dict]:
    response = client.get(CSV_URL)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def json_document(client) -> dict:
    response = client.get(JSON_URL)
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_the_csv_holds_every_published_programme_and_no_draft(client, catalogue):
    rows = csv_rows(client)

    assert sorted(row["title"] for row in rows) == sorted(p.title for p in catalogue.values())
    assert "MSc Draft Programme" not in {row["title"] for row in rows}


def test_the_json_holds_the_same_programmes_with_date_and_licence(client, catalogue, settings):
    settings.DATA_LICENCE = "CC BY 4.0"
    settings.DATA_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
    document = json_document(client)

    assert document["count"] == 4
    assert {row["slug"] for row in document["programmes"]} == {p.slug for p in catalogue.values()}
    assert document["licence"] == {
        "name": "CC BY 4.0",
        "url": "https://creativecommons.org/licenses/by/4.0/",
    }
    assert document["as_of"].startswith(date.today().isoformat())
    cmu = next(row for row in document["programmes"] if row["slug"] == "msml")
    assert cmu["placement"] == "optional"
    assert cmu["has_thesis"] is False
    assert cmu["sponsored_project"] is None  # not published: never read as "no"
    assert cmu["tuition_amount"] == "60000.00"
    assert cmu["tuition_currency"] == "USD"


def test_the_files_carry_the_provenance_columns_as_the_admin_export_does(client, catalogue):
    FactSource.objects.create(
        program=catalogue["ucl"],
        fact="tuition",
        source_url="https://ucl.example/fees",
        intake=date(2027, 9, 1),
    )
    rows = {row["slug"]: row for row in csv_rows(client)}

    assert rows["msc-ml-online"]["tuition_source"] == "https://ucl.example/fees"
    assert rows["msc-ml-online"]["tuition_intake"] == "2027-09-01"
    assert rows["msml"]["tuition_source"] == ""
    admin_columns = ProgramResource().export().headers
    assert list(rows["msml"]) == [name for name in admin_columns if name != "editor_notes"]


def test_editors_notes_stay_private(client, catalogue):
    program = catalogue["eth"]
    program.editor_notes = "Call the admissions office on Monday"
    program.save()

    assert "admissions office" not in client.get(CSV_URL).content.decode()
    assert "admissions office" not in client.get(JSON_URL).content.decode()


def test_the_file_is_built_again_after_an_edit(client, catalogue, django_assert_max_num_queries):
    first = {row["slug"]: row for row in csv_rows(client)}
    with django_assert_max_num_queries(2):  # the catalogue version, then the cache
        client.get(CSV_URL)
    program = catalogue["eth"]
    program.tuition_amount = Decimal("1800")
    program.save()
    second = {row["slug"]: row for row in csv_rows(client)}

    assert first["msc-ds"]["tuition_amount"] == "1500.00"
    assert second["msc-ds"]["tuition_amount"] == "1800.00"


def test_the_file_says_its_date_and_licence_in_its_headers(client, catalogue):
    response = client.get(CSV_URL)

    today = date.today().isoformat()
    assert f'filename="masters-compare-programmes-{today}.csv"' in response["Content-Disposition"]
    assert response["Last-Modified"]
    assert 'rel="license"' in response["Link"]


def test_a_formula_in_the_data_cannot_run_in_a_spreadsheet(client, catalogue):
    program = catalogue["eth"]
    program.description = "=HYPERLINK(1)"
    program.save()

    row = next(row for row in csv_rows(client) if row["slug"] == "msc-ds")

    assert row["description"] == "'=HYPERLINK(1)"


def test_the_download_page_explains_the_files_columns_and_licence(client, catalogue):
    html = client.get(PAGE).content.decode()

    assert "4 programmes" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license">CC BY 4.0' in html
    assert "<code>tuition_source</code>" in html
    assert "<code>editor_notes</code>" not in html
    assert f'href="{CSV_URL}"' in html and f'href="{JSON_URL}"' in html


def test_the_footer_links_the_download_page(client, catalogue):
    assert f'href="{PAGE}">Download the data</a>' in client.get("/").content.decode()


def test_the_download_page_and_footer_lead_to_the_api_and_its_schema(client, catalogue):
    page = client.get(PAGE).content.decode()
    home = client.get("/").content.decode()

    assert 'href="/api/v1/docs/">JSON API</a>' in page
    assert 'href="/api/v1/openapi.json">OpenAPI schema</a>' in page
    assert 'href="/api/v1/docs/">API</a>' in home
    assert client.get("/api/v1/docs/").status_code == 200
