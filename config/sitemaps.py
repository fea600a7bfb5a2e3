"""Every sitemap in /sitemap.xml, one entry per section of the site.

A section adds its sitemap class to ``SITEMAPS``; the catalogue's will be
``"programs": programs.sitemaps.ProgramSitemap``.
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from advice.sitemaps import AdvicePagesSitemap, ArticleSitemap


class HomeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 1.0

    def items(self) -> list[str]:
        return ["home"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {
    "home": HomeSitemap,
    "advice": AdvicePagesSitemap,
    "articles": ArticleSitemap,
}
