"""Facts a student can act on: sources and intakes, deadlines never guessed, honest money,
and what changed since a programme was saved."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from programs.models import FactSource, Program, StartTerm
from programs.resources import ProgramResource
from tests.factories import (
    DeadlineFactory,
    StartTermFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")
FIT = reverse("programs:fit")
COMPARE = reverse("programs:compare")
SHORTLIST = reverse("programs:shortlist")


def titles(response) -> list[str]:
    return [program.title for program in response.context["page"].object_list]


def detail(client, program, **query):
    return client.get(program.get_absolute_url(), query).content.decode()


# Intakes and deadlines ---------------------------------------------------------------


def test_a_deadline_of_an_intake_nobody_sourced_is_never_upcoming(client, catalogue):
    today = timezone.localdate()
    guessed = StartTerm.objects.create(
        program=catalogue["eth"], starts_on=today + timedelta(days=300)
    )
    DeadlineFactory(program=catalogue["eth"], intake=guessed, closes_on=today + timedelta(days=20))

    still_open = client.get(LIST, {"open": "1"})
    page = detail(client, catalogue["eth"])
    ranked = client.get(FIT, {"w_deadlines": "3"}).context["ranking"].fits

    assert "MSc Data Science" not in titles(still_open)
    eth = next(
        p for p in client.get(LIST).context["page"].object_list if p.title == "MSc Data Science"
    )
    assert eth.next_deadline is None
    assert f"{today + timedelta(days=20):%-d %B %Y}" not in page
    assert f"starts {guessed.starts_on:%-d %B %Y}" not in page
    eth_fit = next(fit for fit in ranked if fit.facts.title == "MSc Data Science")
    assert eth_fit.facts.days_to_deadline is None


def test_the_last_cycle_is_shown_for_what_it_is_when_the_next_is_not_published(client, catalogue):
    started = date(2026, 9, 14) if timezone.localdate() > date(2026, 9, 14) else None
    if started is None:
        pytest.skip("needs a date after the intake began")
    intake = StartTermFactory(program=catalogue["tum"], starts_on=started)
    DeadlineFactory(program=catalogue["tum"], intake=intake, closes_on=date(2026, 5, 31))

    page = detail(client, catalogue["tum"])

    assert "Dates for 2027/28 entry are not yet published." in page
    assert "For 2026/27 entry, the last intake the university published" in page
    assert "31 May 2026" in page
    assert "days left" not in page


def test_an_intake_and_its_source_are_named_with_the_deadlines(client, catalogue):
    today = timezone.localdate()
    intake = StartTermFactory(
        program=catalogue["cmu"],
        starts_on=date(today.year + 1, 8, 30),
        source_url="https://www.cmu.example/admissions",
        checked_on=today,
    )
    DeadlineFactory(program=catalogue["cmu"], intake=intake, closes_on=today + timedelta(days=12))

    page = detail(client, catalogue["cmu"])

    label = f"{today.year + 1}/{(today.year + 2) % 100:02d} entry"
    assert f"{label}: starts 30 August {today.year + 1}" in page
    assert "12 days left" in page
    assert 'href="https://www.cmu.example/admissions"' in page
    assert f"for {label} · checked {today:%-d %b %Y}" in page


# Sources and staleness ----------------------------------------------------------------


def test_each_group_of_facts_says_where_it_comes_from_or_that_it_is_not_sourced(client, catalogue):
    today = timezone.localdate()
    FactSource.objects.create(
        program=catalogue["ucl"],
        fact=FactSource.Fact.TUITION,
        source_url="https://www.ucl.example/fees",
        intake=date(today.year + 1, 9, 1),
        checked_on=today,
    )

    page = detail(client, catalogue["ucl"])

    assert 'href="https://www.ucl.example/fees"' in page
    assert f"for {today.year + 1}/{(today.year + 2) % 100:02d} entry" in page
    assert "Not sourced: approximate, check the official page" in page  # requirements
    money = page.split('id="money-heading"')[1].split("</section>")[0]
    assert "may be out of date" not in money


def test_a_stale_fact_is_flagged_on_the_page_and_listed_for_editors(client, catalogue, editor):
    today = timezone.localdate()
    stale = FactSource.objects.create(
        program=catalogue["eth"],
        fact=FactSource.Fact.TUITION,
        source_url="https://ethz.example/fees",
        intake=date(today.year - 1, 9, 1),  # that intake has started
        checked_on=today - timedelta(days=30),
    )
    fresh = FactSource.objects.create(
        program=catalogue["eth"],
        fact=FactSource.Fact.DURATION,
        source_url="https://ethz.example/structure",
        intake=date(today.year + 1, 9, 1),
        checked_on=today,
    )

    page = detail(client, catalogue["eth"])
    listing = client.get(reverse("admin:programs_factsource_changelist"), {"freshness": "stale"})

    money = page.split('id="money-heading"')[1].split("</section>")[0]
    assert "may be out of date" in money
    assert list(listing.context["cl"].result_list) == [stale]
    assert "https://ethz.example/fees" in listing.content.decode()
    assert fresh not in listing.context["cl"].result_list


def test_careers_and_placement_sources_naming_no_intake_go_stale_only_with_age(
    client, catalogue, editor
):
    today = timezone.localdate()

    def source(fact, checked_on, intake=None):
        return FactSource.objects.create(
            program=catalogue["eth"],
            fact=fact,
            source_url=f"https://ethz.example/{fact}",
            intake=intake,
            checked_on=checked_on,
        )

    careers = source(FactSource.Fact.CAREERS, today)
    old_placement = source(FactSource.Fact.PLACEMENT, today - timedelta(days=400))
    tuition = source(FactSource.Fact.TUITION, today)  # fees without an intake: suspect
    listing = client.get(reverse("admin:programs_factsource_changelist"), {"freshness": "stale"})

    assert not careers.is_stale()
    assert old_placement.is_stale()
    assert tuition.is_stale()
    assert set(listing.context["cl"].result_list) == {old_placement, tuition}
    after = detail(client, catalogue["eth"]).split('id="after-heading"')[1].split("</section>")[0]
    assert after.count("may be out of date") == 1  # the placement source, not the careers one


def test_one_click_marks_facts_checked_today_by_the_editor(client, catalogue, editor):
    source = FactSource.objects.create(
        program=catalogue["eth"],
        fact=FactSource.Fact.TUITION,
        source_url="https://ethz.example/fees",
        intake=date(2030, 9, 1),
        checked_on=date(2020, 1, 1),
    )

    client.post(
        reverse("admin:programs_factsource_changelist"),
        {"action": "checked_today", "_selected_action": [source.pk]},
    )

    source.refresh_from_db()
    assert source.checked_on == timezone.localdate()
    assert source.checked_by == editor
    assert source.history.first().history_change_reason == "Checked at the source: still true"


def test_a_source_that_is_not_a_web_page_is_refused(catalogue):
    source = FactSource(
        program=catalogue["eth"],
        fact=FactSource.Fact.TUITION,
        source_url="ftp://ethz.example/fees.pdf",
        intake=date(2027, 9, 1),
    )
    with pytest.raises(ValidationError, match="starting https://"):
        source.full_clean()
    intake = StartTerm(
        program=catalogue["eth"], starts_on=date(2027, 9, 1), source_url="javascript:alert(1)"
    )
    with pytest.raises(ValidationError, match="starting https://"):
        intake.full_clean()


def test_the_admin_refuses_a_source_that_is_not_a_web_page(client, catalogue, editor):
    program = catalogue["eth"]
    url = reverse("admin:programs_factsource_add")

    response = client.post(
        url,
        {
            "program": program.pk,
            "fact": "tuition",
            "source_url": "ftp://ethz.example/fees",
            "intake": "2027-09-01",
        },
    )

    assert response.status_code == 200
    assert "starting https://" in response.content.decode()
    assert not FactSource.objects.exists()


def source_rows(*rows: dict) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=list(rows[0]))
    for row in rows:
        dataset.append([row[key] for key in rows[0]])
    return dataset


IMPORT_ROW = {
    "university": "eth-zurich",
    "slug": "msc-data-science",
    "title": "MSc Data Science",
    "duration_months": "24",
    "tuition_amount": "1460",
    "tuition_currency": "EUR",
    "status": "published",
    "tuition_source": "https://ethz.example/fees",
    "tuition_intake": "2026-09-01",
}


def test_an_import_keeps_each_groups_source_and_intake():
    UniversityFactory(slug="eth-zurich")

    result = ProgramResource().import_data(source_rows(IMPORT_ROW), dry_run=False)

    assert not result.has_errors() and not result.has_validation_errors()
    source = Program.objects.get(slug="msc-data-science").sources.get()
    assert (source.fact, source.source_url, source.intake) == (
        "tuition",
        "https://ethz.example/fees",
        date(2026, 9, 1),
    )
    assert source.checked_on == timezone.localdate()


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"tuition_source": "ftp://ethz.example/fees"}, "Tuition_source must be a web address"),
        ({"tuition_intake": "next autumn"}, "Tuition_intake must be a date written YYYY-MM-DD"),
        ({"tuition_source": ""}, "Tuition_intake is given without tuition_source"),
    ],
)
def test_an_import_row_with_a_malformed_source_is_refused_by_its_row(
    client, editor, upload_import, bad, message
):
    UniversityFactory(slug="eth-zurich")
    dataset = source_rows(IMPORT_ROW, {**IMPORT_ROW, "slug": "msc-second", **bad})

    response, job = upload_import(client, dataset.export("csv").encode())

    html = response.content.decode()
    assert message in html
    assert "Row 3:" in html, "the bad row's number, as the spreadsheet shows it"
    assert [error["row"] for error in job.errors] == [3]
    assert not Program.objects.exists()
    assert not FactSource.objects.exists()


# Honest money -----------------------------------------------------------------------


def test_an_unpublished_international_fee_is_not_known_never_the_home_fee(client, catalogue):
    response = client.get(LIST, {"fees": "intl"})
    html = response.content.decode()

    eth = next(p for p in response.context["page"].object_list if p.title == "MSc Data Science")
    assert eth.total_cost_base(international=True) is None
    assert "International fee not published" in html
    assert 'Total cost, <span class="nowrap">international fees</span>' in html


def test_the_fee_status_changes_every_amount_and_shows_as_a_chip(client, catalogue):
    cmu = catalogue["cmu"]
    cmu.tuition_intl_amount = Decimal("75000")
    cmu.save()
    client.post(reverse("programs:shortlist_add"), {"program": cmu.pk})  # a visitor's session

    home = client.get(LIST)
    intl = client.get(LIST, {"fees": "intl"})
    compare = client.get(COMPARE, {"p": [cmu.pk, catalogue["eth"].pk]}).content.decode()
    ranked = client.get(FIT, {"w_cost": "3"}).context["ranking"].fits

    assert "EUR 72,000" in home.content.decode()  # USD 60,000 a year for 16 months
    assert "EUR 90,000" in intl.content.decode()  # USD 75,000 a year for 16 months
    assert "International fees" in [chip.label for chip in intl.context["chips"]]
    assert "International fees" not in [chip.label for chip in home.context["chips"]]
    assert f'href="{cmu.get_absolute_url()}?fees=intl"' in intl.content.decode()  # carried
    # Remembered: the comparison and the ranking use international fees too.
    assert "Total tuition, international fees" in compare
    assert "EUR 90,000" in compare
    cmu_fit = next(fit for fit in ranked if fit.facts.pk == cmu.pk)
    assert cmu_fit.facts.cost == Decimal("90000.00")
    # The chip goes back to home fees.
    chip = next(chip for chip in intl.context["chips"] if chip.label == "International fees")
    assert "EUR 72,000" in client.get(LIST + chip.remove_url).content.decode()


def test_a_visitor_who_only_reads_keeps_their_fee_status_in_links_not_a_session(client, catalogue):
    from django.contrib.sessions.models import Session

    response = client.get(LIST, {"fees": "intl", "currency": "GBP"})
    card = f'href="{catalogue["cmu"].get_absolute_url()}?currency=GBP&amp;fees=intl"'
    page = detail(client, catalogue["cmu"], fees="intl", currency="GBP")

    assert card in response.content.decode()
    assert "Total tuition, international fees" in page
    assert not Session.objects.exists()


def test_an_unknown_fee_status_gets_a_message_and_falls_back_to_home_fees(client, catalogue):
    response = client.get(LIST, {"fees": "martian"})
    compare = client.get(COMPARE, {"p": [catalogue["cmu"].pk, catalogue["eth"].pk], "fees": "x"})

    assert response.status_code == 200
    assert "Fees you would pay" in response.content.decode()
    assert not response.context["finder"].international
    assert "Unknown fee status: amounts are for home or EU fees." in compare.content.decode()


def test_the_cost_limit_keeps_its_meaning_when_the_currency_changes(client, catalogue):
    in_pounds = titles(client.get(LIST, {"max_cost": "30000", "currency": "GBP"}))
    switched = client.get(LIST, {"max_cost": "30000", "cost_currency": "GBP", "currency": "EUR"})

    assert titles(switched) == in_pounds
    assert "At most 30,000 GBP" in [chip.label for chip in switched.context["chips"]]
    # The form shows the same limit in euros, so a further change keeps it too.
    assert 'value="36000.00"' in switched.content.decode()


def test_a_shared_cost_limit_without_a_currency_means_euros_for_everyone(client, catalogue):
    client.get(LIST, {"currency": "GBP"})  # this visitor shows amounts in pounds

    shared = client.get(LIST, {"max_cost": "10000"})

    assert titles(shared) == titles(
        client.get(LIST, {"max_cost": "10000", "cost_currency": "EUR"})
    )
    assert "At most 10,000 EUR" in [chip.label for chip in shared.context["chips"]]


# Changed since saved ----------------------------------------------------------------


def test_a_changed_fee_shows_on_the_shortlist_and_in_the_comparison(client, catalogue):
    ucl = catalogue["ucl"]
    client.post(reverse("programs:shortlist_add"), {"program": ucl.pk})
    assert "Changed since you saved it" not in client.get(SHORTLIST).content.decode()

    ucl.tuition_amount = Decimal("24000")
    ucl.save()
    shortlist = client.get(SHORTLIST).content.decode()
    compare = client.get(COMPARE, {"p": [ucl.pk, catalogue["eth"].pk]}).content.decode()

    assert "Changed since you saved it" in shortlist
    assert "GBP 20,000 whole programme → <strong>GBP 24,000 whole programme</strong>" in shortlist
    assert "Changed since you saved it: tuition GBP 20,000 whole programme → GBP 24,000" in compare
