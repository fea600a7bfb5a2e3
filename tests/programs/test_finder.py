"""The programme list: filters, facet counts, sorting, chips, and hostile input."""

import io
import re
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programs.models import Program
from tests.factories import CourseFactory, DeadlineFactory, ProgramFactory, TopicFactory

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def titles(response) -> list[str]:
    return [program.title for program in response.context["page"].object_list]


def facet(response, name: str) -> dict[str, int]:
    facets = {facet.name: facet for facet in response.context["facets"]}
    return {option.value: option.count for option in facets[name].options}


def test_only_published_programmes_are_listed(client, catalogue):
    response = client.get(LIST)

    assert response.status_code == 200
    assert "MSc Draft Programme" not in titles(response)
    assert "4 programmes" in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": ["US", "GB"]}, {"MS in Machine Learning", "MSc Machine Learning Online"}),
        ({"delivery": ["online", "hybrid"]}, {"MSc Machine Learning Online", "MSc Robotics, Cognition, Intelligence"}),
        ({"pace": "part_time"}, {"MSc Machine Learning Online", "MSc Robotics, Cognition, Intelligence"}),
        ({"max_months": "16"}, {"MS in Machine Learning"}),
        ({"topic": ["reinforcement-learning", "computer-vision"]}, {"MS in Machine Learning", "MSc Robotics, Cognition, Intelligence"}),
        ({"topic": ["reinforcement-learning", "natural-language-processing"]}, {"MS in Machine Learning"}),
        ({"internship": "1"}, {"MS in Machine Learning", "MSc Robotics, Cognition, Intelligence"}),
        ({"no_gre": "1"}, {"MSc Data Science", "MSc Machine Learning Online", "MSc Robotics, Cognition, Intelligence"}),
        ({"degree": "ms"}, {"MS in Machine Learning"}),
        ({"open": "1"}, {"MS in Machine Learning", "MSc Machine Learning Online"}),
        ({"max_cost": "13000", "currency": "EUR"}, {"MSc Data Science", "MSc Robotics, Cognition, Intelligence"}),
        ({"max_cost": "25000", "currency": "USD"}, {"MSc Data Science", "MSc Robotics, Cognition, Intelligence"}),
        ({"max_cost": "25000", "currency": "EUR", "living": "1"}, set()),
    ],
)  # fmt: skip
def test_each_filter_narrows_the_results(client, catalogue, query, expected):
    response = client.get(LIST, query)

    assert set(titles(response)) == expected


def test_cost_limit_includes_living_costs_when_asked(client, catalogue):
    # UCL: GBP 20,000 total + GBP 1,500 x 24 months living = GBP 56,000 = EUR 67,200
    without = client.get(LIST, {"max_cost": "30000", "currency": "EUR", "delivery": "online"})
    with_living = client.get(
        LIST, {"max_cost": "70000", "currency": "EUR", "delivery": "online", "living": "1"}
    )
    too_low = client.get(
        LIST, {"max_cost": "60000", "currency": "EUR", "delivery": "online", "living": "1"}
    )

    assert titles(without) == ["MSc Machine Learning Online"]
    assert titles(with_living) == ["MSc Machine Learning Online"]
    assert titles(too_low) == []


def test_search_follows_edits_to_courses(client, catalogue):
    course = CourseFactory(program=catalogue["tum"], title="Quantum Annealing")
    assert titles(client.get(LIST, {"q": "quantum"})) == ["MSc Robotics, Cognition, Intelligence"]

    course.delete()
    assert titles(client.get(LIST, {"q": "quantum"})) == []


def test_relevance_puts_title_matches_first(client, catalogue):
    response = client.get(LIST, {"q": "machine learning"})

    assert titles(response)[0] in {"MS in Machine Learning", "MSc Machine Learning Online"}
    assert "Recommended order for a search" in response.content.decode()


@pytest.mark.parametrize(
    ("sort", "first", "last"),
    [
        ("cost", "MSc Data Science", "MS in Machine Learning"),
        ("duration", "MS in Machine Learning", None),
        ("name", "MS in Machine Learning", "MSc Robotics, Cognition, Intelligence"),
        ("deadline", "MS in Machine Learning", None),
        ("verified", "MS in Machine Learning", None),
    ],
)
def test_sorting(client, catalogue, sort, first, last):
    result = titles(client.get(LIST, {"sort": sort}))

    assert result[0] == first
    if last:
        assert result[-1] == last


