"""Property-based tests: arbitrary query strings never cause a server error or an
unescaped echo. The number of examples is bounded (HYPOTHESIS_PROFILE=ci in CI)."""

import re
from urllib.parse import unquote_plus, urlencode

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PARAMETERS = [
    "q", "country", "delivery", "pace", "degree", "language", "topic", "max_months",
    "max_cost", "currency", "living", "intl", "internship", "no_gre", "open",
    "placement_required", "sponsored", "careers_after", "phd_data", "w_placement",
    "deadline_after", "start", "sort", "page", "p", "diff", "format", "tag", "category",
    "role", "background", "budget", "budget_currency", "months", "must_work", "timeline",
    "w_cost", "w_length", "w_topics", "weight", "x",
]  # fmt: skip
PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    "NaN", "Infinity", "-1", "1e999", "9" * 40, "0x10", "", " ", "\x00", "é", "∞",
    "2027-02-30", "2027-13", "' OR 1=1 --", "%00", "../../etc/passwd", "{{7*7}}",
]  # fmt: skip

values = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=60))
query_strings = st.lists(
    st.tuples(st.sampled_from(PARAMETERS), values), min_size=0, max_size=8
).map(urlencode)

hostile = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    deadline=None,
)


def tag_like(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/!]", text))


def assert_safe(response, query: str) -> None:
    assert response.status_code < 500, query
    if response.get("Content-Type", "").startswith("text/html"):
        html = response.content.decode()
        for _, value in re.findall(r"([^=&]+)=([^&]*)", query):
            typed = unquote_plus(value)
            if tag_like(typed):
                assert typed not in html, f"{typed!r} echoed unescaped for ?{query}"


PAGES = [
    "list", "programme", "compare", "advice", "guide", "home", "shortlist", "fit", "feed",
    "follow", "calendar", "download",
]  # fmt: skip


@pytest.fixture
def pages(catalogue):
    return {
        "list": reverse("programs:list"),
        "programme": catalogue["cmu"].get_absolute_url(),
        "compare": reverse("programs:compare"),
        "advice": reverse("advice:index"),
        "guide": reverse("advice:guide"),
        "home": reverse("home"),
        "shortlist": reverse("programs:shortlist"),
        "fit": reverse("programs:fit"),
        "feed": reverse("programs:feed"),
        "follow": reverse("programs:follow"),
        "calendar": reverse("programs:calendar", args=["cmu", "msml"]),
        "download": reverse("programs:download"),
    }


@hostile
@given(query=query_strings)
@pytest.mark.parametrize("page", PAGES)
def test_arbitrary_query_strings_are_handled(client, pages, page, query):
    response = client.get(f"{pages[page]}?{query}")

    assert_safe(response, query)


@hostile
@given(query=query_strings)
def test_htmx_partials_handle_arbitrary_query_strings(client, pages, query):
    response = client.get(f"{pages['list']}?{query}", headers={"HX-Request": "true"})

    assert_safe(response, query)


form_posts = st.lists(
    st.tuples(st.sampled_from(["program", "next", "p", "csrfmiddlewaretoken", "x"]), values),
    max_size=6,
)


@hostile
@given(data=form_posts)
@pytest.mark.parametrize(
    "action",
    ["compare_add", "compare_remove", "compare_clear", "shortlist_add", "shortlist_remove"],
)
def test_arbitrary_form_posts_to_the_shortlist_and_tray(client, catalogue, action, data):
    url = reverse(f"programs:{action}")

    for headers in ({}, {"HX-Request": "true"}):
        response = client.post(
            url,
            data=urlencode(data),
            content_type="application/x-www-form-urlencoded",
            headers=headers,
        )
        assert response.status_code < 500, data
        location = response.get("Location", "")
        assert not location.startswith(("http:", "https:", "//")), location
