"""The site's icon on every page: public pages, the admin and the Atom feed."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_favicon_ico_leads_to_the_sites_own_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("favicon.svg")


@pytest.mark.parametrize("url_name", ["admin:index", "admin:programs_program_changelist"])
def test_admin_pages_name_the_icon(client, url_name):
    client.force_login(User.objects.create_superuser("boss", password="pw"))

    html = client.get(reverse(url_name)).content.decode()

    assert 'rel="icon"' in html and "favicon.svg" in html
    assert "Masters Compare admin" in html


def test_the_admin_login_page_names_the_icon(client):
    html = client.get(reverse("admin:login")).content.decode()

    assert 'rel="icon"' in html and "favicon.svg" in html
