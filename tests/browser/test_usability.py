"""What a new visitor trips over first: programmes told apart by their university, the
keyboard path to the results, facets that show the big options, search that reads
people's words, and the comparison and the fit ranking on a phone."""

import re

import pytest
from playwright.sync_api import expect

from .checks import SETTLED, StaysOnPage, assert_accessible
from .conftest import watched
from .test_compare import button

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(params=[375, 1280], ids=["375px", "1280px"])
def screen(request, browser):
    """A page on a phone and on a desktop screen."""
    width = request.param
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 600)
    yield from watched(context.new_page())
    context.close()


def test_the_tray_names_each_programmes_university(live_server, screen, axe, catalogue):
    page = screen
    page.goto(f"{live_server.url}/programs/")
    with StaysOnPage(page):
        button(page, "Add to comparison", "MS in Machine Learning").click()
        button(page, "Add to comparison", "MSc Machine Learning Online").click()

    tray = page.locator("#compare-tray")
    expect(tray.locator(".tray__item")).to_have_text(
        [
            re.compile(r"MS in Machine Learning, Carnegie Mellon University"),
            re.compile(r"MSc Machine Learning Online, University College London"),
        ]
    )
    expect(page.locator("#selection-status")).to_contain_text(
        "Added MSc Machine Learning Online, University College London"
    )
    assert_accessible(axe, page)


def focused_text(page) -> str:
    return page.evaluate("document.activeElement.textContent").strip()


@pytest.mark.parametrize("path", ["/programs/", "/programs/fit/"])
def test_the_first_tab_offers_a_skip_to_the_results(live_server, screen, axe, catalogue, path):
    page = screen
    page.goto(live_server.url + path)

    page.keyboard.press("Tab")
    assert focused_text(page).startswith("Skip to")
    expect(page.locator(":focus")).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")  # into the results, past every filter
    assert page.evaluate("document.activeElement.closest('#results') !== null")
    assert_accessible(axe, page)


def test_every_other_page_skips_to_its_content(live_server, page, catalogue):
    page.goto(live_server.url + catalogue["eth"].get_absolute_url())

    page.keyboard.press("Tab")

    assert focused_text(page) == "Skip to content"


def test_a_keyboard_alone_adds_to_the_comparison_and_keeps_its_place(
    live_server, screen, axe, catalogue
):
    page = screen
    page.goto(f"{live_server.url}/programs/")
    first_add = page.locator(".program-card").first.get_by_role(
        "button", name=re.compile("^Add to comparison")
    )

    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to results")
    page.keyboard.press("Enter")
    for _ in range(15):
        page.keyboard.press("Tab")
        if first_add.evaluate("button => button === document.activeElement"):
            break
    else:
        pytest.fail("15 Tab presses after the skip link never reach the first programme's button")
    with StaysOnPage(page):
        page.keyboard.press("Enter")
        expect(page.locator("#selection-status")).to_contain_text(
            "Added MS in Machine Learning, Carnegie Mellon University to your comparison"
        )
    expect(page.locator("#compare-tray .tray__item")).to_have_text(
        [re.compile(r"^MS in Machine Learning, Carnegie Mellon University")]
    )
    remove = button(page, "Remove from comparison", "MS in Machine Learning")
    expect(remove).to_be_focused()  # the swapped button keeps the focus
    page.keyboard.press("Tab")
    expect(button(page, "Save to shortlist", "MS in Machine Learning")).to_be_focused()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    expect(button(page, "Add to comparison", "MS in Machine Learning")).to_be_focused()
    expect(page.locator("#compare-tray .tray__item")).to_have_count(0)
    assert_accessible(axe, page)


