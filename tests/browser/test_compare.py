"""A visitor compares programmes, keeps a shortlist and ranks by fit: with and without
JavaScript, accessible, and usable on a phone."""

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.factories import ProgramFactory

from .checks import StaysOnPage, assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)

PICKS = ["MS in Machine Learning", "MSc Data Science", "MSc Machine Learning Online"]


def button(scope, action: str, title: str = ""):
    """A compare or shortlist button; its accessible name ends with the programme's title
    and university."""
    pattern = (
        rf"^{re.escape(action)}\W*{re.escape(title)}, [^,]+$"
        if title
        else rf"^{re.escape(action)}"
    )
    return scope.get_by_role("button", name=re.compile(pattern))


def column_titles(page: Page) -> list[str]:
    return page.locator(".compare-table__title").all_inner_texts()


def row_header(page: Page, label: str):
    return page.locator(".compare-table").get_by_role("rowheader", name=label, exact=True)


def test_a_new_visitor_compares_three_programmes_and_shares_the_link(
    live_server, page, browser, catalogue
):
    page.goto(f"{live_server.url}/programs/")
    with StaysOnPage(page):
        for title in PICKS:
            button(page, "Add to comparison", title).click()
            # htmx swaps the button in place: no page load, the button now removes it
            expect(button(page, "Remove from comparison", title)).to_be_visible()
    tray = page.locator("#compare-tray")
    expect(tray).to_contain_text("(3 of 6)")
    expect(page.get_by_role("status").filter(has_text="Added")).to_contain_text(
        "Added MSc Machine Learning Online, University College London to your comparison"
    )

    tray.get_by_role("link", name="Compare 3 programmes").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Compare programmes")
    assert column_titles(page) == PICKS
    expect(row_header(page, "Teaching language")).to_be_visible()
    expect(page.get_by_text("approximate and unverified")).to_be_visible()

    page.get_by_label("Only show differences").check()

    expect(page).to_have_url(re.compile("diff=1"))
    expect(row_header(page, "Teaching language")).to_have_count(0)
    expect(row_header(page, "Duration")).to_be_visible()
    expect(page.locator(".compare-cell--best").first).to_contain_text("Best")

    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    rows = list(csv.reader(io.StringIO(Path(download.value.path()).read_text())))
    assert rows[0][2:] == [
        "MS in Machine Learning, Carnegie Mellon University",
        "MSc Data Science, ETH Zurich",
        "MSc Machine Learning Online, University College London",
    ]
    assert ["Time", "Duration", "16 months", "24 months", "24 months"] in rows
    assert "Teaching language" not in [row[1] for row in rows]

    shared_link = page.url
    table = page.locator(".compare-table").inner_text()
    stranger = browser.new_context()
    try:
        other = stranger.new_page()
        other.goto(shared_link)
        assert column_titles(other) == PICKS
        assert other.locator(".compare-table").inner_text() == table
    finally:
        stranger.close()


def test_the_same_comparison_without_javascript(live_server, no_js_page, catalogue):
    page = no_js_page
    page.goto(f"{live_server.url}/programs/?sort=name")
    for title in PICKS[:2]:
        button(page, "Add to comparison", title).click()
        expect(page.get_by_text(f"Added {title}, ")).to_be_visible()
    assert "sort=name" in page.url  # back where the visitor was

    page.locator("#compare-tray").get_by_role("link", name="Compare 2 programmes").click()
    expect(page.locator(".compare-table__title")).to_have_text(PICKS[:2])  # once loaded

    page.get_by_label("Only show differences").check()
    page.get_by_role("button", name="Update").click()

    assert "diff=1" in page.url
    expect(row_header(page, "Teaching language")).to_have_count(0)
    expect(row_header(page, "GRE")).to_be_visible()


