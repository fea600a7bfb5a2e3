from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Site"

    def ready(self) -> None:
        from .editors import grant_editor_permissions

        post_migrate.connect(grant_editor_permissions, dispatch_uid="grant_editor_permissions")
