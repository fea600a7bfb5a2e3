"""Every sitemap in /sitemap.xml, one entry per section of the site.

Pages with no model behind them are listed by URL name; pages with one come from
their app's own sitemap (``ProgramSitemap``, ``ArticleSitemap``).
"""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from advice.sitemaps import ArticleSitemap
from programs.sitemaps import ProgramSitemap


class StaticPagesSitemap(Sitemap):
    """Pages named by their URL names, all with the same priority and change frequency."""

    def __init__(
        self, url_names: list[str], *, priority: float | None = None, changefreq: str | None = None
    ) -> None:
        self.url_names = url_names
        self.priority = priority
        self.changefreq = changefreq

    def items(self) -> list[str]:
        return self.url_names

    def location(self, item: str) -> str:
        return reverse(item)


SITEMAPS = {
    "home": StaticPagesSitemap(["home"], priority=1.0, changefreq="weekly"),
    "catalogue": StaticPagesSitemap(["programs:list"], priority=0.8, changefreq="daily"),
    "programs": ProgramSitemap,
    "data": StaticPagesSitemap(["programs:download"], changefreq="daily"),
    # The comparison and personal fit as a visitor first finds them, nothing chosen yet.
    "tools": StaticPagesSitemap(["programs:compare", "programs:fit"], changefreq="monthly"),
    "advice": StaticPagesSitemap(
        ["advice:index", "advice:guide", "advice:follow"], changefreq="weekly"
    ),
    "articles": ArticleSitemap,
}
