"""Synthetic benchmark data: realistic, repeatable, and removable without touching real data."""

from copy import copy
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Count

from programs.models import Course, FacultyMember, IndustryPartner, Program, University
from tests.factories import (
    CourseFactory,
    FacultyMemberFactory,
    PartnershipFactory,
    ProgramFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db


def generate(*args: str) -> str:
    out = StringIO()
    call_command("generate_programs", *args, stdout=out)
    return out.getvalue()


def synthetic():
    return Program.objects.filter(university__slug__startswith="synthetic-")


def test_generates_published_programmes_with_about_fifteen_courses_each():
    output = generate("--count", "50", "--seed", "1")

    programs = synthetic().annotate(course_count=Count("courses"))
    assert programs.count() == 50
    assert programs.published().count() == 50
    assert {program.course_count for program in programs} <= set(range(13, 18))
    assert not Course.objects.filter(program__in=programs, topics__isnull=True).exists()
    assert not programs.filter(topics__isnull=True).exists()
    assert not programs.filter(deadlines__isnull=True).exists()
    assert not programs.filter(start_terms__isnull=True).exists()
    assert not programs.filter(faculty__isnull=True).exists()
    assert "Created 50 synthetic programmes" in output


def test_generated_programmes_vary_in_country_currency_and_format():
    generate("--count", "50", "--seed", "2")

    programs = synthetic()
    assert programs.values("university__country").distinct().count() >= 5
    assert programs.values("tuition_currency").distinct().count() >= 4
    assert programs.values("delivery").distinct().count() == 3
    assert programs.values("pace").distinct().count() == 3
    assert programs.values("subject_area").distinct().count() >= 4


def test_generated_costs_are_computed_like_an_editor_saving_the_programme():
    generate("--count", "50", "--seed", "3")

    for program in synthetic().select_related("tuition_currency", "living_cost_currency"):
        assert program.tuition_total_base is not None
        recomputed = copy(program)
        recomputed.compute_costs()
        assert (
            program.tuition_total_base,
            program.tuition_total_intl_base,
            program.living_total_base,
        ) == (
            recomputed.tuition_total_base,
            recomputed.tuition_total_intl_base,
            recomputed.living_total_base,
        )
        online = program.delivery == Program.Delivery.ONLINE
        assert (program.living_total_base is None) == online


def test_generated_programmes_are_searchable():
    generate("--count", "20", "--seed", "4")
    program = synthetic().select_related("university").first()

    assert program in Program.objects.search(program.university.name)


def test_the_same_seed_gives_the_same_catalogue():
    def catalogue():
        return list(synthetic().order_by("pk").values_list("title", "tuition_total_base"))

    generate("--count", "20", "--seed", "5")
    first = catalogue()
    generate("--count", "20", "--seed", "5", "--clear")

    assert catalogue() == first


def test_running_again_adds_more_programmes():
    generate("--count", "20", "--seed", "6")
    generate("--count", "20", "--seed", "6")

    assert synthetic().count() == 40


def test_clear_removes_only_synthetic_programmes():
    real = ProgramFactory(university=UniversityFactory(slug="ucl"), slug="msc-ml")
    CourseFactory(program=real)
    PartnershipFactory(program=real, partner__name="Google DeepMind")
    FacultyMemberFactory(university=real.university).programs.add(real)
    generate("--count", "30", "--seed", "7")

    output = generate("--count", "0", "--clear")

    assert "Deleted 30 synthetic programmes" in output
    assert list(Program.objects.all()) == [real]
    assert list(University.objects.all()) == [real.university]
    assert real.courses.count() == 1
    assert list(IndustryPartner.objects.values_list("name", flat=True)) == ["Google DeepMind"]
    assert FacultyMember.objects.get().programs.get() == real


def test_a_negative_count_is_refused():
    with pytest.raises(CommandError, match="cannot be negative"):
        generate("--count", "-1")
