"""Spreadsheet imports as jobs that run outside the request, in short transactions.

The admin's import page only reads the upload, checks its columns and queues an
``ImportJob``; ``run()`` does the work, in a thread started when the request commits or
in ``manage.py run_import_jobs``. Rows go through the model admin's resource in chunks
(``settings.IMPORT_CHUNK_ROWS``), each in a transaction of its own, so that SQLite's
write lock (and with it every visitor's shortlist change) never waits for more than a
moment:

- a **dry run** imports each chunk and rolls it back;
- a **real import** first checks every row that way, and saves nothing if any row is
  wrong; then it saves chunk by chunk. Should a chunk still fail (a programme changed
  meanwhile, say), what the earlier chunks created is deleted and what they updated is
  put back from a copy exported before the first save: all or nothing, as before, but
  other people's requests never wait behind the whole file. While a real import runs,
  visitors may see part of it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import tablib
from django.conf import settings
from django.contrib import admin
from django.db import close_old_connections, connections, transaction
from django.utils import timezone
from import_export.results import Result, RowResult

from .models import ImportJob

log = logging.getLogger(__name__)

STALE_AFTER = timezone.timedelta(hours=2)


def model_admin_for(label: str):
    app_label, model_name = label.split(".")
    for model, model_admin in admin.site._registry.items():
        if (model._meta.app_label, model._meta.model_name) == (app_label, model_name):
            return model_admin
    raise LookupError(f"No admin imports {label}")


def input_format(model_admin, name: str):
    for format_class in model_admin.get_import_formats():
        if format_class().get_title() == name:
            chosen = format_class()
            if not chosen.is_binary():
                chosen.encoding = model_admin.from_encoding
            return chosen
    raise LookupError(f"No import format {name}")


def read_dataset(chosen_format, content: bytes) -> tablib.Dataset:
    """The upload as a table; raises what the format raises for a file it cannot read."""
    if not chosen_format.is_binary():
        content = content.decode(chosen_format.encoding or "utf-8-sig")
    return chosen_format.create_dataset(content)


def chunks(dataset: tablib.Dataset, size: int) -> Iterator[tuple[int, tablib.Dataset]]:
    """Each run of ``size`` rows, with the index of its first row."""
    for start in range(0, len(dataset), size):
        chunk = tablib.Dataset(headers=dataset.headers)
        for row in dataset[start : start + size]:
            chunk.append(row)
        yield start, chunk


class Outcome:
    """What a job's chunks did, row numbers counted as a spreadsheet shows them (the
    first row, the column names, is row 1)."""

    def __init__(self) -> None:
        self.totals = dict.fromkeys(
            [RowResult.IMPORT_TYPE_NEW, RowResult.IMPORT_TYPE_UPDATE, RowResult.IMPORT_TYPE_SKIP],
            0,
        )
        self.totals["invalid"] = self.totals["error"] = 0
        self.errors: list[dict] = []
        self.created: list = []
        self.updated: list = []

    def add(self, result: Result, start: int) -> None:
        for error in result.base_errors:
            self.errors.append({"row": None, "column": "", "message": str(error.error)})
        for number, row_errors in result.row_errors():
            self.totals["error"] += 1
            for error in row_errors:
                self.errors.append(
                    {"row": start + number + 1, "column": "", "message": str(error.error)}
                )
        for invalid in result.invalid_rows:
            self.totals["invalid"] += 1
            for column, messages in invalid.error_dict.items():
                for message in messages:
                    self.errors.append(
                        {
                            "row": start + invalid.number + 1,
                            "column": "" if column == "__all__" else column,
                            "message": str(message),
                        }
                    )
        kept = not (result.has_errors() or result.has_validation_errors())
        for row in result.rows:
            if row.import_type in self.totals and row.import_type not in ("error", "invalid"):
                self.totals[row.import_type] += 1
            if not kept:  # the chunk was rolled back: nothing of it to undo
                continue
            if row.import_type == RowResult.IMPORT_TYPE_NEW:
                self.created.append(row.object_id)
            elif row.import_type == RowResult.IMPORT_TYPE_UPDATE:
                self.updated.append(row.object_id)

    @property
    def failed(self) -> bool:
        return bool(self.errors)


def progress(job: ImportJob, **fields) -> None:
    """Record how far the job is, in a write of its own, visible at once."""
    for name, value in fields.items():
        setattr(job, name, value)
    ImportJob.objects.filter(pk=job.pk).update(**fields)


def let_others_write() -> None:
    """Pause between chunks on SQLite. It lets waiting writers in by polling, not in
    turn: a writer that takes the lock again at once could keep a visitor's shortlist
    change waiting for chunk after chunk. A pause longer than SQLite's longest poll
    interval (100 ms) lets every waiting writer through."""
    if connections["default"].vendor == "sqlite":
        time.sleep(settings.IMPORT_CHUNK_PAUSE)


def import_rows(job, resource, dataset, dry_run: bool, outcome: Outcome, size: int) -> None:
    for start, chunk in chunks(dataset, size):
        result = resource.import_data(
            chunk,
            dry_run=dry_run,
            raise_errors=False,
            use_transactions=True,
            rollback_on_validation_errors=True,
            file_name=job.file_name,
            user=job.created_by,
        )
        outcome.add(result, start)
        progress(job, rows_done=start + len(chunk))
        let_others_write()
        if outcome.failed and not dry_run:
            return
        if result.base_errors:  # the whole file is wrong: every chunk would say so
            return


def undo(job, model_admin, resource_class, outcome: Outcome, before: tablib.Dataset, size: int):
    """Put back what the saved chunks changed: delete what they created, and import again
    the copy of what they updated, taken before the first save."""
    progress(job, stage="Undoing")
    model = model_admin.model
    for start in range(0, len(outcome.created), size):
        with transaction.atomic():
            model.objects.filter(pk__in=outcome.created[start : start + size]).delete()
        let_others_write()
    restore = resource_class()
    for _start, chunk in chunks(before, size):
        result = restore.import_data(chunk, dry_run=False, use_transactions=True)
        if result.has_errors() or result.has_validation_errors():
            log.error("Import job %s could not put back every updated row", job.pk)
        let_others_write()


def run(job: ImportJob, size: int | None = None) -> ImportJob:
    """Run a claimed job to the end; never raises for what is wrong with the file."""
    size = size or settings.IMPORT_CHUNK_ROWS
    outcome = Outcome()
    try:
        model_admin = model_admin_for(job.model)
        resource_class = model_admin.resource_classes[0]
        dataset = read_dataset(input_format(model_admin, job.file_format), bytes(job.content))
        progress(job, rows_total=len(dataset), rows_done=0, stage="Checking")
        resource = resource_class()
        import_rows(job, resource, dataset, dry_run=True, outcome=outcome, size=size)
        if not job.dry_run and not outcome.failed:
            updated = outcome.updated
            before = resource_class().export(model_admin.model.objects.filter(pk__in=updated))
            outcome = Outcome()
            progress(job, rows_done=0, stage="Saving")
            try:
                import_rows(job, resource, dataset, dry_run=False, outcome=outcome, size=size)
            except Exception:
                outcome.errors.append(
                    {"row": None, "column": "", "message": "The import stopped unexpectedly."}
                )
                raise
            finally:
                if outcome.failed:
                    undo(job, model_admin, resource_class, outcome, before, size)
    except Exception:
        log.exception("Import job %s failed", job.pk)
        if not outcome.errors:
            outcome.errors.append(
                {"row": None, "column": "", "message": "The file could not be imported."}
            )
    status = ImportJob.Status.DONE
    if not job.dry_run and outcome.failed:
        status = ImportJob.Status.FAILED
    progress(
        job,
        status=status,
        stage="",
        finished=timezone.now(),
        totals=outcome.totals,
        errors=outcome.errors,
    )
    return job


def claim_next() -> ImportJob | None:
    """The oldest queued job, marked running by this process alone (a conditional update,
    so two workers never take the same job)."""
    queued = ImportJob.objects.filter(status=ImportJob.Status.QUEUED).order_by("created")
    for pk in queued.values_list("pk", flat=True)[:20]:
        claimed = ImportJob.objects.filter(pk=pk, status=ImportJob.Status.QUEUED).update(
            status=ImportJob.Status.RUNNING, started=timezone.now()
        )
        if claimed:
            return ImportJob.objects.select_related("created_by").get(pk=pk)
    return None


def fail_interrupted() -> int:
    """Jobs left running by a process that stopped (a restart, say) are failed, so their
    pages stop waiting; the editor starts the import again."""
    return ImportJob.objects.filter(
        status=ImportJob.Status.RUNNING, started__lt=timezone.now() - STALE_AFTER
    ).update(
        status=ImportJob.Status.FAILED,
        finished=timezone.now(),
        errors=[{"row": None, "column": "", "message": "Interrupted: start the import again."}],
    )


def run_queued() -> int:
    """Run queued jobs until none is left; how many ran."""
    fail_interrupted()
    ran = 0
    while (job := claim_next()) is not None:
        run(job)
        ran += 1
    return ran


_thread_lock = threading.Lock()


def _run_in_thread() -> None:
    with _thread_lock:  # one runner per process: jobs queue behind each other
        close_old_connections()
        try:
            run_queued()
        except Exception:
            log.exception("Import jobs stopped")
        finally:
            connections.close_all()


def start_soon() -> None:
    """Run the queue once the current transaction commits: in a thread of this process,
    unless a separate worker (``run_import_jobs``) is configured to."""
    if getattr(settings, "IMPORT_JOBS_IN_THREAD", True):
        transaction.on_commit(
            lambda: threading.Thread(
                target=_run_in_thread, name="import-jobs", daemon=True
            ).start()
        )
