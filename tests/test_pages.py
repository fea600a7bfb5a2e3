"""The site's skeleton: home page, section pages, admin and error pages."""

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
