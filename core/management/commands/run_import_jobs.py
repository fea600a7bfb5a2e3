"""Run the spreadsheet imports editors queued in the admin."""

import time

from django.core.management.base import BaseCommand

from core.imports import run_queued


class Command(BaseCommand):
    help = (
        "Run queued spreadsheet imports. Once by default (e.g. from cron); with --forever, "
        "keep waiting for new ones (as a service beside the web server)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="keep running")
        parser.add_argument(
            "--every", type=float, default=2.0, help="seconds between looks at the queue"
        )

    def handle(self, *args, forever: bool = False, every: float = 2.0, **options):
        while True:
            ran = run_queued()
            if ran:
                self.stdout.write(f"Ran {ran} import job(s).")
            if not forever:
                return
            time.sleep(every)
