"""Search engines index the comparison, personal fit and the shortlist as a visitor first
finds them; a visitor's own state (a chosen comparison, their ranking, their saved
programmes) names that bare page as canonical, so it is indexed once, as that page."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

NOINDEX = '<meta name="robots" content="noindex">'


def canonical(html: str) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


@pytest.mark.parametrize("name", ["programs:compare", "programs:fit", "programs:shortlist"])
def test_the_bare_pages_can_be_indexed(client, catalogue, name):
    html = client.get(reverse(name)).content.decode()

    assert NOINDEX not in html
    assert canonical(html) == f"http://testserver{reverse(name)}"


def test_a_chosen_comparison_names_the_bare_page_as_canonical(client, catalogue):
    ids = [catalogue["cmu"].pk, catalogue["eth"].pk, catalogue["ucl"].pk]
    html = client.get(reverse("programs:compare"), {"p": ids}).content.decode()

    assert "Carnegie Mellon University" in html
    assert NOINDEX not in html  # a noindex page would fail Lighthouse's crawlability check
    assert canonical(html) == "http://testserver/programs/compare/"


def test_a_visitors_ranking_names_the_bare_page_as_canonical(client, catalogue):
    html = client.get(reverse("programs:fit"), {"w_cost": "3"}).content.decode()

    assert "ranked" in html
    assert NOINDEX not in html  # a noindex page would fail Lighthouse's crawlability check
    assert canonical(html) == "http://testserver/programs/fit/"


def test_a_shortlist_with_programmes_names_the_bare_page_as_canonical(client, catalogue):
    client.post(reverse("programs:shortlist_add"), {"program": catalogue["cmu"].pk})

    html = client.get(reverse("programs:shortlist")).content.decode()

    assert "MS in Machine Learning" in html
    assert NOINDEX not in html  # a noindex page would fail Lighthouse's crawlability check
    assert canonical(html) == "http://testserver/programs/shortlist/"


def test_robots_and_the_sitemap_let_crawlers_find_the_bare_pages(client, catalogue):
    assert "Disallow: /programs" not in client.get("/robots.txt").content.decode()
    sitemap = client.get("/sitemap.xml").content.decode()

    for name in ("programs:compare", "programs:fit"):
        assert f"<loc>http://testserver{reverse(name)}</loc>" in sitemap
    assert "shortlist" not in sitemap  # nothing there until a visitor saves something


def test_a_filtered_list_stays_indexable(client, catalogue):
    html = client.get(reverse("programs:list"), {"delivery": "online"}).content.decode()

    assert NOINDEX not in html
    assert canonical(html) == "http://testserver/programs/"
