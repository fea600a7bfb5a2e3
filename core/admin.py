"""What the admins of every app share."""

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet

from .spreadsheets import NATIVE_TYPE_FORMATS, SpreadsheetError


class ChangeReasonMixin:
    """Bulk admin actions that leave a trace in each row's history."""

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
