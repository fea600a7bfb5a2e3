"""A programme's own save brings the catalogue's index, orders and searches up to date
by reading that programme again, not the whole catalogue, even after a few such saves
nobody saw; and what the finder shows is what a fresh reading of the catalogue would
show."""

from decimal import Decimal
from unittest import mock

import pytest
from django.http import QueryDict

from programs import caching
from programs.finder import Finder, index
from programs.models import Program
from tests.factories import ProgramFactory, UniversityFactory
from tests.programs.test_facet_index import MIXES, query_of, varied  # noqa: F401

pytestmark = pytest.mark.django_db


def seen(mix: dict) -> tuple[dict, list[int]]:
    """What a visitor sees for these filters: every facet's counts and the first page."""
    finder = Finder(query_of(mix))
    counts = {facet.name: [(o.value, o.count) for o in facet.options] for facet in finder.facets()}
    return counts, [program.pk for program in finder.page(1, 10).object_list]


def edits(program: Program) -> list[dict]:
    """Changes to one programme's own row that move it between options and rankings."""
    return [
        {"delivery": "online" if program.delivery != "online" else "on_campus"},
        {"duration_months": 9, "tuition_amount": Decimal("1000"), "placement": "required"},
        {"tuition_amount": None, "duration_months": 36, "language": "de"},
        {"status": Program.Status.DRAFT},  # unpublished: it leaves every count
        {"status": Program.Status.PUBLISHED},  # and comes back with its topics
    ]


def test_a_programmes_save_updates_the_index_and_the_finder_shows_what_a_rebuild_would(
    varied,  # noqa: F811
):
    program = Program.objects.published().order_by("pk")[5]
    for edit in edits(program):
        for mix in MIXES:
            seen(mix)  # the previous version, as visitors left it
        for field, value in edit.items():
            setattr(program, field, value)
        program.save()

        with mock.patch.object(index, "build", wraps=index.build) as built:
            updated = {str(mix): seen(mix) for mix in MIXES}
        caching.forget_everything()
        rebuilt = {str(mix): seen(mix) for mix in MIXES}

        assert not built.called, edit
        assert updated == rebuilt, edit


def test_the_updated_index_is_the_index_a_rebuild_makes(varied):  # noqa: F811
    finder = Finder(QueryDict())
    options, filterset = finder.options, finder.filterset
    before = index.build(filterset, options.named_roles, options.topic_slugs)
    program = Program.objects.published().order_by("-pk")[3]
    for edit in edits(program):
        for field, value in edit.items():
            setattr(program, field, value)
        program.save()

        after = index.updated(
            before, [program.pk], filterset, options.named_roles, options.topic_slugs
        )
        rebuilt = index.build(filterset, options.named_roles, options.topic_slugs)

        assert after == rebuilt, edit
        before = after
    assert before.everything >> program.pk & 1  # published again at the end


CHECKED = [{}, {"delivery": ["online"]}, {"q": "learning"}, {"sort": "cost", "intl": "1"}]


def test_saves_with_no_visit_between_them_are_each_brought_up_to_date(varied):  # noqa: F811
    for mix in CHECKED:
        seen(mix)
    first, second = Program.objects.published().order_by("pk")[:2]
    for program, changes in [
        (first, {"delivery": "online", "tuition_amount": Decimal("100")}),
        (second, {"delivery": "online", "title": "Learning to learn"}),
        (first, {"title": "Zymurgy", "status": Program.Status.DRAFT}),  # the same again
    ]:
        for field, value in changes.items():
            setattr(program, field, value)
        program.save()  # the versions between them are never worked out

    with (
        mock.patch.object(index, "build", wraps=index.build) as built,
        mock.patch.object(index, "read_order", wraps=index.read_order) as read,
    ):
        updated = [seen(mix) for mix in CHECKED]
    caching.forget_everything()

    assert not built.called
    assert not read.called
    assert updated == [seen(mix) for mix in CHECKED]
    assert first.pk not in updated[0][1] and second.pk in updated[1][1]


def test_many_saves_nobody_saw_update_the_index_and_read_only_the_orders_again(
    varied,  # noqa: F811
):
    """More saves than an order places one by one, fewer than a value traces back."""
    for mix in CHECKED:
        seen(mix)
    programs = list(Program.objects.published().order_by("pk")[: index.MOVES + 4])
    for number, program in enumerate(programs):
        program.tuition_amount = Decimal(1000 + 500 * number)
        program.delivery = "online" if number % 2 else "on_campus"
        program.save()

    with (
        mock.patch.object(index, "build", wraps=index.build) as built,
        mock.patch.object(index, "read_order", wraps=index.read_order) as read,
    ):
        updated = [seen(mix) for mix in CHECKED]
    caching.forget_everything()

    assert index.MOVES < len(programs) < caching.CHAIN
    assert not built.called
    assert read.called
    assert updated == [seen(mix) for mix in CHECKED]


def test_more_saves_than_it_traces_back_read_the_catalogue_again(varied):  # noqa: F811
    seen({})
    program = Program.objects.published().order_by("pk")[0]
    program.delivery = "online"
    for _ in range(caching.CHAIN + 1):
        program.save()

    with mock.patch.object(index, "build", wraps=index.build) as built:
        updated = seen({"delivery": ["online"]})
    caching.forget_everything()

    assert built.called
    assert updated == seen({"delivery": ["online"]})


