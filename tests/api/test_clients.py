"""What any client gets, whatever it sends: JSON errors, a rate limit, CORS for GET."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PROGRAMS = reverse("api:programs")


@pytest.mark.parametrize(
    "path", ["/api/", "/api/v1/nothing/", "/api/v2/programs/", "/api/v1/programs/a/b/c/"]
)
def test_unknown_addresses_under_the_api_are_404_in_json(client, path):
    response = client.get(path)

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found."}


def test_an_endpoint_without_its_slash_redirects_to_it(client, catalogue):
    response = client.get("/api/v1/programs?country=US")

    assert response.status_code == 301
    assert response["Location"] == "/api/v1/programs/?country=US"
    assert client.get("/api/v1/nothing").status_code == 404


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_the_api_only_reads(client, catalogue, method):
    response = getattr(client, method)(PROGRAMS)

    assert response.status_code == 405


def test_too_many_requests_answer_429_saying_when_to_come_back(client, catalogue, settings):
    settings.API_RATE = "2/min"
    assert client.get(PROGRAMS).status_code == 200
    assert client.get(reverse("api:topics")).status_code == 200

    response = client.get(PROGRAMS)

    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60
    assert "at most 2 requests a minute" in response.json()["detail"]


def test_the_limit_counts_each_client_behind_the_proxy_apart(client, catalogue, settings):
    settings.API_RATE = "1/min"
    settings.PROXY_COUNT = 1

    def get(address):
        return client.get(PROGRAMS, HTTP_X_FORWARDED_FOR=address).status_code

    assert [get("203.0.113.5"), get("198.51.100.7"), get("203.0.113.5")] == [200, 200, 429]


def test_any_web_page_may_read_the_api_but_nothing_else(client, catalogue):
    origin = {"HTTP_ORIGIN": "https://someone-else.example"}

    api = client.get(PROGRAMS, **origin)
    page = client.get(reverse("programs:list"), **origin)

    assert api["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in api
    assert "Access-Control-Allow-Origin" not in page


def test_a_browsers_preflight_is_answered_for_get_only(client, catalogue):
    response = client.options(
        PROGRAMS,
        HTTP_ORIGIN="https://someone-else.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert response.status_code == 200
    assert response["Access-Control-Allow-Methods"] == "GET, OPTIONS"
    elsewhere = client.options(
        reverse("programs:list"),
        HTTP_ORIGIN="https://someone-else.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert elsewhere.status_code == 405


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options", "trace"])
def test_other_methods_are_told_the_api_only_takes_get(client, catalogue, method):
    response = getattr(client, method)(PROGRAMS)

    assert response.status_code == 405
    assert response["Allow"] == "GET"


@pytest.mark.parametrize(
    "path", [PROGRAMS, "/api/v1/programs/eth/msc-ds/", "/api/v1/openapi.json"]
)
def test_head_answers_as_get_without_the_body(client, catalogue, path):
    got = client.get(path)
    head = client.head(path)

    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == got["Content-Type"]
    assert head["Content-Length"] == str(len(got.content))
    assert client.head("/api/v1/programs/eth/nothing/").status_code == 404
