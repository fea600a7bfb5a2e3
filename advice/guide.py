"""The "Do I need a master's?" guide: answers in, a recommendation with reasons out.

Pure functions over plain values, so every rule can be tested without a
request. The web form (``advice.forms.GuideForm``) turns what a visitor ticks
into ``Answers``; ``recommend`` decides, in this order:

1. A research role, a quantitative degree and some coding: a PhD, with a search for
   research-track master's (a thesis, or an MPhil) as a first step.
2. Neither a quantitative degree nor any coding: self-study and a first data job.
3. Less than a year to give to study, a new role wanted within six months, or a
   budget below what almost any programme costs: self-study and a first data job.
4. Otherwise a master's: part-time and online when you must keep working,
   full-time when you can stop.

Where a master's fits, narrower searches go with the main one: for research, programmes
with a thesis that publish how many graduates go on to a PhD, and those whose graduates
went on to work as research scientists; for applied roles, those with a placement
(full-time only: a placement means leaving one's job) or an industry-sponsored project,
those whose graduates went on to work as ML engineers or data scientists, and those
with careers support after graduating. The roles are the finder's ``role`` filter, by
the slugs every database has (``programs.models.careers.ROLES``).
"""

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Goal(StrEnum):
    RESEARCH = "research"
    APPLIED = "applied"


class Coding(StrEnum):
    NONE = "none"
    SOME = "some"
    CONFIDENT = "confident"


class Timeline(StrEnum):
    WITHIN_SIX_MONTHS = "6m"
    WITHIN_TWO_YEARS = "2y"
    NO_RUSH = "later"


class Route(StrEnum):
    """The path the guide recommends."""

    PHD = "phd"
    FULL_TIME_MASTERS = "full_time_masters"
    PART_TIME_MASTERS = "part_time_masters"
    SELF_STUDY = "self_study"


# The budget below which almost no master's is within reach, in each currency the
# guide offers. Rough equivalents of 4,000 EUR; tuition-free public programmes
# exist below it, but they still need a year or more of living costs.
LOW_BUDGET = {
    "EUR": Decimal(4000),
    "GBP": Decimal(3500),
    "USD": Decimal(4500),
    "CHF": Decimal(4000),
    "CAD": Decimal(6000),
    "AUD": Decimal(6500),
}
CURRENCIES = tuple(LOW_BUDGET)
SHORTEST_MASTERS_MONTHS = 12


@dataclass(frozen=True)
class Answers:
    goal: Goal
    quantitative_degree: bool
    coding: Coding
    budget: Decimal
    currency: str
    months_available: int
    must_keep_working: bool
    timeline: Timeline
    fees: str = "home"  # "home" (home or EU) or "intl": which fees the budget must cover


@dataclass(frozen=True)
class Recommendation:
    route: Route
    headline: str
    reasons: tuple[str, ...]
    # GET parameters for the programme list, for the routes where a master's fits.
    search_params: dict[str, str] | None = None
    search_label: str = "See programmes that match"
    # Narrower searches beside the main one: (link text, GET parameters); a parameter
    # the finder takes more than once (``role``, any of) is a tuple of values.
    narrower: tuple[tuple[str, dict[str, str | tuple[str, ...]]], ...] = ()
    # The slug of the advice article that goes deeper into this path.
    further_reading: str = ""
    notes: tuple[str, ...] = field(default=())


