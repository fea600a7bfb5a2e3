"""After the degree, in words and in scores: a programme's placement, industry-sponsored
project, careers support and where its graduates went, as its page, the comparison and
personal fit show them.

An empty placement or a ``None`` flag is "Not published", never "No": a programme that
says nothing about a placement may well have one. Everything here reads programmes
loaded with ``for_detail()`` (or plain values): no queries of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from .models import Outcome, Placement, Program
from .money import format_amount

ASK_THE_PROGRAMME = (
    "“Not published” means the programme's own pages do not say: ask the programme "
    "before you apply."
)


def percent(share: Decimal) -> str:
    return f"{share.normalize():f}%"


# Careers support ----------------------------------------------------------------


def careers_summary(program: Program) -> tuple[str, str]:
    """The careers support a programme offers (else what it says it does not offer), and
    as a note the rest: ("Careers service, alumni network", "no employer events; not
    published: support after graduating"). ("", "") when it says nothing at all."""
    if not program.publishes_careers:
        return "", ""
    offered, refused, unknown = [], [], []
    for label, answer in program.careers_support():
        name = label.lower()
        if answer.startswith("Yes"):
            offered.append(name + answer.removeprefix("Yes").replace(", for", " for"))
        elif answer == "No":
            refused.append(name)
        else:
            unknown.append(name)
    if offered:
        text = ", ".join(offered)
        notes = [f"no {', '.join(refused)}"] if refused else []
    else:
        text, notes = f"no {', '.join(refused)}", []
    if unknown:
        notes.append(f"not published: {', '.join(unknown)}")
    return text[0].upper() + text[1:], "; ".join(notes)


# Destinations ---------------------------------------------------------------------


@dataclass
class Destination:
    """One year's figures on where graduates went, with what they rest on."""

    outcome: Outcome
    figures: list[str]
    roles: list[str]
    basis: list[str]

    @property
    def year(self) -> int:
        return self.outcome.year


def within(outcome: Outcome) -> str:
    if outcome.within_months is None:
        return ""
    return f"within {outcome.within_months} months of graduating"


def counted_by(outcome: Outcome, cohort: str) -> list[str]:
    """How many graduates the figures rest on (``cohort`` names them) and who counted."""
    parts = [f"{outcome.cohort_size:,} {cohort}"] if outcome.cohort_size else []
    if outcome.reported_by:
        parts.append(f"counted by {outcome.reported_by}")
    return parts


def basis_of(outcome: Outcome) -> list[str]:
    """What the figures rest on: who is counted, how many, by whom."""
    counted = [f"Counts {outcome.counted}"] if outcome.counted else []
    return [*counted, *counted_by(outcome, "graduates counted")]


def describe(outcome: Outcome) -> Destination:
    shares = []
    if outcome.employment_rate is not None:
        shares.append(f"{percent(outcome.employment_rate)} in work")
    if outcome.further_study_rate is not None:
        shares.append(f"{percent(outcome.further_study_rate)} in further study")
    # "and", so that the time after graduating reads as speaking for both shares
    figures = [" ".join([" and ".join(shares), within(outcome)]).strip()] if shares else []
    if outcome.median_salary is not None:
        salary = format_amount(outcome.median_salary, outcome.salary_currency_id)
        figures.append(f"median salary {salary} ({outcome.year})")
    if outcome.top_employers:
        figures.append(f"employers include {outcome.top_employers}")
    roles = outcome.named_roles()
    return Destination(outcome, figures, roles, basis_of(outcome))


def destinations(program: Program) -> list[Destination]:
    """Each year's published figures, newest first."""
    return [describe(outcome) for outcome in program.outcomes.all()]


def latest_with_roles(program: Program) -> Outcome | None:
    return next((outcome for outcome in program.outcomes.all() if outcome.named_roles()), None)


def share_note(outcome: Outcome) -> str:
    """Which graduates a share speaks for: the class, the time, what is counted, the
    cohort and who counted."""
    return year_note(outcome, within(outcome), cohort=True)


def year_note(outcome: Outcome, *more: str, cohort: bool = False) -> str:
    """Which graduates a figure speaks for and what it rests on: the class, ``more``,
    what is counted and (with ``cohort``, how many and) who counted."""
    counted = [f"counts {outcome.counted}"] if outcome.counted else []
    by = counted_by(outcome, "graduates")
    if not cohort:
        by = [part for part in by if part.startswith("counted by")]
    parts = [f"class of {outcome.year}", *more, *counted, *by]
    return "; ".join(part for part in parts if part)


# Personal fit: 0 to 1 from plain values, None where nothing is published -------------

# Whether a programme's facts (``fit.Facts``) say, and how that reads for many and one.
PUBLISHED = {
    "placement": (
        lambda facts: bool(facts.placement),
        "say whether they offer a placement",
        "says whether it offers a placement",
    ),
    "sponsored": (
        lambda facts: facts.sponsored_project is not None,
        "say whether they have an industry-sponsored project",
        "says whether it has an industry-sponsored project",
    ),
    "careers": (
        lambda facts: facts.support_after is not None,
        "say whether they support graduates after the degree",
        "says whether it supports graduates after the degree",
    ),
}


def score_placement(placement: str) -> tuple[Fraction | None, str]:
    if placement in (Placement.OPTIONAL, Placement.REQUIRED):
        return Fraction(1), f"{Placement(placement).label} placement"
    if placement == Placement.NONE:
        return Fraction(0), "No placement"
    return None, "Placement not published"


def score_sponsored(sponsored: bool | None) -> tuple[Fraction | None, str]:
    if sponsored is None:
        return None, "Sponsored project not published"
    if sponsored:
        return Fraction(1), "An industry-sponsored project"
    return Fraction(0), "No industry-sponsored project"


def score_support_after(supported: bool | None, months: int | None) -> tuple:
    if supported is None:
        return None, "Support after graduating not published"
    if not supported:
        return Fraction(0), "No careers support after graduating"
    for_how_long = f", for {months} months" if months else ""
    return Fraction(1), f"Careers support after graduating{for_how_long}"
