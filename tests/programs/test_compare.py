"""The comparison page: rows people weigh, marks, differences, CSV, and hostile links."""

import csv
import io
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import (
    CourseFactory,
    FacultyMemberFactory,
    OutcomeFactory,
    PartnershipFactory,
    ProgramFactory,
    RoleFactory,
    StartTermFactory,
    TopicFactory,
)

pytestmark = pytest.mark.django_db

COMPARE = reverse("programs:compare")


def table_rows(response) -> dict[str, list[str]]:
    """Row label -> cell texts, as the visitor sees them in the comparison table."""
    return {
        row.label: [cell.text for cell in row.cells]
        for group in response.context["groups"]
        for row in group.rows
    }


def marks(response, label: str) -> list[str]:
    for group in response.context["groups"]:
        for row in group.rows:
            if row.label == label:
                return [cell.mark for cell in row.cells]
    raise KeyError(label)


def ids(catalogue, *keys) -> list[int]:
    return [catalogue[key].pk for key in keys]


def test_programmes_side_by_side_in_groups_people_weigh(client, catalogue):
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth", "ucl")})
    html = response.content.decode()

    assert response.status_code == 200
    for title in ("MS in Machine Learning", "MSc Data Science", "MSc Machine Learning Online"):
        assert title in html
    for group in ("Time", "Money, in EUR", "Curriculum", "Faculty and research",
                  "Industry links", "After the degree", "Requirements", "Where the facts come from",
                  "Topic coverage"):  # fmt: skip
        assert f"<span>{group}</span>" in html
    rows = table_rows(response)
    assert rows["Duration"] == ["16 months", "24 months", "24 months"]
    assert rows["GRE"] == ["Required", "Not accepted", "Optional"]
    assert rows["Research topics"] == ["not listed", "Computer vision", "not listed"]


def test_columns_follow_the_order_of_the_link(client, catalogue):
    response = client.get(COMPARE, {"p": ids(catalogue, "ucl", "cmu")})

    assert [p.title for p in response.context["table"].programs] == [
        "MSc Machine Learning Online",
        "MS in Machine Learning",
    ]


def test_costs_are_normalised_totals_in_the_chosen_currency(client, catalogue):
    # CMU: USD 60,000 a year for 16 months = EUR 72,000 = USD 80,000.
    # UCL: GBP 20,000 in total = EUR 24,000; with GBP 1,500 x 24 months living, EUR 67,200.
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "ucl"), "currency": "USD"})
    rows = table_rows(response)

    assert rows["Total tuition, home or EU fees"] == ["USD 80,000", "USD 26,667"]
    assert rows["Tuition as published, home or EU fees"] == [
        "USD 60,000 per year",
        "GBP 20,000 whole programme",
    ]
    assert rows["Total with living costs, home or EU fees"] == ["not known", "USD 74,667"]
    assert "Money, in USD" in response.content.decode()


def test_only_total_costs_mark_the_best_and_the_worst(client, catalogue):
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth", "tum")})
    html = response.content.decode()

    assert marks(response, "Duration") == ["", "", ""]  # shorter is not better for all
    assert marks(response, "Topics covered") == ["", "", ""]
    # 72,000 / 3,000 / 12,000
    assert marks(response, "Total tuition, home or EU fees") == ["worst", "best", ""]
    assert marks(response, "Pace") == ["", "", ""]
    assert 'class="mark mark--best">Best<' in html and 'class="mark mark--worst">Worst<' in html


def test_missing_figures_are_shown_as_missing_and_never_marked(client, catalogue):
    OutcomeFactory(program=catalogue["cmu"], year=2024, employment_rate=Decimal("95"))
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth")})

    assert table_rows(response)["Share in work"] == ["95% in work", "Not published"]
    assert marks(response, "Share in work") == ["", ""]
    assert "compare-cell--missing" in response.content.decode()


