"""On a phone, a programme's "After the degree" section reads as a list of facts, says
"Not published" where the programme says nothing, and passes an accessibility check."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from tests.factories import OutcomeFactory, RoleFactory

from .checks import assert_accessible, assert_no_sideways_scroll

pytestmark = pytest.mark.django_db(transaction=True)


def test_after_the_degree_on_a_phone(live_server, axe, catalogue, phone_page):
    program = catalogue["cmu"]
    program.placement, program.placement_months = "required", 8
    program.support_after_graduating, program.support_after_months = True, 24
    program.save()
    outcome = OutcomeFactory(
        program=program, year=2024, employment_rate=Decimal("90"), within_months=6,
        cohort_size=120, reported_by="the university's graduate survey",
        source_url="https://cmu.example/outcomes",
    )  # fmt: skip
    outcome.roles.set([RoleFactory(slug="ml-engineer")])

    phone_page.goto(live_server.url + program.get_absolute_url())

    section = phone_page.get_by_role("region", name="After the degree")
    expect(section).to_contain_text("Required placement, 8 months")
    expect(section).to_contain_text("Yes, for 24 months")
    expect(section).to_contain_text("90% in work within 6 months of graduating")
    expect(section).to_contain_text("Roles: ML engineer.")
    expect(section.get_by_text("Not published").first).to_be_visible()
    expect(section).to_contain_text("ask the programme before you apply")
    section.scroll_into_view_if_needed()
    assert_no_sideways_scroll(phone_page)
    assert_accessible(axe, phone_page)
