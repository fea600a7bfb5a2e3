"""The demo catalogue: real programmes, with approximate figures nobody has verified yet.

The data lives in the modules next to this one, one per region. Each programme is a
dict of ``Program`` fields (currencies as codes, amounts as numbers) plus:

- ``university``: the university's slug;
- ``courses``: ``(title, "required" or "elective", credits or None, [topic slugs])``;
- ``faculty``: ``(name, title, [research topic slugs])``;
- ``partners``: ``(company, website, partnership kind, description)``;
- ``sources``: for each group of facts (``tuition``, ``living``, ``duration``,
  ``requirements``) the official page it was read on: ``{"url", "intake" (the first day
  of the intake it speaks for, "YYYY-MM-DD"; None when the page does not say), "checked"
  (when it was compared)}``;
- ``intakes``: ``{"starts_on", "url", "checked", "deadlines": [(round, "YYYY-MM-DD",
  note)]}``; an intake without a ``url`` has dates nobody has sourced, which the site
  never shows as deadlines;
- ``outcomes``: dicts of ``Outcome`` fields, ``salary_currency`` as a code, ``roles`` as
  role slugs, with ``source_url``, ``checked``, ``counted`` (who the figures cover) and
  ``reported_by`` (who counted).

After-the-degree facts (placement, sponsored project, careers support, destinations)
come from ``careers.CAREERS``, applied over each programme's own data (``with_careers``).

A figure with no source is shown as "not sourced"; dates for an intake that is not
published yet are left out rather than guessed.

Fields a programme leaves out get ``PROGRAM_DEFAULTS``. A programme's topics are the
topics of its courses. ``last_verified`` and ``editor_notes`` are never touched: the
figures are unverified until an editor checks them.
"""

from collections import Counter
from datetime import date
from decimal import Decimal

from django.db import transaction
from django.db.models import Q
from simple_history.utils import bulk_create_with_history

from programs.caching import bump_catalogue_version
from programs.models import (
    Course,
    Deadline,
    ExchangeRate,
    FactSource,
    FacultyMember,
    IndustryPartner,
    Outcome,
    Partnership,
    Program,
    Role,
    StartTerm,
    Topic,
    University,
)
from programs.models.careers import CAREER_FIELDS, ROLES, SUPPORT_FLAGS

from . import americas, asia_oceania, britain, europe
from .careers import CAREERS
from .reference import EXCHANGE_RATES, RATES_AS_OF, TOPICS

REGIONS = [americas, britain, europe, asia_oceania]
UNIVERSITIES = [university for region in REGIONS for university in region.UNIVERSITIES]
PROGRAMMES = [programme for region in REGIONS for programme in region.PROGRAMMES]

PROGRAM_DEFAULTS = {
    "degree_type": Program.DegreeType.MSC,
    "subject_area": Program.SubjectArea.MACHINE_LEARNING,
    "status": Program.Status.PUBLISHED,
    "delivery": Program.Delivery.ON_CAMPUS,
    "pace": Program.Pace.FULL_TIME,
    "language": "en",
    "has_thesis": False,
    "has_capstone": False,
    # every fact after the degree not published
    **{name: Program._meta.get_field(name).get_default() for name in CAREER_FIELDS},
    "tuition_intl_amount": None,
    "intl_fee_same": False,
    "tuition_basis": Program.TuitionBasis.PER_YEAR,
    "living_cost_monthly": None,
    "living_cost_currency": None,
    "required_background": "",
    "min_ielts": None,
    "min_toefl": None,
    "gre": Program.Gre.OPTIONAL,
    "work_experience_months": 0,
}
CHILD_KEYS = {
    "university",
    "courses",
    "faculty",
    "partners",
    "sources",
    "intakes",
    "outcomes",
}
AMOUNT_FIELDS = ["tuition_amount", "tuition_intl_amount", "living_cost_monthly", "min_ielts"]