def test_outcomes_compare_employment_and_salary_in_the_chosen_currency(client, catalogue):
    usd = catalogue["cmu"].tuition_currency
    OutcomeFactory(program=catalogue["cmu"], year=2024, employment_rate=Decimal("95"),
                   median_salary=Decimal("100000"), salary_currency=usd)  # fmt: skip
    OutcomeFactory(program=catalogue["eth"], year=2024, employment_rate=Decimal("88.5"),
                   median_salary=Decimal("80000"), salary_currency_id="EUR")  # fmt: skip
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth"), "currency": "EUR"})
    rows = table_rows(response)

    assert rows["Share in work"] == ["95% in work", "88.5% in work"]
    assert rows["Median salary (EUR)"] == ["EUR 90,000", "EUR 80,000"]
    assert marks(response, "Share in work") == ["", ""]
    assert marks(response, "Median salary (EUR)") == ["", ""]


def test_industry_links_list_partners(client, catalogue):
    PartnershipFactory(program=catalogue["tum"], partner__name="Siemens")
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "tum")})
    rows = table_rows(response)

    assert rows["Industry partners"] == ["none listed", "1 partner link: Siemens (internships)"]


def test_topic_coverage_matrix_tells_required_from_elective(client, catalogue):
    nlp = TopicFactory(name="Natural language processing", slug="natural-language-processing")
    CourseFactory(program=catalogue["eth"], title="Speech and Text", kind="elective").topics.add(
        nlp
    )
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth", "ucl")})
    coverage = {
        row.label: [cell.text for cell in row.cells]
        for row in response.context["table"].coverage.rows
    }

    assert coverage["Reinforcement learning"] == ["Covered", "Required course", "—"]
    assert coverage["Natural language processing"] == ["Covered", "Elective", "Covered"]
    assert coverage["Computer vision"] == ["Covered", "—", "—"]


def test_data_freshness_links_the_source_and_says_figures_are_unverified(client, catalogue):
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu", "eth")})
    html = response.content.decode()

    assert table_rows(response)["Last verified"][1] == "Unverified, approximate"
    assert re.search(r"Verified|\d{1,2} \w{3} \d{4}", table_rows(response)["Last verified"][0])
    assert 'href="https://university.example/msc-ml"' in html
    assert "approximate and unverified" in html


def test_only_differences_hides_rows_that_are_the_same_everywhere(client, catalogue):
    query = {"p": ids(catalogue, "cmu", "eth")}
    everything = table_rows(client.get(COMPARE, query))
    response = client.get(COMPARE, {**query, "diff": "1"})
    differences = table_rows(response)

    assert "Teaching language" in everything and "Teaching language" not in differences
    assert "Duration" in differences and "GRE" in differences
    assert 'id="id_diff" checked' in response.content.decode()
    assert "are the same for every programme" in response.content.decode()


def test_the_page_links_to_its_csv_and_keeps_its_settings_in_the_url(client, catalogue):
    html = client.get(
        COMPARE, {"p": ids(catalogue, "cmu", "eth"), "currency": "GBP", "diff": "1"}
    ).content.decode()
    cmu, eth = ids(catalogue, "cmu", "eth")

    assert f"?p={cmu}&amp;p={eth}&amp;currency=GBP&amp;diff=1&amp;format=csv" in html
    assert f'<input type="hidden" name="p" value="{cmu}">' in html


def test_csv_export_has_the_same_rows_as_the_page(client, catalogue):
    query = {"p": ids(catalogue, "cmu", "eth", "ucl"), "currency": "USD"}
    page = client.get(COMPARE, query)
    response = client.get(COMPARE, {**query, "format": "csv"})
    rows = list(csv.reader(io.StringIO(response.content.decode())))

    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"] == 'attachment; filename="comparison.csv"'
    assert rows[0] == ["Group", "Row", "MS in Machine Learning, Carnegie Mellon University",
                       "MSc Data Science, ETH Zurich",
                       "MSc Machine Learning Online, University College London"]  # fmt: skip
    page_labels = [row.label for group in page.context["groups"] for row in group.rows]
    assert [row[1] for row in rows[1:]] == page_labels
    assert ["Money, in USD", "Total tuition, home or EU fees", "USD 80,000", "USD 3,333",
            "USD 26,667"] in rows  # fmt: skip
    assert ["Topic coverage", "Reinforcement learning", "Covered", "Required course", "—"] in rows


