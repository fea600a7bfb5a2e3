"""Work out the finder's commonest visits for the current catalogue (``programs.warming``)."""

import time

from django.core.management.base import BaseCommand

from programs.caching import catalogue_version
from programs.warming import warm


class Command(BaseCommand):
    help = (
        "Count the finder's commonest lists (unfiltered, each facet option, common searches) "
        "into the cache for the current catalogue. Once by default; with --forever, again "
        "after every edit (as a service beside the web server, with DJANGO_FINDER_WARMER=1 "
        "and a shared cache)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--forever", action="store_true", help="keep running")
        parser.add_argument(
            "--every", type=float, default=2.0, help="seconds between looks for an edit"
        )
        parser.add_argument("--visits", type=int, help="how many lists to warm")

    def handle(self, *args, forever=False, every=2.0, visits=None, **options):
        warmed_version = None
        while True:
            if catalogue_version() != warmed_version:
                warmed = warm(visits)
                state = "" if warmed.complete else " (cut short by a newer edit)"
                self.stdout.write(f"Warmed {warmed.visits} lists in {warmed.seconds:.1f}s{state}.")
                if warmed.complete:
                    warmed_version = warmed.version
            if not forever:
                return
            time.sleep(every)
