"""What programmes refer to: topics, universities and exchange rates, and the
catalogue version that caches follow."""

from __future__ import annotations

import secrets
from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.db.models.functions import Length, Upper
from django.db.models.lookups import Exact
from django.urls import reverse
from django.utils.http import urlencode
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from programs import money
from programs.money import BASE_CURRENCY

from .program import Program


class Topic(models.Model):
    """One subject in the curriculum taxonomy, e.g. reinforcement learning."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programs:list") + "?" + urlencode({"topic": self.slug})


class ExchangeRateQuerySet(models.QuerySet):
    def by_currency(self) -> dict[str, ExchangeRate]:
        """Every rate, keyed by its currency code; the base currency is always there,
        at 1, even before its rate is stored."""
        rates = {rate.currency: rate for rate in self}
        rates.setdefault(
            BASE_CURRENCY,
            ExchangeRate(currency=BASE_CURRENCY, name="Euro", rate_to_base=Decimal(1)),
        )
        return rates


class ExchangeRate(models.Model):
    """How many units of the base currency one unit of ``currency`` is worth."""

    currency = models.CharField(
        "currency code", max_length=3, primary_key=True, validators=[money.currency_code_validator]
    )
    name = models.CharField(max_length=60, blank=True)
    rate_to_base = models.DecimalField(
        f"value of one unit in {BASE_CURRENCY}",
        max_digits=14,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0.000001"))],
    )
    as_of = models.DateField("rate as of", default=date.today)

    objects = ExchangeRateQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["currency"]
        constraints = [
            models.CheckConstraint(condition=Q(rate_to_base__gt=0), name="rate_positive"),
            models.CheckConstraint(
                condition=Q(Exact(Length("currency"), 3), currency=Upper("currency")),
                name="currency_is_iso_code",
            ),
            models.CheckConstraint(
                condition=~Q(currency=BASE_CURRENCY) | Q(rate_to_base=1),
                name="base_currency_rate_is_one",
            ),
        ]

    def __str__(self) -> str:
        return self.currency

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        Program.objects.refresh_costs(currency=self.currency)  # re-priced in the base currency

    def clean(self) -> None:
        if self.currency == BASE_CURRENCY and self.rate_to_base != 1:
            raise ValidationError(
                {"rate_to_base": f"{BASE_CURRENCY} is the base currency: its rate is always 1."}
            )

    def from_base(self, amount: Decimal) -> Decimal:
        """An amount in the base currency, expressed in this currency."""
        return money.from_base(amount, self)


class University(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    country = CountryField(db_index=True)
    city = models.CharField(max_length=100, blank=True)
    website = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "universities"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programs:list") + "?" + urlencode({"q": self.name})


def fresh_number() -> int:
    """A new version: random, so no two databases sharing a cache share one."""
    return secrets.randbits(62)


class CatalogueVersion(models.Model):
    """A number that changes whenever editors change the catalogue; what is cached
    about the catalogue is kept under it (see ``caching.py``). There is one row.

    ``shared`` changes with every edit but a programme's own row (a university, topic,
    deadline or exchange rate, say): what is cached per programme, such as its card in
    a list, is kept under it and the programme's own ``revision``, so saving one
    programme leaves every other programme's card as it was.

    ``previous`` is the number before the last change, and ``program`` the programme
    whose own row that change was alone about (None for any other change): what was
    worked out for the previous number can then be brought up to date by reading that
    one programme again, rather than the whole catalogue (``caching.Snapshot``)."""

    number = models.BigIntegerField()
    shared = models.BigIntegerField(default=fresh_number)
    previous = models.BigIntegerField(null=True, blank=True)
    program = models.PositiveIntegerField(null=True, blank=True)

    def __str__(self) -> str:
        return str(self.number)
