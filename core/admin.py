"""What the admins of every app share."""

from django.db.models import Model, QuerySet


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
