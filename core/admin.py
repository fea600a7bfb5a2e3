"""What the admins of every app share."""

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path
from import_export.forms import ImportForm, SelectableFieldsExportForm

from . import import_columns, imports
from .models import ImportJob
from .spreadsheets import NATIVE_TYPE_FORMATS, SpreadsheetError

CHANGE_REASON_MAX_LENGTH = 100  # simple-history's history_change_reason column


class ChangeReasonMixin:
    """Every save in the admin leaves a trace in the row's history: who made the change
    (django-simple-history reads the user from the request) and why, in the editor's own
    words when they give a reason, otherwise what was changed and how."""

    change_reason_help = (
        "Optional. Shown in the history beside your name, e.g. “Fees for 2027 from the "
        "official page”. Left empty, the history lists the fields you changed."
    )

    def get_form(self, request: HttpRequest, obj: Model | None = None, **kwargs):
        reason = forms.CharField(
            label="Reason for this change",
            max_length=CHANGE_REASON_MAX_LENGTH,
            required=False,
            help_text=self.change_reason_help,
            widget=forms.TextInput(attrs={"size": 70}),
        )
        base = kwargs.get("form", self.form)
        kwargs["form"] = type(base.__name__, (base,), {"change_reason": reason})
        return super().get_form(request, obj, **kwargs)

    def get_fieldsets(self, request: HttpRequest, obj: Model | None = None):
        fieldsets = super().get_fieldsets(request, obj)
        if "change_reason" in flatten_fieldsets(fieldsets):
            return fieldsets
        return [*fieldsets, ("Why", {"fields": ["change_reason"]})]

    def save_model(self, request: HttpRequest, obj: Model, form: forms.ModelForm, change: bool):
        obj._change_reason = self.change_reason(request, form, change)
        super().save_model(request, obj, form, change)

    def change_reason(self, request: HttpRequest, form: forms.ModelForm, change: bool) -> str:
        given = form.cleaned_data.get("change_reason", "").strip()
        if given:
            return given
        if not change:
            return "Added in the admin"
        match = request.resolver_match
        if match and match.url_name and match.url_name.endswith("_simple_history"):
            return "Reverted to an earlier version"
        changed = [
            str(form.fields[name].label or name).lower()
            for name in form.changed_data
            if name not in ("change_reason", "seen_revision") and name in form.fields
        ]
        summary = f"Edited: {', '.join(changed)}" if changed else "Saved without changes"
        return shorten(summary)

    @staticmethod
    def save_each(queryset: QuerySet, reason: str, **values) -> list[Model]:
        """Set ``values`` on each row and save it on its own, so that django-simple-history
        records who made the change (from the request) and why (``reason``)."""
        changed = []
        for obj in queryset:
            for field, value in values.items():
                setattr(obj, field, value)
            obj._change_reason = reason
            obj.save()
            changed.append(obj)
        return changed


def shorten(text: str, limit: int = CHANGE_REASON_MAX_LENGTH) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip(", ") + "…"


class ExportForm(SelectableFieldsExportForm):
    """The export page's form, with the script that makes "Select all" work under the
    Content-Security-Policy (the page's own inline handler is blocked by it)."""

    @property
    def media(self):
        return super().media + forms.Media(js=["js/admin-export.js"])


MAX_IMPORT_BYTES = 5 * 1024 * 1024


class SpreadsheetImportForm(ImportForm):
    """The spreadsheet upload, refused with a clear message when it is too large."""

    def clean_import_file(self):
        upload = self.cleaned_data["import_file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise ValidationError(
                f"This file is {upload.size / 1024 / 1024:.1f} MB; imports are limited to "
                f"{MAX_IMPORT_BYTES // 1024 // 1024} MB. Split it into smaller files."
            )
        return upload


