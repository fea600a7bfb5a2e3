"""The Atom feed, articles in the sitemap and canonical addresses."""

import datetime
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone

from advice.models import Article
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_feed_has_one_entry_per_published_article(client):
    ArticleFactory(title="First", slug="first")
    ArticleFactory(title="Second", slug="second")
    ArticleFactory(title="Draft", status=Article.Status.DRAFT)
    ArticleFactory(title="Scheduled", publish_date=timezone.now() + datetime.timedelta(days=1))

    response = client.get(reverse("advice:feed"))
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert sorted(entry.findtext(f"{ATOM}title") for entry in entries) == ["First", "Second"]
    links = {entry.find(f"{ATOM}link").get("href") for entry in entries}
    assert links == {"http://testserver/advice/first/", "http://testserver/advice/second/"}


def test_feed_entries_carry_the_summary_author_and_dates(client):
    ArticleFactory(summary="What it costs.", author="Jo Editor")

    feed = ElementTree.fromstring(client.get(reverse("advice:feed")).content)
    entry = feed.find(f"{ATOM}entry")

    assert entry.findtext(f"{ATOM}summary") == "What it costs."
    assert entry.find(f"{ATOM}author").findtext(f"{ATOM}name") == "Jo Editor"
    assert entry.findtext(f"{ATOM}published")
    assert entry.findtext(f"{ATOM}updated")


def test_every_page_links_to_the_feed(client):
    html = client.get(reverse("home")).content.decode()

    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Masters Compare advice" '
        f'href="{reverse("advice:feed")}">'
    ) in html


def test_the_sitemap_lists_the_home_page_the_advice_pages_and_published_articles(client):
    ArticleFactory(slug="worth-it")
    ArticleFactory(slug="secret", status=Article.Status.DRAFT)

    response = client.get("/sitemap.xml")
    urls = {loc.text for loc in ElementTree.fromstring(response.content).iter(f"{SITEMAP}loc")}

    assert response.status_code == 200
    assert urls >= {
        "http://testserver/",
        "http://testserver/advice/",
        "http://testserver/advice/guide/",
        "http://testserver/advice/worth-it/",
    }
    assert "http://testserver/advice/secret/" not in urls


def test_pages_name_their_canonical_address_without_the_query(client):
    html = client.get(reverse("advice:index"), {"q": "cost"}).content.decode()

    assert '<link rel="canonical" href="http://testserver/advice/">' in html
    assert '<meta property="og:url" content="http://testserver/advice/">' in html


def test_the_feed_names_the_sites_icon(client):
    feed = ElementTree.fromstring(client.get(reverse("advice:feed")).content)

    assert feed.findtext(f"{ATOM}icon").startswith("http://testserver/static/")
    assert feed.findtext(f"{ATOM}icon").endswith("favicon.svg")


def test_the_follow_page_explains_the_feed_and_lists_the_newest_articles(client):
    ArticleFactory(title="Is a master's worth it?", slug="worth-it")

    html = client.get(reverse("advice:follow")).content.decode()

    assert 'value="http://testserver/advice/feed/"' in html
    assert "feed reader" in html
    assert "Is a master&#x27;s worth it?" in html


def test_the_advice_list_and_footer_lead_to_the_follow_page_not_the_raw_feed(client):
    html = client.get(reverse("advice:index")).content.decode()

    assert html.count(f'href="{reverse("advice:follow")}"') == 2
    assert f'<a href="{reverse("advice:feed")}">' not in html
