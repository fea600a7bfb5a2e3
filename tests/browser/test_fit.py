"""Personal fit on a phone and on a wide screen: once the visitor has ranked, the ranking
comes first and the priorities fold away on a phone; on a wide screen they sit beside it.
And the list's default order, said and kept in the URL."""

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def no_js_phone(browser) -> Iterator[Page]:
    context = browser.new_context(
        viewport={"width": 375, "height": 740}, is_mobile=True, java_script_enabled=False
    )
    yield context.new_page()
    context.close()


def in_view(page: Page, selector: str) -> bool:
    """Whether the top of the element is on the screen as the page is scrolled now."""
    return page.locator(selector).evaluate(
        "el => { const top = el.getBoundingClientRect().top;"
        " return top > -2 && top < window.innerHeight; }"
    )


@pytest.mark.parametrize("fixture", ["phone_page", "no_js_phone"])
def test_on_a_phone_ranking_lands_on_the_results_and_folds_the_form(
    live_server, axe, catalogue, request, fixture
):
    page = request.getfixturevalue(fixture)
    page.goto(f"{live_server.url}/programs/fit/?delivery=on_campus&delivery=online")
    cost = page.get_by_label("A low total cost")
    expect(cost).to_be_visible()  # before ranking, the form is open
    cost.select_option("3")
    page.get_by_label("Reinforcement learning").check()
    page.get_by_role("button", name="Rank programmes").click()

    expect(page).to_have_url(re.compile(r"w_cost=3.*#results$"))
    expect(page.locator(".fit-result__rank").first).to_have_text("1st")
    assert in_view(page, "#fit-count"), "the ranking is not on the screen"
    expect(page.locator("#fit-count")).to_have_text("3 programmes ranked")
    expect(page.locator(".fit__ranked-by")).to_contain_text("cost (a lot)")
    expect(cost).to_be_hidden()  # folded away
    # The ranking comes first: nothing but the title and one line of form above it.
    results_top = page.locator("#results").evaluate(
        "el => el.getBoundingClientRect().top + window.scrollY"
    )
    assert results_top < 700, f"the ranking starts {results_top}px down"
    assert_no_sideways_scroll(page)
    if fixture == "phone_page":
        assert_accessible(axe, page)

    page.get_by_text("Change", exact=True).click()  # and unfolds to rank again
    expect(cost).to_be_visible()
    expect(cost).to_have_value("3")


@pytest.mark.parametrize("fixture", ["phone_page", "no_js_phone"])
def test_on_a_phone_change_what_matters_unfolds_the_priorities(
    live_server, catalogue, request, fixture
):
    page = request.getfixturevalue(fixture)
    page.goto(f"{live_server.url}/programs/fit/?w_cost=3&want=reinforcement-learning#results")
    cost = page.get_by_label("A low total cost")
    expect(cost).to_be_hidden()  # folded once ranked

    page.get_by_role("link", name="Change what matters").click()

    expect(page.locator("#priorities")).to_have_attribute("open", "")
    expect(cost).to_be_visible()
    expect(cost).to_have_value("3")  # the weights in use, ready to change
    assert in_view(page, "#priorities-start"), "the priorities are not on the screen"
    cost.select_option("1")
    page.get_by_role("button", name="Rank programmes").click()
    expect(page).to_have_url(re.compile(r"w_cost=1.*#results$"))
    expect(page.locator(".fit__ranked-by")).to_contain_text("cost (a little)")


def test_on_a_wide_screen_the_priorities_sit_beside_the_ranking(live_server, page, axe, catalogue):
    page.goto(f"{live_server.url}/programs/fit/?w_cost=3&want=reinforcement-learning")

    form = page.locator(".fit .filters").bounding_box()
    results = page.locator("#results").bounding_box()
    assert form["x"] + form["width"] <= results["x"], "the form is not beside the ranking"
    assert abs(form["y"] - results["y"]) < 5
    expect(page.get_by_label("A low total cost")).to_be_visible()  # never folded here
    expect(page.get_by_text("Change", exact=True)).to_be_hidden()
    expect(page.locator(".fit-result__rank").first).to_be_in_viewport()
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)

    page.get_by_label("A short programme").select_option("3")
    page.get_by_role("button", name="Rank programmes").click()
    expect(page).to_have_url(re.compile(r"w_length=3.*#results$"))
    expect(page.locator(".fit__ranked-by")).to_contain_text("length (a lot)")


def test_the_list_says_its_order_and_keeps_it_in_the_url(live_server, no_js_page, catalogue):
    page = no_js_page
    page.goto(f"{live_server.url}/programs/")
    expect(page.locator("#result-order")).to_contain_text(
        "Recommended order: the soonest application deadline still open"
    )
    expect(page.locator(".program-card__title").first).to_have_text("MS in Machine Learning")

    page.get_by_label("Sort by").select_option("cost")
    page.get_by_label("Online").check()
    page.get_by_role("button", name="Show results").click()

    assert "sort=cost" in page.url
    expect(page.locator("#result-order")).to_have_text("Sorted by the lowest total cost.")