def test_status_messages_can_be_dismissed_and_go_with_the_next_page(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/")
    status = page.locator("#selection-status")
    button(page, "Add to comparison", "MSc Data Science").click()
    expect(status).to_contain_text("Added")

    status.get_by_role("button", name="Dismiss this message").click()
    expect(status).to_be_empty()

    button(page, "Add to comparison", "MS in Machine Learning").click()
    expect(status).to_contain_text("Added")
    page.get_by_label("Online").check()  # the next page of results
    expect(page.locator("#result-count")).to_have_text("1 programme")
    expect(status).to_be_empty()


def test_without_javascript_a_message_lasts_one_page(live_server, no_js_page, catalogue):
    page = no_js_page
    page.goto(f"{live_server.url}/programs/")
    button(page, "Add to comparison", "MSc Data Science").click()
    message = page.locator(".messages")
    expect(message).to_contain_text("Added MSc Data Science, ETH Zurich")
    expect(message.get_by_role("button")).to_have_count(0)  # nothing that cannot work

    page.reload()

    expect(message).to_have_count(0)


def country_options(page) -> list[str]:
    fieldset = page.locator("fieldset", has=page.locator("legend", has_text="Country"))
    return fieldset.locator(".facet__options > li > label:visible").all_inner_texts()


@pytest.mark.parametrize("width", [375, 1280])
def test_facets_show_the_largest_options_and_pin_the_chosen_ones(
    live_server, browser, axe, many_countries, width
):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/programs/")
        if width < 600:
            page.get_by_text("Filters").click()
        options = country_options(page)
        assert options[0].startswith("United States") and len(options) == 6
        assert not any(option.startswith("Italy") for option in options)

        page.get_by_text("Show all 11").click()  # the rest, without leaving the page
        page.get_by_label(re.compile("^Italy")).check()
        expect(page.locator("#result-count")).to_have_text("1 programme")
        page.wait_for_function(SETTLED)  # the panel is reopened once the swap settles
        if width < 600 and not page.locator("#filters-toggle[open]").count():
            page.get_by_text("Filters").click()
        expect(page.get_by_label(re.compile("^Italy"))).to_be_visible()
        expect(page.get_by_label(re.compile("^Italy"))).to_be_checked()
        assert country_options(page)[0].startswith("Italy")  # pinned on top
        # the list is not a box that scrolls inside the page
        assert (
            page.locator(".facet__options").first.evaluate(
                "list => getComputedStyle(list).overflowY"
            )
            == "visible"
        )
        assert_accessible(axe, page)
    finally:
        context.close()


def test_show_all_works_without_javascript(live_server, no_js_page, many_countries):
    page = no_js_page
    page.goto(f"{live_server.url}/programs/")
    page.get_by_text("Show all 11").click()
    page.get_by_label(re.compile("^Italy")).check()
    page.get_by_role("button", name="Show results").click()

    expect(page.locator("#result-count")).to_have_text("1 programme")
    assert country_options(page)[0].startswith("Italy")


@pytest.mark.parametrize(
    ("query", "found"),
    [("NLP", "MSc Machine Learning Online"), ("machine learnign", "MS in Machine Learning")],
)
def test_search_finds_abbreviations_and_misspellings(
    live_server, screen, axe, catalogue, query, found
):
    page = screen
    page.goto(live_server.url)
    page.get_by_label("Search programmes").fill(query)
    page.get_by_role("button", name="Search").click()

    expect(page.locator("#result-count")).to_have_text("2 programmes")
    expect(page.get_by_role("link", name=found, exact=True)).to_be_visible()
    if query == "machine learnign":
        expect(page.get_by_role("status").filter(has_text="Nothing matches")).to_contain_text(
            "“machine learning”"
        )
    assert_accessible(axe, page)


def compare_link(catalogue, *keys) -> str:
    return "/programs/compare/?" + "&".join(f"p={catalogue[key].pk}" for key in keys)


def test_compare_on_a_phone_shows_two_programmes_and_the_row_labels(
    live_server, phone_page, axe, catalogue
):
    page = phone_page
    page.goto(live_server.url + compare_link(catalogue, "cmu", "eth", "ucl"))
    width = page.viewport_size["width"]

    scroller = page.locator(".compare-scroll")
    assert scroller.evaluate("box => box.scrollHeight <= box.clientHeight")  # no inner box
    heads = page.locator(".compare-table thead th")
    for index in (1, 2):  # the first two programmes, whole, beside the labels
        box = heads.nth(index).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width
    label = page.locator(".compare-table").get_by_role(
        "rowheader", name="Total tuition, home or EU fees", exact=True
    )
    scroller.evaluate("box => { box.scrollLeft = box.scrollWidth; }")  # swiped to the third
    label_box = label.bounding_box()
    assert label_box["x"] >= 0 and label_box["x"] < width / 3  # the label stays in view
    expect(page.locator(".compare-table__title").nth(2)).to_be_in_viewport()
    assert_accessible(axe, page)


def test_compare_on_a_wide_screen_is_never_cut(live_server, page, axe, catalogue):
    page.goto(live_server.url + compare_link(catalogue, "cmu", "eth", "ucl", "tum"))

    scroller = page.locator(".compare-scroll")
    assert scroller.evaluate("box => box.scrollHeight <= box.clientHeight")
    assert scroller.evaluate("box => box.scrollWidth <= box.clientWidth")
    expect(page.get_by_text("mark the lowest and the highest total cost")).to_be_visible()
    assert_accessible(axe, page)
