"""The demo catalogue that `make run` loads: real programmes, unverified, safe to reload."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count

from programs.models import (
    Course,
    Deadline,
    ExchangeRate,
    FactSource,
    FacultyMember,
    IndustryPartner,
    Outcome,
    Partnership,
    Program,
    StartTerm,
    Topic,
    University,
)

pytestmark = pytest.mark.django_db

TOPIC_SLUGS = {
    "supervised-learning",
    "unsupervised-learning",
    "deep-learning",
    "natural-language-processing",
    "reinforcement-learning",
    "probabilistic-graphical-models",
    "computer-vision",
    "ethics-and-fairness",
    "mlops",
    "statistics",
    "optimisation",
    "robotics",
    "data-engineering",
    "causal-inference",
    "generative-models",
    "information-retrieval",
}


def seed_demo() -> str:
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def catalogue_snapshot() -> dict[str, int]:
    """Row counts, history included: what a second run must leave exactly as it was."""
    models = [
        Program,
        University,
        Topic,
        ExchangeRate,
        Course,
        Deadline,
        StartTerm,
        FacultyMember,
        IndustryPartner,
        Partnership,
        Outcome,
    ]
    counts = {model.__name__: model.objects.count() for model in models}
    counts |= {f"{model.__name__} history": model.history.count() for model in models}
    counts["course topics"] = Course.topics.through.objects.count()
    counts["programme topics"] = Program.topics.through.objects.count()
    counts["teaching"] = FacultyMember.programs.through.objects.count()
    return counts


def test_seed_demo_loads_published_programmes_from_many_countries_and_the_named_schools():
    output = seed_demo()

    programs = Program.objects.published().select_related("university")
    countries = {program.university.country.code for program in programs}
    universities = {program.university.name for program in programs}
    assert programs.count() >= 40
    assert len(countries) >= 10
    assert {
        "Carnegie Mellon University",
        "Stanford University",
        "Massachusetts Institute of Technology",
        "University of Toronto",
        "ETH Zurich",
        "Imperial College London",
    } <= universities
    assert f"Loaded {programs.count()} programmes from {len(countries)} countries" in output


def test_demo_catalogue_offers_online_part_time_and_free_tuition_options():
    seed_demo()

    programs = Program.objects.published()
    assert programs.filter(delivery=Program.Delivery.ONLINE).count() >= 5
    assert programs.filter(pace=Program.Pace.PART_TIME).count() >= 5
    assert programs.filter(tuition_total_base=0).exists()
    assert programs.filter(tuition_total_base__gt=60000).exists()
    assert programs.exclude(language="en").exists()


def test_every_demo_programme_cites_its_source_and_is_flagged_unverified():
    seed_demo()

    for program in Program.objects.all():
        assert program.official_url.startswith("https://"), program
        assert program.apply_url.startswith("https://"), program
        assert program.description, program
        assert program.last_verified is None, program
    assert Program.objects.stale().count() == Program.objects.count()


def test_every_demo_programme_has_courses_tagged_with_its_topics():
    seed_demo()

    programs = Program.objects.prefetch_related("courses__topics", "topics")
    for program in programs:
        courses = list(program.courses.all())
        assert len(courses) >= 5, program
        assert all(course.topics.all() for course in courses), program
        course_topics = {topic for course in courses for topic in course.topics.all()}
        assert set(program.topics.all()) == course_topics, program
    assert set(Topic.objects.values_list("slug", flat=True)) >= TOPIC_SLUGS
    assert not Topic.objects.filter(slug__in=TOPIC_SLUGS, description="").exists()
    # Every topic in the taxonomy is taught somewhere, so no filter comes back empty.
    assert not Topic.objects.filter(slug__in=TOPIC_SLUGS, courses__isnull=True).exists()


def test_demo_costs_are_stored_in_euros_for_sorting_and_filtering():
    seed_demo()

    assert not Program.objects.filter(tuition_total_base__isnull=True).exists()
    on_campus = Program.objects.exclude(delivery=Program.Delivery.ONLINE)
    assert not on_campus.filter(living_total_base__isnull=True).exists()

    cmu = Program.objects.get(university__slug="carnegie-mellon", slug="ms-machine-learning")
    usd = ExchangeRate.objects.get(currency="USD").rate_to_base
    # 16 months at a yearly fee, converted from dollars.
    expected = (cmu.tuition_amount * 16 / 12 * usd).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert cmu.tuition_total_base == expected

    eth = Program.objects.get(university__slug="eth-zurich", slug="msc-data-science")
    assert eth.tuition_total_intl_base > eth.tuition_total_base


def test_demo_dates_belong_to_intakes_and_only_sourced_ones_are_deadlines():
    seed_demo()

    programs = Program.objects.annotate(rounds=Count("deadlines", distinct=True))
    assert not programs.filter(rounds__gt=3).exists()
    assert not Deadline.objects.filter(intake__isnull=True).exists()
    for intake in StartTerm.objects.exclude(source_url=""):
        assert intake.source_url.startswith("https://"), intake
        assert intake.checked_on is not None, intake
    unsourced = Program.objects.exclude(start_terms__in=StartTerm.objects.exclude(source_url=""))
    assert not unsourced.with_next_deadline().filter(next_deadline__isnull=False).exists()


def test_demo_sources_are_official_pages_for_a_stated_intake():
    seed_demo()

    for source in FactSource.objects.select_related("program"):
        assert source.source_url.startswith("https://"), source.program
        assert source.checked_on is not None, source.program
        if source.intake is not None:  # None: the page does not say, shown as such
            assert date(2018, 1, 1) <= source.intake <= date(2028, 12, 31), source.program


def test_demo_faculty_teach_at_their_own_university_and_list_research_topics():
    seed_demo()

    faculty = FacultyMember.objects.prefetch_related("programs", "research_topics")
    assert faculty.count() >= 80
    for member in faculty:
        assert member.research_topics.all(), member
        assert {program.university_id for program in member.programs.all()} == {
            member.university_id
        }, member


def test_running_seed_demo_again_changes_nothing():
    seed_demo()
    before = catalogue_snapshot()

    seed_demo()

    assert catalogue_snapshot() == before


def test_seed_demo_puts_back_demo_facts_that_were_changed():
    seed_demo()
    program = Program.objects.get(university__slug="imperial", slug="msc-artificial-intelligence")
    program.duration_months = 3
    program.save()
    program.courses.first().delete()
    program.deadlines.all().delete()

    seed_demo()

    program.refresh_from_db()
    assert program.duration_months == 12
    assert program.courses.count() == 8
    assert program.deadlines.count() == 3
    assert Program.objects.filter(university__slug="imperial").count() == 2
