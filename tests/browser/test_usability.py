"""What a new visitor trips over first: programmes told apart by their university, the
keyboard path to the results, facets that show the big options, search that reads
people's words, and the comparison and the fit ranking on a phone."""

import re

import pytest
from playwright.sync_api import expect

from .checks import StaysOnPage, assert_accessible
from .test_compare import button

pytestmark = pytest.mark.django_db(transaction=True)


def test_the_tray_names_each_programmes_university(live_server, page, axe, catalogue):
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
