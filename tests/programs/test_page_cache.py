"""A programme's page and the comparison keep their facts drawn per programme revision,
every other edit (``shared``), the day and the display settings: a warm visit costs a
few queries, any edit an editor makes shows on the next one, and what belongs to one
visitor (their buttons, what changed since they saved a programme) is never shared."""

import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from programs.models import FactSource, Role, Teaching
from tests.factories import (
    DeadlineFactory,
    FacultyMemberFactory,
    OutcomeFactory,
    PartnershipFactory,
    ProgramFactory,
    RoleFactory,
)
from tests.programs.test_admin import change_form_data

pytestmark = pytest.mark.django_db

COMPARE = reverse("programs:compare")


def without_tokens(response) -> str:
    """The page without what differs on every response (CSRF tokens, CSP nonces)."""
    html = response.content.decode()
    return re.sub(r'(csrfmiddlewaretoken" value|nonce)="[^"]+"', r"\1", html)


def page(client, program, **query) -> str:
    response = client.get(program.get_absolute_url(), query)
    assert response.status_code == 200
    return response.content.decode()


def compared(client, *programs, **query) -> str:
    response = client.get(COMPARE, {"p": [program.pk for program in programs], **query})
    assert response.status_code == 200
    return response.content.decode()


# A programme's page ---------------------------------------------------------------------


def test_a_second_visit_shows_the_same_page_from_a_few_queries(
    client, catalogue, django_assert_max_num_queries
):
    program = catalogue["cmu"]
    DeadlineFactory(program=program)
    PartnershipFactory(program=program)
    first = client.get(program.get_absolute_url())

    with django_assert_max_num_queries(5):  # programme, version, rates, session, related
        second = client.get(program.get_absolute_url())

    assert without_tokens(second) == without_tokens(first)
    assert "Industry links" in second.content.decode()


@pytest.mark.parametrize(
    "edit, shown",
    [
        ("fee", "USD 65,000"),
        ("deadline", "77 days left"),
        ("source", "https://www.cmu.edu/fees-2027"),
        ("partner", "Partner Renamed"),
        ("faculty", "Ada Example"),
        ("role", "Quantum whisperer"),
    ],
)
def test_every_edit_an_editor_makes_shows_on_the_next_visit(client, catalogue, edit, shown):
    program = catalogue["cmu"]
    partnership = PartnershipFactory(program=program)
    outcome = OutcomeFactory(program=program)
    role = RoleFactory(slug="whisperer", name="Whisperer")
    outcome.roles.set([role])
    FactSource.objects.create(
        program=program, fact="tuition", source_url="https://www.cmu.edu/fees"
    )
    assert shown not in page(client, program)

    if edit == "fee":
        program.tuition_amount = Decimal("65000")
        program.save()
    elif edit == "deadline":
        DeadlineFactory(program=program, closes_on=timezone.localdate() + timedelta(days=77))
    elif edit == "source":
        source = FactSource.objects.get(program=program, fact="tuition")
        source.source_url = "https://www.cmu.edu/fees-2027"
        source.save()
    elif edit == "partner":
        partnership.partner.name = "Partner Renamed"
        partnership.partner.save()
    elif edit == "faculty":
        FacultyMemberFactory(name="Ada Example").programs.add(program)
    else:
        Role.objects.filter(pk=role.pk).update(name="Quantum whisperer")
        Role.objects.get(pk=role.pk).save()

    assert shown in page(client, program)


def test_faculty_added_in_the_admin_show_on_the_page_and_in_search(client, editor, catalogue):
    program = ProgramFactory(title="MSc Learning Systems")
    member = FacultyMemberFactory(name="Zora Quill")
    assert "Zora Quill" not in page(Client(), program)
    url = reverse("admin:programs_program_change", args=[program.pk])
    data = change_form_data(client.get(url))
    prefix = "FacultyMember_programs"
    row = int(data[f"{prefix}-TOTAL_FORMS"])
    data |= {f"{prefix}-TOTAL_FORMS": row + 1, f"{prefix}-{row}-facultymember": member.pk}

    response = client.post(url, data)

    assert response.status_code == 302, [
        f.formset.errors for f in response.context["inline_admin_formsets"]
    ]
    assert Teaching.objects.filter(program=program, facultymember=member).exists()
    assert "Zora Quill" in page(Client(), program)
    found = Client().get(reverse("programs:list"), {"q": "Quill"}).context["page"].object_list
    assert [p.title for p in found] == [program.title]


