"""Total cost: one computation, stored in the base currency so the database can sort on it."""

from decimal import Decimal

import pytest

from programs.models import Program
from programs.money import convert
from tests.factories import ExchangeRateFactory, ProgramFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def usd():
    return ExchangeRateFactory(currency="USD", rate_to_base=Decimal("0.900000"))


@pytest.fixture
def gbp():
    return ExchangeRateFactory(currency="GBP", name="Pound sterling", rate_to_base=Decimal("1.2"))


def test_per_year_tuition_is_multiplied_by_the_years(usd):
    program = ProgramFactory(
        tuition_amount=Decimal("50000"),
        tuition_currency=usd,
        tuition_basis=Program.TuitionBasis.PER_YEAR,
        duration_months=18,
    )

    assert program.tuition_total() == Decimal("75000.00")
    assert program.tuition_total_base == Decimal("67500.00")


def test_whole_programme_tuition_is_taken_as_it_is(usd):
    program = ProgramFactory(
        tuition_amount=Decimal("50000"),
        tuition_currency=usd,
        tuition_basis=Program.TuitionBasis.TOTAL,
        duration_months=18,
    )

    assert program.tuition_total_base == Decimal("45000.00")


def test_living_costs_are_added_only_when_asked(gbp, usd):
    program = ProgramFactory(
        tuition_amount=Decimal("30000"),
        tuition_currency=gbp,
        tuition_basis=Program.TuitionBasis.TOTAL,
        living_cost_monthly=Decimal("1000"),
        living_cost_currency=usd,
        duration_months=12,
    )

    assert program.total_cost_base() == Decimal("36000.00")
    assert program.total_cost_base(living=True) == Decimal("36000.00") + Decimal("10800.00")


def test_international_fee_is_used_when_it_differs(gbp):
    program = ProgramFactory(
        tuition_amount=Decimal("12000"),
        tuition_intl_amount=Decimal("40000"),
        tuition_currency=gbp,
        tuition_basis=Program.TuitionBasis.PER_YEAR,
        duration_months=12,
    )

    assert program.total_cost_base() == Decimal("14400.00")
    assert program.total_cost_base(international=True) == Decimal("48000.00")


def test_international_cost_is_the_single_fee_only_where_the_programme_says_so():
    same = ProgramFactory(tuition_amount=Decimal("1500"), duration_months=24, intl_fee_same=True)
    unpublished = ProgramFactory(tuition_amount=Decimal("1500"), duration_months=24)

    assert same.total_cost_base(international=True) == Decimal("3000.00")
    assert unpublished.total_cost_base(international=True) is None  # not known, not 3000


def test_unknown_figures_stay_unknown_not_zero():
    program = ProgramFactory(tuition_amount=None, living_cost_monthly=None)

    assert program.total_cost_base() is None
    assert program.total_cost_base(living=True) is None


def test_living_cost_unknown_makes_total_with_living_unknown():
    program = ProgramFactory(tuition_amount=Decimal("10000"), living_cost_monthly=None)

    assert program.total_cost_base() == Decimal("10000.00")
    assert program.total_cost_base(living=True) is None


def test_database_sorts_on_cost_across_currencies(usd, gbp):
    cheap_in_gbp = ProgramFactory(tuition_amount=Decimal("10000"), tuition_currency=gbp)
    dear_in_usd = ProgramFactory(tuition_amount=Decimal("20000"), tuition_currency=usd)
    mid_in_eur = ProgramFactory(tuition_amount=Decimal("15000"))

    ordered = list(Program.objects.order_by("tuition_total_base"))

    assert ordered == [cheap_in_gbp, mid_in_eur, dear_in_usd]


def test_changing_a_rate_updates_stored_costs(usd):
    program = ProgramFactory(tuition_amount=Decimal("10000"), tuition_currency=usd)

    usd.rate_to_base = Decimal("1.000000")
    usd.save()
    program.refresh_from_db()

    assert program.tuition_total_base == Decimal("10000.00")


def test_convert_between_two_foreign_currencies(usd, gbp):
    assert convert(Decimal("1200"), gbp, usd) == Decimal("1600.00")
