"""Showing amounts in templates: the original figure, and the same in the visitor's
chosen currency. The arithmetic and the wording live in ``programs.money``."""

from decimal import Decimal

from django import template

from programs import money
from programs.models import ExchangeRate, Program

register = template.Library()


@register.filter
def amount(value: Decimal | None, currency: str = "") -> str:
    """``28500.00|amount:"EUR"`` -> ``EUR 28,500``; unknown amounts say so."""
    return money.format_amount(value, currency)


@register.simple_tag
def total_cost(
    program: Program, rate: ExchangeRate, international: bool = False, living: bool = False
) -> Decimal | None:
    """The programme's total cost in the display currency, or None when a figure is missing."""
    base = program.total_cost_base(international=international, living=living)
    return None if base is None else rate.from_base(base)


@register.simple_tag
def published_tuition(program: Program, international: bool = False) -> Decimal | None:
    """The tuition as the programme publishes it for the visitor's fee status."""
    return program.tuition_for(international)


@register.simple_tag
def converted(value: Decimal | None, source: ExchangeRate, target: ExchangeRate) -> Decimal | None:
    """An amount in ``source``'s currency, expressed in ``target``'s."""
    return None if value is None else money.convert(value, source, target)
