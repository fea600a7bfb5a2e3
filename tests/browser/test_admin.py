"""An editor in the admin at desktop width: a programme list that fits, named faculty
rows, and an export whose "Select all" works under the Content-Security-Policy."""

import re

import pytest
from django.contrib.auth.models import Group, User
from playwright.sync_api import Browser, Page, expect

from core.editors import EDITORS_GROUP
from tests.factories import FacultyMemberFactory

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


# What axe still finds in Django's own admin widgets on a change page: select2's
# autocomplete boxes, and tabular inlines whose fields are named only by their column.
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


def test_export_select_all_clears_and_ticks_every_field(live_server, browser: Browser, editor):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/programs/program/export/")
    fields = page.locator('.selectable-field-export-row input[type="checkbox"]')
    assert fields.count() > 10

    page.get_by_label("Select all").uncheck()
    assert not any(box.is_checked() for box in fields.all())
    page.get_by_label("Select all").check()
    assert all(box.is_checked() for box in fields.all())

    assert not errors
    context.close()


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
