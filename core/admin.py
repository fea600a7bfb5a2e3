"""What the admins of every app share."""

from django import forms
from django.contrib.admin.utils import flatten_fieldsets
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest
from import_export.forms import SelectableFieldsExportForm

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


class SpreadsheetAdminMixin:
    """django-import-export's admin, with the project's own spreadsheet formats
    (``core.spreadsheets``): exports keep numbers and dates native, as the library does
    for its own formats, and what is wrong with a file is said in plain words, with its
    row and column, never as a traceback."""

    import_template_name = "admin/spreadsheet_import.html"

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