def recommend(answers: Answers) -> Recommendation:
    """The path that fits these answers best, with the reasons for it."""
    if (
        answers.goal is Goal.RESEARCH
        and answers.quantitative_degree
        and (answers.coding is not Coding.NONE)
    ):
        return _phd(answers)

    if not answers.quantitative_degree and answers.coding is Coding.NONE:
        return _self_study(
            answers,
            "Machine-learning master's programmes expect university-level maths and "
            "programming from the first week, and admissions check for both. Building them "
            "on your own first costs little and tells you whether you enjoy the work.",
        )
    if answers.months_available < SHORTEST_MASTERS_MONTHS:
        return _self_study(
            answers,
            "Hardly any master's takes less than a year, even full-time, and part-time "
            "ones take longer. With the time you have, a focused self-study plan fits.",
        )
    if answers.timeline is Timeline.WITHIN_SIX_MONTHS:
        return _self_study(
            answers,
            "You want a new role within six months. A degree cannot get you there in "
            "time: applications alone take months. A job in a data team can.",
        )
    if answers.budget < LOW_BUDGET[answers.currency]:
        return _self_study(
            answers,
            f"A budget under {LOW_BUDGET[answers.currency]:,} {answers.currency} rules out "
            "the tuition of almost every programme. A few public universities charge "
            "little or nothing, but you would still need to cover a year or more of living "
            "costs without a salary.",
        )
    if answers.must_keep_working:
        return _part_time_masters(answers)
    return _full_time_masters(answers)


def _goal_reasons(answers: Answers) -> list[str]:
    if answers.goal is Goal.RESEARCH:
        if not answers.quantitative_degree:
            return [
                "Research-scientist roles usually ask for a PhD, and PhD admissions look for "
                "a quantitative background. A master's with a research thesis is the usual "
                "bridge: it shows you can do the maths and gives you a supervisor's reference."
            ]
        return [
            "Research roles usually ask for a PhD. A master's first builds the programming "
            "you will need, and its thesis is a head start on a PhD application."
        ]
    return [
        "For applied roles such as machine-learning engineer or data scientist, a master's "
        "gives structured depth and a credential employers recognise; a PhD is not expected."
    ]


def _background_notes(answers: Answers) -> list[str]:
    if answers.coding is Coding.NONE:
        return ["Start programming in Python now: most programmes assume it from the first week."]
    if (
        answers.goal is Goal.APPLIED
        and answers.quantitative_degree
        and (answers.coding is Coding.CONFIDENT)
    ):
        return [
            "With a quantitative degree and confident coding, you could also reach an "
            "applied role without a master's, through a portfolio and a job in a data team. "
            "The degree is the faster, more structured route, not the only one."
        ]
    return []


def _search(answers: Answers, **params: str) -> dict[str, str]:
    return {
        **params,
        "max_cost": str(int(answers.budget)),
        "currency": answers.currency,
        "max_months": str(answers.months_available),
        "fees": answers.fees,
    }


PHD_DATA_LABEL = "Of these, the ones that publish how many graduates go on to a PhD"
RESEARCH_ROLE_LABEL = "Of these, the ones whose graduates went on to work as research scientists"
PLACEMENT_LABEL = "Of these, the ones with a placement or internship"
SPONSORED_LABEL = "Of these, the ones with an industry-sponsored project"
APPLIED_ROLES_LABEL = (
    "Of these, the ones whose graduates went on to work as ML engineers or data scientists"
)
SUPPORT_AFTER_LABEL = "Of these, the ones with careers support after graduating"
RESEARCH_ROLES = ("research-scientist",)
APPLIED_ROLES = ("ml-engineer", "data-scientist")


def _research_narrower(search: dict[str, str]) -> tuple:
    """Research-track programmes that publish PhD progression, and those whose graduates
    went on to research roles."""
    research = {**search, "thesis": "1"}
    return (
        (PHD_DATA_LABEL, {**research, "phd_data": "1"}),
        (RESEARCH_ROLE_LABEL, {**research, "role": RESEARCH_ROLES}),
    )


def _narrower(answers: Answers, search: dict[str, str], full_time: bool) -> tuple:
    """Narrower searches for a master's route, as fits the visitor's goal."""
    if answers.goal is Goal.RESEARCH:
        return _research_narrower(search)
    placement = ((PLACEMENT_LABEL, {**search, "internship": "1"}),) if full_time else ()
    return (
        *placement,
        (SPONSORED_LABEL, {**search, "sponsored": "1"}),
        (APPLIED_ROLES_LABEL, {**search, "role": APPLIED_ROLES}),
        (SUPPORT_AFTER_LABEL, {**search, "careers_after": "1"}),
    )


