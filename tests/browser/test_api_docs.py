"""The API's documentation page: Swagger UI from this site's own files, under its CSP."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_api_docs_render_from_this_site_alone_and_can_call_the_api(
    live_server, page, catalogue
):
    hosts = set()
    page.on("request", lambda request: hosts.add(urlsplit(request.url).netloc))

    page.goto(live_server.url + reverse("api:openapi-view"))
    page.get_by_text("Masters Compare API").first.wait_for()
    operation = page.locator("#operations-programmes-api_views_programs")
    operation.locator(".opblock-summary").click()
    operation.get_by_role("button", name="Try it out").click()
    operation.get_by_role("button", name="Execute").click()

    response = operation.locator(".live-responses-table tbody td.response-col_status").first
    response.wait_for()
    assert response.inner_text().strip() == "200"
    assert hosts == {urlsplit(live_server.url).netloc}


def test_the_api_docs_meet_contrast_and_target_size_on_a_phone(live_server, page, axe, catalogue):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + reverse("api:openapi-view"))
    page.get_by_text("Masters Compare API").first.wait_for()
    page.locator("#operations-programmes-api_views_programs").wait_for()

    results = axe.run(
        page, options={"runOnly": {"type": "rule", "values": ["color-contrast", "target-size"]}}
    )

    assert results.violations_count == 0, results.generate_report()
