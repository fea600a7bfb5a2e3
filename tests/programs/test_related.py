"""Related programmes on a programme's page: taught the same way where possible, and
each named with its university, total cost and length."""

from decimal import Decimal
from unittest import mock

import pytest

from programs import caching
from programs.models import Program
from programs.models.querysets import ProgramQuerySet
from tests.factories import ProgramFactory, TopicFactory, UniversityFactory

pytestmark = pytest.mark.django_db


def related_section(client, program) -> str:
    html = client.get(program.get_absolute_url()).content.decode()
    return html[html.index('id="related-heading"') :]


def test_online_part_time_programmes_come_before_on_campus_full_time_ones():
    topics = TopicFactory.create_batch(3)
    online = ProgramFactory(title="Online part-time", delivery="online", pace="part_time")
    online.topics.set(topics)
    on_campus = ProgramFactory(title="On campus, all topics", delivery="on_campus")
    on_campus.topics.set(topics)  # shares more topics, but is taught the other way
    also_online = ProgramFactory(title="Also online", delivery="online", pace="either")
    online_full_time = ProgramFactory(title="Online full-time", delivery="online")

    related = [program.title for program in caching.related_programs(online)]

    assert related == [also_online.title, online_full_time.title, on_campus.title]


def test_shared_topics_still_rank_programmes_taught_the_same_way():
    topics = TopicFactory.create_batch(2)
    program = ProgramFactory(delivery="on_campus")
    program.topics.set(topics)
    ProgramFactory(title="B shares nothing", delivery="on_campus")
    ProgramFactory(title="A shares one", delivery="on_campus").topics.set(topics[:1])
    ProgramFactory(title="C shares both", delivery="on_campus").topics.set(topics)

    related = [other.title for other in caching.related_programs(program)]

    assert related == ["C shares both", "A shares one", "B shares nothing"]


def test_each_related_programme_shows_its_university_format_length_and_cost(client):
    program = ProgramFactory()
    ProgramFactory(
        title="MSc Statistics",
        university=UniversityFactory(name="University of Oslo", country="NO"),
        delivery="hybrid",
        pace="part_time",
        duration_months=24,
        tuition_amount=Decimal("1000"),
    )

    related = related_section(client, program)

    assert "MSc Statistics" in related
    assert "University of Oslo, Norway" in related
    assert "Hybrid, part-time" in related
    assert "24 months" in related
    assert "EUR 2,000" in related  # 1,000 a year for two years


def test_related_cards_cost_no_extra_queries(client, django_assert_max_num_queries):
    program = ProgramFactory()
    ProgramFactory()
    client.get(program.get_absolute_url())  # warm the per-catalogue cache
    with django_assert_max_num_queries(16) as one:
        client.get(program.get_absolute_url())
    ProgramFactory.create_batch(3, university=UniversityFactory())
    client.get(program.get_absolute_url())
    with django_assert_max_num_queries(16) as four:
        client.get(program.get_absolute_url())

    assert len(four.captured_queries) == len(one.captured_queries)


def test_a_programme_without_topics_still_has_related_programmes():
    program = ProgramFactory()
    other = ProgramFactory()

    assert caching.related_programs(program) == [other]


def programme(topics=(), **fields):
    program = ProgramFactory(**fields)
    program.topics.set(topics)
    return program


def related_titles(program) -> list[str]:
    return [other.title for other in caching.related_programs(program)]


def test_programmes_alike_in_every_way_are_listed_by_title_then_in_the_order_added():
    topics = [TopicFactory()]
    program = programme(topics)
    b = programme(topics, title="MSc B")
    first_a = programme(topics, title="MSc A")
    second_a = programme(topics, title="MSc A")

    assert caching.related_programs(program) == [first_a, second_a, b]


def test_a_programme_without_topics_lists_those_taught_alike_first_then_by_title():
    program = programme(delivery="on_campus")
    programme(TopicFactory.create_batch(2), title="A online", delivery="online")
    programme([TopicFactory()], title="C on campus", delivery="on_campus")
    programme(title="B on campus", delivery="on_campus")

    assert related_titles(program) == ["B on campus", "C on campus", "A online"]


def test_a_programme_at_either_pace_ranks_every_pace_alike_by_shared_topics():
    topics = TopicFactory.create_batch(2)
    program = programme(topics, delivery="on_campus", pace="either")
    programme(title="A either, none shared", delivery="on_campus", pace="either")
    programme(topics[:1], title="B part-time, one", delivery="on_campus", pace="part_time")
    programme(topics, title="C full-time, both", delivery="on_campus", pace="full_time")
    programme(topics, title="D online, both", delivery="online", pace="either")

    assert related_titles(program) == [
        "C full-time, both",
        "B part-time, one",
        "A either, none shared",
        "D online, both",
    ]


