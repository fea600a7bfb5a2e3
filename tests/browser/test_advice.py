import pytest
from playwright.sync_api import expect

from advice.demo import load_demo_articles

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)

ARTICLE = "/advice/online-or-on-campus/"
GUIDE_ANSWERS = (
    "/advice/guide/?goal=applied&quantitative_degree=yes&coding=some&budget=30000"
    "&currency=EUR&months_available=18&must_keep_working=yes&timeline=2y"
)


@pytest.fixture
def articles():
    return load_demo_articles()


@pytest.mark.parametrize(
    "path", ["/advice/", ARTICLE, "/advice/guide/", GUIDE_ANSWERS, "/advice/guide/?budget=-1"]
)
@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_advice_pages_are_accessible(live_server, browser, axe, articles, path, color_scheme):
    context = browser.new_context(color_scheme=color_scheme)
    page = context.new_page()
    page.goto(live_server.url + path)

    assert_accessible(axe, page)
    context.close()


@pytest.mark.parametrize("path", ["/advice/", ARTICLE, GUIDE_ANSWERS])
def test_advice_pages_fit_a_phone(live_server, phone_page, articles, path):
    phone_page.goto(live_server.url + path)

    assert_no_sideways_scroll(phone_page)


def test_searching_the_advice_finds_the_article_and_opens_it(live_server, page, articles):
    page.goto(live_server.url + "/advice/")
    page.get_by_label("Search advice").fill("hybrid")
    page.get_by_role("button", name="Search").click()

    page.get_by_role("link", name="Online or on campus?").click()

    assert page.get_by_role("heading", level=1).inner_text() == "Online or on campus?"


def test_the_table_of_contents_jumps_to_a_section(live_server, page, articles):
    page.goto(live_server.url + ARTICLE)
    contents = page.get_by_role("navigation", name="On this page")

    contents.get_by_role("link", name="Hybrid programmes").click()

    assert page.url.endswith("#section-hybrid-programmes")
    assert page.get_by_role("heading", name="Hybrid programmes").is_visible()


def test_the_guide_works_without_javascript(live_server, no_js_page, articles):
    page = no_js_page
    page.goto(live_server.url + "/advice/guide/")

    page.get_by_label("Applied: building models").check()
    page.get_by_role("group", name="Do you have a degree in a quantitative subject?").get_by_label(
        "Yes"
    ).check()
    page.get_by_label("Some: scripts, a course or two").check()
    page.get_by_label("Your budget for study, in total").fill("25000")
    page.get_by_label("Currency").select_option("GBP")
    page.get_by_label("International fees").check()
    page.get_by_label("How long could you give to a programme?").select_option("24")
    page.get_by_role("group", name="Do you need to keep working while you study?").get_by_label(
        "Yes"
    ).check()
    page.get_by_label("Within two years").check()
    page.get_by_role("button", name="Show my suggestion").click()

    expect(page.get_by_role("heading", name="A part-time online master's")).to_be_visible()
    link = page.get_by_role("link", name="See programmes that match")
    assert link.get_attribute("href") == (
        "/programs/?pace=part_time&delivery=online&max_cost=25000&currency=GBP&max_months=24"
        "&fees=intl"
    )


def test_the_guide_shows_errors_next_to_the_questions_left_out(live_server, page, articles):
    page.goto(live_server.url + "/advice/guide/")
    page.get_by_role("button", name="Show my suggestion").click()

    budget = page.get_by_label("Your budget for study, in total")
    expect(budget).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("Enter your budget, or 0 if you have none.")).to_be_visible()
    expect(page.get_by_text("Choose the kind of role you want.")).to_be_visible()
