"""Personal fit: rank programmes by what matters to one visitor, and say why.

The visitor weights each factor from 0 (does not matter) to 3 (matters a lot). Each
programme gets a score from 0 to 1 per factor, worked out from plain facts:

- cost: the total in the visitor's currency, cheapest of the ranked programmes 1,
  dearest 0, linear in between;
- length: months, shortest 1, longest 0, linear in between;
- flexibility: half for the format (online 1, hybrid 0.5, on campus 0), half for the
  pace (part-time or either 1, full-time 0);
- topics: the share of the visitor's chosen topics the programme teaches;
- industry links: industry partners (three or more count in full);
- placement: a placement or internship, optional or required, 1; none 0;
- sponsored project: an industry-sponsored project 1, none 0;
- careers support: support after graduating 1, none 0;
- outcomes: the latest reported employment rate;
- deadlines: an open application deadline at least four weeks away 1, one closing
  sooner between 0.5 and 1, deadlines listed but all passed 0.

Only what the visitor chose counts. Topics count once the visitor picks some; outcomes,
placement, sponsored project and careers support count only when at least half of the
ranked programmes publish them, since otherwise a few programmes' figures would decide
the order for all (``left_out()`` says why a factor is not used, and the page repeats
it).

Missing data is never a zero. A factor the programme has no data for is shown as
missing and left out of that programme's average, and the score says how much of
what the visitor weighted it rests on. The fit is the weighted average of the known
factor scores, in whole points from 0 to 100.

Ties are ordered deterministically: higher fit first; then the programme whose score
rests on more of the visitor's weights; then by title (case-insensitive); then by id.
Programmes with nothing to score on come last, in the same order. Programmes with the
same fit share a rank.

``rank()`` runs the queries (a fixed number, however many programmes match);
``facts_of()`` reads a programme loaded by ``prepare()`` into plain ``Facts``; the
scoring functions are pure functions of those plain values: no request, no queries.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction

from django.db.models import Prefetch, QuerySet

from . import after_degree
from .models import Deadline, ExchangeRate, Program
from .money import format_amount as amount

MAX_WEIGHT = 3
WEIGHT_LABELS = {0: "Doesn't matter", 1: "A little", 2: "Quite a lot", 3: "A lot"}
FIT_LIMIT = 1000
COMFORTABLE_DEADLINE_DAYS = 28
FULL_PARTNER_CREDIT = 3
# Outcomes count when at least this share of the ranked programmes publish them.
OUTCOMES_QUORUM = Fraction(1, 2)


@dataclass(frozen=True)
class Factor:
    key: str
    label: str
    question: str


FACTORS = (
    Factor("cost", "Cost", "A low total cost"),
    Factor("length", "Length", "A short programme"),
    Factor("flexibility", "Flexibility", "Online or part-time study"),
    Factor("topics", "Your topics", "Teaching the topics you pick"),
    Factor("industry", "Industry links", "Industry partners"),
    Factor("placement", "Placement", "A placement or internship in industry"),
    Factor("sponsored", "Sponsored project", "An industry-sponsored project"),
    Factor("careers", "Careers support", "Careers support after graduating"),
    Factor("outcomes", "Outcomes", "Graduates in work"),
    Factor("deadlines", "Deadlines", "An application deadline still open"),
)
FACTOR_KEYS = tuple(factor.key for factor in FACTORS)
DEFAULT_WEIGHTS = {
    "cost": 2,
    "length": 1,
    "flexibility": 1,
    "topics": 2,
    "industry": 1,
    "placement": 0,
    "sponsored": 0,
    "careers": 0,
    "outcomes": 1,
    "deadlines": 0,
}

DELIVERY_FLEXIBILITY = {
    Program.Delivery.ONLINE: Fraction(1),
    Program.Delivery.HYBRID: Fraction(1, 2),
    Program.Delivery.ON_CAMPUS: Fraction(0),
}
PACE_FLEXIBILITY = {
    Program.Pace.PART_TIME: Fraction(1),
    Program.Pace.EITHER: Fraction(1),
    Program.Pace.FULL_TIME: Fraction(0),
}


@dataclass(frozen=True)
class Facts:
    """What fit is computed from, as plain values. ``None`` means not known."""

    pk: int
    title: str
    cost: Decimal | None = None
    months: int | None = None
    delivery: str = Program.Delivery.ON_CAMPUS
    pace: str = Program.Pace.FULL_TIME
    topics: frozenset[str] | None = None
    placement: str = ""  # "" not published
    sponsored_project: bool | None = None
    support_after: bool | None = None
    support_months: int | None = None
    partners: int = 0
    employment_rate: Decimal | None = None
    outcome_year: int | None = None
    days_to_deadline: int | None = None
    has_deadlines: bool = False


@dataclass(frozen=True)
class Part:
    """One factor's contribution to one programme's fit."""

    factor: Factor
    weight: int
    score: Fraction | None
    reason: str
    applies: bool = True

    @property
    def missing(self) -> bool:
        return self.applies and self.weight > 0 and self.score is None

    @property
    def counts(self) -> bool:
        return self.applies and self.weight > 0 and self.score is not None

    @property
    def points(self) -> int | None:
        return None if self.score is None else whole_points(self.score)

    @property
    def weight_label(self) -> str:
        return WEIGHT_LABELS[self.weight]


@dataclass
class Fit:
    facts: Facts
    parts: list[Part]
    score: int | None
    known_weight: int
    wanted_weight: int
    rank: int | None = None
    program: Program | None = field(default=None, compare=False)

    @property
    def missing(self) -> list[Part]:
        return [part for part in self.parts if part.missing]

    @property
    def based_on(self) -> str:
        """How much of what the visitor weighted the score rests on."""
        if not self.wanted_weight:
            return ""
        return f"{self.known_weight} of {self.wanted_weight} weight points"


def whole_points(score: Fraction) -> int:
    """0..1 as whole points 0..100, rounding halves up (not to even)."""
    return math.floor(score * 100 + Fraction(1, 2))


def described(weights: Mapping[str, int], applies: Iterable[str] = FACTOR_KEYS) -> str:
    """The factors that count and how much, e.g. "cost (a lot) and length (a little)"."""
    named = [
        f"{factor.label.lower()} ({WEIGHT_LABELS[weights[factor.key]].lower()})"
        for factor in FACTORS
        if weights[factor.key] and factor.key in applies
    ]
    return " and ".join(filter(None, [", ".join(named[:-1]), *named[-1:]]))


def clean_weights(weights: Mapping[str, int | None]) -> dict[str, int]:
    """Every factor's weight, 0..3; anything missing or out of range takes the default."""
    cleaned = {}
    for key in FACTOR_KEYS:
        value = weights.get(key)
        valid = isinstance(value, int) and 0 <= value <= MAX_WEIGHT
        cleaned[key] = value if valid else DEFAULT_WEIGHTS[key]
    return cleaned


