"""The guide page: every outcome reachable through the form, errors by the field."""

from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, OutcomeFactory, ProgramFactory, RoleFactory

pytestmark = pytest.mark.django_db

APPLIED_CAREER_CHANGER = {
    "goal": "applied",
    "quantitative_degree": "yes",
    "coding": "some",
    "budget": "30000",
    "currency": "EUR",
    "months_available": "18",
    "must_keep_working": "no",
    "timeline": "2y",
}


def answer_page(client, **changes):
    return client.get(reverse("advice:guide"), {**APPLIED_CAREER_CHANGER, **changes})


def programme_search_link(
    html: str, label: str = "See programmes that match"
) -> dict[str, list[str]] | None:
    """The query of the programme search link, if the page has one."""
    marker = f'">{label}</a>'
    if marker not in html:
        return None
    href = html[: html.index(marker)].rsplit('href="', 1)[1].replace("&amp;", "&")
    url = urlsplit(href)
    assert url.path == reverse("programs:list")
    return parse_qs(url.query)


def test_the_guide_starts_with_the_questions_and_no_errors(client):
    response = client.get(reverse("advice:guide"))
    html = response.content.decode()

    assert response.status_code == 200
    assert "What kind of role do you want?" in html
    assert "Our suggestion" not in html
    assert "errorlist" not in html


def test_full_time_masters_links_to_a_full_time_search_within_budget_and_length(client):
    html = answer_page(client).content.decode()

    assert "A full-time master" in html
    assert programme_search_link(html) == {
        "pace": ["full_time"],
        "living": ["1"],
        "max_cost": ["30000"],
        "currency": ["EUR"],
        "max_months": ["18"],
        "fees": ["home"],
    }


def test_part_time_masters_links_to_a_part_time_online_search(client):
    html = answer_page(client, must_keep_working="yes", currency="GBP", budget="12000").content
    html = html.decode()

    assert "A part-time online master" in html
    assert programme_search_link(html) == {
        "pace": ["part_time"],
        "delivery": ["online"],
        "max_cost": ["12000"],
        "currency": ["GBP"],
        "max_months": ["18"],
        "fees": ["home"],
    }


def test_phd_outcome_links_to_research_track_masters(client):
    html = answer_page(client, goal="research").content.decode()

    assert "Apply for a PhD" in html
    link = programme_search_link(html, "See research-track master&#x27;s programmes")
    assert link == {"thesis": ["1"], "currency": ["EUR"], "fees": ["home"]}


@pytest.mark.parametrize(
    "changes",
    [
        {"quantitative_degree": "no", "coding": "none"},
        {"months_available": "6"},
        {"timeline": "6m"},
        {"budget": "1000"},
    ],
)
def test_self_study_outcome_is_reachable_and_has_no_programme_search(client, changes):
    html = answer_page(client, **changes).content.decode()

    assert "Study on your own, build a portfolio and get a first data job" in html
    assert programme_search_link(html) is None


def test_the_answer_links_to_the_article_that_goes_deeper_when_it_is_published(client):
    ArticleFactory(title="Online or on campus?", slug="online-or-on-campus")

    html = answer_page(client, must_keep_working="yes").content.decode()

    assert 'href="/advice/online-or-on-campus/"' in html
    assert "Read: Online or on campus?" in html


def test_a_shared_link_without_a_currency_uses_euros(client):
    answers = {k: v for k, v in APPLIED_CAREER_CHANGER.items() if k != "currency"}

    html = client.get(reverse("advice:guide"), answers).content.decode()

    assert "against your 30,000 EUR" in html
    assert "currency=EUR" in html


def test_the_answer_keeps_the_answers_in_the_form_for_changing_them(client):
    html = answer_page(client).content.decode()

    assert 'value="30000"' in html
    assert 'value="no" required id="id_must_keep_working_1" checked' in html


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"budget": "-5"}, "The budget cannot be negative."),
        ({"budget": "lots"}, "Enter the budget as a whole number, for example 25000."),
        ({"budget": "2500.50"}, "Enter the budget as a whole number, for example 25000."),
        ({"budget": ""}, "Enter your budget, or 0 if you have none."),
        ({"currency": "XXX"}, "Choose one of the currencies in the list."),
        ({"goal": "astronaut"}, "Select a valid choice."),
        ({"months_available": "1000"}, "Select a valid choice."),
        ({"timeline": ""}, "Choose when you want to be in a new role."),
    ],
)
def test_bad_answers_get_a_message_by_the_field_and_no_suggestion(client, changes, message):
    response = answer_page(client, **changes)
    html = response.content.decode()

    assert response.status_code == 200
    assert message in html
    assert 'class="errorlist"' in html
    assert "Our suggestion" not in html


