"""After the degree: placements, careers support and destinations refuse impossible
values in the database, in the admin and in imports, each with a clear message."""

from decimal import Decimal

import pytest
import tablib
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from programs.models import CareerFacts, FactSource, Outcome, Program, Role
from programs.models.details import SALARY_NEEDS_CURRENCY
from programs.resources import ProgramResource
from tests.factories import OutcomeFactory, ProgramFactory, RoleFactory, UniversityFactory

pytestmark = pytest.mark.django_db


# The database and the model ------------------------------------------------------


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"placement_months": 6}, "placement_months", "A placement length needs a placement"),
        ({"placement": "none", "placement_months": 6}, "placement_months", "needs a placement"),
        ({"placement_paid": True}, "placement_paid", "Whether a placement is paid needs"),
        ({"support_after_months": 12}, "support_after_months", "need “support after graduating”"),
        (
            {"support_after_graduating": False, "support_after_months": 12},
            "support_after_months",
            "set to Yes",
        ),
    ],
)
def test_impossible_career_facts_are_refused_by_clean_and_the_database(values, field, message):
    program = ProgramFactory.build(university=UniversityFactory(), **values)
    program.tuition_currency.save()

    with pytest.raises(ValidationError) as error:
        program.full_clean()
    assert message in error.value.message_dict[field][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        program.save()


def test_a_stated_placement_keeps_its_length_and_pay():
    program = ProgramFactory(placement="required", placement_months=6, placement_paid=True)
    program.full_clean()

    assert program.placement_text == "Required placement, 6 months, paid"
    assert ProgramFactory().placement_text == "Not published"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"employment_rate": Decimal("101")}, "employment_rate"),
        ({"further_study_rate": Decimal("-1")}, "further_study_rate"),
    ],
)
def test_a_share_outside_0_to_100_is_refused(values, field):
    outcome = OutcomeFactory.build(program=ProgramFactory(), **values)

    with pytest.raises(ValidationError) as error:
        outcome.full_clean()
    assert "percentage from 0 to 100" in error.value.message_dict[field][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        outcome.save()


def test_a_salary_without_its_currency_is_refused():
    outcome = OutcomeFactory.build(program=ProgramFactory(), median_salary=Decimal("50000"))

    with pytest.raises(ValidationError) as error:
        outcome.full_clean()
    assert "currency of the median salary" in error.value.message_dict["salary_currency"][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        outcome.save()


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"counted": ""}, "counted", "Say what is counted"),
        ({"reported_by": ""}, "reported_by", "Say who counted"),
        ({"source_url": ""}, "source_url", "Give the page that publishes these figures"),
        ({"within_months": None}, "within_months", "months after graduating the share"),
        (
            {
                "employment_rate": None,
                "median_salary": 1,
                "salary_currency_id": "EUR",
                "counted": "",
            },
            "counted",
            "Say what is counted",
        ),
    ],
)
def test_a_figure_without_what_is_counted_and_by_whom_is_refused(values, field, message):
    outcome = OutcomeFactory.build(program=ProgramFactory(), **values)

    with pytest.raises(ValidationError) as error:
        outcome.full_clean()
    assert message in error.value.message_dict[field][0]
    with pytest.raises(IntegrityError), transaction.atomic():
        outcome.save()


def test_employers_alone_need_no_count():
    outcome = OutcomeFactory.build(
        program=ProgramFactory(), employment_rate=None, within_months=None, counted="",
        reported_by="", source_url="", top_employers="Example Robotics",
    )  # fmt: skip

    outcome.full_clean()
    outcome.save()


def test_the_six_roles_graduates_aim_at_are_there_from_the_start():
    assert set(Role.objects.values_list("name", flat=True)) >= {
        "ML engineer",
        "Data scientist",
        "Research scientist",
        "AI product manager",
        "Computer-vision engineer",
        "NLP engineer",
    }


def test_placements_and_careers_support_are_fact_groups_with_a_source():
    program = ProgramFactory()
    FactSource.objects.create(
        program=program, fact="placement", source_url="https://example.ac.uk/placements"
    )
    FactSource.objects.create(
        program=program, fact="careers", source_url="https://example.ac.uk/careers"
    )

    assert {str(source) for source in program.sources.all()} == {
        "Placements and industry projects: an intake the page does not name",
        "Careers support: an intake the page does not name",
    }


# The admin --------------------------------------------------------------------------


def change_page(client, program):
    return reverse("admin:programs_program_change", args=[program.pk])


def posted(client, url) -> dict:
    """What a browser submits for the change page as rendered."""
    response = client.get(url)
    form = response.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        data[name] = "on" if value is True else value
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[f"{inline.formset.prefix}-{name}"] = management[name].value()
    data["topics"] = []
    return data