def test_the_shortlist_is_kept_and_counted_in_the_header(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/")
    with StaysOnPage(page):
        button(page, "Save to shortlist", "MSc Data Science").click()
        expect(page.locator("#shortlist-count")).to_have_text("1")
        expect(button(page, "Remove from shortlist", "MSc Data Science")).to_be_visible()
        expect(button(page, "Add to comparison", "MSc Data Science")).to_be_visible()
        button(page, "Save to shortlist", "MS in Machine Learning").click()
        expect(page.locator("#shortlist-count")).to_have_text("2")

    page.get_by_role("link", name=re.compile("^Shortlist")).click()
    expect(page.get_by_role("heading", name="2 saved programmes")).to_be_visible()

    with StaysOnPage(page):
        button(page, "Remove from shortlist", "MSc Data Science").click()
        expect(page.get_by_role("heading", name="1 saved programme")).to_be_visible()
    expect(page.locator("#shortlist-count")).to_have_text("1")

    page.reload()
    expect(page.locator(".program-card__title")).to_have_text(["MS in Machine Learning"])


def test_comparing_from_the_programme_page(live_server, page, catalogue):
    page.goto(live_server.url + catalogue["tum"].get_absolute_url())
    actions = page.locator("#program-actions")

    button(actions, "Add to comparison").click()

    expect(button(actions, "Remove from comparison")).to_be_visible()
    expect(page.locator("#compare-tray")).to_contain_text("MSc Robotics, Cognition, Intelligence")


def test_a_seventh_programme_gets_a_clear_message(live_server, page, catalogue):
    for number in range(3):
        ProgramFactory(title=f"Another Programme {number}")
    page.goto(f"{live_server.url}/programs/")
    buttons = button(page, "Add to comparison")
    for _ in range(6):
        buttons.first.click()
        expect(page.locator("#selection-status")).to_contain_text("Added")
        page.locator("#selection-status").evaluate("element => element.replaceChildren()")

    buttons.first.click()

    expect(page.locator("#selection-status")).to_contain_text(
        "You can compare at most 6 programmes at once."
    )
    expect(page.locator("#compare-tray")).to_contain_text("(6 of 6)")


def test_ranking_by_personal_fit_explains_each_rank(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/fit/")
    page.get_by_label("A low total cost").select_option("3")
    page.get_by_label("Reinforcement learning").check()
    page.get_by_role("button", name="Rank programmes").click()

    expect(page.locator(".fit-result__rank").first).to_have_text("1st")
    page.get_by_text("Why this rank").first.click()
    expect(page.locator(".fit-breakdown").first).to_contain_text("Cost")
    expect(page.locator(".fit-breakdown").first).to_be_visible()


@pytest.fixture
def shortlisted(live_server, page, catalogue):
    page.goto(f"{live_server.url}/programs/")
    for title in PICKS:
        button(page, "Save to shortlist", title).click()
        expect(button(page, "Remove from shortlist", title)).to_be_visible()
    return catalogue


def compare_link(catalogue, *keys) -> str:
    return "/programs/compare/?" + "&".join(f"p={catalogue[key].pk}" for key in keys)


def test_comparison_page_is_accessible(live_server, page, axe, catalogue):
    page.goto(live_server.url + compare_link(catalogue, "cmu", "eth", "ucl", "tum"))

    assert_accessible(axe, page)


def test_shortlist_page_is_accessible(live_server, page, axe, shortlisted):
    page.goto(f"{live_server.url}/programs/shortlist/")
    expect(page.get_by_role("heading", name="3 saved programmes")).to_be_visible()

    assert_accessible(axe, page)


def test_fit_page_is_accessible(live_server, page, axe, catalogue):
    page.goto(f"{live_server.url}/programs/fit/?want=reinforcement-learning")
    page.get_by_text("Why this rank").first.click()

    assert_accessible(axe, page)


def test_the_comparison_does_not_scroll_sideways_on_a_phone(live_server, phone_page, catalogue):
    more = [ProgramFactory(title=f"A Rather Long Programme Title Number {n}").pk for n in range(2)]
    link = compare_link(catalogue, "cmu", "eth", "ucl", "tum") + "".join(f"&p={pk}" for pk in more)

    phone_page.goto(live_server.url + link)

    assert_no_sideways_scroll(phone_page)
    scroller = phone_page.locator(".compare-scroll")
    assert scroller.evaluate(
        "element => element.scrollWidth > element.clientWidth"
    )  # the table scrolls


@pytest.mark.parametrize("path", ["/programs/shortlist/", "/programs/fit/"])
def test_shortlist_and_fit_do_not_scroll_sideways_on_a_phone(
    live_server, phone_page, catalogue, path
):
    phone_page.goto(live_server.url + path)

    assert_no_sideways_scroll(phone_page)
