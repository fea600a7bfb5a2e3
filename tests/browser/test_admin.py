"""An editor in the admin: a programme list that fits at desktop width, named faculty
rows, change pages and recheck lists that axe finds nothing wrong with on a phone and a
desktop, and an export that works under the Content-Security-Policy."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import Browser, Page, expect

from core.editors import EDITORS_GROUP
from programs.models import FactSource, FacultyMember, StartTerm
from tests.factories import ArticleFactory, FacultyMemberFactory, TagFactory

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def editor():
    user = User.objects.create_user("editor", password="a-long-editor-password", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user


def log_in(page: Page, live_server) -> None:
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-editor-password")
    page.get_by_role("button", name="Log in").click()


def test_programme_list_fits_at_1280_px_and_is_accessible(
    live_server, page, axe, editor, catalogue
):
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/")

    results = page.locator("#result_list")
    expect(results).to_contain_text("Carnegie Mellon University · United States of America")
    table_right = results.bounding_box()["x"] + results.bounding_box()["width"]
    assert table_right <= page.locator("#changelist-filter").bounding_box()["x"]
    countries = page.locator("#changelist-filter").get_by_role("link")
    assert "Germany" in countries.all_inner_texts()
    assert "Afghanistan" not in countries.all_inner_texts()
    assert page.locator("link[rel=icon]").get_attribute("href").endswith(".svg")
    assert_accessible(axe, page)


def test_programme_change_page_names_faculty_rows_and_is_accessible(
    live_server, browser: Browser, axe, editor, catalogue
):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    FacultyMemberFactory(name="Grace Hopper", title="Professor").programs.add(catalogue["cmu"])
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/{catalogue['cmu'].pk}/change/")

    expect(page.get_by_text("Grace Hopper, Professor")).to_be_visible()
    expect(page.get_by_label("Reason for this change")).to_be_visible()
    assert_accessible(axe, page)
    context.close()


def change_page(screen: str, catalogue) -> tuple[str, str, str]:
    """The address of an editor's change page, and a field on it with the value it shows."""
    if screen == "university":
        return (f"programs/university/{catalogue['eth'].university.pk}", "Name", "ETH Zurich")
    if screen == "topic":
        topic = catalogue["cmu"].topics.get(slug="computer-vision")
        return (f"programs/topic/{topic.pk}", "Name", "Computer vision")
    if screen == "faculty member":
        member = FacultyMember.objects.get(name="Ada Example")
        return (f"programs/facultymember/{member.pk}", "Name", "Ada Example")
    if screen == "advice article":
        article = ArticleFactory(title="Funding your master's", tags=[TagFactory(name="Money")])
        article.related_programs.add(catalogue["eth"])
        return (f"advice/article/{article.pk}", "Title", "Funding your master's")
    if screen == "intake":
        intake = StartTerm.objects.filter(program=catalogue["ucl"]).first()
        intake.source_url = "https://www.ucl.ac.uk/dates"
        intake.save()
        return (f"programs/startterm/{intake.pk}", "Source", "https://www.ucl.ac.uk/dates")
    fact = FactSource.objects.create(
        program=catalogue["cmu"], fact="tuition", source_url="https://www.cmu.edu/fees"
    )
    return (f"programs/factsource/{fact.pk}", "Source", "https://www.cmu.edu/fees")


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize(
    "screen",
    ["university", "topic", "faculty member", "advice article", "intake", "fact to check"],
)
def test_change_pages_editors_use_are_accessible(
    live_server, browser: Browser, axe, editor, catalogue, screen, width
):
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 600)
    page = context.new_page()
    path, label, value = change_page(screen, catalogue)
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/{path}/change/")

    expect(page.get_by_label(f"{label}:", exact=True)).to_have_value(value)
    assert_accessible(axe, page)
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
@pytest.mark.parametrize("screen", ["factsource", "startterm"], ids=["facts", "intakes"])
def test_the_lists_of_facts_and_intakes_to_recheck_are_accessible(
    live_server, browser: Browser, axe, editor, catalogue, screen, width
):
    FactSource.objects.create(
        program=catalogue["ucl"], fact="tuition", source_url="https://www.ucl.ac.uk/fees"
    )
    context = browser.new_context(viewport={"width": width, "height": 800}, is_mobile=width < 600)
    page = context.new_page()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/{screen}/")

    expect(page.locator("#result_list")).to_contain_text("University College London")
    assert_accessible(axe, page)
    context.close()


def test_export_select_all_clears_and_ticks_every_field(live_server, page, editor):
    # ``page`` fails the test on any script error or anything the security policy blocks.
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/export/")
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]')
    assert fields.count() > 10

    page.get_by_label("Select all").uncheck()
    assert not any(box.is_checked() for box in fields.all())
    page.get_by_label("Select all").check()
    assert all(box.is_checked() for box in fields.all())

    page.get_by_label("Slug", exact=True).uncheck()
    page.get_by_label("Format").select_option(label="csv")
    with page.expect_download() as download:
        page.get_by_role("button", name="Submit").click()
    header = Path(download.value.path()).read_text().splitlines()[0].lower().split(",")
    assert "title" in header
    assert "slug" not in header


@pytest.mark.parametrize("width", [375, 1280])
def test_import_page_offers_templates_and_reads_on_a_phone(
    live_server, browser: Browser, axe, editor, width
):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/import/")

    with page.expect_download() as download:
        page.get_by_role("link", name="Template (XLSX)").click()
    assert download.value.suggested_filename.endswith(".xlsx")
    row = page.locator("#column-tuition_currency")
    expect(row).to_contain_text("ISO 4217")
    expect(row).to_contain_text("Required")
    language = page.locator("#column-language")
    language.get_by_text(re.compile(r"All \d+ codes")).click()
    expect(language.get_by_text("de", exact=True)).to_be_visible()
    assert_no_sideways_scroll(page)
    assert_accessible(axe, page)
    context.close()
