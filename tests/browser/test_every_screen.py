"""The pages the usability issue names, checked on a phone as they are on a desktop
(tests/browser/test_compare.py, test_finder.py, test_advice.py, test_admin.py): axe finds
nothing wrong, and the keyboard reaches the first result in a few presses."""

import pytest
from playwright.sync_api import Page, expect

from advice.demo import load_demo_articles

from . import test_admin
from .checks import assert_accessible
from .conftest import watched
from .test_compare import button
from .test_usability import compare_link

pytestmark = pytest.mark.django_db(transaction=True)

editor = test_admin.editor  # the logged-in editor of the admin's browser tests

FIRST_RESULT = "document.activeElement === document.querySelector('.program-card__title a')"


def screen_page(browser, width: int):
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 600)
    return context, context.new_page()


@pytest.fixture
def phone(browser):
    context, page = screen_page(browser, 375)
    yield from watched(page)
    context.close()


def tabs_to_first_result(page: Page, *, skip: bool) -> int:
    """Tab presses from the top of the page to the first result's link, taking the skip
    link (Tab, Enter) when ``skip``."""
    presses = 0
    if skip:
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        presses = 1
    while not page.evaluate(FIRST_RESULT):
        assert presses < 200, "the first result is never reached"
        page.keyboard.press("Tab")
        presses += 1
    return presses


@pytest.mark.parametrize("width", [375, 1280])
def test_the_skip_link_puts_the_first_result_four_tabs_away(
    live_server, browser, catalogue, width
):
    context, page = screen_page(browser, width)
    page.goto(f"{live_server.url}/programs/")
    # Skip to results, then the sort box, "Rank these by personal fit", the first result.
    assert tabs_to_first_result(page, skip=True) == 4
    context.close()


def test_on_a_phone_the_folded_filters_keep_the_first_result_near(live_server, phone, catalogue):
    phone.goto(f"{live_server.url}/programs/")
    # The skip links, the header's links, the folded filters, then the results.
    assert tabs_to_first_result(phone, skip=False) <= 12


@pytest.mark.parametrize(
    "path",
    [
        "/programs/",
        "/programs/?q=NLP",
        "programme",
        "compare",
        "/programs/fit/?w_cost=3&want=reinforcement-learning#results",
        "/advice/guide/",
        "/advice/online-or-on-campus/",
    ],
)
def test_pages_pass_axe_on_a_phone(live_server, phone, axe, catalogue, path):
    load_demo_articles()
    if path == "programme":
        path = catalogue["cmu"].get_absolute_url()
    elif path == "compare":
        path = compare_link(catalogue, "cmu", "eth", "ucl")
    phone.goto(live_server.url + path)

    assert_accessible(axe, phone)


def test_the_shortlist_passes_axe_on_a_phone(live_server, phone, axe, catalogue):
    phone.goto(f"{live_server.url}/programs/")
    button(phone, "Save to shortlist", "MSc Data Science").click()
    expect(button(phone, "Remove from shortlist", "MSc Data Science")).to_be_visible()
    phone.goto(f"{live_server.url}/programs/shortlist/")

    expect(phone.get_by_role("link", name="MSc Data Science")).to_be_visible()
    assert_accessible(axe, phone)


def test_the_programme_change_page_passes_axe_on_a_phone(
    live_server, browser, axe, editor, catalogue
):
    # Not watched for the security policy: Django's admin widgets set inline styles,
    # which it blocks (as on a desktop screen, test_admin.py).
    context, page = screen_page(browser, 375)
    test_admin.log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/{catalogue['cmu'].pk}/change/")

    expect(page.get_by_label("Reason for this change")).to_be_visible()
    assert_accessible(axe, page)
    context.close()
