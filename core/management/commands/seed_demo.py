from django.core.management.base import BaseCommand

from advice.demo import load_demo_articles
from programs.demo import careers_coverage, load_demo_catalogue
from programs.models import ExchangeRate, Topic


class Command(BaseCommand):
    help = "Load the demo catalogue and advice articles. Safe to run again: it updates in place."

    def handle(self, *args, **options) -> None:
        programs = load_demo_catalogue()
        articles = load_demo_articles()
        countries = {program.university.country.code for program in programs}
        self.stdout.write(
            f"Loaded {len(programs)} programmes from {len(countries)} countries, "
            f"{Topic.objects.count()} topics, {ExchangeRate.objects.count()} exchange rates "
            f"and {len(articles)} advice articles."
        )
        sourced = careers_coverage(programs)
        self.stdout.write(
            "After the degree, programmes with a sourced fact: "
            + ", ".join(f"{count} {what}" for what, count in sourced.items())
            + "."
        )
