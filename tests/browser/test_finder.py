"""A visitor finds a programme: search, filter, sort, paginate, open it; with and without JavaScript."""

import re

import pytest
from playwright.sync_api import expect

from tests.factories import ProgramFactory

from .checks import StaysOnPage, assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def many(catalogue):
    for number in range(22):
        ProgramFactory(title=f"Online Learning Programme {number:02}", delivery="online")
    return catalogue


def result_titles(page) -> list[str]:
    return page.locator(".program-card__title").all_inner_texts()


def test_visitor_searches_filters_sorts_paginates_and_opens_a_programme(live_server, page, many):
    page.goto(live_server.url)
    page.get_by_label("Search programmes").fill("learning")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("heading", name=re.compile(r"\d+ programmes"))).to_be_visible()

    with StaysOnPage(page):  # htmx swaps the results in place
        page.get_by_label("Online").check()
        expect(page.locator("#result-count")).to_have_text("23 programmes")
        expect(page).to_have_url(re.compile("delivery=online"))  # and keeps the URL in sync

        page.get_by_label("Sort by").select_option("name")
        expect(page).to_have_url(re.compile("sort=name"))
        expect(page.locator(".program-card__title").first).to_have_text(
            "MSc Machine Learning Online"
        )

        page.get_by_role("link", name="Next").click()
        expect(page.get_by_text("Page 2 of 2")).to_be_visible()
    assert "page=2" in page.url
    page.go_back()
    expect(page.get_by_text("Page 1 of 2")).to_be_visible()

    page.get_by_role("link", name="MSc Machine Learning Online").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("MSc Machine Learning Online")
    expect(page.get_by_text("Unverified, approximate")).to_be_visible()


def test_the_same_journey_without_javascript(live_server, no_js_page, many):
    page = no_js_page
    page.goto(live_server.url)
    page.get_by_label("Search programmes").fill("learning")
    page.get_by_role("button", name="Search").click()

    page.get_by_label("Online").check()
    page.get_by_label("Sort by").select_option("name")
    page.get_by_role("button", name="Show results").click()
    expect(page.locator("#result-count")).to_have_text("23 programmes")
    assert "delivery=online" in page.url and "sort=name" in page.url
    expect(page.locator(".program-card__title").first).to_have_text("MSc Machine Learning Online")

    page.get_by_role("link", name="Next").click()
    expect(page.get_by_text("Page 2 of 2")).to_be_visible()

    page.get_by_role("link", name=re.compile("Online Learning Programme 2")).first.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Online Learning Programme")


def test_removing_a_chip_updates_results(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/?country=US&country=GB")
    expect(page.locator("#result-count")).to_have_text("2 programmes")

    page.get_by_role("link", name=re.compile("Country: United States")).click()

    expect(page.locator("#result-count")).to_have_text("1 programme")
    assert "US" not in page.url


@pytest.mark.parametrize("path", ["/", "/programs/", "/programs/?q=learning&delivery=online"])
def test_pages_are_accessible(live_server, page, axe, catalogue, path):
    page.goto(live_server.url + path)

    assert_accessible(axe, page)


def test_programme_page_is_accessible(live_server, page, axe, catalogue):
    page.goto(live_server.url + catalogue["cmu"].get_absolute_url())

    assert_accessible(axe, page)


@pytest.mark.parametrize("path", ["/", "/programs/", "programme"])
def test_nothing_scrolls_sideways_on_a_phone(live_server, phone_page, catalogue, path):
    if path == "programme":
        path = catalogue["ucl"].get_absolute_url()
    phone_page.goto(live_server.url + path)

    assert_no_sideways_scroll(phone_page)


def test_filters_fold_away_on_a_phone_and_stay_open_while_ticking(
    live_server, phone_page, catalogue
):
    page = phone_page
    page.goto(f"{live_server.url}/programs/")
    online = page.get_by_label("Online")
    expect(online).to_be_hidden()
    expect(page.locator("#result-count")).to_be_visible()

    page.get_by_text("Filters").click()
    online.check()
    expect(page.locator("#result-count")).to_have_text("1 programme")

    expect(page.get_by_label("Hybrid")).to_be_visible()


def test_filters_are_always_shown_on_a_wide_screen(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/")

    expect(page.get_by_label("Online")).to_be_visible()


@pytest.fixture
def two_matches(catalogue):
    """A search for "reinforcement" finds the better match (by title) with no deadline and
    the lesser one (by topic) closing soon: relevance and the default order differ."""
    from datetime import timedelta

    from django.utils import timezone

    from tests.factories import DeadlineFactory, TopicFactory

    ProgramFactory(title="MSc Reinforcement Learning")
    robotics = ProgramFactory(title="MSc Robotics")
    robotics.topics.add(TopicFactory(name="Reinforcement learning"))
    DeadlineFactory(program=robotics, closes_on=timezone.localdate() + timedelta(days=1))


@pytest.mark.parametrize("javascript", [True, False])
def test_a_search_typed_on_the_list_is_in_order_of_relevance(
    live_server, browser, two_matches, javascript
):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(f"{live_server.url}/programs/")
    expect(page.locator("#result-order")).to_contain_text("Recommended order: the soonest")

    page.get_by_label("Search", exact=True).fill("reinforcement")
    page.get_by_label("Search", exact=True).press("Enter")

    expect(page.locator("#result-order")).to_have_text(
        "Recommended order for a search: how well they match your search."
    )
    expect(page.locator(".program-card__title").first).to_have_text("MSc Reinforcement Learning")

    page.get_by_label("Sort by").select_option("deadline")  # a visitor's own choice is kept
    if not javascript:
        page.get_by_role("button", name="Sort").click()
    page.get_by_label("Search", exact=True).fill("reinforcement learning")
    page.get_by_label("Search", exact=True).press("Enter")
    expect(page).to_have_url(re.compile("q=reinforcement"))
    expect(page.locator("#result-order")).to_contain_text("Sorted by the soonest application")
    expect(page.locator(".program-card__title").first).to_have_text("MSc Robotics")
    context.close()
