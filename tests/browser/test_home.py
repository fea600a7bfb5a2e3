import pytest

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


def test_home_search_leads_to_programme_list(live_server, page):
    page.goto(live_server.url)
    page.get_by_label("Search programmes").fill("deep learning")
    page.get_by_role("button", name="Search").click()

    page.wait_for_url("**/programs/?q=deep+learning")
    assert page.get_by_role("heading", level=1).inner_text() == "Programmes"


def test_home_page_is_accessible(live_server, page, axe):
    page.goto(live_server.url)

    assert_accessible(axe, page)


def test_home_page_fits_a_phone(live_server, phone_page):
    phone_page.goto(live_server.url)

    assert_no_sideways_scroll(phone_page)


def test_home_page_works_in_dark_mode(live_server, browser, axe):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.goto(live_server.url)

    assert_accessible(axe, page)
    context.close()