def test_programmes_with_unknown_cost_sort_last(client, catalogue):
    ProgramFactory(title="AAA Unknown Fee", tuition_amount=None)

    assert titles(client.get(LIST, {"sort": "cost"}))[-1] == "AAA Unknown Fee"


def test_facet_counts_match_the_results_they_lead_to(client, catalogue):
    base = {"delivery": "on_campus"}
    response = client.get(LIST, base)

    for country, count in facet(response, "country").items():
        narrowed = client.get(LIST, {**base, "country": country})
        assert narrowed.context["page"].paginator.count == count, country


def test_facet_counts_apply_the_other_filters_but_not_their_own(client, catalogue):
    response = client.get(LIST, {"delivery": "online", "country": "GB"})
    delivery = facet(response, "delivery")
    countries = facet(response, "country")

    assert delivery == {"on_campus": 0, "online": 1, "hybrid": 0}
    assert countries["GB"] == 1 and countries["US"] == 0
    # options that give nothing stay visible
    assert set(countries) == {"US", "CH", "GB", "DE"}
    assert "facet__option--empty" in response.content.decode()


def test_topic_counts_say_what_adding_a_topic_would_leave(client, catalogue):
    response = client.get(LIST, {"topic": "reinforcement-learning"})
    topics = facet(response, "topic")

    assert topics["computer-vision"] == 2
    assert topics["natural-language-processing"] == 1
    assert topics["reinforcement-learning"] == 2


def test_active_filters_show_as_removable_chips(client, catalogue):
    response = client.get(LIST, {"country": ["US", "GB"], "q": "learning"})
    chips = {chip.label: chip.remove_url for chip in response.context["chips"]}

    assert "Country: United States of America" in chips
    remaining = client.get(LIST + chips["Country: United States of America"])
    assert titles(remaining) == ["MSc Machine Learning Online"]
    assert "Clear all" in response.content.decode()


def test_empty_result_names_the_filter_to_relax(client, catalogue):
    response = client.get(LIST, {"country": "CH", "delivery": "online"})
    html = response.content.decode()

    assert titles(response) == []
    assert "No programmes match all of these filters" in html
    assert "would show 1 programme" in html


def test_pagination_keeps_the_filters(client, catalogue):
    for number in range(25):
        ProgramFactory(title=f"Zeta Programme {number:02}", delivery="online")

    first = client.get(LIST, {"delivery": "online"})
    second = client.get(LIST, {"delivery": "online", "page": "2"})

    assert len(titles(first)) == 20
    assert "delivery=online&amp;page=2" in first.content.decode()
    assert len(titles(second)) == 6


def test_display_currency_is_remembered_in_the_session(client, catalogue):
    client.post(reverse("programs:shortlist_add"), {"program": catalogue["eth"].pk})
    client.get(LIST, {"currency": "USD"})
    response = client.get(LIST)

    assert response.context["rate"].currency == "USD"
    assert "USD 80,000" in response.content.decode()  # CMU: EUR 72,000 total


def test_amounts_show_the_original_and_the_converted_figure(client, catalogue):
    html = client.get(LIST, {"currency": "EUR", "country": "US"}).content.decode()

    assert "USD 60,000" in html and "per year" in html
    assert "EUR 72,000" in html


HOSTILE = [
    {"country": "XX"},
    {"delivery": "teleport"},
    {"pace": "warp"},
    {"max_months": "twelve"},
    {"max_months": "-3"},
    {"max_months": "99999999999999999999"},
    {"max_cost": "NaN"},
    {"max_cost": "Infinity"},
    {"max_cost": "-1"},
    {"max_cost": "1e400"},
    {"currency": "ZZZ"},
    {"currency": "<script>"},
    {"topic": "no-such-topic"},
    {"sort": "price; DROP TABLE"},
    {"deadline_after": "2027-02-30"},
    {"start": "2027-13"},
    {"page": "999"},
    {"page": "-1"},
    {"page": "abc"},
    {"q": "x" * 10_000},
    {"q": "\x00\x01"},
    {"q": "' OR 1=1 --"},
    {"q": "&|!:*()"},
    {"country": ["US", "US", "US"], "max_cost": ["1", "2"]},
]


@pytest.mark.parametrize("query", HOSTILE)
def test_bad_input_gets_a_message_never_a_server_error(client, catalogue, query):
    response = client.get(LIST, query)

    assert response.status_code == 200


