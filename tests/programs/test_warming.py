"""After an edit the finder's commonest lists are worked out again before a visitor asks,
outside the editor's request."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from core.editors import EDITORS_GROUP, grant_editor_permissions
from programs import warming
from programs.caching import bump_catalogue_version, forget_everything
from programs.models import ExchangeRate
from tests.factories import ProgramFactory, UniversityFactory

LIST = reverse("programs:list")


@pytest.fixture
def site(transactional_db, settings):
    """A committed catalogue (the warming thread has a connection of its own) and an
    editor's client; the database was emptied after the last such test."""
    grant_editor_permissions()
    ExchangeRate.objects.get_or_create(
        currency="EUR", defaults={"name": "Euro", "rate_to_base": 1}
    )
    for country in ("CH", "GB", "US"):
        university = UniversityFactory(country=country)
        for number in range(3):
            ProgramFactory(university=university, slug=f"msc-{number}", status="published")
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    client = Client()
    client.force_login(editor)
    settings.CATALOGUE_WARMING = "thread"
    return client


def save_university(client, university, **changes) -> None:
    data = {"name": university.name, "slug": university.slug, "country": university.country}
    response = client.post(
        reverse("admin:programs_university_change", args=[university.pk]),
        {**data, "city": "Somewhere", **changes},
    )
    assert response.status_code == 302


def queries_of_a_visit(django_assert_max_num_queries, url: str = LIST) -> int:
    with django_assert_max_num_queries(40) as visit:
        assert Client().get(url).status_code == 200
    return len(visit.captured_queries)


def test_after_an_editors_save_the_first_visitor_finds_the_list_worked_out(
    site, django_assert_max_num_queries
):
    university = UniversityFactory._meta.model.objects.get(country="GB")
    queries_of_a_visit(django_assert_max_num_queries)
    warm_visit = queries_of_a_visit(django_assert_max_num_queries)

    save_university(site, university, country="FR")
    warming.warmer.wait(timeout=60)
    first_after_edit = queries_of_a_visit(django_assert_max_num_queries)
    filtered = queries_of_a_visit(django_assert_max_num_queries, f"{LIST}?country=FR")

    # Counts and pages are worked out; only what the cards show is fetched again (one
    # query for their topics), as each card is drawn afresh for the new version. The
    # filtered list's cards were all on the first page already.
    assert first_after_edit == warm_visit + 1
    assert filtered == warm_visit
    response = Client().get(f"{LIST}?country=FR")
    assert response.context["page"].paginator.count == 3  # the edit itself shows


def test_a_process_that_starts_serving_has_the_list_worked_out_before_the_first_visit(
    site, django_assert_max_num_queries
):
    queries_of_a_visit(django_assert_max_num_queries)
    warm_visit = queries_of_a_visit(django_assert_max_num_queries)
    forget_everything()  # a new process, with a cache of its own
    cold_visit = queries_of_a_visit(django_assert_max_num_queries)
    forget_everything()

    warming.on_start()
    warming.warmer.wait(timeout=60)

    # Counts and pages are worked out; only the cards are drawn (one query for their
    # topics), as a warming chooses the programmes but draws no HTML.
    assert cold_visit > warm_visit + 1
    assert queries_of_a_visit(django_assert_max_num_queries) == warm_visit + 1


def test_without_warming_the_first_visit_after_an_edit_counts_again(
    site, settings, django_assert_max_num_queries
):
    settings.CATALOGUE_WARMING = "off"
    university = UniversityFactory._meta.model.objects.get(country="GB")
    queries_of_a_visit(django_assert_max_num_queries)
    warm_visit = queries_of_a_visit(django_assert_max_num_queries)

    save_university(site, university, country="FR")

    assert queries_of_a_visit(django_assert_max_num_queries) > warm_visit


def test_the_editors_request_does_not_wait_for_the_warming(
    site, settings, django_assert_max_num_queries
):
    university = UniversityFactory._meta.model.objects.get(country="GB")
    url = reverse("admin:programs_university_change", args=[university.pk])
    data = {"name": university.name, "slug": university.slug, "city": "Somewhere"}

    settings.CATALOGUE_WARMING = "off"
    site.post(url, {**data, "country": "CH"})  # the editor's first request reads more
    with django_assert_max_num_queries(60) as unwarmed:
        site.post(url, {**data, "country": "FR"})
    settings.CATALOGUE_WARMING = "thread"
    with django_assert_max_num_queries(60) as warmed:
        site.post(url, {**data, "country": "DE"})
    warming.warmer.wait(timeout=60)

    assert len(warmed.captured_queries) == len(unwarmed.captured_queries)


def test_a_warming_overtaken_by_a_newer_edit_stops(site, monkeypatch):
    finders = []

    class EditingFinder(warming.Finder):
        def __init__(self, data, **kwargs):
            super().__init__(data, **kwargs)
            finders.append(data)
            if len(finders) == 3:
                bump_catalogue_version()  # an editor saves meanwhile

    monkeypatch.setattr(warming, "Finder", EditingFinder)
    warmed = warming.warm(limit=10)

    assert not warmed.complete
    assert warmed.visits < 10


def test_the_warming_covers_the_unfiltered_list_searches_and_the_commonest_options(site):
    asked = [data.urlencode() for data in warming.visits(limit=8)]

    assert asked[0] == ""
    assert "q=machine+learning" in asked
    assert len(asked) == 8
    options = [query for query in asked if query and not query.startswith("q=")]
    assert options, "single-option lists follow the searches"


def test_the_command_warms_and_says_how_much(site):
    out = StringIO()
    call_command("warm_finder", "--visits", "5", stdout=out)

    assert "Warmed 5 lists" in out.getvalue()
