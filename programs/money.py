"""Money, in one place: the base currency, typed money fields, conversion between
currencies, the visitor's display currency and how amounts are written.

Amounts are ``Decimal`` with an ISO 4217 currency code, never text. Every stored
cost is also kept in the base currency so the database can filter and sort on it;
a currency is a reference to its exchange rate (``ExchangeRate``), which says what
one unit is worth in the base currency. Nothing here reads the database: rates come
in as arguments, so the models, the finder and the template tags can all use it.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Protocol, TypeVar

from django.core.validators import MinValueValidator, RegexValidator
from django.db import models

BASE_CURRENCY = "EUR"
CENT = Decimal("0.01")
CURRENCY_SESSION_KEY = "currency"  # the display currency remembered per visitor
FEES_SESSION_KEY = "fees"  # the fee status remembered per visitor
HOME, INTERNATIONAL = "home", "intl"
FEE_STATUSES = {HOME: "home or EU fees", INTERNATIONAL: "international fees"}


class Rate(Protocol):
    """What conversion needs of an exchange rate."""

    currency: str
    rate_to_base: Decimal


R = TypeVar("R", bound=Rate)


# Fields ---------------------------------------------------------------------

currency_code_validator = RegexValidator(
    r"^[A-Z]{3}$", "Use a three-letter ISO 4217 currency code in capitals, such as EUR or USD."
)
NON_NEGATIVE = [MinValueValidator(0)]


def money_field(verbose_name: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(
        verbose_name, max_digits=12, decimal_places=2, validators=NON_NEGATIVE, **kwargs
    )


def currency_field(verbose_name: str, related_name: str, **kwargs) -> models.ForeignKey:
    """A currency, as a reference to its exchange rate: a currency without a rate cannot exist."""
    return models.ForeignKey(
        "programs.ExchangeRate",
        on_delete=models.PROTECT,
        verbose_name=verbose_name,
        related_name=related_name,
        error_messages={
            "invalid": "There is no exchange rate for %(value)s. Add one under Exchange rates "
            "first, or pick a currency that has one."
        },
        **kwargs,
    )


# Conversion -------------------------------------------------------------------


def to_cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENT, ROUND_HALF_UP)


def to_base(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    """An amount in the base currency, given what one unit of its currency is worth."""
    if amount is None or rate is None:
        return None
    return to_cents(amount * rate)


def from_base(amount: Decimal, rate: Rate) -> Decimal:
    """An amount in the base currency, expressed in ``rate``'s currency."""
    return to_cents(amount / rate.rate_to_base)


def convert(amount: Decimal, rate_from: Rate, rate_to: Rate) -> Decimal:
    """Convert an amount between two currencies through the base currency."""
    return to_cents(amount * rate_from.rate_to_base / rate_to.rate_to_base)


# The visitor's display currency ---------------------------------------------------


def display_rate(
    rates: Mapping[str, R], session: Mapping | None, requested: str | None = None
) -> R:
    """The currency a visitor sees amounts in: the one they ask for now, else the one
    they chose before (remembered in their session), else the base currency.

    ``rates`` must hold the base currency, as ``ExchangeRate.objects.by_currency()`` does.
    """
    for code in (requested, remembered_currency(session)):
        if code in rates:
            return rates[code]
    return rates[BASE_CURRENCY]


def remembered_currency(session: Mapping | None) -> str:
    """The display currency a visitor chose before, or the base currency."""
    code = session.get(CURRENCY_SESSION_KEY) if session is not None else None
    return code if isinstance(code, str) else BASE_CURRENCY


def remember_currency(session: MutableMapping, rate: Rate) -> None:
    """Remember the visitor's display currency, writing the session only on a change,
    and only a session the visitor already has (from their shortlist or compare tray):
    a visit that only reads, such as a crawler following links that carry
    ``?currency=``, must not leave a session row behind. Links carry the currency."""
    if remembered_currency(session) == rate.currency:
        return
    if getattr(session, "session_key", "") is None:
        return  # a database session that does not exist yet
    session[CURRENCY_SESSION_KEY] = rate.currency


# The visitor's fee status ---------------------------------------------------------


def fee_status(session: Mapping | None, requested: str | None = None) -> str:
    """Whether a visitor pays home (or EU) fees or international ones: as asked now,
    else as chosen before, else home."""
    if requested in FEE_STATUSES:
        return requested
    remembered = session.get(FEES_SESSION_KEY) if session is not None else None
    return remembered if remembered in FEE_STATUSES else HOME


def remember_fee_status(session: MutableMapping, status: str) -> None:
    """Remember the visitor's fee status as the currency is (``remember_currency``): on
    a change, in a session the visitor already has. Links carry it too."""
    if fee_status(session) == status:
        return
    if getattr(session, "session_key", "") is None:
        return  # a database session that does not exist yet
    session[FEES_SESSION_KEY] = status


# Writing amounts ---------------------------------------------------------------


def format_amount(value: Decimal | None, currency: str = "") -> str:
    """``28500.00, "EUR"`` -> ``EUR 28,500``; unknown amounts say so."""
    if value is None:
        return "not known"
    text = f"{value:,.0f}" if value == value.to_integral() or value >= 1000 else f"{value:,.2f}"
    return f"{currency} {text}".strip()
