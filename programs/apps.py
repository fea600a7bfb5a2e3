from django.apps import AppConfig
from django.db.models.signals import post_migrate


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Programmes"

    def ready(self) -> None:
        from . import changelog, signals
        from .models.careers import ensure_roles
        from .search import ensure_index

        signals.connect()
        changelog.connect()
        post_migrate.connect(ensure_index, sender=self, dispatch_uid="ensure_search_index")
        post_migrate.connect(ensure_roles, sender=self, dispatch_uid="ensure_roles")
