"""Showing amounts: the original figure, and the same in the visitor's chosen currency."""

from decimal import Decimal

from django import template

from programs.models import ExchangeRate, Program, convert

register = template.Library()


@register.filter
def amount(value: Decimal | None, currency: str = "") -> str:
    """``28500.00|amount:"EUR"`` -> ``EUR 28,500``; unknown amounts say so."""
    if value is None:
        return "not known"
    text = f"{value:,.0f}" if value == value.to_integral() or value >= 1000 else f"{value:,.2f}"
    return f"{currency} {text}".strip()


@register.simple_tag
def total_cost(
    program: Program, rate: ExchangeRate, international: bool = False, living: bool = False
) -> Decimal | None:
    """The programme's total cost in the display currency, or None when a figure is missing."""
    base = program.total_cost_base(international=international, living=living)
    return None if base is None else rate.from_base(base)


@register.simple_tag
def converted(value: Decimal | None, source: ExchangeRate, target: ExchangeRate) -> Decimal | None:
    """An amount in ``source``'s currency, expressed in ``target``'s."""
    return None if value is None else convert(value, source, target)