def upsert(model, keys: dict, fields: dict):
    """update_or_create that leaves an unchanged row alone: no save, no history record."""
    obj = model.objects.filter(**keys).first()
    if obj is None:
        return model.objects.create(**keys, **fields)
    changed = {name: value for name, value in fields.items() if getattr(obj, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(obj, name, value)
        obj.save()
    return obj


def set_links(through, owner: str, owner_obj, target: str, targets) -> None:
    """Make ``owner_obj``'s many-to-many links exactly ``targets``, writing only the difference.

    Goes through the link table, so the search signals stay quiet; the loader
    refreshes search documents once at the end.
    """
    links = through.objects.filter(**{owner: owner_obj})
    current = set(links.values_list(f"{target}_id", flat=True))
    wanted = {obj.pk for obj in targets}
    if current - wanted:
        links.filter(**{f"{target}_id__in": current - wanted}).delete()
    through.objects.bulk_create(
        through(**{owner: owner_obj, f"{target}_id": pk}) for pk in sorted(wanted - current)
    )


def replace_if_changed(rows, describe, wanted: list[tuple], build) -> list | None:
    """Replace a programme's child rows wholesale, but only when they differ from the data.

    Returns the new rows, or None when the old ones were kept.
    """
    if Counter(map(describe, rows)) == Counter(wanted):
        return None
    rows.delete()
    return bulk_create_with_history([build(*row) for row in wanted], rows.model)


def decimal(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def load_exchange_rates() -> None:
    as_of = date.fromisoformat(RATES_AS_OF)
    for currency, name, rate in EXCHANGE_RATES:
        upsert(
            ExchangeRate,
            {"currency": currency},
            {"name": name, "rate_to_base": Decimal(rate), "as_of": as_of},
        )


def load_topics() -> dict[str, Topic]:
    return {
        slug: upsert(Topic, {"slug": slug}, {"name": name, "description": description})
        for slug, name, description in TOPICS
    }


def load_roles() -> dict[str, Role]:
    return {slug: upsert(Role, {"slug": slug}, {"name": name}) for slug, name in ROLES}


def with_careers(data: dict, careers: dict) -> dict:
    """The programme's data with its after-the-degree facts: fields, the ``placement``
    and ``careers`` sources, and destinations, a year the data has updated in place."""
    merged = {**data, **{k: v for k, v in careers.items() if k not in CAREER_CHILDREN}}
    merged["sources"] = {**data.get("sources", {}), **careers.get("sources", {})}
    by_year = {outcome["year"]: outcome for outcome in data.get("outcomes", [])}
    for destination in careers.get("destinations", []):
        by_year[destination["year"]] = {**by_year.get(destination["year"], {}), **destination}
    merged["outcomes"] = list(by_year.values())
    return merged


CAREER_CHILDREN = {"sources", "destinations"}


def program_fields(data: dict) -> dict:
    fields = {**PROGRAM_DEFAULTS}
    fields.update((key, value) for key, value in data.items() if key not in CHILD_KEYS)
    for name in AMOUNT_FIELDS:
        fields[name] = decimal(fields[name])
    fields["tuition_currency_id"] = fields.pop("tuition_currency")
    fields["living_cost_currency_id"] = fields.pop("living_cost_currency")
    return fields


def load_programme(
    data: dict, university: University, topics: dict[str, Topic], roles: dict[str, Role]
) -> Program:
    data = with_careers(data, CAREERS.get((university.slug, data["slug"]), {}))
    fields = program_fields(data)
    program = upsert(Program, {"university": university, "slug": fields.pop("slug")}, fields)
    load_courses(program, data["courses"], topics)
    load_sources(program, data.get("sources", {}))
    load_intakes(program, data.get("intakes", []))
    load_partnerships(program, data.get("partners", []))
    load_outcomes(program, data.get("outcomes", []), roles)
    load_faculty(program, data.get("faculty", []), topics)
    return program


def load_courses(program: Program, rows: list[tuple], topics: dict[str, Topic]) -> None:
    """The courses with their topics; the programme covers exactly its courses' topics."""
    courses = [
        (title, kind, decimal(credits), frozenset(topic_slugs))
        for title, kind, credits, topic_slugs in rows
    ]
    created = replace_if_changed(
        program.courses.prefetch_related("topics"),
        lambda c: (c.title, c.kind, c.credits, frozenset(t.slug for t in c.topics.all())),
        courses,
        lambda title, kind, credits, _: Course(
            program=program, title=title, kind=kind, credits=credits
        ),
    )
    if created is not None:
        Course.topics.through.objects.bulk_create(
            Course.topics.through(course=course, topic=topics[topic_slug])
            for course, (*_, topic_slugs) in zip(created, courses, strict=True)
            for topic_slug in sorted(topic_slugs)
        )
    program_topics = {topics[slug] for *_, topic_slugs in courses for slug in topic_slugs}
    set_links(Program.topics.through, "program", program, "topic", program_topics)


def day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def load_sources(program: Program, sources: dict[str, dict]) -> None:
    """Each group of facts' source: ``{"tuition": {"url", "intake", "checked"}, ...}``."""
    replace_if_changed(
        program.sources.all(),
        lambda source: (source.fact, source.source_url, source.intake, source.checked_on),
        [
            (fact, source["url"], day(source.get("intake")), day(source.get("checked")))
            for fact, source in sources.items()
        ],
        lambda fact, url, intake, checked: FactSource(
            program=program, fact=fact, source_url=url, intake=intake, checked_on=checked
        ),
    )


def load_intakes(program: Program, intakes: list[dict]) -> None:
    """Intakes with their deadlines: ``{"starts_on", "url", "checked", "deadlines":
    [(round, date, note), ...]}``; an intake without a "url" has unpublished dates."""
    wanted = [
        (
            day(intake["starts_on"]),
            intake.get("url", ""),
            day(intake.get("checked")),
            tuple((name, day(closes), note) for name, closes, note in intake["deadlines"]),
        )
        for intake in intakes
    ]
    created = replace_if_changed(
        program.start_terms.prefetch_related("deadlines"),
        lambda term: (
            term.starts_on,
            term.source_url,
            term.checked_on,
            tuple((d.name, d.closes_on, d.note) for d in term.deadlines.all()),
        ),
        wanted,
        lambda starts_on, url, checked, _: StartTerm(
            program=program, starts_on=starts_on, source_url=url, checked_on=checked
        ),
    )
    if created is not None:
        program.deadlines.filter(intake__isnull=True).delete()
        bulk_create_with_history(
            [
                Deadline(program=program, intake=term, name=name, closes_on=closes, note=note)
                for term, (*_, deadlines) in zip(created, wanted, strict=True)
                for name, closes, note in deadlines
            ],
            Deadline,
        )


def load_partnerships(program: Program, rows: list[tuple]) -> None:
    partners = {
        name: upsert(IndustryPartner, {"name": name}, {"website": website})
        for name, website, _, _ in rows
    }
    replace_if_changed(
        program.partnerships.select_related("partner"),
        lambda p: (p.partner.name, p.kind, p.description),
        [(name, kind, description) for name, _, kind, description in rows],
        lambda name, kind, description: Partnership(
            program=program, partner=partners[name], kind=kind, description=description
        ),
    )


OUTCOME_FIELDS = [
    "year",
    "within_months",
    "cohort_size",
    "employment_rate",
    "further_study_rate",
    "median_salary",
    "salary_currency_id",
    "top_employers",
    "source_url",
    "checked_on",
    "counted",
    "reported_by",
]


def load_outcomes(program: Program, rows: list[dict], roles: dict[str, Role]) -> None:
    """Each year's outcomes with the roles they name (as slugs)."""
    outcomes = [
        (
            outcome["year"],
            outcome.get("within_months"),
            outcome.get("cohort_size"),
            decimal(outcome.get("employment_rate")),
            decimal(outcome.get("further_study_rate")),
            decimal(outcome.get("median_salary")),
            outcome.get("salary_currency"),
            outcome.get("top_employers", ""),
            outcome.get("source_url", ""),
            day(outcome.get("checked")),
            outcome.get("counted", ""),
            outcome.get("reported_by", ""),
            frozenset(outcome.get("roles", [])),
        )
        for outcome in rows
    ]
    created = replace_if_changed(
        program.outcomes.prefetch_related("roles"),
        lambda outcome: (
            *(getattr(outcome, name) for name in OUTCOME_FIELDS),
            frozenset(role.slug for role in outcome.roles.all()),
        ),
        outcomes,
        lambda *values: Outcome(
            program=program, **dict(zip(OUTCOME_FIELDS, values[:-1], strict=True))
        ),
    )
    if created is not None:
        Outcome.roles.through.objects.bulk_create(
            Outcome.roles.through(outcome=outcome, role=roles[slug])
            for outcome, (*_, slugs) in zip(created, outcomes, strict=True)
            for slug in sorted(slugs)
        )


def load_faculty(program: Program, rows: list[tuple], topics: dict[str, Topic]) -> None:
    members = []
    for name, title, research_topics in rows:
        member = upsert(
            FacultyMember, {"name": name, "university": program.university}, {"title": title}
        )
        research = [topics[slug] for slug in research_topics]
        set_links(
            FacultyMember.research_topics.through, "facultymember", member, "topic", research
        )
        members.append(member)
    set_links(FacultyMember.programs.through, "program", program, "facultymember", members)


def careers_coverage(programs: list[Program]) -> dict[str, int]:
    """How many of these programmes have a sourced placement fact, a sourced careers-support
    fact and a sourced destination figure."""
    ids = [program.pk for program in programs]
    sourced = FactSource.objects.filter(program__in=ids)
    placement = sourced.filter(fact="placement").filter(
        ~Q(program__placement="") | Q(program__sponsored_project__isnull=False)
    )
    supported = Q(
        *[Q(**{f"program__{flag}__isnull": False}) for flag in SUPPORT_FLAGS], _connector=Q.OR
    )
    careers = sourced.filter(supported, fact="careers")
    figures = Q(employment_rate__isnull=False) | Q(further_study_rate__isnull=False)
    destinations = (
        Outcome.objects.filter(program__in=ids)
        .exclude(source_url="")
        .filter(figures | Q(median_salary__isnull=False))
    )
    return {
        "placement": placement.values("program").distinct().count(),
        "careers support": careers.values("program").distinct().count(),
        "destination": destinations.values("program").distinct().count(),
    }


@transaction.atomic
def load_demo_catalogue() -> list[Program]:
    """Create or update the demo catalogue by natural keys. Safe to run again."""
    load_exchange_rates()
    topics = load_topics()
    roles = load_roles()
    universities = {
        data["slug"]: upsert(
            University, {"slug": data["slug"]}, {k: v for k, v in data.items() if k != "slug"}
        )
        for data in UNIVERSITIES
    }
    programs = [
        load_programme(data, universities[data["university"]], topics, roles)
        for data in PROGRAMMES
    ]
    # Courses and links go in with bulk_create, which the signals do not see.
    Program.objects.filter(pk__in=[program.pk for program in programs]).refresh_search_documents()
    bump_catalogue_version()
    return programs
