"""Following without an account in a browser: a search's feed page, the shortlist's
calendar link and the download page, on a desktop and a phone, accessible."""

import pytest
from playwright.sync_api import expect

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("fixture", ["page", "phone_page"])
def test_a_search_can_be_followed_from_the_list(live_server, axe, catalogue, request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto(live_server.url + "/programs/?delivery=online")

    page.get_by_role("link", name="Follow this search").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Follow this search")
    expect(page.get_by_label("Copy the feed's address:")).to_have_value(
        live_server.url + "/programs/feed/?delivery=online"
    )
    expect(page.get_by_text("Format: Online")).to_be_visible()
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)


@pytest.mark.parametrize("fixture", ["page", "phone_page"])
def test_the_shortlist_gets_a_calendar_link(live_server, axe, catalogue, request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto(live_server.url + catalogue["ucl"].get_absolute_url())
    actions = page.locator("#program-actions")
    actions.get_by_role("button", name="Save to shortlist").click()
    expect(actions.get_by_role("button", name="Remove from shortlist")).to_be_visible()
    page.goto(live_server.url + "/programs/shortlist/")

    page.get_by_role("button", name="Add deadlines to your calendar").click()

    subscribe = page.get_by_role("link", name="Subscribe in your calendar app")
    assert subscribe.get_attribute("href").startswith("webcal://")
    assert "/programs/shortlist/calendar/" in subscribe.get_attribute("href")
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)


@pytest.mark.parametrize("fixture", ["page", "phone_page"])
def test_the_download_page_is_reached_from_the_footer(
    live_server, axe, catalogue, request, fixture
):
    page = request.getfixturevalue(fixture)
    page.goto(live_server.url + "/")

    page.get_by_role("contentinfo").get_by_role("link", name="Download the data").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Download the programme data")
    expect(page.get_by_role("link", name="Download CSV")).to_be_visible()
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)
