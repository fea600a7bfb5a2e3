from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet

from .models import Program


class ProgramSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self) -> QuerySet:
        return Program.objects.published().select_related("university").order_by("pk")

    def lastmod(self, program: Program):
        return program.updated
