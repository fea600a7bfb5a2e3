from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the demo catalogue and advice articles. Safe to run again: it updates in place."

    def handle(self, *args, **options) -> None:
        self.stdout.write("No demo data to load yet.")