def _phd(answers: Answers) -> Recommendation:
    reasons = [
        "Research-scientist roles usually ask for a PhD and first-author papers; a master's "
        "alone rarely gets you there.",
        "You already have the quantitative background and the coding that PhD admissions "
        "look for.",
        "Many PhD places are funded: tuition is covered and a stipend pays a modest salary, "
        "so your budget matters less than for a master's.",
    ]
    notes = []
    if answers.must_keep_working:
        notes.append(
            "Most PhDs are full-time. A funded one replaces your salary with a stipend; "
            "part-time PhDs exist but take about twice as long."
        )
    if answers.timeline is Timeline.WITHIN_SIX_MONTHS:
        notes.append(
            "PhD applications usually close many months before the start, so plan for the "
            "next round and use the time to work on a research project."
        )
    notes.append(
        "Not ready to apply yet? A research-track master's, with a thesis or as an MPhil, "
        "is a common first step and strengthens a PhD application: the search below lists them."
    )
    search = {"thesis": "1", "currency": answers.currency, "fees": answers.fees}
    return Recommendation(
        route=Route.PHD,
        headline="Apply for a PhD",
        reasons=tuple(reasons),
        search_params=search,
        narrower=_research_narrower(search),
        search_label="See research-track master's programmes",
        further_reading="masters-phd-or-self-study",
        notes=tuple(notes),
    )


def _self_study(answers: Answers, main_reason: str) -> Recommendation:
    reasons = [
        main_reason,
        "Many people reach machine learning from inside a data team: a data-analyst job "
        "pays while you learn, and moving to modelling work from there is a common path.",
        "A portfolio of two or three finished projects on real data shows employers more "
        "than course certificates do.",
    ]
    notes = []
    if answers.goal is Goal.RESEARCH:
        notes.append(
            "For a research career you will need a PhD later; a strong portfolio and a "
            "quantitative foundation make that application possible."
        )
    return Recommendation(
        route=Route.SELF_STUDY,
        headline="Study on your own, build a portfolio and get a first data job",
        reasons=tuple(reasons),
        further_reading="first-machine-learning-job-without-a-degree",
        notes=tuple(notes),
    )


def _part_time_masters(answers: Answers) -> Recommendation:
    reasons = [
        *_goal_reasons(answers),
        "You need to keep working, so a part-time online programme lets you keep your "
        "salary and apply what you learn at work straight away.",
        f"The search below keeps to programmes costing at most {int(answers.budget):,} "
        f"{answers.currency} in total that you can finish within {answers.months_available} "
        "months.",
    ]
    notes = [*_background_notes(answers)]
    if answers.months_available < 24:
        notes.append(
            "Part-time programmes often take two years or more: if the search finds few, "
            "allow more months."
        )
    search = _search(answers, pace="part_time", delivery="online")
    return Recommendation(
        route=Route.PART_TIME_MASTERS,
        headline="A part-time online master's",
        reasons=tuple(reasons),
        search_params=search,
        narrower=_narrower(answers, search, full_time=False),
        further_reading="online-or-on-campus",
        notes=tuple(notes),
    )


def _full_time_masters(answers: Answers) -> Recommendation:
    reasons = [
        *_goal_reasons(answers),
        "You can stop working, so a full-time programme gets you to the new role fastest, "
        "with labs, mentoring and classmates to build a network with.",
        f"Full-time study means living costs on top of tuition: the search below counts "
        f"both against your {int(answers.budget):,} {answers.currency} and keeps to "
        f"programmes of at most {answers.months_available} months.",
    ]
    search = _search(answers, pace="full_time", living="1")
    return Recommendation(
        route=Route.FULL_TIME_MASTERS,
        headline="A full-time master's",
        reasons=tuple(reasons),
        search_params=search,
        narrower=_narrower(answers, search, full_time=True),
        further_reading="short-affordable-programme-with-job-support",
        notes=tuple(_background_notes(answers)),
    )
