"""The catalogue: programmes and everything people weigh when choosing one.

- ``program``: the programme itself, its facts and costs; ``querysets``: the reusable
  ways to ask for programmes (published, loaded for a page, searched).
- ``details``: start dates, deadlines, courses, faculty, industry partners, outcomes.
- ``careers``: placements, careers support and the roles graduates go on to.
- ``sources``: where each group of facts comes from, what it speaks for, when checked.
- ``reference``: topics, universities, exchange rates, and the catalogue version.
- ``follow``: the private link to a shortlist's calendar, and the log of key-fact changes.

Money fields and conversion live in ``programs.money``, search text in ``programs.search``.
"""

from .careers import CareerFacts, Placement, Role
from .details import (
    Course,
    Deadline,
    FacultyMember,
    IndustryPartner,
    Outcome,
    Partnership,
    StartTerm,
    Teaching,
)
from .follow import KeyFactChange, ShortlistCalendar
from .program import Program
from .querysets import ProgramQuerySet
from .reference import CatalogueVersion, ExchangeRate, ExchangeRateQuerySet, Topic, University
from .sources import STALE_AFTER_DAYS, FactSource, Provenance, stale_condition

__all__ = [
    "STALE_AFTER_DAYS",
    "CareerFacts",
    "CatalogueVersion",
    "Course",
    "Deadline",
    "ExchangeRate",
    "ExchangeRateQuerySet",
    "FactSource",
    "FacultyMember",
    "IndustryPartner",
    "KeyFactChange",
    "Outcome",
    "Partnership",
    "Placement",
    "Program",
    "ProgramQuerySet",
    "Provenance",
    "Role",
    "ShortlistCalendar",
    "StartTerm",
    "Teaching",
    "Topic",
    "University",
    "stale_condition",
]
