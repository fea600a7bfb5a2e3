"""Security headers on every page type, admin lockout, and request limits."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
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


def failed_login(client, username: str, **headers):
    return client.post(
        reverse("admin:login"), {"username": username, "password": "wrong-password"}, **headers
    )


def good_login(client, **headers):
    return client.post(
        reverse("admin:login"), {"username": "editor", "password": "right-password"}, **headers
    )


@pytest.fixture
def editor(db):
    return User.objects.create_user("editor", password="right-password", is_staff=True)


def test_sixth_wrong_password_for_one_username_from_one_client_is_refused(client, editor):
    for _ in range(4):
        response = failed_login(client, "editor")
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    assert failed_login(client, "editor").status_code == 429  # the fifth failure locks

    sixth = failed_login(client, "editor")

    assert sixth.status_code == 429
    html = sixth.content.decode()
    assert "Too many failed logins" in html
    assert "15 minutes" in html
    assert "Other accounts, and this one from other places, are not affected" in html


def test_lockout_holds_even_with_the_right_password(client, editor):
    for _ in range(5):
        failed_login(client, "editor")

    assert good_login(client).status_code == 429


def test_an_outsider_cannot_lock_an_editor_out(client, editor):
    for number in range(10):
        failed_login(client, "editor", REMOTE_ADDR=f"203.0.113.{number}")
        failed_login(client, "editor", REMOTE_ADDR="203.0.113.66")

    assert good_login(client, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_guessing_other_usernames_does_not_lock_out_a_colleague_on_the_same_address(
    client, editor
):
    for number in range(10):
        failed_login(client, f"someone{number}")

    assert good_login(client).status_code == 302


@pytest.mark.parametrize("proxy_count", [0, 1])
def test_a_forged_forwarded_for_header_does_not_dodge_the_lockout(
    client, editor, settings, proxy_count
):
    settings.PROXY_COUNT = proxy_count
    for number in range(5):
        # Whatever the client writes into the header comes before what the proxy appends.
        failed_login(client, "editor", HTTP_X_FORWARDED_FOR=f"10.9.9.{number}, 203.0.113.5")

    assert good_login(client, HTTP_X_FORWARDED_FOR="10.9.9.99, 203.0.113.5").status_code == 429


def test_behind_a_proxy_one_visitor_failing_does_not_lock_out_the_others(client, editor, settings):
    settings.PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}  # every connection comes from the proxy
    for _ in range(5):
        failed_login(client, "editor", HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy)

    assert good_login(client, HTTP_X_FORWARDED_FOR="203.0.113.5", **proxy).status_code == 429
    assert good_login(client, HTTP_X_FORWARDED_FOR="198.51.100.7", **proxy).status_code == 302


def test_without_a_proxy_the_forwarded_for_header_is_ignored(client, editor, settings):
    settings.PROXY_COUNT = 0
    for number in range(5):
        failed_login(client, "editor", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")

    assert good_login(client, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429


def test_axes_reset_lets_a_locked_out_editor_in_again(client, editor):
    for _ in range(5):
        failed_login(client, "editor")
    assert good_login(client).status_code == 429

    call_command("axes_reset_username", "editor", stdout=io.StringIO())

    assert good_login(client).status_code == 302


def test_a_correct_login_works(client, editor):
    assert good_login(client).status_code == 302


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