def test_the_page_follows_the_currency_and_fee_status_asked_for(client, catalogue):
    program = catalogue["cmu"]

    dollars = page(client, program, currency="USD")
    pounds = page(client, program, currency="GBP")
    international = page(client, program, currency="USD", fees="intl")

    assert "<strong>USD 80,000</strong>" in dollars
    assert "Total tuition, home or EU fees" in dollars
    assert "<strong>GBP 60,000</strong>" in pounds
    assert "Total tuition, international fees" in international
    assert "Total tuition, home or EU fees" not in international


def test_the_days_left_are_counted_from_the_day_of_the_visit(client, catalogue, monkeypatch):
    program = catalogue["cmu"]
    today = timezone.localdate()
    DeadlineFactory(program=program, closes_on=today + timedelta(days=30))
    assert "30 days left" in page(client, program)

    monkeypatch.setattr(timezone, "localdate", lambda *args: today + timedelta(days=1))

    assert "29 days left" in page(client, program)


def test_calendar_links_name_the_address_the_visitor_used(catalogue, settings):
    settings.ALLOWED_HOSTS = ["one.example", "two.example"]
    program = catalogue["cmu"]

    one = page(Client(HTTP_HOST="one.example"), program)
    two = page(Client(HTTP_HOST="two.example"), program)

    assert "webcal://one.example/" in one
    assert "webcal://two.example/" in two
    assert "one.example" not in two


def test_one_visitors_buttons_do_not_show_on_anothers_page(client, catalogue):
    program = catalogue["cmu"]
    client.post(reverse("programs:shortlist_add"), {"program": program.pk})
    assert "Remove from shortlist" in page(client, program)

    other = page(Client(), program)

    assert "Remove from shortlist" not in other
    assert "Save to shortlist" in other


# The comparison -------------------------------------------------------------------------


def test_a_second_comparison_is_the_same_from_three_queries(
    client, catalogue, django_assert_max_num_queries
):
    programs = catalogue["cmu"], catalogue["eth"], catalogue["ucl"]
    first = client.get(COMPARE, {"p": [p.pk for p in programs]})

    with django_assert_max_num_queries(4):  # rates, revisions, version, session
        second = client.get(COMPARE, {"p": [p.pk for p in programs]})

    assert without_tokens(second) == without_tokens(first)
    assert "MSc Machine Learning Online" in second.content.decode()


def test_an_edit_shows_in_the_comparison_at_once(client, catalogue):
    cmu, eth = catalogue["cmu"], catalogue["eth"]
    assert "USD 65,000" not in compared(client, cmu, eth, currency="USD")

    cmu.tuition_amount = Decimal("65000")
    cmu.save()
    assert "USD 65,000" in compared(client, cmu, eth, currency="USD")

    FactSource.objects.create(program=eth, fact="tuition", source_url="https://ethz.example/fees")
    assert "https://ethz.example/fees" in compared(client, cmu, eth, currency="USD")


def test_the_comparison_follows_its_settings_and_order(client, catalogue):
    cmu, eth = catalogue["cmu"], catalogue["eth"]

    dollars = compared(client, cmu, eth, currency="USD")
    pounds = compared(client, cmu, eth, currency="GBP")
    differences = compared(client, cmu, eth, currency="USD", diff="1")
    swapped = compared(client, eth, cmu, currency="USD")

    assert "USD 80,000" in dollars
    assert "GBP 60,000" in pounds
    assert "USD 80,000" not in pounds
    assert 'id="diff-summary"' in differences
    assert 'id="diff-summary"' not in dollars
    assert swapped.index("MSc Data Science") < swapped.index("MS in Machine Learning")
    assert dollars.index("MS in Machine Learning") < dollars.index("MSc Data Science")


def test_what_changed_since_a_visitor_saved_a_programme_is_theirs_alone(client, catalogue):
    cmu, eth = catalogue["cmu"], catalogue["eth"]
    client.post(reverse("programs:shortlist_add"), {"program": cmu.pk})
    cmu.duration_months = 20
    cmu.save()

    saver = compared(client, cmu, eth)
    other = compared(Client(), cmu, eth)
    saver_again = compared(client, cmu, eth)

    assert "Changed since you saved it" in saver
    assert "Changed since you saved it" not in other
    assert "Changed since you saved it" in saver_again


def test_the_htmx_update_is_the_comparison_of_the_full_page(client, catalogue):
    ids = [catalogue["cmu"].pk, catalogue["eth"].pk]
    full = client.get(COMPARE, {"p": ids, "diff": "1"}).content.decode()

    part = client.get(COMPARE, {"p": ids, "diff": "1"}, HTTP_HX_REQUEST="true").content.decode()

    assert part.strip().startswith('<div id="comparison"')
    assert part.strip() in full
