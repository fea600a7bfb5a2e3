"""Every sitemap in /sitemap.xml, one entry per section of the site."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from advice.sitemaps import AdvicePagesSitemap, ArticleSitemap
from programs.sitemaps import ProgramListSitemap, ProgramSitemap


class HomeSitemap(Sitemap):
    changefreq = "weekly"
    priority = 1.0

    def items(self) -> list[str]:
        return ["home"]

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {
    "home": HomeSitemap,
    "catalogue": ProgramListSitemap,
    "programs": ProgramSitemap,
    "advice": AdvicePagesSitemap,
    "articles": ArticleSitemap,
}