def test_with_few_programmes_taught_alike_shared_topics_order_the_others():
    topics = TopicFactory.create_batch(2)
    program = programme(topics, delivery="on_campus", pace="full_time")
    programme(title="Z on campus", delivery="on_campus", pace="full_time")
    programme(title="A online, none shared", delivery="online", pace="full_time")
    programme(topics, title="B online, both shared", delivery="online", pace="full_time")

    assert related_titles(program) == [
        "Z on campus",
        "B online, both shared",
        "A online, none shared",
    ]


def test_the_last_place_goes_to_programmes_taught_alike_once_there_are_enough():
    topics = TopicFactory.create_batch(2)
    program = programme(topics, delivery="online", pace="part_time")
    for title in ("A alike", "B alike", "C alike"):
        programme(title=title, delivery="online", pace="part_time")
    programme(title="E hybrid, none shared", delivery="hybrid", pace="part_time")
    programme(topics, title="F hybrid, both shared", delivery="hybrid", pace="part_time")

    shown = related_titles(program)
    programme(topics[:1], title="D alike", delivery="online", pace="either")
    shown_after = related_titles(program)

    assert shown == ["A alike", "B alike", "C alike", "F hybrid, both shared"]
    assert shown_after == ["D alike", "A alike", "B alike", "C alike"]


def test_other_programmes_saves_rank_only_the_ranked_and_saved_as_a_fresh_ranking_would():
    """After saves of programmes that were not ranked, only the ranked and the saved
    are ranked again; a ranked one saved ranks the whole subject again. Either way the
    page shows what ranking afresh shows."""
    topics = TopicFactory.create_batch(3)
    program = ProgramFactory(subject_area="statistics", delivery="on_campus")
    program.topics.set(topics)
    others = [
        ProgramFactory(subject_area="statistics", delivery="on_campus", title=f"S{n}")
        for n in range(6)
    ]
    for number, other in enumerate(others):
        other.topics.set(topics[: 3 - number // 2])
    elsewhere = ProgramFactory(subject_area="data_science", delivery="on_campus")
    elsewhere.topics.set(topics)
    ranked = ProgramQuerySet.related_ids
    shown = [p.pk for p in caching.related_programs(program)]
    assert shown == [p.pk for p in others[:4]]

    for saved, changes, whole_subject in [
        (elsewhere, {"title": "Renamed elsewhere"}, False),
        (others[5], {"subject_area": "data_science"}, False),  # below the four shown
        (elsewhere, {"subject_area": "statistics"}, False),  # joins: shares every topic
        (others[0], {"subject_area": "data_science"}, True),  # one shown leaves
        (others[4], {"title": "S4 renamed"}, False),  # in the subject: it may climb
        (others[4], {"subject_area": "data_science"}, False),  # and leave again
    ]:
        for field, value in changes.items():
            setattr(saved, field, value)
        saved.save()

        with mock.patch.object(ProgramQuerySet, "related_ids", autospec=True) as ranking:
            ranking.side_effect = ranked
            shown = [p.pk for p in caching.related_programs(program)]

        among = ranking.call_args.args[0].count()
        assert (among > 5) == whole_subject, changes
        assert shown == ranked(Program.objects.published(), program), changes
    assert shown[0] == elsewhere.pk


def test_saves_unseen_in_between_rank_the_saved_among_the_ranked():
    """Several saves nobody saw a programme page between, one of them lifting a
    programme that was not ranked above those that were."""
    topics = TopicFactory.create_batch(3)
    program = ProgramFactory(subject_area="statistics", delivery="online", pace="part_time")
    program.topics.set(topics)
    alike = [
        ProgramFactory(subject_area="statistics", delivery="online", pace="part_time")
        for _ in range(5)
    ]
    unlike = ProgramFactory(subject_area="statistics", delivery="hybrid", pace="part_time")
    unlike.topics.set(topics)
    for other in alike[:4]:
        other.topics.set(topics[:1])
    before = [p.pk for p in caching.related_programs(program)]
    assert unlike.pk not in before

    alike[4].topics.set(topics)  # not a programme's own save: the ranking starts afresh
    caching.related_programs(program)
    unlike.delivery = "online"  # now taught alike, and shares every topic
    unlike.save()
    alike[4].title = "Renamed"
    alike[4].save()

    shown = [p.pk for p in caching.related_programs(program)]

    assert set(shown[:2]) == {unlike.pk, alike[4].pk}
    assert shown == ProgramQuerySet.related_ids(Program.objects.published(), program)