class SpreadsheetAdminMixin:
    """django-import-export's admin, with the project's own spreadsheet formats
    (``core.spreadsheets``): exports keep numbers and dates native, as the library does
    for its own formats, and what is wrong with a file is said in plain words, with its
    row and column, never as a traceback.

    An upload is not imported in the request: the import page reads it, checks its
    columns and queues an ``ImportJob`` (a dry run), then shows the job's progress page.
    Only staff who may add and change the rows may import them."""

    import_template_name = "admin/spreadsheet_import.html"
    import_form_class = SpreadsheetImportForm
    template_formats = {
        "csv": ("text/csv; charset=utf-8", import_columns.header_csv),
        "xlsx": (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            import_columns.template_xlsx,
        ),
    }

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "import/template.<str:extension>",
                self.admin_site.admin_view(self.import_template),
                name="{}_{}_import_template".format(*info),
            ),
            *super().get_urls(),
        ]

    def import_template(self, request: HttpRequest, extension: str) -> HttpResponse:
        """A file to fill in: exactly the columns the import reads (see
        ``core.import_columns``)."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        if extension not in self.template_formats:
            raise Http404("No template in that format")
        content_type, build = self.template_formats[extension]
        resource = self.get_import_resource_classes(request)[0]()
        name = f"{self.opts.verbose_name_plural}-import-template.{extension}".replace(" ", "-")
        response = HttpResponse(build(resource), content_type=content_type)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def has_import_permission(self, request: HttpRequest) -> bool:
        return (
            super().has_import_permission(request)
            and self.has_add_permission(request)
            and self.has_change_permission(request)
        )

    def import_action(self, request: HttpRequest, **kwargs) -> HttpResponse:
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = self.create_import_form(request)
        resource_classes = self.get_import_resource_classes(request)
        if request.method == "POST" and form.is_valid():
            chosen = self.get_import_formats()[int(form.cleaned_data["format"])]()
            upload = form.cleaned_data["import_file"]
            content = b"".join(upload.chunks())
            job_format = chosen.get_title()
            try:
                dataset = imports.read_dataset(imports.input_format(self, job_format), content)
            except Exception as error:
                self.add_data_read_fail_error_to_form(form, error)
            else:
                self.check_upload(form, resource_classes[0](), dataset)
            if not form.errors:
                job = ImportJob.objects.create(
                    model=self.opts.label_lower,
                    file_name=upload.name[:255],
                    file_format=job_format,
                    content=content,
                    dry_run=True,
                    created_by=request.user,
                    rows_total=len(dataset),
                )
                imports.start_soon()
                return redirect(job)
        context = {
            **self.get_import_context_data(),
            **self.admin_site.each_context(request),
            "title": "Import",
            "form": form,
            "opts": self.opts,
            "media": self.media + form.media,
            "columns": import_columns.describe(resource_classes[0]()),
            "id_columns": import_columns.key_columns(resource_classes[0]),
            "template_extensions": list(self.template_formats),
            "import_error_display": self.import_error_display,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    def check_upload(self, form, resource, dataset) -> None:
        """What can be said about the file at once, before any row is read."""
        if not dataset:
            form.add_error(
                "import_file",
                "No valid data to import. Ensure your file has the correct headers or data "
                "for import.",
            )
        elif hasattr(resource, "check_columns"):
            try:
                resource.check_columns(dataset)
            except SpreadsheetError as error:
                form.add_error("import_file", str(error))

    def add_data_read_fail_error_to_form(self, form, error: Exception) -> None:
        if isinstance(error, SpreadsheetError):
            form.add_error("import_file", str(error))
        else:
            form.add_error(
                "import_file",
                "This file could not be read as the format chosen below. Check the format, "
                "or save the spreadsheet again as CSV or XLSX.",
            )

    def get_export_data(self, file_format, request, queryset, **kwargs):
        if not self.has_export_permission(request):
            raise PermissionDenied
        data = self.get_data_for_export(
            request,
            queryset,
            force_native_type=isinstance(file_format, NATIVE_TYPE_FORMATS),
            **kwargs,
        )
        exported = file_format.export_data(data)
        encoding = kwargs.get("encoding")
        if not file_format.is_binary() and encoding:
            exported = exported.encode(encoding)
        return exported


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Imports queued, running and done. A job's page shows its progress, refreshing
    itself until the job ends, then what it found by row, and after a clean dry run a
    button that runs the real import. Seen by staff who may import what the job imports."""

    list_display = ["__str__", "status", "progress", "created_by", "created"]
    list_filter = ["status", "dry_run"]
    list_select_related = ["created_by"]
    progress_template = "admin/core/importjob/progress.html"

    @admin.display(description="rows done")
    def progress(self, job: ImportJob) -> str:
        return f"{job.rows_done:,} / {job.rows_total:,}"

    def importable(self, request: HttpRequest) -> list[str]:
        """The models whose rows this user may import."""
        return [
            model._meta.label_lower
            for model, model_admin in self.admin_site._registry.items()
            if isinstance(model_admin, SpreadsheetAdminMixin)
            and model_admin.has_import_permission(request)
        ]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return (
            super()
            .get_queryset(request)
            .filter(model__in=self.importable(request))
            .defer("content")
        )

    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and request.user.is_staff and self.importable(request))

    def has_view_permission(self, request: HttpRequest, obj: ImportJob | None = None) -> bool:
        allowed = self.importable(request) if request.user.is_staff else []
        return obj.model in allowed if obj is not None else bool(allowed)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # jobs start from a model's import page

    def has_change_permission(self, request: HttpRequest, obj: ImportJob | None = None) -> bool:
        return False

    def get_urls(self):
        urls = [
            path(
                "<int:pk>/import/",
                self.admin_site.admin_view(self.import_for_real),
                name="core_importjob_import",
            )
        ]
        return urls + super().get_urls()

    def change_view(self, request: HttpRequest, object_id, form_url="", extra_context=None):
        job = get_object_or_404(self.get_queryset(request), pk=object_id)
        if not self.has_view_permission(request, job):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": str(job),
            "opts": self.opts,
            "job": job,
            "target": imports.model_admin_for(job.model).opts,
            "percent": round(100 * job.rows_done / job.rows_total) if job.rows_total else 0,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, self.progress_template, context)

    def import_for_real(self, request: HttpRequest, pk: int) -> HttpResponse:
        """The real import of a file whose dry run found nothing wrong."""
        checked = get_object_or_404(self.get_queryset(request), pk=pk)
        if request.method != "POST" or not (checked.dry_run and checked.finished_ok):
            raise PermissionDenied
        job = ImportJob.objects.create(
            model=checked.model,
            file_name=checked.file_name,
            file_format=checked.file_format,
            content=checked.content,
            dry_run=False,
            created_by=request.user,
            rows_total=checked.rows_total,
        )
        imports.start_soon()
        return redirect(job)
