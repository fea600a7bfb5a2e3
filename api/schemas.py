"""What the API answers, as typed schemas: the OpenAPI schema and the docs page are
made from these, and every answer is checked against them.

Money is a decimal string with an ISO 4217 currency code, never a float; dates are ISO
dates; a fact nobody has sourced has ``null`` for its source. A new field on a
programme goes in ``ProgramSummary`` (lists and pages) or ``ProgramDetail`` (one
programme's page only), and in ``records.py``, which fills them.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from ninja import Field, Schema

from programs import models
from programs.models import Program

Amount = Annotated[
    str,
    Field(pattern=r"^[0-9]+\.[0-9]{2}$", description="A decimal string.", examples=["28500.00"]),
]
Currency = Annotated[
    str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code.", examples=["EUR"])
]
FeeStatus = Literal["home", "intl"]


# A placement as programmes state it; null where they do not say.
PlacementKind = Literal["none", "optional", "required"]


class Problem(Schema):
    detail: str


class ParameterError(Schema):
    parameter: str = Field(description="The query parameter, as sent.")
    message: str


class BadRequest(Schema):
    detail: str
    errors: list[ParameterError]


class Money(Schema):
    amount: Amount
    currency: Currency


class Source(Schema):
    """Where a fact comes from, the intake it speaks for and when it was last checked."""

    url: str = Field(description="The official page that states the fact.")
    intake: date | None = Field(
        description="First day of the intake or academic year the source speaks for; "
        "null when the page does not say."
    )
    speaks_for: str = Field(examples=["2026/27 entry"])
    checked_on: date | None
    stale: bool = Field(
        description="May be out of date: the intake has started or is not named, or "
        "nobody has checked it for a year."
    )


class Sources(Schema):
    """Each group of facts' source; null means not sourced (approximate)."""

    tuition: Source | None
    living: Source | None
    duration: Source | None
    requirements: Source | None
    placement: Source | None = Field(description="Placements and industry projects.")
    careers: Source | None = Field(description="Careers support.")


class UniversityRef(Schema):
    slug: str
    name: str
    country: str = Field(description="ISO 3166-1 alpha-2 code.", examples=["GB"])
    city: str


class University(UniversityRef):
    website: str
    programmes: int = Field(description="Published programmes.")


class UniversityPage(Schema):
    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None
    results: list[University]


class Topic(Schema):
    slug: str
    name: str
    description: str


class ExchangeRate(Schema):
    currency: Currency
    name: str
    rate_to_base: str = Field(description="Value of one unit in EUR, a decimal string.")
    as_of: date


class Tuition(Schema):
    """Tuition as the programme publishes it, in its own currency; null is not known."""

    currency: Currency
    basis: Program.TuitionBasis
    home: Amount | None
    international: Amount | None = Field(
        description="What international students pay; null when not published (never "
        "the home fee, unless the programme says they pay the same)."
    )
    international_same_as_home: bool


class TotalCost(Schema):
    """The whole programme's cost in the currency and fee status asked for."""

    amount: Amount | None = Field(description="Null when a needed figure is not known.")
    currency: Currency
    fee_status: FeeStatus
    includes_living: bool


class NextDeadline(Schema):
    """The soonest application deadline still open, of an intake whose dates are published."""

    closes_on: date
    round: str
    intake: date = Field(description="The start date of the intake it admits to.")


class ProgramSummary(Schema):
    id: str = Field(description="Stable id: university slug / programme slug.")
    url: str = Field(description="The programme's page on this site.")
    api_url: str
    title: str
    university: UniversityRef
    degree: Program.DegreeType
    subject_area: Program.SubjectArea
    delivery: Program.Delivery
    pace: Program.Pace
    duration_months: int
    language: str = Field(description="Teaching language, an ISO 639 code.")
    placement: PlacementKind | None = Field(
        description="A placement or internship in industry: none, optional or required; "
        "null when the programme does not say."
    )
    tuition: Tuition
    total_cost: TotalCost
    next_deadline: NextDeadline | None
    topics: list[str] = Field(description="Slugs of the topics covered.")
    last_verified: date | None
    sources: Sources


class ProgramPage(Schema):
    count: int
    page: int
    pages: int
    next: str | None
    previous: str | None
    sort: str
    currency: Currency
    fee_status: FeeStatus
    includes_living: bool
    rates_as_of: date = Field(description="Date of the exchange rate of the currency asked for.")
    results: list[ProgramSummary]


class Course(Schema):
    title: str
    kind: models.Course.Kind
    credits: str | None = Field(description="A decimal string.")
    topics: list[str]


class FacultyMember(Schema):
    name: str
    title: str
    homepage: str
    research_topics: list[str]


class Partnership(Schema):
    partner: str
    website: str
    kind: models.Partnership.Kind
    description: str


class Outcome(Schema):
    """Where one year's graduates went, as the source reports it."""

    year: int = Field(description="The graduating class; the salary's year too.")
    within_months: int | None = Field(
        description="How long after graduating the shares speak for."
    )
    cohort_size: int | None
    employment_rate: str | None = Field(description="Per cent in work, a decimal string.")
    further_study_rate: str | None = Field(
        description="Per cent in further study (a PhD, say), a decimal string."
    )
    median_salary: Money | None
    top_employers: str
    roles: list[str] = Field(description="Roles graduates went into, as the source names them.")
    counted: str = Field(description="Who the figures cover, as the source says.")
    reported_by: str = Field(description="Who counted them.")
    source: Source | None


class AfterTheDegree(Schema):
    """Placement, sponsored project and careers support; null is "not published", never
    "no"."""

    placement: PlacementKind | None
    placement_months: int | None
    placement_paid: bool | None
    sponsored_project: bool | None = Field(
        description="An industry-sponsored capstone or project."
    )
    careers_service: bool | None
    employer_events: bool | None
    alumni_network: bool | None
    support_after_graduating: bool | None
    support_after_months: int | None = Field(
        description="For how long graduates keep the careers support, when the pages say."
    )


class Deadline(Schema):
    round: str
    closes_on: date
    note: str


class Intake(Schema):
    """An intake whose dates are published, with its application deadlines."""

    starts_on: date
    label: str
    source: Source
    deadlines: list[Deadline]


class Requirements(Schema):
    background: str
    min_ielts: str | None
    min_toefl: int | None
    gre: Program.Gre
    work_experience_months: int


class ProgramDetail(ProgramSummary):
    description: str
    has_thesis: bool
    has_capstone: bool
    living_cost_monthly: Money | None
    requirements: Requirements
    apply_url: str
    official_url: str
    curriculum: list[Course]
    faculty: list[FacultyMember]
    partnerships: list[Partnership]
    after_the_degree: AfterTheDegree
    outcomes: list[Outcome]
    intakes: list[Intake]
