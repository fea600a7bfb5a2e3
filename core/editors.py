"""The Editors group: staff who curate the catalogue and the advice, but not accounts."""

from django.apps import apps as global_apps

EDITORS_GROUP = "Editors"
EDITOR_APPS = ["programs", "advice"]


def grant_editor_permissions(apps=global_apps, **kwargs) -> None:
    """Give the Editors group every permission on the curated apps, and nothing else.

    Runs after every migrate, so models added later are covered without a new migration.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=EDITOR_APPS).values_list(
            "pk", flat=True
        )
    )