# Facts from a programme ------------------------------------------------------


def prepare(queryset: QuerySet) -> QuerySet:
    """The programmes with everything ``facts_of`` and the result cards read."""
    return queryset.for_listing().prefetch_related(
        "courses__topics",
        "partnerships",
        Prefetch("deadlines", queryset=Deadline.objects.published()),
        "outcomes",  # newest first, by Outcome.Meta.ordering
    )


def facts_of(
    program: Program,
    rate: ExchangeRate,
    today: date,
    international: bool = False,
    living: bool = False,
) -> Facts:
    """Plain facts from a programme loaded with ``prepare()``."""
    cost_base = program.total_cost_base(international=international, living=living)
    covered = frozenset(topic.slug for topic in program.topic_coverage())
    deadlines = [deadline.closes_on for deadline in program.deadlines.all()]  # published
    upcoming = [closes for closes in deadlines if closes >= today]
    outcome = program.latest_outcome("employment_rate")
    return Facts(
        pk=program.pk,
        title=program.title,
        cost=None if cost_base is None else rate.from_base(cost_base),
        months=program.duration_months,
        delivery=program.delivery,
        pace=program.pace,
        topics=covered or None,
        placement=program.placement,
        sponsored_project=program.sponsored_project,
        support_after=program.support_after_graduating,
        support_months=program.support_after_months,
        partners=len({link.partner_id for link in program.partnerships.all()}),
        employment_rate=outcome.employment_rate if outcome else None,
        outcome_year=outcome.year if outcome else None,
        days_to_deadline=(min(upcoming) - today).days if upcoming else None,
        has_deadlines=bool(deadlines),
    )


