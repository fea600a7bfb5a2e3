"""What the site as a whole keeps: spreadsheet imports waiting, running and done."""

from django.conf import settings
from django.db import models
from django.urls import reverse


class ImportJob(models.Model):
    """One spreadsheet import an editor started in the admin: a dry run, or the real
    import that follows a clean one. The upload is kept here, so the job runs outside
    the request (``core.imports``) and the editor can leave its page and come back."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    model = models.CharField(
        max_length=100, help_text="What the rows are, as app_label.model_name."
    )
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=20, help_text="CSV, XLSX or JSON.")
    content = models.BinaryField()
    dry_run = models.BooleanField(default=True, help_text="Only check the rows, saving nothing.")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    started = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    stage = models.CharField(
        max_length=20, blank=True, help_text="Checking, saving or undoing rows."
    )
    rows_total = models.PositiveIntegerField(default=0)
    rows_done = models.PositiveIntegerField(default=0)
    totals = models.JSONField(
        default=dict, blank=True, help_text="Rows new, updated, unchanged and in error."
    )
    errors = models.JSONField(
        default=list, blank=True, help_text="What is wrong, by row and column."
    )

    class Meta:
        ordering = ["-created"]
        indexes = [models.Index(fields=["status", "created"], name="importjob_queue_idx")]

    def __str__(self) -> str:
        kind = "Dry run" if self.dry_run else "Import"
        return f"{kind} of {self.file_name}"

    def get_absolute_url(self) -> str:
        return reverse("admin:core_importjob_change", args=[self.pk])

    @property
    def finished_ok(self) -> bool:
        return self.status == self.Status.DONE and not self.errors

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
