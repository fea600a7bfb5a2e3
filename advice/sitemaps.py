from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Article


class AdvicePagesSitemap(Sitemap):
    """The advice section's own pages: the article list and the guide."""

    changefreq = "weekly"

    def items(self) -> list[str]:
        return ["advice:index", "advice:guide"]

    def location(self, item: str) -> str:
        return reverse(item)


class ArticleSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return Article.objects.published().order_by("pk")

    def lastmod(self, item: Article):
        return item.updated_at
