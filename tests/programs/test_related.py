"""Related programmes on a programme's page: taught the same way where possible, and
each named with its university, total cost and length."""

from decimal import Decimal

import pytest

from programs import caching
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
