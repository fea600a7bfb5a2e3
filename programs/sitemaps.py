from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import reverse

from .models import Program


class ProgramListSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self) -> list[str]:
        return ["programs:list"]

    def location(self, item: str) -> str:
        return reverse(item)


class ProgramSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self) -> QuerySet:
        return Program.objects.published().select_related("university").order_by("pk")

    def lastmod(self, program: Program):
        return program.updated
