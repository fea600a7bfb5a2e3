"""The finder caches what it works out from the catalogue (options, counts, result pages);
an editor's change shows at once."""

import threading
import time
from datetime import timedelta
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth.models import Group, User
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from core.editors import EDITORS_GROUP
from programs import caching
from programs.models import CatalogueVersion, ExchangeRate
from tests.factories import (
    DeadlineFactory,
    FacultyMemberFactory,
    ProgramFactory,
    StartTermFactory,
    TopicFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db

LIST = reverse("programs:list")


def facet(response, name: str) -> dict[str, int]:
    facets = {facet.name: facet for facet in response.context["facets"]}
    return {option.value: option.count for option in facets[name].options}


def titles(response) -> list[str]:
    return [program.title for program in response.context["page"].object_list]


def labels(response, name: str) -> dict[str, str]:
    facets = {facet.name: facet for facet in response.context["facets"]}
    return {option.value: option.label for option in facets[name].options}


def test_a_second_visit_reuses_what_the_first_worked_out(
    client, catalogue, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30) as first:
        client.get(LIST)
    with django_assert_max_num_queries(30) as second:
        response = client.get(LIST)

    assert len(second.captured_queries) < len(first.captured_queries)
    assert facet(response, "country") == {"CH": 1, "DE": 1, "GB": 1, "US": 1}


def test_an_editors_save_in_the_admin_shows_at_once(client, catalogue):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    assert "FR" not in facet(client.get(LIST), "country")

    university = catalogue["tum"].university
    client.force_login(editor)
    response = client.post(
        reverse("admin:programs_university_change", args=[university.pk]),
        {"name": university.name, "slug": university.slug, "country": "FR", "city": "Paris"},
    )
    assert response.status_code == 302
    client.logout()
    countries = facet(client.get(LIST), "country")

    assert countries["FR"] == 1
    assert "DE" not in countries


def test_publishing_a_programme_updates_unfiltered_counts_and_options(client, catalogue):
    draft = catalogue["ucl"].university.programs.get(slug="draft")
    before = client.get(LIST)
    assert facet(before, "delivery")["on_campus"] == 2
    assert "ja" not in facet(before, "language")

    draft.status = "published"
    draft.language = "ja"
    draft.delivery = "on_campus"
    draft.save()
    after = client.get(LIST)

    assert facet(after, "delivery")["on_campus"] == 3
    assert facet(after, "language")["ja"] == 1
    assert after.context["page"].paginator.count == 5


def test_a_new_country_shows_as_soon_as_a_programme_is_there(client, catalogue):
    client.get(LIST)

    ProgramFactory(university=UniversityFactory(country="JP"))

    assert facet(client.get(LIST), "country")["JP"] == 1


def test_topic_changes_show_at_once(client, catalogue):
    assert labels(client.get(LIST), "topic")["computer-vision"] == "Computer vision"
    topic = catalogue["cmu"].topics.get(slug="computer-vision")

    topic.name = "Vision and images"
    topic.save()
    catalogue["eth"].topics.add(TopicFactory(name="Causal inference", slug="causal-inference"))
    response = client.get(LIST)

    assert labels(response, "topic")["computer-vision"] == "Vision and images"
    assert facet(response, "topic")["causal-inference"] == 1


def test_deadline_and_start_changes_show_at_once(client, catalogue):
    today = timezone.localdate()
    before = client.get(LIST)
    starts = [value for value, _ in before.context["form"].fields["start"].choices if value]

    intake = StartTermFactory(
        program=catalogue["eth"], starts_on=today.replace(day=1) + timedelta(days=400)
    )
    DeadlineFactory(program=catalogue["eth"], intake=intake, closes_on=today + timedelta(days=3))
    after = client.get(LIST)

    assert facet(after, "flags")["open"] == facet(before, "flags")["open"] + 1
    new_starts = [value for value, _ in after.context["form"].fields["start"].choices if value]
    assert len(new_starts) == len(starts) + 1


def test_deleting_a_programme_shows_at_once(client, catalogue):
    assert facet(client.get(LIST), "country")["US"] == 1

    catalogue["cmu"].delete()

    assert "US" not in facet(client.get(LIST), "country")


def test_paging_through_filtered_results_counts_them_once(
    client, catalogue, django_assert_max_num_queries
):
    query = {"delivery": "on_campus", "sort": "cost"}
    client.get(LIST)  # what the catalogue offers is known from here on
    with django_assert_max_num_queries(30) as first:
        client.get(LIST, query)
    with django_assert_max_num_queries(30) as again:
        response = client.get(LIST, query)

    # The first visit counted from the index the unfiltered list read: no query counts.
    # The second does not choose the page's programmes again either.
    assert not [q for q in first.captured_queries if "COUNT(" in q["sql"].upper()]
    assert len(again.captured_queries) <= len(first.captured_queries) - 1
    assert titles(response) == ["MSc Data Science", "MS in Machine Learning"]
    assert facet(response, "country") == {"CH": 1, "DE": 0, "GB": 0, "US": 1}


def test_filtered_counts_and_results_follow_an_editors_save(client, catalogue):
    query = {"delivery": "on_campus"}
    before = client.get(LIST, query)
    assert facet(before, "country")["US"] == 1
    assert "MS in Machine Learning" in titles(before)

    program = catalogue["cmu"]
    program.delivery = "online"
    program.save()
    after = client.get(LIST, query)

    assert facet(after, "country")["US"] == 0
    assert "MS in Machine Learning" not in titles(after)
    assert after.context["page"].paginator.count == before.context["page"].paginator.count - 1


def test_a_new_exchange_rate_reprices_the_cost_filter_at_once(client, catalogue):
    program = catalogue["cmu"]  # priced in US dollars
    query = {"max_cost": str(program.tuition_total_base + 1), "currency": "EUR"}
    before = client.get(LIST, query)
    assert "MS in Machine Learning" in titles(before)
    assert facet(before, "delivery")["on_campus"] == 2

    usd = ExchangeRate.objects.get(currency="USD")
    usd.rate_to_base *= 2
    usd.save()
    after = client.get(LIST, query)

    assert "MS in Machine Learning" not in titles(after)
    assert facet(after, "delivery")["on_campus"] == 1


def test_search_follows_a_faculty_member_leaving(client, catalogue):
    member = FacultyMemberFactory(name="Ada Quennell")
    member.programs.add(catalogue["eth"])
    assert titles(client.get(LIST, {"q": "quennell"})) == ["MSc Data Science"]

    member.delete()

    assert titles(client.get(LIST, {"q": "quennell"})) == []


def test_search_forgets_a_deleted_topic(client, catalogue):
    topic = TopicFactory(name="Xenolinguistics", slug="xenolinguistics")
    catalogue["eth"].topics.add(topic)
    researcher = FacultyMemberFactory(name="Ada Quennell")
    researcher.programs.add(catalogue["tum"])
    researcher.research_topics.add(topic)
    found = titles(client.get(LIST, {"q": "xenolinguistics"}))
    assert sorted(found) == ["MSc Data Science", "MSc Robotics, Cognition, Intelligence"]

    topic.delete()

    assert titles(client.get(LIST, {"q": "xenolinguistics"})) == []
    assert titles(client.get(LIST, {"q": "quennell"})) == ["MSc Robotics, Cognition, Intelligence"]


def test_a_zero_cost_limit_is_a_filter_not_the_unfiltered_catalogue(client, catalogue):
    assert facet(client.get(LIST), "delivery")["on_campus"] == 2

    response = client.get(LIST, {"max_cost": "0", "currency": "EUR"})

    assert response.context["page"].paginator.count == 0
    assert facet(response, "delivery") == {"on_campus": 0, "online": 0, "hybrid": 0}


def test_a_version_bump_makes_older_entries_unreachable():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    assert caching.remember("test", "scope", compute) == 1
    assert caching.remember("test", "scope", compute) == 1
    caching.bump_catalogue_version()

    assert caching.remember("test", "scope", compute) == 2


def test_an_emptied_database_starts_from_a_version_no_earlier_one_had():
    caching.remember("test", "scope", lambda: "old")
    CatalogueVersion.objects.all().delete()  # as `flush` does before a restore

    assert caching.remember("test", "scope", lambda: "new") == "new"
    caching.bump_catalogue_version()
    assert caching.remember("test", "scope", lambda: "newer") == "newer"


def test_an_edit_rolled_back_leaves_nothing_behind_for_the_next_one():
    caching.remember("test", "scope", lambda: "before")
    with pytest.raises(RuntimeError), transaction.atomic():
        caching.bump_catalogue_version()
        caching.remember("test", "scope", lambda: "from the edit that was undone")
        raise RuntimeError

    caching.bump_catalogue_version()  # the next edit

    assert caching.remember("test", "scope", lambda: "after") == "after"


def test_an_edit_served_by_another_worker_shows_at_once(client, catalogue):
    """Each gunicorn worker has a cache of its own; the version they share is in the
    database, so an edit through one worker reaches the pages of every other."""
    assert "FR" not in facet(client.get(LIST), "country")

    other_worker = LocMemCache("other-worker", {})
    with mock.patch.object(caching, "cache", other_worker):
        university = catalogue["tum"].university
        university.country = "FR"
        university.save()

    assert facet(client.get(LIST), "country")["FR"] == 1


def test_generated_programmes_show_and_go_at_once(client, catalogue):
    def listed() -> int:
        return client.get(LIST).context["page"].paginator.count

    before = listed()
    call_command("generate_programs", "--count", "5", "--seed", "3", stdout=StringIO())
    assert listed() == before + 5
    call_command("generate_programs", "--count", "5", "--seed", "4", stdout=StringIO())
    assert listed() == before + 10

    call_command("generate_programs", "--count", "0", "--clear", stdout=StringIO())

    assert listed() == before


def test_requests_that_find_the_index_missing_together_build_it_once():
    snapshot = caching.Snapshot()
    built = []

    def build():
        built.append(1)
        time.sleep(0.3)  # long enough for the other request to find it missing too
        return "index"

    found = []
    requests = [
        threading.Thread(
            target=lambda: found.append(snapshot.remember("index", "scope", build, alone=True))
        )
        for _ in range(3)
    ]
    for request in requests:
        request.start()
    for request in requests:
        request.join()

    assert found == ["index"] * 3
    assert len(built) == 1


def test_a_process_reads_the_catalogues_index_from_its_own_copy_after_the_first_time(
    client, catalogue
):
    client.get(LIST)
    asked = []
    real_get = caching.cache.get

    def get(key, *args, **kwargs):
        asked.append(key)
        return real_get(key, *args, **kwargs)

    with mock.patch.object(caching.cache, "get", get):
        response = client.get(LIST, {"country": "GB"})  # counts nobody asked for yet

    assert facet(response, "country")["GB"] >= 1
    assert asked and not [key for key in asked if ":finder-index:" in key]


def test_a_process_keeps_copies_of_the_latest_few_large_values_only():
    kept = caching.Kept(2)
    for key in ("first", "second", "third"):
        kept.keep(key, key.upper())
    kept.get("second")

    assert [kept.get(key) for key in ("first", "second", "third")] == [None, "SECOND", "THIRD"]
