"""Curation in the admin: who may do what, bulk actions, history, spreadsheet import."""

from datetime import timedelta
from decimal import Decimal

import pytest
import tablib
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from core.editors import EDITORS_GROUP
from programs.caching import catalogue_version
from programs.models import Program
from programs.resources import ProgramResource
from tests.factories import (
    FacultyMemberFactory,
    ProgramFactory,
    TopicFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db


def test_admin_refuses_anonymous_visitors(client):
    program = ProgramFactory()

    response = client.get(reverse("admin:programs_program_change", args=[program.pk]))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_editor_can_list_edit_and_add_programmes(client, editor):
    program = ProgramFactory(title="MSc Data Science")

    listing = client.get(reverse("admin:programs_program_changelist"))
    change = client.get(reverse("admin:programs_program_change", args=[program.pk]))
    add = client.get(reverse("admin:programs_program_add"))

    assert listing.status_code == change.status_code == add.status_code == 200
    assert "MSc Data Science" in listing.content.decode()


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:programs_university_changelist",
        "admin:programs_topic_changelist",
        "admin:programs_exchangerate_changelist",
        "admin:programs_facultymember_changelist",
        "admin:programs_industrypartner_changelist",
        "admin:advice_article_changelist",
    ],
)
def test_editor_can_curate_everything_around_programmes(client, editor, url_name):
    assert client.get(reverse(url_name)).status_code == 200


@pytest.mark.parametrize("url_name", ["admin:auth_user_changelist", "admin:auth_group_changelist"])
def test_editor_cannot_reach_users_or_groups(client, editor, url_name):
    assert client.get(reverse(url_name)).status_code == 403


def test_changelist_flags_stale_entries(client, editor):
    ProgramFactory(title="Never checked", last_verified=None)
    ProgramFactory(title="Checked long ago", last_verified=timezone.localdate() - timedelta(400))
    ProgramFactory(title="Checked lately", last_verified=timezone.localdate())

    stale = client.get(reverse("admin:programs_program_changelist"), {"freshness": "stale"})
    html = stale.content.decode()

    assert "Never checked" in html and "Checked long ago" in html
    assert "Checked lately" not in html


def run_action(client, action: str, programs) -> None:
    client.post(
        reverse("admin:programs_program_changelist"),
        {"action": action, "_selected_action": [program.pk for program in programs]},
    )


def test_publish_unpublish_and_mark_verified_actions(client, editor):
    draft = ProgramFactory(status=Program.Status.DRAFT, last_verified=None)

    run_action(client, "publish", [draft])
    draft.refresh_from_db()
    assert draft.status == Program.Status.PUBLISHED

    run_action(client, "mark_verified_today", [draft])
    draft.refresh_from_db()
    assert draft.last_verified == timezone.localdate()

    run_action(client, "unpublish", [draft])
    draft.refresh_from_db()
    assert draft.status == Program.Status.DRAFT


def test_history_records_who_changed_what_and_restores_an_earlier_version(client, editor):
    program = ProgramFactory(title="MSc Machine Learning", duration_months=12)
    original = program.history.earliest()
    program.title = "MSc Machine Learning and AI"
    program.duration_months = 24
    program._history_user = editor
    program.save()

    history_page = client.get(reverse("admin:programs_program_history", args=[program.pk]))
    assert history_page.status_code == 200
    history_html = history_page.content.decode()
    assert "editor" in history_html
    assert "MSc Machine Learning and AI" in history_html  # the change is shown as a diff
    assert "<strong>Duration months:</strong>" in history_html

    revert_url = reverse(
        "admin:programs_program_simple_history", args=[program.pk, original.history_id]
    )
    form = client.get(revert_url)
    assert form.status_code == 200
    data = form_data(form.context["adminform"].form)
    data["_change_history"] = "1"
    client.post(revert_url, data)

    program.refresh_from_db()
    assert program.title == "MSc Machine Learning"
    assert program.duration_months == 12
    assert program.history.first().history_user == editor


