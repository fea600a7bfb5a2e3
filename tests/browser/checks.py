"""Assertions shared by the browser tests."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

# While htmx fetches results the list fades (finder.css), and fades back after: axe
# would measure the faded colours.
SETTLED = """() => !document.querySelector('.htmx-request') && [...document.querySelectorAll('.catalogue')]
    .every((element) => getComputedStyle(element).opacity === '1')"""


def assert_accessible(axe: Axe, page: Page) -> None:
    """Run axe-core on the page, once no request is in flight, and fail with a readable
    list of violations."""
    page.wait_for_function(SETTLED)
    results = axe.run(page)
    assert results.violations_count == 0, results.generate_report()


def assert_no_sideways_scroll(page: Page) -> None:
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px"


class StaysOnPage:
    """Proves that what happens inside the block is done in place, without loading a new page.

    A full page load would drop the marker this sets on the window.
    """

    def __init__(self, page: Page):
        self.page = page

    def __enter__(self):
        self.page.evaluate("window.stayedOnPage = true")

    def __exit__(self, *exc):
        if exc[0] is None:
            assert self.page.evaluate("window.stayedOnPage === true"), "the page was reloaded"