def test_the_programme_form_groups_after_the_degree_and_says_not_published(client, editor):
    program = ProgramFactory()

    html = client.get(change_page(client, program)).content.decode()

    assert "After the degree" in html
    assert '<option value="unknown" selected>Not published</option>' in html
    assert "Unknown</option>" not in html


def test_the_admin_refuses_a_placement_length_without_a_placement(client, editor):
    program = ProgramFactory()
    url = change_page(client, program)
    data = posted(client, url)
    data.update(placement="", placement_months="6", _change_reason="Placement")

    response = client.post(url, data)

    assert response.status_code == 200
    assert "A placement length needs a placement" in response.content.decode()
    program.refresh_from_db()
    assert program.placement_months is None


def test_the_admin_saves_careers_support_as_stated(client, editor):
    program = ProgramFactory()
    url = change_page(client, program)
    data = posted(client, url)
    data.update(
        placement="optional",
        placement_months="12",
        placement_paid="true",
        support_after_graduating="true",
        support_after_months="24",
        sponsored_project="false",
    )

    assert client.post(url, data).status_code == 302
    program.refresh_from_db()
    assert program.placement_text == "Optional placement, 12 months, paid"
    assert program.support_after_text == "Yes, for 24 months"
    assert program.sponsored_project is False
    assert program.careers_service is None  # left as "Not published"


def test_the_outcome_inline_offers_roles_and_who_counted(client, editor):
    program = ProgramFactory()
    OutcomeFactory(program=program)

    html = client.get(change_page(client, program)).content.decode()

    assert "Share in further study (%)" in html
    assert "Counted by" in html
    assert 'type="checkbox" name="outcomes-0-roles"' in html
    assert "Research scientist" in html


DESTINATION = {
    "year": "2024",
    "within_months": "6",
    "employment_rate": "90",
    "counted": "graduates answering the survey",
    "reported_by": "the careers service",
    "source_url": "https://example.edu/outcomes",
}


def post_destination(client, program, **values):
    """Post the programme's change page with one year's destinations in the inline."""
    url = change_page(client, program)
    data = posted(client, url)
    data["outcomes-TOTAL_FORMS"] = "1"
    data.update({f"outcomes-0-{name}": value for name, value in values.items()})
    return client.post(url, data)


def destination_errors(response) -> dict:
    (inline,) = [
        inline for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == "outcomes"
    ]  # fmt: skip
    return inline.formset.errors[0]


def test_the_admin_refuses_a_share_of_graduates_over_100(client, editor):
    program = ProgramFactory()

    response = post_destination(client, program, **{**DESTINATION, "employment_rate": "101"})

    assert response.status_code == 200
    assert destination_errors(response)["employment_rate"] == [
        "A share of graduates is a percentage from 0 to 100."
    ]
    assert "A share of graduates is a percentage from 0 to 100." in response.content.decode()
    assert not program.outcomes.exists()


def test_the_admin_refuses_a_salary_without_its_currency(client, editor):
    program = ProgramFactory()

    response = post_destination(client, program, **DESTINATION, median_salary="60000")

    assert response.status_code == 200
    assert destination_errors(response)["salary_currency"] == [SALARY_NEEDS_CURRENCY]
    assert "Give the currency of the median salary" in response.content.decode()
    assert not program.outcomes.exists()


def test_the_admin_asks_what_a_share_counts_who_counted_and_within_how_long(client, editor):
    program = ProgramFactory()
    bare = {"year": "2024", "further_study_rate": "30"}

    response = post_destination(client, program, **bare)

    errors = destination_errors(response)
    assert set(errors) == {"counted", "reported_by", "source_url", "within_months"}
    html = response.content.decode()
    assert "Say who counted" in html and "months after graduating the share" in html
    assert not program.outcomes.exists()


def test_the_admin_saves_a_destination_with_what_is_counted_and_by_whom(client, editor):
    program = ProgramFactory()

    response = post_destination(
        client, program, **DESTINATION, median_salary="60000", salary_currency="EUR"
    )

    assert response.status_code == 302
    outcome = program.outcomes.get()
    assert (outcome.employment_rate, outcome.salary_currency_id) == (Decimal("90"), "EUR")
    assert outcome.reported_by == "the careers service"


