"""The site's skeleton: home page, section pages, admin and error pages."""

import re
from html import unescape

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_home_page_says_what_the_site_is_for(client):
    response = client.get(reverse("home"))

    assert response.status_code == 200
    assert "machine-learning master" in response.content.decode()


def test_home_search_form_targets_the_programme_list(client):
    response = client.get(reverse("home"))
    html = response.content.decode()

    assert f'action="{reverse("programs:list")}"' in html
    assert 'method="get"' in html
    assert 'name="q"' in html


def test_header_links_to_each_section(client):
    html = client.get(reverse("home")).content.decode()

    for name in ("programs:list", "programs:compare", "advice:index"):
        assert f'href="{reverse(name)}"' in html


@pytest.mark.parametrize("name", ["programs:list", "programs:compare", "advice:index"])
def test_section_pages_render(client, name):
    response = client.get(reverse(name))

    assert response.status_code == 200


def test_admin_sends_anonymous_visitors_to_login(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_unknown_page_gets_the_sites_own_404(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="/programs/"' in html


@pytest.mark.urls("tests.failing_urls")
def test_server_error_shows_the_sites_page_and_logs_the_details(client, caplog):
    client.raise_request_exception = False

    response = client.get("/boom/?q=1")

    html = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in html
    assert "secret internal detail" not in html and "Traceback" not in html
    logged = [record for record in caplog.records if record.name == "django.request"]
    assert logged and "/boom/" in logged[0].getMessage()
    assert logged[0].exc_info[1].args == ("secret internal detail",)


def test_bad_request_page_is_the_sites_own(client):
    client.raise_request_exception = False

    response = client.get("/", headers={"host": "evil.example"})

    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_home_quick_links_are_valid_searches(client, catalogue):
    html = client.get(reverse("home")).content.decode()
    links = [unescape(href) for href in re.findall(r'href="(/programs/\?[^"]+)"', html)]

    assert len(links) >= 4
    for link in links:
        response = client.get(link)
        assert response.status_code == 200, link
        assert not response.context["form"].errors, link
        assert response.context["chips"], link
