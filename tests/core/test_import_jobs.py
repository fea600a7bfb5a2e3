"""Spreadsheet imports run as jobs: the upload returns at once, the job runs outside the
request in short transactions, and visitors are never held up by it."""

import threading
import time

import pytest
import tablib
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from core.editors import EDITORS_GROUP
from core.imports import run_queued
from core.models import ImportJob
from programs.models import Program
from programs.resources import ProgramResource
from tests.factories import ProgramFactory, TopicFactory, UniversityFactory

HEADERS = ["university", "slug", "title", "duration_months", "topics", "status"]


def rows_csv(count: int, overrides: dict[int, dict] | None = None) -> bytes:
    """``count`` good programme rows; ``overrides`` maps a row index to changed values."""
    dataset = tablib.Dataset(headers=HEADERS)
    for n in range(count):
        row = {
            "university": "eth-zurich",
            "slug": f"msc-{n}",
            "title": f"MSc Learning {n}",
            "duration_months": "12",
            "topics": "deep-learning",
            "status": "published",
            **(overrides or {}).get(n, {}),
        }
        dataset.append([row[header] for header in HEADERS])
    return dataset.export("csv").encode()


@pytest.fixture
def world(db):
    UniversityFactory(name="ETH Zurich", slug="eth-zurich", country="CH")
    TopicFactory(name="Deep learning", slug="deep-learning")


def upload(client, content: bytes):
    return client.post(
        reverse("admin:programs_program_import"),
        {
            "import_file": SimpleUploadedFile("programmes.csv", content),
            "format": "0",
            "resource": "0",
        },
    )


def test_an_import_looks_up_each_university_currency_and_topic_once(world):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    dataset = tablib.Dataset()
    dataset.load(rows_csv(30).decode(), format="csv")

    with CaptureQueriesContext(connection) as queries:
        result = ProgramResource().import_data(dataset, dry_run=True)

    assert not result.has_errors() and not result.has_validation_errors()
    for table in ("programs_university", "programs_exchangerate", "programs_topic"):
        lookups = [
            query["sql"]
            for query in queries.captured_queries
            if query["sql"].startswith("SELECT") and f'FROM "{table}" WHERE' in query["sql"]
        ]
        assert len(lookups) <= 1, (table, lookups)


def test_a_large_upload_returns_at_once_with_a_job_and_its_progress_page(
    client, editor, world, django_assert_max_num_queries
):
    content = rows_csv(5000)

    with django_assert_max_num_queries(30):  # nothing is imported in the request
        response = upload(client, content)

    job = ImportJob.objects.get()
    assert response.status_code == 302
    assert response.url == job.get_absolute_url()
    assert (job.status, job.dry_run, job.rows_total, job.created_by) == (
        "queued",
        True,
        5000,
        editor,
    )
    assert not Program.objects.exists()

    page = client.get(response.url).content.decode()
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "0 of 5000 rows" in page


def test_a_finished_dry_run_lists_errors_by_row_across_chunks_and_saves_nothing(
    client, editor, world, settings, upload_import
):
    settings.IMPORT_CHUNK_ROWS = 100
    content = rows_csv(450, {1: {"duration_months": "0"}, 320: {"university": "nowhere"}})

    page, job = upload_import(client, content)

    html = page.content.decode()
    assert job.status == "done" and job.rows_done == 450
    assert [error["row"] for error in job.errors] == [3, 322]
    assert (job.totals["new"], job.totals["invalid"], job.totals["error"]) == (448, 1, 1)
    assert "Row 3, duration_months:" in html
    assert "Row 322: No university with slug &#x27;nowhere&#x27;" in html
    assert "http-equiv" not in html, "a finished job's page stops refreshing"
    assert "Import these rows" not in html
    assert not Program.objects.exists()


def test_a_clean_dry_run_offers_the_real_import_which_saves_every_row(
    client, editor, world, settings, upload_import
):
    settings.IMPORT_CHUNK_ROWS = 100
    page, dry_run = upload_import(client, rows_csv(250))
    assert "Import these rows" in page.content.decode()
    assert dry_run.totals["new"] == 250 and not Program.objects.exists()

    response = client.post(reverse("admin:core_importjob_import", args=[dry_run.pk]))
    job = ImportJob.objects.latest("pk")
    assert response.url == job.get_absolute_url() and not job.dry_run
    call_command("run_import_jobs")

    job.refresh_from_db()
    assert job.status == "done" and job.totals["new"] == 250
    assert Program.objects.count() == 250
    assert all(p.history.get().history_user == editor for p in Program.objects.all()[:5])
    assert "Imported." in client.get(response.url).content.decode()


