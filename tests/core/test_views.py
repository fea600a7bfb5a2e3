"""robots.txt: what crawlers may index, and where the sitemap is."""

from django.test import override_settings
from django.urls import clear_url_caches, reverse


def test_robots_txt_names_the_sitemap_by_its_full_address(client):
    response = client.get("/robots.txt")
    text = response.content.decode()

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()
    assert "User-agent: *" in text.splitlines()


def test_robots_txt_does_not_reveal_the_admin_path(client):
    assert "admin" not in client.get("/robots.txt").content.decode().lower()


@override_settings(ROOT_URLCONF="tests.core.secret_admin_urls")
def test_robots_txt_does_not_reveal_a_secret_admin_path(client):
    clear_url_caches()
    try:
        assert reverse("admin:index") == "/back-office-7f3a/"
        text = client.get("/robots.txt").content.decode()
    finally:
        clear_url_caches()

    assert "back-office-7f3a" not in text


def test_admin_pages_ask_crawlers_not_to_index_them(client, db):
    html = client.get(reverse("admin:login")).content.decode()

    assert '<meta name="robots" content="NONE,NOARCHIVE">' in html