def test_bad_input_is_explained_by_the_field_and_other_filters_still_apply(client, catalogue):
    response = client.get(LIST, {"max_cost": "NaN", "country": "US"})
    html = response.content.decode()

    assert "Highest total cost: Enter a number." in html
    assert titles(response) == ["MS in Machine Learning"]


def test_typed_text_is_never_echoed_unescaped(client, catalogue):
    payload = '"><script>alert(1)</script>'
    html = client.get(
        LIST, {"q": payload, "max_cost": payload, "currency": payload}
    ).content.decode()

    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_a_page_past_the_end_shows_the_last_page(client, catalogue):
    response = client.get(LIST, {"page": "999"})

    assert response.context["page"].number == 1
    assert len(titles(response)) == 4


def test_htmx_requests_get_only_the_catalogue(client, catalogue):
    response = client.get(LIST, {"country": "US"}, headers={"HX-Request": "true"})
    html = response.content.decode()

    assert '<form id="catalogue"' in html
    assert "<html" not in html
    # ...and no cache hands that part out for the whole page at the same URL
    assert "HX-Request" in response["Vary"]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"q": "learning"},
        {"country": ["US", "GB"], "max_cost": "60000", "currency": "EUR"},
        {"delivery": "online", "topic": "natural-language-processing", "sort": "cost"},
        # Every facet's own filter on: nothing counted the current results on the way.
        {"delivery": "on_campus", "degree": "msc", "language": "en", "country": "CH",
         "pace": "full_time", "internship": "1", "no_gre": "1", "open": "1"},
    ],
)  # fmt: skip
def test_result_count_and_pages_match_the_programmes_listed(client, catalogue, query):
    from django.http import QueryDict

    from programs.finder import Finder

    data = QueryDict(mutable=True)
    for key, value in query.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    expected = Finder(data).qs.count()

    response = client.get(LIST, query)

    assert not response.context["form"].errors
    assert response.context["page"].paginator.count == expected
    assert len(titles(response)) == min(expected, 20)


def test_list_query_count_does_not_grow_with_the_data(
    client, catalogue, django_assert_max_num_queries
):
    query = {"q": "learning", "country": ["US", "GB"], "topic": "natural-language-processing",
             "sort": "deadline", "open": "1"}  # fmt: skip
    with django_assert_max_num_queries(20) as small:
        client.get(LIST, query)
    topic = TopicFactory(name="Natural language processing", slug="natural-language-processing")
    for number in range(30):
        program = ProgramFactory(
            title=f"Learning Programme {number}", university=catalogue["ucl"].university
        )
        program.topics.add(topic)
        CourseFactory(program=program).topics.add(topic)
        DeadlineFactory(program=program)
    with django_assert_max_num_queries(20) as large:
        response = client.get(LIST, query)

    assert len(large.captured_queries) == len(small.captured_queries)
    assert response.context["page"].paginator.count > 20


def test_programme_page_shows_every_group_of_facts(client, catalogue):
    response = client.get(catalogue["ucl"].get_absolute_url())
    html = response.content.decode()

    assert response.status_code == 200
    for heading in ("Time", "Money", "Curriculum", "Faculty", "Industry links", "After the degree",
                    "Entry requirements"):  # fmt: skip
        assert f">{heading}</h2>" in html
    assert "Unverified" in html and "approximate" in html
    assert "official programme page" in html
    assert "GBP 20,000" in html


def test_programme_page_shows_deadlines_with_days_left(client, catalogue):
    html = client.get(catalogue["cmu"].get_absolute_url()).content.decode()

    assert "40 days left" in html
    assert re.search(r"Verified \d+ \w+ \d{4}", html)


def test_unpublished_or_unknown_programme_is_a_styled_404(client, catalogue):
    draft = catalogue["ucl"].university.programs.get(slug="draft")

    response = client.get(draft.get_absolute_url())
    missing = client.get(reverse("programs:detail", args=["nowhere", "nothing"]))

    assert response.status_code == missing.status_code == 404
    assert "Page not found" in response.content.decode()


def test_programme_page_query_count_is_fixed(client, catalogue, django_assert_max_num_queries):
    program = catalogue["eth"]
    url = program.get_absolute_url()
    client.get(url)  # warm the per-catalogue cache, as any visitor before would
    with django_assert_max_num_queries(16) as small:
        client.get(url)
    topic = TopicFactory(name="Optimisation", slug="optimisation")
    for number in range(10):
        CourseFactory(program=program, title=f"Extra {number}").topics.add(topic)
    client.get(url)
    with django_assert_max_num_queries(16) as large:
        client.get(url)

    assert len(large.captured_queries) == len(small.captured_queries)