def test_a_half_filled_form_names_every_missing_answer(client):
    response = client.get(reverse("advice:guide"), {"goal": "applied"})
    html = response.content.decode()

    assert response.status_code == 200
    for message in (
        "Say whether you have a quantitative degree.",
        "Choose how much programming you have done.",
        "Enter your budget, or 0 if you have none.",
        "Choose how long you could study for.",
        "Say whether you need to keep working.",
        "Choose when you want to be in a new role.",
    ):
        assert message in html


def test_the_answer_links_to_narrower_searches_that_the_finder_understands(client):
    OutcomeFactory(program=ProgramFactory(has_thesis=True), further_study_rate=40)
    placed = ProgramFactory(placement="optional", pace="full_time", tuition_amount=Decimal(5000))
    placed.living_cost_monthly, placed.living_cost_currency = Decimal(900), placed.tuition_currency
    placed.save()
    research = answer_page(client, goal="research").content.decode()
    applied = answer_page(client).content.decode()

    phd = programme_search_link(
        research, "Of these, the ones that publish how many graduates go on to a PhD"
    )
    assert phd == {"thesis": ["1"], "phd_data": ["1"], "currency": ["EUR"], "fees": ["home"]}
    placement = programme_search_link(applied, "Of these, the ones with a placement or internship")
    assert placement["internship"] == ["1"] and placement["pace"] == ["full_time"]
    found = client.get(
        reverse("programs:list"), {key: values[0] for key, values in placement.items()}
    )
    assert found.status_code == 200 and not found.context["form"].errors


def test_narrower_searches_say_how_many_they_find_and_those_finding_none_are_left_out(client):
    OutcomeFactory(program=ProgramFactory(has_thesis=True), further_study_rate=40)
    OutcomeFactory(program=ProgramFactory(has_thesis=True), further_study_rate=25)

    html = answer_page(client, goal="research").content.decode()

    phd = "Of these, the ones that publish how many graduates go on to a PhD"
    assert f'>{phd}</a> <span class="muted">(2 programmes)</span>' in html
    # No programme's graduates are known to have become research scientists yet.
    assert "went on to work as research scientists" not in html


def followed(client, html: str, label: str) -> set[str]:
    """The titles the programme list shows when the visitor follows the link ``label``."""
    query = programme_search_link(html, label)
    assert query is not None, f"no link “{label}”"
    response = client.get(reverse("programs:list"), query)
    assert not response.context["form"].errors
    return {program.title for program in response.context["page"].object_list}


def went_on_to(program, *roles: str) -> None:
    OutcomeFactory(program=program).roles.set([RoleFactory(slug=slug) for slug in roles])


def test_a_research_goal_links_to_programmes_whose_graduates_became_research_scientists(client):
    went_on_to(ProgramFactory(title="MSc Research", has_thesis=True), "research-scientist")
    went_on_to(ProgramFactory(title="MSc Applied", has_thesis=True), "ml-engineer")
    went_on_to(ProgramFactory(title="MSc No Thesis", has_thesis=False), "research-scientist")

    html = answer_page(client, goal="research").content.decode()

    assert followed(
        client, html, "Of these, the ones whose graduates went on to work as research scientists"
    ) == {"MSc Research"}


def test_an_applied_goal_links_to_ml_engineer_and_data_scientist_destinations_and_support(
    client,
):
    part_time = {"pace": "part_time", "delivery": "online"}
    went_on_to(ProgramFactory(title="MSc Engineers", **part_time), "ml-engineer")
    went_on_to(ProgramFactory(title="MSc Scientists", **part_time), "data-scientist")
    went_on_to(ProgramFactory(title="MSc Researchers", **part_time), "research-scientist")
    ProgramFactory(title="MSc Supported", support_after_graduating=True, **part_time)
    ProgramFactory(title="MSc Unsaid", **part_time)

    html = answer_page(client, must_keep_working="yes").content.decode()

    roles = "Of these, the ones whose graduates went on to work as ML engineers or data scientists"
    assert followed(client, html, roles) == {"MSc Engineers", "MSc Scientists"}
    support = "Of these, the ones with careers support after graduating"
    assert followed(client, html, support) == {"MSc Supported"}
