"""The facet counts, read from the catalogue's index, always say how many programmes
the list shows once that option is chosen: checked against the list's own query for
every option of every facet, over a varied catalogue and many mixes of filters."""

import random
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Q
from django.http import QueryDict

from programs.finder import Finder
from programs.models import Program
from tests.factories import OutcomeFactory, RoleFactory

pytestmark = pytest.mark.django_db

MIXES = [
    {},
    {"delivery": ["on_campus"]},
    {"country": ["GB", "DE", "US"], "delivery": ["on_campus", "hybrid"]},
    {"pace": "part_time", "degree": ["msc"]},
    {"topic": ["reinforcement-learning"]},
    {"topic": ["reinforcement-learning", "computer-vision"], "country": ["US"]},
    {"internship": "1", "open": "1"},
    {"placement_required": "1", "sponsored": "1", "careers_after": "1"},
    {"role": ["ml-engineer", "research-scientist"], "no_gre": "1"},
    {"q": "learning", "delivery": ["online"]},
    {"max_cost": "30000", "currency": "EUR", "country": ["DE", "NL", "GB"], "sort": "cost"},
    {"max_cost": "25000", "currency": "USD", "intl": "1", "delivery": ["online"]},
    {"max_cost": "40000", "currency": "GBP", "intl": "1", "living": "1"},
    {"max_cost": "0", "currency": "EUR"},
    {"max_months": "18", "language": ["en"], "thesis": "1"},
    {"max_months": "12", "max_cost": "20000", "currency": "EUR", "living": "1"},
    {"phd_data": "1", "pace": "full_time"},
]


@pytest.fixture
def varied(catalogue):
    """The test catalogue and 80 generated programmes, some with placements, sponsored
    projects, support after graduating and destinations naming roles."""
    call_command("generate_programs", "--count", "80", "--seed", "7", stdout=StringIO())
    rng = random.Random(7)
    ids = list(Program.objects.values_list("pk", flat=True))
    for field, value in [
        ("placement", "required"),
        ("placement", "optional"),
        ("sponsored_project", True),
        ("support_after_graduating", True),
    ]:
        Program.objects.filter(pk__in=rng.sample(ids, 25)).update(**{field: value})
    roles = [RoleFactory(slug=slug) for slug in ("ml-engineer", "research-scientist")]
    for number, pk in enumerate(rng.sample(ids, 12)):
        outcome = OutcomeFactory(program_id=pk, year=2019, further_study_rate=number or None)
        outcome.roles.set(roles[: number % 2 + 1])
    return catalogue


def listed(data: dict) -> int:
    """How many programmes the list's own query finds for these filters."""
    query = QueryDict(mutable=True)
    for name, value in data.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return Finder(query).qs.count()


def chosen(data: dict, name: str, value: str, multiple: bool) -> dict:
    """The filters with ``value`` chosen instead of any other of its facet's options
    (for "all of" topics: beside them)."""
    if name == "topic":
        return {**data, "topic": [*data.get("topic", []), value]}
    if name == "flags":
        return {**data, value: "1"}
    return {**data, name: [value] if multiple else value}


def test_every_option_counts_what_choosing_it_lists(varied):
    checked = 0
    for mix in MIXES:
        query = QueryDict(mutable=True)
        for name, value in mix.items():
            query.setlist(name, value if isinstance(value, list) else [value])
        finder = Finder(query)

        assert finder.result_count() == finder.qs.count(), mix
        for facet in finder.facets():
            for option in facet.options:
                base = dict(mix)
                if facet.name == "flags":
                    base.pop(option.value, None)
                expected = listed(chosen(base, facet.name, option.value, facet.multiple))
                assert option.count == expected, (mix, facet.name, option.value)
                checked += option.count > 0
    assert checked > 100  # most options lead somewhere: the comparison is not all zeros


def test_the_varied_catalogue_has_something_behind_every_flag(varied):
    """So the counts compared above are not all zero."""
    for condition in [
        Q(placement="required"),
        Q(sponsored_project=True),
        Q(outcomes__roles__slug="ml-engineer"),
    ]:
        assert Program.objects.published().filter(condition).exists()


@pytest.mark.parametrize(
    "mix",
    [
        {"q": "learning"},
        {"q": "machine learning", "delivery": ["on_campus"], "max_cost": "40000"},
        {"q": "data", "topic": ["statistics"], "max_months": "24"},
        {"q": "learning", "sort": "cost"},
    ],
    ids=lambda mix: "&".join(mix),
)
def test_a_search_pages_through_results_in_the_order_the_list_query_gives(varied, mix):
    query = query_of(mix)
    expected = list(Finder(query).qs.values_list("pk", flat=True))

    shown = paged_through(query, pages=4)

    assert len(expected) > 7
    assert shown == expected[: len(shown)]


def query_of(mix: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for name, value in mix.items():
        query.setlist(name, value if isinstance(value, list) else [value])
    return query


def paged_through(query: QueryDict, pages: int) -> list[int]:
    """The ids a visitor sees paging through the list, 7 at a time."""
    shown = []
    for number in range(1, pages + 1):
        page = Finder(query).page(number, 7)
        shown += [program.pk for program in page.object_list]
        if not page.has_next():
            break
    return shown


@pytest.mark.parametrize("sort", ["", "deadline", "cost", "duration", "name", "verified"])
def test_pages_chosen_from_the_index_are_the_list_querys_pages(varied, sort):
    for mix in MIXES:
        query = query_of({**mix, "sort": sort} if sort else mix)
        expected = list(Finder(query).qs.values_list("pk", flat=True))
        shown = paged_through(query, pages=3)
        assert shown == expected[: len(shown)], mix
        assert len(shown) == min(len(expected), 21), mix


def test_a_new_mix_of_filters_in_an_order_already_read_asks_sql_for_no_page(
    varied, django_assert_max_num_queries
):
    Finder(query_of({"sort": "cost"})).page(1, 7)
    with django_assert_max_num_queries(20) as visit:
        page = Finder(query_of({"sort": "cost", "delivery": ["online"]})).page(2, 7)

    assert [program.delivery for program in page.object_list] == ["online"] * 7
    assert not [query for query in visit.captured_queries if "LIMIT 7" in query["sql"]]
