"""A visitor says once that they would pay international fees, and every amount follows."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("screen", ["page", "phone_page"])
def test_international_fees_chosen_once_apply_everywhere(
    live_server, request, screen, catalogue, axe
):
    page = request.getfixturevalue(screen)
    cmu = catalogue["cmu"]
    cmu.tuition_intl_amount = Decimal("75000")  # a year, for 16 months
    cmu.save()
    card = page.locator(".program-card", has_text="MS in Machine Learning")

    page.goto(live_server.url + "/programs/")
    expect(card).to_contain_text("EUR 72,000")
    if screen == "phone_page":
        page.get_by_text("Filters", exact=True).click()  # the filters fold away on a phone
    page.get_by_label("International fees").check()
    if screen == "phone_page":
        page.get_by_role("button", name="Show results").click()

    expect(page.get_by_role("link", name="International fees (remove)")).to_be_visible()
    expect(card).to_contain_text("EUR 90,000")
    expect(card).to_contain_text("international fees")
    expect(page.locator(".program-card", has_text="MSc Data Science")).to_contain_text(
        "International fee not published"
    )
    assert_accessible(axe, page)
    assert_no_sideways_scroll(page)

    card.get_by_role("link", name="MS in Machine Learning").click()  # the link carries it
    expect(page.locator("#money-heading + dl")).to_contain_text(
        "Total tuition, international fees"
    )
    expect(page.locator("#money-heading + dl")).to_contain_text("EUR 90,000")
    assert_accessible(axe, page)
    assert_no_sideways_scroll(page)

    page.get_by_role("link", name="switch to home or EU fees").click()
    expect(page.locator("#money-heading + dl")).to_contain_text("EUR 72,000")
