"""What the admins of every app share."""

from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet

from .spreadsheets import NATIVE_TYPE_FORMATS


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


class SpreadsheetExportMixin:
    """django-import-export's admin export, keeping numbers and dates native in the
    project's own spreadsheet formats (``core.spreadsheets``) as it does in its own."""

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
