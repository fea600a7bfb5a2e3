"""/sitemap.xml: every section's pages, each with its priority and change frequency."""

from xml.etree import ElementTree

import pytest

from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_entries(client) -> list[tuple[str, str | None, str | None]]:
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    return [
        (
            url.findtext(f"{SITEMAP}loc"),
            url.findtext(f"{SITEMAP}changefreq"),
            url.findtext(f"{SITEMAP}priority"),
        )
        for url in root.iter(f"{SITEMAP}url")
    ]


def test_the_sitemap_lists_every_section_in_order_with_its_priority(client, catalogue):
    ArticleFactory(slug="worth-it")

    assert sitemap_entries(client) == [
        ("http://testserver/", "weekly", "1.0"),
        ("http://testserver/programs/", "daily", "0.8"),
        ("http://testserver/programs/cmu/msml/", "weekly", "0.6"),
        ("http://testserver/programs/eth/msc-ds/", "weekly", "0.6"),
        ("http://testserver/programs/ucl/msc-ml-online/", "weekly", "0.6"),
        ("http://testserver/programs/tum/msc-rci/", "weekly", "0.6"),
        ("http://testserver/programs/download/", "daily", None),
        ("http://testserver/programs/compare/", "monthly", None),
        ("http://testserver/programs/fit/", "monthly", None),
        ("http://testserver/advice/", "weekly", None),
        ("http://testserver/advice/guide/", "weekly", None),
        ("http://testserver/advice/feed/follow/", "weekly", None),
        ("http://testserver/advice/worth-it/", "monthly", None),
    ]