# Scoring: pure functions -----------------------------------------------------


def linear(value, best, worst) -> Fraction:
    """1 at ``best``, 0 at ``worst``, in a straight line between."""
    if best == worst:
        return Fraction(1)
    return Fraction(Fraction(value) - Fraction(worst)) / (Fraction(best) - Fraction(worst))


def score_cost(facts: Facts, known: Sequence[Decimal], currency: str) -> tuple:
    if facts.cost is None:
        return None, "Total cost not known"
    low, high = min(known), max(known)
    where = "the cheapest here" if facts.cost == low else f"cheapest here {amount(low, currency)}"
    return linear(facts.cost, low, high), f"{amount(facts.cost, currency)} in total; {where}"


def score_length(facts: Facts, known: Sequence[int]) -> tuple:
    if facts.months is None:
        return None, "Length not known"
    low, high = min(known), max(known)
    where = "the shortest here" if facts.months == low else f"shortest here {low} months"
    return linear(facts.months, low, high), f"{facts.months} months; {where}"


def score_flexibility(facts: Facts) -> tuple:
    delivery = DELIVERY_FLEXIBILITY.get(facts.delivery)
    pace = PACE_FLEXIBILITY.get(facts.pace)
    if delivery is None or pace is None:
        return None, "Format or pace not known"
    labels = f"{Program.Delivery(facts.delivery).label}, {Program.Pace(facts.pace).label.lower()}"
    return (delivery + pace) / 2, labels


def score_topics(facts: Facts, wanted: Mapping[str, str]) -> tuple:
    if facts.topics is None:
        return None, "No curriculum listed"
    covered = [name for slug, name in wanted.items() if slug in facts.topics]
    reason = f"Teaches {len(covered)} of your {len(wanted)} topics"
    if covered:
        reason += ": " + ", ".join(covered)
    return Fraction(len(covered), len(wanted)), reason


def score_industry(facts: Facts) -> tuple:
    partners = Fraction(min(facts.partners, FULL_PARTNER_CREDIT), FULL_PARTNER_CREDIT)
    noun = "partner" if facts.partners == 1 else "partners"
    return partners, f"{facts.partners} industry {noun} listed"


def score_outcomes(facts: Facts) -> tuple:
    if facts.employment_rate is None:
        return None, "No employment figures published"
    rate = f"{facts.employment_rate.normalize():f}"
    return Fraction(
        facts.employment_rate
    ) / 100, f"{rate}% employed (class of {facts.outcome_year})"


def score_deadlines(facts: Facts) -> tuple:
    if facts.days_to_deadline is not None:
        days = facts.days_to_deadline
        share = Fraction(min(days, COMFORTABLE_DEADLINE_DAYS), COMFORTABLE_DEADLINE_DAYS)
        return Fraction(1, 2) + share / 2, f"Next deadline in {days} day{'s' if days != 1 else ''}"
    if facts.has_deadlines:
        return Fraction(0), "Every listed deadline has passed"
    return None, "No deadlines listed"


def left_out(facts: Sequence[Facts], wanted: Mapping[str, str]) -> dict[str, str]:
    """The factors that cannot count for these programmes, each with why."""
    reasons = {}
    if not wanted:
        reasons["topics"] = "you have not picked any topics"
    for key, (known, many, one) in PUBLISHED.items():
        published = sum(known(f) for f in facts)
        if facts and Fraction(published, len(facts)) < OUTCOMES_QUORUM:
            reasons[key] = (
                f"only {published} of the {len(facts)} programmes ranked {many}, fewer than "
                "half, and a few should not be ranked on a figure the rest lack"
                if published
                else f"none of the programmes ranked {one}"
            )
    return reasons


# The factors few programmes publish: whether one does, and how that reads for many
# and for one.
PUBLISHED = {
    **after_degree.PUBLISHED,
    "outcomes": (
        lambda f: f.employment_rate is not None,
        "publish an employment rate",
        "publishes an employment rate",
    ),
}