def test_deadline_after_a_date(client, catalogue):
    later = timezone.localdate() + timedelta(days=60)

    response = client.get(LIST, {"deadline_after": later.isoformat()})

    assert titles(response) == ["MSc Machine Learning Online"]


def test_start_term_filter(client, catalogue):
    response = client.get(LIST)
    choices = [value for value, _ in response.context["form"].fields["start"].choices if value]

    filtered = client.get(LIST, {"start": choices[0]})

    assert titles(filtered) == ["MSc Machine Learning Online"]


def test_costs_are_converted_with_decimal_precision(catalogue):
    assert catalogue["cmu"].tuition_total_base == Decimal("72000.00")


def test_sitemap_lists_published_programmes_only(client, catalogue):
    xml = client.get("/sitemap.xml").content.decode()

    assert catalogue["cmu"].get_absolute_url() in xml
    assert reverse("programs:list") in xml
    assert "/draft/" not in xml


def test_postgres_search_reads_the_stored_vectors_through_their_gin_index(catalogue):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the GIN index exists on PostgreSQL only")
    search = Program.objects.search("machine learning").order_by("-rank")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # as with a catalogue too big to scan
        plan = search.explain()

    assert "program_search_vector_gin" in plan
    assert "to_tsvector" not in plan  # ranking reads the stored vectors, parsing nothing


def test_search_follows_renamed_and_deleted_programmes(client, catalogue):
    program = catalogue["tum"]
    program.title = "MSc Quantitative Robotics"
    program.save()
    assert titles(client.get(LIST, {"q": "quantitative"})) == ["MSc Quantitative Robotics"]
    assert titles(client.get(LIST, {"q": "cognition"})) == []

    program.delete()
    assert titles(client.get(LIST, {"q": "quantitative"})) == []


def test_sqlite_search_index_comes_back_after_a_migration_drops_its_triggers(client, catalogue):
    from django.db import connection

    from programs.search import TRIGGERS

    if connection.vendor != "sqlite":
        pytest.skip("the FTS5 index exists on SQLite only")
    # Django rebuilds a SQLite table to alter it, and the rebuild drops the table's triggers.
    with connection.cursor() as cursor:
        for name in TRIGGERS:
            cursor.execute(f"DROP TRIGGER {name}")
    call_command("migrate", verbosity=0)

    course = CourseFactory(program=catalogue["tum"], title="Quantum Annealing")
    assert titles(client.get(LIST, {"q": "quantum"})) == ["MSc Robotics, Cognition, Intelligence"]
    course.delete()
    assert titles(client.get(LIST, {"q": "quantum"})) == []
    assert set(titles(client.get(LIST, {"q": "zurich"}))) == {"MSc Data Science"}


def test_demo_visitor_finds_online_programmes_under_30000_eur_covering_nlp(client):
    call_command("seed_demo", stdout=io.StringIO())
    online = client.get(LIST, {"delivery": "online", "currency": "EUR"})
    nlp_count = facet(online, "topic")["natural-language-processing"]

    with_nlp = client.get(
        LIST, {"delivery": "online", "currency": "EUR", "topic": "natural-language-processing"}
    )
    assert with_nlp.context["page"].paginator.count == nlp_count

    final = client.get(
        LIST,
        {
            "delivery": "online",
            "currency": "EUR",
            "topic": "natural-language-processing",
            "max_cost": "30000",
        },
    )
    found = final.context["page"].object_list
    assert 0 < final.context["page"].paginator.count <= nlp_count
    for program in found:
        assert program.delivery == "online"
        assert program.total_cost_base() <= 30000
        assert "natural-language-processing" in {topic.slug for topic in program.topics.all()}


def test_related_programmes_share_the_most_topics(client, catalogue):
    html = client.get(catalogue["tum"].get_absolute_url()).content.decode()
    related = html[html.index("Related programmes") :]

    # TUM covers RL and vision; CMU shares both, so it comes first.
    assert related.index("MS in Machine Learning") < related.index("MSc Data Science")


def test_related_programmes_follow_edits(client, catalogue):
    url = catalogue["tum"].get_absolute_url()
    client.get(url)
    catalogue["cmu"].status = "draft"
    catalogue["cmu"].save()

    html = client.get(url).content.decode()

    assert "MS in Machine Learning<" not in html[html.index("Related programmes") :]