def test_a_real_import_that_fails_in_a_later_chunk_saves_nothing(
    client, editor, world, settings, upload_import, monkeypatch
):
    settings.IMPORT_CHUNK_ROWS = 100
    existing = ProgramFactory(
        university=UniversityFactory(slug="other"), slug="msc-0", title="Kept as it was"
    )
    existing.university = Program.objects.get().university
    ProgramFactory(university=existing.university.__class__.objects.get(slug="eth-zurich"),
                   slug="msc-1", title="Old title", duration_months=24)  # fmt: skip
    _page, dry_run = upload_import(client, rows_csv(300))
    assert dry_run.finished_ok and dry_run.totals == {
        "new": 299, "update": 1, "skip": 0, "invalid": 0, "error": 0
    }  # fmt: skip

    def refuse_a_late_row(self, row, **kwargs):  # a programme changed meanwhile, say
        if not kwargs.get("dry_run") and row["slug"] == "msc-250":
            raise ValueError("Refused late")

    monkeypatch.setattr(ProgramResource, "before_import_row", refuse_a_late_row)
    client.post(reverse("admin:core_importjob_import", args=[dry_run.pk]))
    run_queued()

    job = ImportJob.objects.latest("pk")
    assert job.status == "failed"
    assert job.errors[0]["row"] == 252 and "Refused late" in job.errors[0]["message"]
    assert set(Program.objects.values_list("slug", "title", "duration_months")) == {
        ("msc-0", "Kept as it was", existing.duration_months),
        ("msc-1", "Old title", 24),
    }, "what the saved chunks created is gone, and what they updated is put back"
    assert "Nothing of this file was saved" in client.get(job.get_absolute_url()).content.decode()


def test_the_job_command_runs_queued_jobs_oldest_first(client, editor, world):
    upload(client, rows_csv(3))
    upload(client, rows_csv(2, {0: {"university": "nowhere"}}))

    call_command("run_import_jobs")

    first, second = ImportJob.objects.order_by("pk")
    assert (first.status, first.totals["new"], first.errors) == ("done", 3, [])
    assert second.status == "done" and second.errors[0]["row"] == 2
    assert first.finished <= second.started
    assert not ImportJob.objects.filter(status__in=["queued", "running"]).exists()


def test_only_staff_who_may_import_see_jobs(client, editor, world):
    upload(client, rows_csv(1))
    job = ImportJob.objects.get()
    reader = User.objects.create_user("reader", password="pw", is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_program"))
    other = Client()
    other.force_login(reader)

    assert client.get(reverse("admin:core_importjob_changelist")).status_code == 200
    assert other.get(job.get_absolute_url()).status_code in (403, 404)
    assert other.get(reverse("admin:core_importjob_changelist")).status_code == 403
    assert other.get(reverse("admin:programs_program_import")).status_code == 403
    assert other.post(reverse("admin:core_importjob_import", args=[job.pk])).status_code in (
        403,
        404,
    )


@pytest.fixture
def committed_world(transactional_db) -> Client:
    """What the job tests that use threads need, committed (each thread has a connection
    of its own); the database was emptied after the last such test, so build it all."""
    from core.editors import grant_editor_permissions
    from programs.models import ExchangeRate

    grant_editor_permissions()
    ExchangeRate.objects.get_or_create(
        currency="EUR", defaults={"name": "Euro", "rate_to_base": 1}
    )
    UniversityFactory(name="ETH Zurich", slug="eth-zurich", country="CH")
    TopicFactory(name="Deep learning", slug="deep-learning")
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client = Client()
    client.force_login(editor)
    return client


def test_a_visitor_can_change_their_shortlist_while_an_import_job_runs(committed_world, settings):
    shortlisted = ProgramFactory(slug="existing", status="published")
    settings.IMPORT_CHUNK_ROWS = 50
    settings.IMPORT_CHUNK_PAUSE = 0.15  # as the site runs
    upload(committed_world, rows_csv(600))

    worker = threading.Thread(target=run_queued)
    worker.start()
    visitor = Client()
    waits, statuses = [], []
    while worker.is_alive():
        for name in ("programs:shortlist_add", "programs:shortlist_remove"):
            started = time.perf_counter()
            response = visitor.post(reverse(name), {"program": shortlisted.pk})
            waits.append(time.perf_counter() - started)
            statuses.append(response.status_code)
    worker.join()

    job = ImportJob.objects.get()
    assert job.status == "done" and job.rows_done == 600, job.errors
    assert len(statuses) >= 4, "the visitor got in while the job ran"
    assert all(status < 400 for status in statuses), statuses
    assert max(waits) < 5, f"a visitor waited {max(waits):.1f} s"


def test_without_a_separate_worker_the_web_process_runs_the_job_after_the_upload(
    committed_world, settings
):
    settings.IMPORT_JOBS_IN_THREAD = True

    upload(committed_world, rows_csv(20))

    deadline = time.monotonic() + 30
    while ImportJob.objects.filter(status__in=["queued", "running"]).exists():
        assert time.monotonic() < deadline, "the job never finished"
        time.sleep(0.1)
    job = ImportJob.objects.get()
    assert job.status == "done" and job.totals["new"] == 20, job.errors
    assert not Program.objects.exists(), "a dry run saves nothing"
