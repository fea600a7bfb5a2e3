from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from advice.models import Article
from programs.models import Program, University


class Command(BaseCommand):
    help = "Load a file written by `backup` into an empty, migrated database, all or nothing."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", help="A backup file, e.g. backups/masters-compare-....json.gz")

    def handle(self, *args, file: str, **options) -> None:
        if not Path(file).is_file():
            raise CommandError(f"No backup file at {file}.")
        content = {
            "programmes": Program.objects.count(),
            "universities": University.objects.count(),
            "articles": Article.objects.count(),
            "users": get_user_model().objects.count(),
        }
        if any(content.values()):
            present = ", ".join(f"{count} {name}" for name, count in content.items() if count)
            raise CommandError(
                f"The database already holds content ({present}). Restore only into an empty "
                "database: create a new one, run `manage.py migrate`, then restore."
            )
        with transaction.atomic():
            call_command("loaddata", file, verbosity=0)
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {Program.objects.count()} programmes, {Article.objects.count()} "
                f"articles and {get_user_model().objects.count()} users from {file}."
            )
        )
