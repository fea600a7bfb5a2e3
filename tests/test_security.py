"""Security headers on every page type, admin lockout, and request limits."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(catalogue):
    return [
        reverse("home"),
        reverse("programs:list"),
        reverse("programs:list") + "?q=learning&country=US",
        catalogue["cmu"].get_absolute_url(),
        reverse("programs:compare"),
        reverse("advice:index"),
        reverse("advice:guide"),
        "/no-such-page/",
        reverse("admin:login"),
    ]


def test_every_page_type_carries_the_security_headers(client, pages):
    for path in pages:
        response = client.get(path)
        csp = response["Content-Security-Policy"]

        assert "default-src 'self'" in csp, path
        assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp, path
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert response["X-Frame-Options"] == "DENY", path
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
        assert "camera=()" in response["Permissions-Policy"], path


def test_pages_have_no_inline_scripts_or_styles(client, pages):
    for path in pages[:-1]:
        html = client.get(path).content.decode()

        assert "<script>" not in html and "<style" not in html, path
        assert ' style="' not in html, path


def failed_login(client, username: str):
    return client.post(
        reverse("admin:login"), {"username": username, "password": "wrong-password"}
    )


def test_sixth_wrong_password_from_one_client_is_refused(client):
    User.objects.create_user("editor", password="right-password", is_staff=True)
    for attempt in range(4):
        response = failed_login(client, f"someone{attempt}")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    assert failed_login(client, "someone4").status_code == 429  # the fifth failure locks

    sixth = failed_login(client, "editor")

    assert sixth.status_code == 429
    html = sixth.content.decode()
    assert "Too many failed logins" in html
    assert "15 minutes" in html


def test_lockout_holds_even_with_the_right_password(client):
    User.objects.create_user("editor", password="right-password", is_staff=True)
    for _ in range(5):
        failed_login(client, "editor")

    response = client.post(
        reverse("admin:login"), {"username": "editor", "password": "right-password"}
    )

    assert response.status_code == 429


def test_one_username_is_locked_across_clients(client):
    User.objects.create_user("editor", password="right-password", is_staff=True)
    for number in range(5):
        client.post(
            reverse("admin:login"),
            {"username": "editor", "password": "wrong"},
            REMOTE_ADDR=f"10.0.0.{number}",
        )

    response = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "right-password"},
        REMOTE_ADDR="10.0.0.99",
    )

    assert response.status_code == 429


def test_a_correct_login_works(client):
    User.objects.create_user("editor", password="right-password", is_staff=True)

    response = client.post(
        reverse("admin:login"), {"username": "editor", "password": "right-password"}
    )

    assert response.status_code == 302


def test_too_many_form_fields_are_refused_cleanly(client):
    data = {f"field{number}": "x" for number in range(2500)}

    response = client.post(reverse("admin:login"), data)

    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_a_post_without_csrf_token_gets_the_sites_own_page(catalogue):
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("programs:shortlist_add"), {"program": catalogue["cmu"].pk})

    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()
