"""After the degree where visitors meet it: finder filters with counts and chips, the
programme page, the comparison and personal fit, each saying "Not published" where a
programme says nothing, and in a number of queries that does not grow with the data."""

from decimal import Decimal

import pytest
from django.urls import reverse

from programs import fit
from programs.models import FactSource
from tests.factories import OutcomeFactory, ProgramFactory, RoleFactory

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")
COMPARE = reverse("programs:compare")
FIT = reverse("programs:fit")


@pytest.fixture
def careers(catalogue):
    """CMU states everything, ETH nothing but where graduates went, UCL says "no" to
    each; TUM (from the catalogue) has an optional placement."""
    cmu, eth, ucl = catalogue["cmu"], catalogue["eth"], catalogue["ucl"]
    cmu.placement, cmu.placement_months, cmu.placement_paid = "required", 8, True
    cmu.sponsored_project = cmu.careers_service = True
    cmu.support_after_graduating, cmu.support_after_months = True, 24
    cmu.save()
    FactSource.objects.create(
        program=cmu, fact="placement", source_url="https://cmu.example/practicum"
    )
    usd = cmu.tuition_currency
    outcome = OutcomeFactory(
        program=cmu, year=2024, employment_rate=Decimal("90"), further_study_rate=Decimal("5"),
        within_months=6, cohort_size=120, median_salary=Decimal("100000"), salary_currency=usd,
        reported_by="the university's graduate survey", source_url="https://cmu.example/outcomes",
    )  # fmt: skip
    outcome.roles.set([RoleFactory(slug="ml-engineer"), RoleFactory(slug="data-scientist")])
    phd = OutcomeFactory(
        program=eth, year=2023, employment_rate=None, further_study_rate=Decimal("30")
    )
    phd.roles.set([RoleFactory(slug="research-scientist")])
    ucl.placement = "none"
    ucl.sponsored_project = ucl.support_after_graduating = False
    ucl.save()
    return catalogue


def titles(response) -> set[str]:
    return {program.title for program in response.context["page"].object_list}


def facet(response, name: str) -> dict[str, int]:
    facets = {facet.name: facet for facet in response.context["facets"]}
    return {option.value: option.count for option in facets[name].options}


# The finder -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"internship": "1"}, {"MS in Machine Learning", "MSc Robotics, Cognition, Intelligence"}),
        ({"placement_required": "1"}, {"MS in Machine Learning"}),
        ({"sponsored": "1"}, {"MS in Machine Learning"}),
        ({"careers_after": "1"}, {"MS in Machine Learning"}),
        ({"role": "research-scientist"}, {"MSc Data Science"}),
        ({"role": ["ml-engineer", "research-scientist"]}, {"MS in Machine Learning",
                                                           "MSc Data Science"}),
        ({"phd_data": "1"}, {"MS in Machine Learning", "MSc Data Science"}),
    ],
)  # fmt: skip
def test_filters_find_programmes_by_what_comes_after(client, careers, query, expected):
    response = client.get(LIST, query)

    assert not response.context["form"].errors
    assert titles(response) == expected


def test_facets_count_placements_projects_support_and_named_roles(client, careers):
    response = client.get(LIST)
    flags = facet(response, "flags")

    assert flags["internship"] == 2
    assert flags["placement_required"] == flags["sponsored"] == flags["careers_after"] == 1
    # Only roles some programme's destinations name, each with what choosing it finds.
    assert facet(response, "role") == {
        "data-scientist": 1,
        "ml-engineer": 1,
        "research-scientist": 1,
    }
    html = response.content.decode()
    assert "Graduates went on to work as" in html
    assert "Placement, optional or required" in html


def test_role_counts_apply_the_other_filters(client, careers):
    response = client.get(LIST, {"role": "ml-engineer", "sponsored": "1"})

    assert facet(response, "role")["research-scientist"] == 0
    assert facet(response, "flags")["sponsored"] == 1


def test_active_filters_show_as_chips(client, careers):
    response = client.get(
        LIST, {"placement_required": "1", "role": "research-scientist", "phd_data": "1"}
    )
    labels = [chip.label for chip in response.context["chips"]]

    assert "Placement required" in labels
    assert "Graduates went on to work as: Research scientist" in labels
    assert "Publishes how many go on to a PhD" in labels