def form_data(form) -> dict:
    """What a browser would submit for an unchanged admin form."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        data[name] = "on" if value is True else value
    return data


def programme_rows(*rows: dict) -> tablib.Dataset:
    headers = ["university", "slug", "title", "duration_months", "tuition_amount",
               "tuition_currency", "topics", "status"]  # fmt: skip
    dataset = tablib.Dataset(headers=headers)
    for row in rows:
        dataset.append([row.get(header, "") for header in headers])
    return dataset


@pytest.fixture
def import_world():
    UniversityFactory(name="ETH Zurich", slug="eth-zurich", country="CH")
    TopicFactory(name="Deep learning", slug="deep-learning")
    TopicFactory(name="Reinforcement learning", slug="reinforcement-learning")


GOOD_ROW = {
    "university": "eth-zurich",
    "slug": "msc-data-science",
    "title": "MSc Data Science",
    "duration_months": "24",
    "tuition_amount": "1500",
    "tuition_currency": "EUR",
    "topics": "deep-learning, reinforcement-learning",
    "status": "published",
}


def test_import_creates_programmes_with_natural_keys(import_world):
    result = ProgramResource().import_data(programme_rows(GOOD_ROW), dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    program = Program.objects.get(slug="msc-data-science")
    assert program.university.slug == "eth-zurich"
    assert {topic.slug for topic in program.topics.all()} == {
        "deep-learning",
        "reinforcement-learning",
    }
    assert program.tuition_total_base == Decimal("3000.00")


def test_failing_import_changes_nothing(import_world):
    bad_row = {**GOOD_ROW, "slug": "msc-broken", "duration_months": "0"}

    result = ProgramResource().import_data(programme_rows(GOOD_ROW, bad_row), dry_run=False)

    assert result.has_validation_errors()
    assert not Program.objects.exists()


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"university": "nowhere"}, "No university with slug 'nowhere'"),
        ({"tuition_currency": "XYZ"}, "No exchange rate for currency 'XYZ'"),
        ({"topics": "deep-learning, astrology"}, "Unknown topic(s): astrology"),
        ({"duration_months": "0"}, "duration"),
    ],
)
def test_admin_dry_run_lists_the_bad_row(
    client, editor, import_world, upload_import, bad, message
):
    dataset = programme_rows(GOOD_ROW, {**GOOD_ROW, "slug": "msc-second", **bad})

    response, job = upload_import(client, dataset.export("csv").encode())

    html = response.content.decode()
    assert response.status_code == 200
    assert message.replace("'", "&#x27;") in html or message in html
    assert "Row 3" in html, "the bad row's number, as the spreadsheet shows it"
    assert "Import these rows" not in html
    assert [error["row"] for error in job.errors] == [3]
    assert not Program.objects.exists()


def test_export_writes_a_spreadsheet_of_programmes(import_world):
    ProgramResource().import_data(programme_rows(GOOD_ROW), dry_run=False)

    exported = ProgramResource().export().export("csv")

    assert "eth-zurich,msc-data-science,MSc Data Science" in exported
    assert "deep-learning,reinforcement-learning" in exported


def change_form_data(response) -> dict:
    """What a browser would submit for the admin change page as it was rendered."""
    data = form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[f"{formset.prefix}-{name}"] = management[name].value()
    return data


def test_second_editor_is_told_about_changes_made_since_they_opened_the_page(client, editor):
    program = ProgramFactory(title="MSc Machine Learning", duration_months=12)
    url = reverse("admin:programs_program_change", args=[program.pk])
    other = User.objects.create_user("other-editor", password="pw", is_staff=True)
    other.groups.add(Group.objects.get(name=EDITORS_GROUP))
    other_client = client_class_for(client)
    other_client.force_login(other)

    mine = change_form_data(client.get(url))
    theirs = change_form_data(other_client.get(url))
    theirs["title"] = "MSc Machine Learning and Data"
    assert other_client.post(url, theirs).status_code == 302

    mine["duration_months"] = 24
    response = client.post(url, mine)

    html = response.content.decode()
    assert response.status_code == 200
    assert "changed by other-editor" in html
    assert "MSc Machine Learning and Data" in html
    program.refresh_from_db()
    assert program.title == "MSc Machine Learning and Data"
    assert program.duration_months == 12  # nothing silently overwritten

    # Nothing typed is lost: saving again keeps the editor's version knowingly.
    again = client.post(url, change_form_data(response))
    assert again.status_code == 302, again.context["adminform"].form.errors
    program.refresh_from_db()
    assert program.duration_months == 24


def client_class_for(client):
    return client.__class__()


def test_an_oversized_import_file_is_refused_with_a_clear_message(client, editor, import_world):
    header = "university,slug,title,duration_months,tuition_currency\n"
    rows = "eth-zurich,msc-{n},MSc {n},12,EUR\n"
    content = header + "".join(rows.format(n=n) for n in range(200_000))
    upload = SimpleUploadedFile("huge.csv", content.encode(), "text/csv")

    response = client.post(
        reverse("admin:programs_program_import"),
        {"import_file": upload, "format": "0", "resource": "0"},
    )

    assert response.status_code == 200
    assert "imports are limited to 5 MB" in response.content.decode()
    assert not Program.objects.exists()


def test_changelist_shows_six_readable_columns(client, editor):
    ProgramFactory(
        title="MSc Data Science",
        university=UniversityFactory(name="ETH Zurich", country="CH"),
        delivery=Program.Delivery.ONLINE,
        pace=Program.Pace.PART_TIME,
        duration_months=24,
        last_verified=timezone.localdate(),
    )

    response = client.get(reverse("admin:programs_program_changelist"))

    html = response.content.decode()
    headers = [str(column["text"]) for column in response.context["result_headers"]]
    assert headers[1:] == [
        "title", "university", "status", "format", "total tuition (EUR)", "last verified",
    ]  # fmt: skip
    assert "ETH Zurich · Switzerland" in html
    assert "Online, part-time, 24 months" in html
    assert f"✓ {timezone.localdate():%-d %b %Y}" in html


def test_country_filter_lists_only_countries_in_use(client, editor):
    ProgramFactory(university=UniversityFactory(country="CH"))
    ProgramFactory(university=UniversityFactory(country="JP"))

    response = client.get(reverse("admin:programs_program_changelist"))

    country_filter = next(
        spec
        for spec in response.context["cl"].filter_specs
        if str(spec.title).lower() == "country"
    )
    names = [choice["display"] for choice in country_filter.choices(response.context["cl"])]
    assert names == ["All", "Japan", "Switzerland"]


def test_country_filter_narrows_the_list(client, editor):
    ProgramFactory(title="In Zurich", university=UniversityFactory(country="CH"))
    ProgramFactory(title="In Tokyo", university=UniversityFactory(country="JP"))

    html = client.get(
        reverse("admin:programs_program_changelist"), {"university__country": "CH"}
    ).content.decode()

    assert "In Zurich" in html and "In Tokyo" not in html


def test_faculty_rows_are_named_after_the_person(client, editor):
    program = ProgramFactory()
    FacultyMemberFactory(name="Ada Lovelace", title="Professor").programs.add(program)

    html = client.get(reverse("admin:programs_program_change", args=[program.pk])).content.decode()

    assert "Ada Lovelace, Professor" in html
    assert "FacultyMember_programs object" not in html
    assert "Faculty member" in html


def test_a_save_records_the_editor_and_their_reason(client, editor):
    program = ProgramFactory(title="MSc Machine Learning")
    url = reverse("admin:programs_program_change", args=[program.pk])
    data = change_form_data(client.get(url))
    data["title"] = "MSc Machine Learning and AI"
    data["change_reason"] = "New name from the official page"

    assert client.post(url, data).status_code == 302

    latest = program.history.latest()
    assert latest.history_user == editor
    assert latest.history_change_reason == "New name from the official page"
    history = client.get(reverse("admin:programs_program_history", args=[program.pk]))
    assert "New name from the official page" in history.content.decode()


def test_a_save_without_a_reason_records_what_was_changed(client, editor):
    program = ProgramFactory(duration_months=12)
    url = reverse("admin:programs_program_change", args=[program.pk])
    data = change_form_data(client.get(url))
    data["duration_months"] = 18

    client.post(url, data)

    assert program.history.latest().history_change_reason == "Edited: duration months"


def test_history_says_in_words_when_no_one_or_no_reason_was_recorded(client, editor):
    program = ProgramFactory()  # created outside the admin, as the demo data is

    html = client.get(
        reverse("admin:programs_program_history", args=[program.pk])
    ).content.decode()

    assert "Not recorded (a script or the demo data)" in html
    assert "No reason recorded" in html
    assert ">None<" not in html.replace(" ", "").replace("\n", "")
    assert "style=" not in html  # the Content-Security-Policy would block it


def test_reverting_records_why(client, editor):
    program = ProgramFactory(title="MSc Machine Learning")
    original = program.history.earliest()
    program.title = "Renamed"
    program.save()
    revert_url = reverse(
        "admin:programs_program_simple_history", args=[program.pk, original.history_id]
    )
    data = form_data(client.get(revert_url).context["adminform"].form)
    data["_change_history"] = "1"

    client.post(revert_url, data)

    assert program.history.latest().history_change_reason == "Reverted to an earlier version"


def test_export_page_loads_the_select_all_script(client, editor):
    html = client.get(reverse("admin:programs_program_export")).content.decode()

    assert "js/admin-export.js" in html


def test_export_page_has_no_inline_handlers_or_styles(client, editor):
    """The Content-Security-Policy would block them (the browser test watches for that)."""
    html = client.get(reverse("admin:programs_program_export")).content.decode()

    assert '<label for="select-all-toggle">Select all</label>' in html
    assert "onchange=" not in html
    assert " style=" not in html


def post_import(client, content: bytes, file_format: str = "0", name: str = "programmes.csv"):
    upload = SimpleUploadedFile(name, content)
    return client.post(
        reverse("admin:programs_program_import"),
        {"import_file": upload, "format": file_format, "resource": "0"},
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "name,colour\nMSc,blue\n",
            "column 1 (A) is headed “name”, which is not a column this import reads; "
            "column 2 (B) is headed “colour”",
        ),
        ("university,title\neth-zurich,MSc\n", "no column is headed slug, which every row needs"),
        (
            "university,slug,tution_amount\neth-zurich,msc,1500\n",
            "column 3 (C) is headed “tution_amount”",
        ),
        (
            "university,slug,title,duration_months\neth-zurich,msc,MSc,12\neth-zurich,msc-2,MSc,12,oops\n",
            "Row 3 has a value in column 5 (E), but the first row names only 4 columns.",
        ),
        ("\x00\x01 not a table", "No valid data to import"),
    ],
)
def test_a_file_with_wrong_columns_is_explained_in_plain_words(
    client, editor, import_world, content, message
):
    response = post_import(client, content.encode())

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html.replace("&#x27;", "'")
    assert "Traceback" not in html and "site-packages" not in html and ".py" not in html
    assert not Program.objects.exists()


def test_an_unreadable_spreadsheet_is_explained_without_the_libraries_jargon(
    client, editor, import_world
):
    response = post_import(client, b"PK\x03\x04 not really a workbook", "1", "programmes.xlsx")

    html = response.content.decode()
    assert "could not be read as the format chosen below" in html
    assert "encountered while trying to read file" not in html


def test_an_import_rebuilds_search_text_and_bumps_the_catalogue_once_at_the_end(import_world):
    before = catalogue_version()
    rows = [
        {**GOOD_ROW, "slug": f"msc-{n}", "title": f"MSc Quantum Learning {n}"} for n in range(20)
    ]

    ProgramResource().import_data(programme_rows(*rows), dry_run=True)
    assert catalogue_version() == before and not Program.objects.exists()

    ProgramResource().import_data(programme_rows(*rows), dry_run=False)

    assert catalogue_version() != before
    assert Program.objects.count() == 20
    assert all("quantum" in p.search_document.lower() for p in Program.objects.all())
    assert all(p.history.count() == 1 for p in Program.objects.all()), "each row's history kept"