def test_csv_export_honours_only_differences(client, catalogue):
    query = {"p": ids(catalogue, "cmu", "eth"), "format": "csv"}
    everything = client.get(COMPARE, query).content.decode()
    differences = client.get(COMPARE, {**query, "diff": "1"}).content.decode()

    assert "Teaching language" in everything
    assert "Teaching language" not in differences and "Duration" in differences


def test_csv_cells_cannot_run_as_spreadsheet_formulas(client, catalogue):
    ProgramFactory(title="=HYPERLINK(1)", slug="formula")
    program = ProgramFactory(title="=cmd|' /C calc'!A0", slug="formula-2")
    response = client.get(COMPARE, {"p": [program.pk, catalogue["cmu"].pk], "format": "csv"})
    header = next(csv.reader(io.StringIO(response.content.decode())))

    assert header[2].startswith("'=")


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({"p": ["abc"]}, "not programme numbers"),
        ({"p": ["-3"]}, "not programme numbers"),
        ({"p": ["1.5"]}, "not programme numbers"),
        ({"p": ["99999999999999999999999"]}, "not programme numbers"),
        ({"p": ["\x00"]}, "not programme numbers"),
        ({"p": ["٣"]}, "not programme numbers"),
        ({"p": ["987654"]}, "not in the catalogue"),
        ({"currency": "ZZZ"}, "Unknown currency"),
        ({"currency": "<script>"}, "Unknown currency"),
        ({"diff": "maybe", "format": "pdf"}, None),
    ],
)
def test_bad_input_is_dropped_with_a_notice_never_a_server_error(client, catalogue, query, notice):
    good = ids(catalogue, "cmu", "eth")
    params = {**query, "p": [*good, *query.get("p", [])]}
    response = client.get(COMPARE, params)
    html = response.content.decode()

    assert response.status_code == 200
    assert [p.pk for p in response.context["table"].programs] == good
    if notice:
        assert notice in html
    assert "<script>" not in html.split("<main", 1)[1].split("</main>")[0]


def test_unpublished_programmes_are_dropped_without_saying_they_exist(client, catalogue):
    draft = catalogue["ucl"].university.programs.get(slug="draft")
    archived = ProgramFactory(title="Old Programme", status="archived")
    response = client.get(COMPARE, {"p": [*ids(catalogue, "cmu", "eth"), draft.pk, archived.pk]})
    html = response.content.decode()

    assert len(response.context["table"].programs) == 2
    assert "MSc Draft Programme" not in html and "Old Programme" not in html
    assert "Left out 2 programmes that are not in the catalogue" in html


def test_duplicates_are_dropped_with_a_notice(client, catalogue):
    cmu, eth = ids(catalogue, "cmu", "eth")
    response = client.get(COMPARE, {"p": [cmu, eth, cmu, str(eth), cmu]})

    assert [p.pk for p in response.context["table"].programs] == [cmu, eth]
    assert "Left out 3 repeated programmes." in response.content.decode()


def test_more_than_six_are_cut_to_the_first_six_with_a_notice(client, catalogue):
    extra = [ProgramFactory(title=f"Extra {n}").pk for n in range(4)]
    link = [*ids(catalogue, "cmu", "eth", "ucl", "tum"), *extra]
    response = client.get(COMPARE, {"p": link})

    assert [p.pk for p in response.context["table"].programs] == link[:6]
    assert "at most 6 programmes at once: showing the first 6 of the 8" in (
        response.content.decode()
    )


def test_a_very_long_link_is_read_only_so_far(client, catalogue):
    published = ids(catalogue, "cmu", "eth", "ucl", "tum")
    link = [*published[:2], *range(10**9, 10**9 + 100), *published[2:]]
    response = client.get(COMPARE, {"p": link})

    assert response.status_code == 200
    assert "The link lists 104 entries; only the first 50 were read." in (
        response.content.decode()
    )
    assert [p.pk for p in response.context["table"].programs] == published[:2]


