"""Requests the site does not take: refused plainly, and logged in one line."""

import io
import logging

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_pages(catalogue):
    return [
        reverse("home"),
        reverse("programs:list"),
        catalogue["cmu"].get_absolute_url(),
        reverse("programs:compare"),
        reverse("advice:index"),
        reverse("robots_txt"),
    ]


@pytest.mark.parametrize("method", ["TRACE", "OPTIONS", "PUT", "DELETE", "PATCH"])
def test_methods_the_site_does_not_take_get_405(client, public_pages, method):
    for path in public_pages:
        response = client.generic(method, path, HTTP_X_REQUESTED_WITH="probe")

        assert response.status_code == 405, (method, path)
        assert response["Allow"] == "GET, HEAD, POST"
        assert b"<html" not in response.content


def test_head_still_works(client, public_pages):
    for path in public_pages:
        assert client.head(path).status_code == 200, path


@pytest.fixture
def security_log():
    """What the site logs about suspicious requests, as its console would show it."""
    handler = next(
        handler
        for handler in logging.getLogger("django.security").handlers
        if handler.get_name() == "suspicious_requests"
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    yield stream
    handler.setStream(previous)


def test_a_request_for_another_host_is_one_warning_line(client, security_log):
    response = client.get(reverse("home"), HTTP_HOST="evil.example")

    assert response.status_code == 400
    lines = security_log.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert (
        " WARNING django.security.DisallowedHost Invalid HTTP_HOST header: 'evil.example'"
        in lines[0]
    )


def test_an_oversized_request_is_one_warning_line(client, security_log, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000

    response = client.post(reverse("admin:login"), {"username": "x" * 5000, "password": "pw"})

    assert response.status_code == 400
    lines = security_log.getvalue().splitlines()
    assert len(lines) == 1, lines
    assert "WARNING django.security.RequestDataTooBig" in lines[0]
    assert "Traceback" not in security_log.getvalue()
