import os
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt by `migrate` on any database, so a backup leaves them out.
REBUILT_BY_MIGRATE = ["contenttypes", "auth.permission", "sessions", "axes"]
# Bookkeeping rather than content: each database keeps its own (see programs/caching.py).
PER_DATABASE = ["programs.CatalogueVersion"]
# Another name for rows saved already (who teaches where, named for the admin).
PROXIES = ["programs.Teaching"]


class Command(BaseCommand):
    help = (
        "Write every piece of content (catalogue, articles, their history, users and groups, "
        "the admin log) to a timestamped, compressed JSON file that `restore` loads back."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--output", help="File to write (default: backups/masters-compare-<time>.json.gz)"
        )

    def handle(self, *args, output: str | None = None, **options) -> None:
        if output is None:
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            output = str(Path(settings.BASE_DIR) / "backups" / f"masters-compare-{stamp}.json.gz")
        Path(output).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # A backup holds password hashes: only its owner may read it, from the first byte.
        os.close(os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(output, 0o600)
        call_command(
            "dumpdata",
            natural_foreign=True,
            # Groups and users by name: a fresh database already has the Editors group.
            natural_primary=True,
            exclude=REBUILT_BY_MIGRATE + PER_DATABASE + PROXIES,
            output=output,
            verbosity=0,
        )
        size = Path(output).stat().st_size
        self.stdout.write(self.style.SUCCESS(f"Backup written to {output} ({size:,} bytes)."))