def score_one(
    facts: Facts,
    weights: Mapping[str, int],
    wanted: Mapping[str, str],
    costs: Sequence[Decimal],
    lengths: Sequence[int],
    currency: str,
    unused: Mapping[str, str] | None = None,
) -> Fit:
    unused = left_out([], wanted) if unused is None else unused
    results = {
        "cost": score_cost(facts, costs, currency),
        "length": score_length(facts, lengths),
        "flexibility": score_flexibility(facts),
        "topics": score_topics(facts, wanted) if wanted else (None, "Pick topics to score this"),
        "industry": score_industry(facts),
        "placement": after_degree.score_placement(facts.placement),
        "sponsored": after_degree.score_sponsored(facts.sponsored_project),
        "careers": after_degree.score_support_after(facts.support_after, facts.support_months),
        "outcomes": score_outcomes(facts),
        "deadlines": score_deadlines(facts),
    }
    parts = [
        Part(factor, weights[factor.key], *results[factor.key], applies=factor.key not in unused)
        for factor in FACTORS
    ]
    wanted_weight = sum(part.weight for part in parts if part.applies)
    known_weight = sum(part.weight for part in parts if part.counts)
    score = None
    if known_weight:
        total = sum(part.weight * part.score for part in parts if part.counts)
        score = whole_points(Fraction(total) / known_weight)
    return Fit(facts, parts, score, known_weight, wanted_weight)


def order_key(fit: Fit) -> tuple:
    """Higher fit, then more of the weights known, then title, then id."""
    return (
        fit.score is None,
        -(fit.score or 0),
        -fit.known_weight,
        fit.facts.title.casefold(),
        fit.facts.pk,
    )


def score_all(
    facts: Iterable[Facts],
    weights: Mapping[str, int | None],
    wanted: Mapping[str, str] | None = None,
    currency: str = "",
) -> list[Fit]:
    """Every programme's fit, best first, with shared ranks for equal scores.

    Cost and length are scored relative to the programmes given, so pass all of the
    programmes being ranked at once.
    """
    facts = list(facts)
    weights = clean_weights(weights)
    wanted = dict(wanted or {})
    unused = left_out(facts, wanted)
    costs = [f.cost for f in facts if f.cost is not None]
    lengths = [f.months for f in facts if f.months is not None]
    fits = sorted(
        (score_one(f, weights, wanted, costs, lengths, currency, unused) for f in facts),
        key=order_key,
    )
    rank, previous = 0, object()
    for position, fit in enumerate(fits, start=1):
        if fit.score is None:
            break
        if fit.score != previous:
            rank, previous = position, fit.score
        fit.rank = rank
    return fits


# The ranked page -------------------------------------------------------------


@dataclass
class Ranking:
    fits: list[Fit]
    matching: int
    limit: int
    weights: dict[str, int] = field(default_factory=dict)
    unused: dict[str, str] = field(default_factory=dict)

    @property
    def capped(self) -> bool:
        return self.matching > self.limit

    @property
    def ranked_by(self) -> str:
        """What the order rests on, e.g. "Cost: A lot · Length: A little"."""
        return described(self.weights, [key for key in FACTOR_KEYS if key not in self.unused])

    @property
    def left_out(self) -> list[tuple[Factor, str]]:
        """The factors the visitor weighted that do not count here, with why."""
        return [
            (factor, self.unused[factor.key])
            for factor in FACTORS
            if self.weights.get(factor.key) and factor.key in self.unused
        ]


def rank(
    queryset: QuerySet,
    weights: Mapping[str, int | None],
    wanted: Mapping[str, str],
    rate: ExchangeRate,
    today: date,
    international: bool = False,
    living: bool = False,
    limit: int | None = None,
) -> Ranking:
    """Score at most ``limit`` (``FIT_LIMIT``) programmes of ``queryset``, taken in its
    order, best first. A fixed number of queries however many programmes match.
    """
    limit = limit or FIT_LIMIT
    matching = queryset.count()
    programs = list(prepare(queryset)[:limit])
    by_pk = {program.pk: program for program in programs}
    facts = [facts_of(p, rate, today, international, living) for p in programs]
    fits = score_all(facts, weights, wanted, rate.currency)
    for fit in fits:
        fit.program = by_pk[fit.facts.pk]
    return Ranking(fits, matching, limit, clean_weights(weights), left_out(facts, wanted))