def test_an_other_edit_among_saves_reads_the_catalogue_again(varied):  # noqa: F811
    seen({})
    first, second = Program.objects.published().order_by("pk")[:2]
    first.save()
    second.topics.clear()  # not a programme's own row
    first.save()

    with mock.patch.object(index, "build", wraps=index.build) as built:
        seen({})

    assert built.called


SEARCHES = [{"q": "learning"}, {"q": "learning", "delivery": ["online"]}, {"q": "vision"}]


def test_a_save_moves_a_programme_into_out_of_and_within_a_search(varied):  # noqa: F811
    """Its relevance and whether it matches are asked of SQL for that programme alone."""
    program = Program.objects.published().search("learning").order_by("pk")[3]
    asked: list[int] = []

    def bits_of(queryset):
        found = index.bitset(index.columns_of(queryset)[0])
        asked.append(found.bit_count())
        return found

    for title in ["Learning to learn", "Zymurgy", "Computer vision", "Learning"]:
        for mix in SEARCHES:
            seen(mix)
        program.title = title
        program.save()

        with (
            mock.patch.object(index, "bitset_of", bits_of),
            mock.patch.object(index, "read_order", wraps=index.read_order) as read,
        ):
            asked.clear()
            updated = [seen(mix) for mix in SEARCHES]
            orders = [
                list(index.in_order(Finder(query_of(mix)).filterset, caching.Snapshot()))
                for mix in SEARCHES
            ]
        caching.forget_everything()

        assert not read.called, title
        assert asked and max(asked) <= 1, title  # only the saved programme was asked about
        assert updated == [seen(mix) for mix in SEARCHES], title
        assert orders == [
            list(Finder(QueryDict(f"q={mix['q']}")).qs.values_list("pk", flat=True))
            for mix in SEARCHES
        ], title


def test_other_edits_read_the_catalogue_again(varied):  # noqa: F811
    seen({})
    program = Program.objects.published().first()
    program.topics.clear()  # not the programme's own row

    with mock.patch.object(index, "build", wraps=index.build) as built:
        seen({})

    assert built.called


SORTS = ["", "deadline", "cost", "duration", "name", "verified"]


def test_a_programmes_save_moves_it_in_every_order_as_the_list_would_sort_it(
    varied,  # noqa: F811
):
    program = Program.objects.published().order_by("pk")[7]
    mixes = [{"sort": sort} for sort in SORTS] + [{"sort": "cost", "intl": "1", "living": "1"}]
    for edit in [*edits(program), {"title": "Aardvark studies"}, {"title": "Zymurgy"}]:
        for mix in mixes:
            seen(mix)
        for field, value in edit.items():
            setattr(program, field, value)
        program.save()

        with mock.patch.object(index, "read_order", wraps=index.read_order) as read:
            orders = [
                list(index.in_order(Finder(query_of(mix)).filterset, caching.Snapshot()))
                for mix in mixes
            ]
        listed = [list(Finder(query_of(mix)).qs.values_list("pk", flat=True)) for mix in mixes]

        assert not read.called, edit
        assert orders == listed, edit


def among(ordered):
    """The ordered programmes among some ids, as ``index.moved`` asks for them."""
    return lambda ids: ordered.filter(pk__in=ids)


@pytest.mark.parametrize("size", [0, 1, 2, 99, 100, 101, 250])
def test_a_programme_finds_its_place_in_an_order_of_any_length(size):
    """At the start, in the middle and at the end of orders of several lengths."""
    university = UniversityFactory()
    Program.objects.bulk_create(
        ProgramFactory.build(
            university=university, title=f"Programme {number:04}", slug=f"p{number}"
        )
        for number in range(size)
    )
    ordered = Program.objects.order_by("title", "pk").values_list("pk")
    order = index.array("q", [pk for (pk,) in ordered])
    for at in sorted({0, size // 3, size // 2, size}):
        mover = ProgramFactory(university=university, title=f"Programme {at:04}a", slug="mover")

        found = index.moved(order, [mover.pk], among(ordered))

        assert list(found) == [pk for (pk,) in ordered.all()], at
        assert found.index(mover.pk) == min(at + 1, size), at  # just after "Programme {at}"
        mover.delete()


def titled(count: int):
    """``count`` programmes of one university, titled in order, and that order."""
    university = UniversityFactory()
    Program.objects.bulk_create(
        ProgramFactory.build(university=university, title=f"Programme {n:04}", slug=f"p{n}")
        for n in range(count)
    )
    ordered = Program.objects.order_by("title", "pk").values_list("pk")
    return university, ordered, index.array("q", [pk for (pk,) in ordered])


def test_several_programmes_find_their_places_though_each_left_an_old_one():
    _, ordered, order = titled(250)
    saved = [order[at] for at in (0, 1, 50, 99, 100, 149, 200, 248, 249)]
    for number, pk in enumerate(saved):  # each to about the other end from where it was
        Program.objects.filter(pk=pk).update(title=f"Programme {249 - number * 31:04}b")

    found = index.moved(order, saved, among(ordered))

    assert list(found) == [pk for (pk,) in ordered.all()]


@pytest.mark.parametrize("probes", [4, 100])
def test_a_programme_finds_its_place_in_two_queries_whatever_the_length(
    probes, django_assert_max_num_queries
):
    """With 4 probes, 250 programmes take the square root's 16 at a time: still two."""
    university, ordered, order = titled(250)
    mover = ProgramFactory(university=university, title="Programme 0170a", slug="mover")

    with mock.patch.object(index, "PROBES", probes), django_assert_max_num_queries(2):
        found = index.moved(order, [mover.pk], among(ordered))

    assert list(found) == [pk for (pk,) in ordered.all()]