def test_one_programme_is_not_a_comparison(client, catalogue):
    response = client.get(COMPARE, {"p": ids(catalogue, "cmu")})
    html = response.content.decode()

    assert "Add at least one more programme" in html
    assert "compare-table" not in html


def test_without_a_selection_the_page_explains_how_to_pick(client, catalogue):
    html = client.get(COMPARE).content.decode()

    assert "Nothing to compare yet" in html


def test_without_programmes_in_the_link_the_tray_becomes_the_shareable_link(client, catalogue):
    cmu, eth = ids(catalogue, "cmu", "eth")
    for pk in (cmu, eth):
        client.post(reverse("programs:compare_add"), {"program": pk})
    client.get(reverse("programs:list"), {"currency": "GBP"})

    response = client.get(COMPARE)

    assert response.status_code == 302
    assert response["Location"] == f"{COMPARE}?p={cmu}&p={eth}&currency=GBP"


def test_the_same_link_shows_the_same_table_to_anyone(client, catalogue):
    link = {"p": ids(catalogue, "tum", "ucl"), "currency": "USD", "diff": "1"}
    mine = client.get(COMPARE, link)
    theirs = Client().get(COMPARE, link)

    def table(response) -> str:
        html = response.content.decode()
        return html[html.index('<table class="compare-table"') : html.index("</table>")]

    assert "MSc Robotics, Cognition, Intelligence" in table(mine)
    assert table(mine) == table(theirs)


def test_htmx_requests_get_only_the_comparison(client, catalogue):
    response = client.get(
        COMPARE, {"p": ids(catalogue, "cmu", "eth"), "diff": "1"}, headers={"HX-Request": "true"}
    )
    html = response.content.decode()

    assert html.lstrip().startswith('<div id="comparison"')
    assert "<html" not in html
    assert "HX-Request" in response["Vary"]


def make_programmes(count: int) -> list[int]:
    """Programmes with something in every related table the comparison reads."""
    topic = TopicFactory(name="Deep learning", slug="deep-learning")
    result = []
    for number in range(count):
        program = ProgramFactory(title=f"Rich Programme {number}")
        program.topics.add(topic)
        CourseFactory(program=program).topics.add(topic)
        CourseFactory(program=program, kind="elective")
        person = FacultyMemberFactory()
        person.programs.add(program)
        person.research_topics.add(topic)
        PartnershipFactory(program=program)
        outcome = OutcomeFactory(
            program=program, median_salary=Decimal("50000"), salary_currency_id="EUR"
        )
        outcome.roles.set([RoleFactory(slug="ml-engineer"), RoleFactory(slug="data-scientist")])
        StartTermFactory(program=program)
        result.append(program.pk)
    return result


def test_query_count_is_the_same_for_two_or_six_programmes(
    client, catalogue, django_assert_max_num_queries
):
    programs = make_programmes(6)
    # The sources in one query, and the catalogue version the table is kept under.
    with django_assert_max_num_queries(13) as two:
        client.get(COMPARE, {"p": programs[:2], "currency": "USD"})
    with django_assert_max_num_queries(13) as six:
        response = client.get(COMPARE, {"p": programs, "currency": "USD"})

    assert len(response.context["table"].programs) == 6
    assert len(six.captured_queries) == len(two.captured_queries)


def test_csv_query_count_is_the_same_for_two_or_six_programmes(
    client, catalogue, django_assert_max_num_queries
):
    programs = make_programmes(6)
    with django_assert_max_num_queries(12) as two:
        client.get(COMPARE, {"p": programs[:2], "format": "csv"})
    with django_assert_max_num_queries(12) as six:
        client.get(COMPARE, {"p": programs, "format": "csv"})

    assert len(six.captured_queries) == len(two.captured_queries)