def test_an_unknown_role_is_explained_and_the_other_filters_still_apply(client, careers):
    response = client.get(LIST, {"role": "astronaut", "sponsored": "1"})

    assert response.status_code == 200
    assert "astronaut is not one of the available choices" in response.content.decode()
    assert titles(response) == {"MS in Machine Learning"}


def test_list_query_count_does_not_grow_with_careers_data(
    client, careers, django_assert_max_num_queries
):
    query = {"internship": "1", "role": ["ml-engineer", "data-scientist"], "careers_after": "1"}
    with django_assert_max_num_queries(20) as small:
        client.get(LIST, query)
    for number in range(20):
        program = ProgramFactory(
            title=f"Placement Programme {number}", placement="optional",
            support_after_graduating=True, university=careers["ucl"].university,
        )  # fmt: skip
        OutcomeFactory(program=program).roles.set([RoleFactory(slug="ml-engineer")])
    with django_assert_max_num_queries(20) as large:
        response = client.get(LIST, query)

    assert len(large.captured_queries) == len(small.captured_queries)
    assert response.context["page"].paginator.count == 21


# The programme page ------------------------------------------------------------------


def test_programme_page_says_what_comes_after_with_sources(client, careers):
    html = client.get(careers["cmu"].get_absolute_url()).content.decode()

    assert ">After the degree</h2>" in html
    assert "Required placement, 8 months, paid" in html
    assert "Yes, for 24 months" in html
    assert "https://cmu.example/practicum" in html
    assert (
        "90% in work and 5% in further study within 6 months of graduating; "
        "median salary USD 100,000 (2024)"
    ) in html
    assert "Roles: Data scientist, ML engineer." in html
    assert "120 graduates counted; counted by the university&#x27;s graduate survey" in html
    assert "https://cmu.example/outcomes" in html


def test_programme_page_says_not_published_never_no(client, careers):
    html = client.get(careers["eth"].get_absolute_url()).content.decode()
    section = html[html.index('id="after-heading"') : html.index('id="requirements-heading"')]

    assert section.count("Not published") >= 6
    assert ">No<" not in section
    assert "ask the programme before you apply" in section
    assert "30% in further study" in section


def test_programme_page_query_count_does_not_grow_with_destinations(
    client, careers, django_assert_max_num_queries
):
    program = careers["cmu"]
    url = program.get_absolute_url()
    client.get(url)  # warm the per-catalogue cache
    with django_assert_max_num_queries(16) as small:
        client.get(url)
    for year in range(2015, 2023):
        OutcomeFactory(program=program, year=year).roles.set([RoleFactory(slug="nlp-engineer")])
    client.get(url)
    with django_assert_max_num_queries(16) as large:
        response = client.get(url)

    assert len(large.captured_queries) == len(small.captured_queries)
    assert "Roles: NLP engineer." in response.content.decode()


# The comparison ------------------------------------------------------------------------


def after_the_degree(response) -> dict[str, list]:
    group = next(g for g in response.context["groups"] if g.title == "After the degree")
    return {row.label: row for row in group.rows}


def test_comparison_groups_after_the_degree_with_not_published_cells(client, careers):
    ids = [careers[key].pk for key in ("cmu", "eth", "ucl")]
    response = client.get(COMPARE, {"p": ids, "currency": "USD"})
    rows = after_the_degree(response)

    def texts(label):
        return [cell.text for cell in rows[label].cells]

    assert texts("Placement") == ["Required placement, 8 months, paid", "Not published",
                                  "No placement"]  # fmt: skip
    assert texts("Sponsored project") == ["Yes", "Not published", "No"]
    assert texts("Careers support") == [
        "Careers service, support after graduating for 24 months",
        "Not published",
        "No support after graduating",
    ]
    assert rows["Careers support"].cells[0].note == (
        "not published: employer events, alumni network"
    )
    assert texts("Share in work") == ["90% in work", "Not published", "Not published"]
    assert rows["Share in work"].cells[0].note == (
        "class of 2024; within 6 months of graduating; counts graduates answering a survey "
        "six months after finishing; 120 graduates; counted by the university's graduate survey"
    )
    assert texts("Share in further study") == ["5% in further study", "30% in further study",
                                               "Not published"]  # fmt: skip
    assert texts("Median salary (USD)") == ["USD 100,000", "Not published", "Not published"]
    assert texts("Roles named") == [
        "Data scientist, ML engineer",
        "Research scientist",
        "Not published",
    ]
    assert all(cell.mark == "" for row in rows.values() for cell in row.cells)
    assert rows["Placement"].cells[1].missing and rows["Placement"].cells[2].missing is False
    html = response.content.decode()
    assert "ask the programme before you apply" in html


