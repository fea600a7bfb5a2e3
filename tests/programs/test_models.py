"""Catalogue invariants live in the database and are mirrored by clean()."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from programs.models import ExchangeRate, Program
from tests.factories import (
    CourseFactory,
    ExchangeRateFactory,
    OutcomeFactory,
    ProgramFactory,
    UniversityFactory,
)

pytestmark = pytest.mark.django_db


def rejected_by_database(queryset, **values) -> bool:
    try:
        with transaction.atomic():
            queryset.update(**values)
    except IntegrityError:
        return True
    return False


@pytest.mark.parametrize(
    "values",
    [
        {"duration_months": 0},
        {"duration_months": 73},
        {"tuition_amount": Decimal("-1")},
        {"tuition_intl_amount": Decimal("-0.01")},
        {"living_cost_monthly": Decimal("-5")},
        {"living_cost_monthly": Decimal("900"), "living_cost_currency": None},
        {"min_ielts": Decimal("9.5")},
        {"min_toefl": 121},
        {"status": "deleted"},
    ],
)
def test_database_rejects_impossible_programme_values(values):
    program = ProgramFactory()

    assert rejected_by_database(Program.objects.filter(pk=program.pk), **values)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("duration_months", 0),
        ("duration_months", 73),
        ("tuition_amount", Decimal("-1")),
        ("min_ielts", Decimal("9.5")),
        ("min_toefl", 121),
    ],
)
def test_full_clean_explains_impossible_programme_values(field, value):
    program = ProgramFactory()
    setattr(program, field, value)

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert field in error.value.message_dict


def test_living_cost_without_currency_is_explained():
    program = ProgramFactory.build(living_cost_monthly=Decimal("1200"), living_cost_currency=None)

    with pytest.raises(ValidationError) as error:
        program.clean()

    assert "currency of the living-cost estimate" in str(error.value)


def test_one_slug_per_university():
    program = ProgramFactory(slug="msc-ai")
    ProgramFactory(slug="msc-ai")  # the same slug at another university is fine

    with pytest.raises(IntegrityError), transaction.atomic():
        ProgramFactory(university=program.university, slug="msc-ai")


@pytest.mark.parametrize("rate", [Decimal("-101"), Decimal("101")])
def test_employment_rate_stays_between_0_and_100(rate):
    outcome = OutcomeFactory()

    assert rejected_by_database(
        outcome.__class__.objects.filter(pk=outcome.pk), employment_rate=rate
    )


def test_salary_needs_a_currency():
    outcome = OutcomeFactory()

    assert rejected_by_database(
        outcome.__class__.objects.filter(pk=outcome.pk), median_salary=Decimal("50000")
    )


def test_course_credits_cannot_be_negative():
    course = CourseFactory()

    assert rejected_by_database(course.__class__.objects.filter(pk=course.pk), credits=-3)


def test_exchange_rate_must_be_positive_and_a_currency_code():
    rate = ExchangeRateFactory(currency="USD")
    rates = ExchangeRate.objects.filter(pk=rate.pk)

    assert rejected_by_database(rates, rate_to_base=0)
    assert rejected_by_database(ExchangeRate.objects.filter(pk="EUR"), rate_to_base=2)
    with pytest.raises(IntegrityError), transaction.atomic():
        ExchangeRate.objects.create(currency="usd", rate_to_base=1)


def test_exchange_rate_form_validation_explains_bad_codes():
    with pytest.raises(ValidationError) as error:
        ExchangeRate(currency="us$", rate_to_base=1).full_clean()

    assert "three-letter ISO 4217" in str(error.value)


def test_a_currency_without_a_rate_is_a_clear_validation_error():
    program = ProgramFactory.build(university=UniversityFactory(), tuition_currency_id="XYZ")

    with pytest.raises(ValidationError) as error:
        program.full_clean()

    assert "There is no exchange rate for XYZ" in str(error.value)


def test_stale_means_never_verified_or_over_a_year_ago():
    today = timezone.localdate()
    never = ProgramFactory(last_verified=None)
    old = ProgramFactory(last_verified=today - timedelta(days=400))
    fresh = ProgramFactory(last_verified=today - timedelta(days=30))

    assert set(Program.objects.stale()) == {never, old}
    assert never.is_stale and old.is_stale and not fresh.is_stale


def test_published_hides_drafts_and_archived():
    shown = ProgramFactory(status=Program.Status.PUBLISHED)
    ProgramFactory(status=Program.Status.DRAFT)
    ProgramFactory(status=Program.Status.ARCHIVED)

    assert list(Program.objects.published()) == [shown]