def test_the_list_filters_offer_only_placements_in_use(client, editor):
    ProgramFactory(placement="required", support_after_graduating=False)
    ProgramFactory()

    changelist = reverse("admin:programs_program_changelist")
    html = client.get(changelist).content.decode()

    assert "By placement" in html
    assert "?placement=required" in html
    assert "?placement=optional" not in html
    # Nobody has said whether any programme has a sponsored project: no filter to offer.
    assert "By industry-sponsored project" not in html
    assert "?support_after=False" in html and "?support_after=unpublished" in html
    assert client.get(changelist, {"support_after": "False"}).context["cl"].result_count == 1
    assert client.get(changelist, {"placement": "required"}).context["cl"].result_count == 1
    unpublished = client.get(changelist, {"placement": "unpublished"})
    assert unpublished.context["cl"].result_count == 1


# Imports ---------------------------------------------------------------------------

HEADERS = ["university", "slug", "title", "duration_months", "placement", "placement_months",
           "sponsored_project", "support_after_graduating", "support_after_months",
           "placement_source", "careers_source"]  # fmt: skip


def rows(*values: dict) -> tablib.Dataset:
    dataset = tablib.Dataset(headers=HEADERS)
    for row in values:
        dataset.append([row.get(header, "") for header in HEADERS])
    return dataset


GOOD = {
    "university": "eth-zurich",
    "slug": "msc-ml",
    "title": "MSc Machine Learning",
    "duration_months": "18",
    "placement": "required",
    "placement_months": "6",
    "sponsored_project": "1",
    "support_after_graduating": "1",
    "support_after_months": "12",
    "placement_source": "https://example.ch/placements",
    "careers_source": "https://example.ch/careers",
}


@pytest.fixture
def eth():
    return UniversityFactory(name="ETH Zurich", slug="eth-zurich", country="CH")


def test_an_import_keeps_career_facts_and_their_sources(eth):
    result = ProgramResource().import_data(
        rows(GOOD, {**GOOD, "slug": "msc-ds", "sponsored_project": ""}), dry_run=False
    )

    assert not result.has_errors() and not result.has_validation_errors()
    program = Program.objects.get(slug="msc-ml")
    assert program.placement_text == "Required placement, 6 months"
    assert program.sponsored_project is True
    assert program.support_after_months == 12
    assert {source.fact for source in program.sources.all()} == {"placement", "careers"}
    assert Program.objects.get(slug="msc-ds").sponsored_project is None  # not published
    exported = ProgramResource().export().dict[0]
    assert exported["placement_source"] == "https://example.ch/placements"
    assert exported["sponsored_project"] == "1"


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"placement": "", "placement_months": "6"}, "A placement length needs a placement"),
        ({"support_after_graduating": "", "support_after_months": "6"}, "set to Yes"),
        ({"sponsored_project": "perhaps"}, "“perhaps” is not 1 (yes), 0 (no) or empty"),
        ({"placement": "sometimes"}, "not a valid choice"),
        ({"careers_source": "careers page"}, "Careers_source must be a web address"),
    ],
)
def test_an_import_refuses_impossible_career_facts_with_a_clear_message(eth, bad, message):
    result = ProgramResource().import_data(rows(GOOD, {**GOOD, **bad}), dry_run=False)

    errors = [str(error.error) for row in result.rows for error in row.errors] + [
        str(row.error) for row in result.invalid_rows
    ]
    assert any(message in error for error in errors), errors
    assert not Program.objects.exists()


def test_outcome_roles_are_kept(db):
    outcome = OutcomeFactory()
    outcome.roles.set([RoleFactory(slug="ml-engineer"), RoleFactory(slug="nlp-engineer")])

    loaded = Outcome.objects.with_role_names().get(pk=outcome.pk)

    assert loaded.named_roles() == ["ML engineer", "NLP engineer"]
    assert Outcome.objects.get(pk=outcome.pk).named_roles() == ["ML engineer", "NLP engineer"]


# Everywhere the facts are told ---------------------------------------------------------


def test_every_fact_after_the_degree_is_in_the_api_the_downloads_and_the_admin_form(
    client, editor
):
    program = ProgramFactory(
        placement="required",
        placement_months=6,
        placement_paid=False,
        sponsored_project=True,
        careers_service=False,
        employer_events=True,
        alumni_network=True,
        support_after_graduating=True,
        support_after_months=12,
    )
    facts = [field.name for field in CareerFacts._meta.fields]

    record = client.get(
        reverse("api:program", args=[program.university.slug, program.slug])
    ).json()["after_the_degree"]
    csv_header = client.get(reverse("programs:download_csv")).content.decode().splitlines()[0]
    json_row = client.get(reverse("programs:download_json")).json()["programmes"][0]
    form = client.get(change_page(client, program)).context["adminform"].form

    assert record == {name: getattr(program, name) for name in facts}
    assert set(facts) <= set(csv_header.split(","))
    assert set(facts) <= set(json_row)
    assert set(facts) <= set(form.fields)
