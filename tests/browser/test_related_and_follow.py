"""A visitor on a programme's page sees related programmes taught the same way, each
with its university, cost and length; and can learn how to follow new advice."""

import pytest
from playwright.sync_api import expect

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("fixture", ["page", "phone_page"])
def test_related_programmes_show_university_cost_and_length(
    live_server, axe, catalogue, request, fixture
):
    page = request.getfixturevalue(fixture)
    page.goto(live_server.url + catalogue["ucl"].get_absolute_url())

    related = page.get_by_role("region", name="Related programmes")
    cards = related.get_by_role("listitem")
    expect(cards.first).to_be_visible()
    first = cards.first.inner_text()
    assert "Technical University of Munich" in first  # the other one open to part-time study
    assert "Hybrid, full-time or part-time" in first
    assert "24 months" in first and "Total tuition" in first
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)


@pytest.mark.parametrize("fixture", ["page", "phone_page"])
def test_the_follow_page_explains_the_feed(live_server, axe, request, fixture):
    page = request.getfixturevalue(fixture)
    page.goto(live_server.url + "/advice/")

    page.get_by_role("link", name="Follow new articles in a feed reader").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Follow new advice")
    expect(page.get_by_label("Copy the feed's address:")).to_have_value(
        live_server.url + "/advice/feed/"
    )
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)