def test_comparison_destination_cells_link_their_source_and_say_what_is_counted(client, careers):
    ids = [careers[key].pk for key in ("cmu", "eth")]
    response = client.get(COMPARE, {"p": ids, "currency": "EUR"})
    rows = after_the_degree(response)

    counted = "counts graduates answering a survey six months after finishing"
    for label in ("Share in work", "Median salary (EUR)", "Roles named"):
        cell = rows[label].cells[0]
        assert cell.source == "https://cmu.example/outcomes", label
        assert counted in cell.note and "counted by the university's graduate survey" in cell.note
    assert rows["Median salary (EUR)"].cells[0].note.startswith("class of 2024; USD 100,000;")
    assert rows["Share in further study"].cells[1].source == "https://example.edu/outcomes"
    assert rows["Share in work"].cells[1].source == ""  # ETH publishes no share in work
    html = response.content.decode()
    assert (
        '<a class="small" href="https://cmu.example/outcomes" rel="nofollow noopener">source'
        in html
    )
    exported = client.get(COMPARE, {"p": ids, "currency": "EUR", "format": "csv"})
    assert "90% in work (class of 2024;" in exported.content.decode()
    assert "source https://cmu.example/outcomes)" in exported.content.decode()


def test_comparison_sources_list_placements_and_careers_support(client, careers):
    ids = [careers[key].pk for key in ("cmu", "eth")]
    response = client.get(COMPARE, {"p": ids})
    group = next(g for g in response.context["groups"] if g.title == "Where the facts come from")
    rows = {row.label: row for row in group.rows}

    assert rows["Placement: source"].cells[0].url == "https://cmu.example/practicum"
    assert rows["Placement: source"].cells[1].text == "not sourced"
    assert rows["Careers support: source"].cells[0].text == "not sourced"


# Personal fit ----------------------------------------------------------------------------


def test_fit_weighs_placement_project_and_support_and_explains_each(client, careers):
    only = {f"w_{key}": 0 for key in fit.FACTOR_KEYS}
    response = client.get(FIT, {**only, "w_placement": 3, "w_sponsored": 1, "w_careers": 1})
    fits = {f.facts.title: f for f in response.context["ranking"].fits}
    html = response.content.decode()

    # Three of four say whether they have a placement, so it counts; two of four say
    # whether they have a project or support after graduating, which is half: they count.
    cmu, ucl, eth = (fits[t] for t in ("MS in Machine Learning", "MSc Machine Learning Online",
                                       "MSc Data Science"))  # fmt: skip
    assert cmu.score == 100 and ucl.score == 0
    assert eth.score is None  # says nothing: missing, never a zero
    assert {part.factor.key for part in eth.missing} == {"placement", "sponsored", "careers"}
    assert "Required placement" in html
    assert "Careers support after graduating, for 24 months" in html
    assert "Placement not published" in html


def test_fit_leaves_out_support_after_graduating_when_few_say(client, catalogue):
    catalogue["cmu"].support_after_graduating = True
    catalogue["cmu"].save()
    only = {f"w_{key}": 0 for key in fit.FACTOR_KEYS}

    html = client.get(FIT, {**only, "w_careers": 2, "w_cost": 1}).content.decode()

    assert (
        "<strong>Careers support</strong> not counted: only 1 of the 4 programmes ranked "
        "say whether they support graduates after the degree"
    ) in html
