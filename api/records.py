"""Programmes, universities and the rest as the API's records (``schemas.py``): what
to load for them in a fixed number of queries, and the facts read off what was loaded,
amounts as decimal strings and every fact with its source."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.urls import reverse

from programs.forms import DisplayForm
from programs.models import Deadline, FactSource, Program
from programs.models.careers import CAREER_FIELDS


def open_deadlines(today: date) -> Prefetch:
    """Each programme's published deadlines still open, soonest first: what the finder
    sorts and filters on (``with_next_deadline``), with the intake each admits to."""
    deadlines = Deadline.objects.published().filter(closes_on__gte=today).select_related("intake")
    return Prefetch("deadlines", queryset=deadlines.order_by("closes_on"), to_attr="open")


def listed(today: date) -> QuerySet:
    """What a programme in a list says, in a fixed number of queries."""
    programs = Program.objects.published().for_listing()
    return programs.prefetch_related("sources", open_deadlines(today))


def detailed(today: date) -> QuerySet:
    """What one programme's record says, in a fixed number of queries."""
    programs = Program.objects.published().for_detail()
    return programs.prefetch_related("start_terms__deadlines", open_deadlines(today))


def amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def decimal(value: Decimal | None) -> str | None:
    """A figure as stored (a rate, credits, a score), as a decimal string."""
    return None if value is None else str(value)


def money(value: Decimal | None, currency: str | None) -> dict | None:
    if value is None or not currency:
        return None
    return {"amount": amount(value), "currency": currency}


def source(fact, today: date) -> dict | None:
    """Where a fact comes from (a ``Provenance``), or None when it is not sourced."""
    if fact is None or not fact.is_sourced:
        return None
    return {
        "url": fact.source_url,
        "intake": fact.speaks_for(),
        "speaks_for": fact.speaks_for_label,
        "checked_on": fact.checked_on,
        "stale": fact.is_stale(today),
    }


def university_ref(university) -> dict:
    return {
        "slug": university.slug,
        "name": university.name,
        "country": university.country.code,
        "city": university.city,
    }


def summary(program: Program, request: HttpRequest, display: DisplayForm, today: date) -> dict:
    """A programme as lists show it, its costs as ``display`` asks (currency, fees)."""
    rate, international = display.rate, display.international
    total = program.total_cost_base(international=international, living=display.with_living)
    next_deadline = program.open[0] if program.open else None
    slugs = {"university": program.university.slug, "slug": program.slug}
    facts = {fact.fact: fact for fact in program.sources.all()}
    return {
        "id": f"{program.university.slug}/{program.slug}",
        "url": request.build_absolute_uri(program.get_absolute_url()),
        "api_url": request.build_absolute_uri(reverse("api:program", kwargs=slugs)),
        "title": program.title,
        "university": university_ref(program.university),
        "degree": program.degree_type,
        "subject_area": program.subject_area,
        "delivery": program.delivery,
        "pace": program.pace,
        "duration_months": program.duration_months,
        "language": program.language,
        "placement": program.placement or None,
        "tuition": {
            "currency": program.tuition_currency_id,
            "basis": program.tuition_basis,
            "home": amount(program.tuition_amount),
            "international": amount(program.tuition_for(international=True)),
            "international_same_as_home": program.intl_fee_same,
        },
        "total_cost": {
            "amount": None if total is None else amount(rate.from_base(total)),
            "currency": rate.currency,
            "fee_status": display.fee_status,
            "includes_living": display.with_living,
        },
        "next_deadline": {
            "closes_on": next_deadline.closes_on,
            "round": next_deadline.name,
            "intake": next_deadline.intake.starts_on,
        }
        if next_deadline
        else None,
        "topics": [topic.slug for topic in program.topics.all()],
        "last_verified": program.last_verified,
        "sources": {fact: source(facts.get(fact), today) for fact in FactSource.Fact.values},
    }


def detail(program: Program, request: HttpRequest, display: DisplayForm, today: date) -> dict:
    """Everything known about one programme (loaded with ``detailed()``)."""
    return summary(program, request, display, today) | {
        "description": program.description,
        "has_thesis": program.has_thesis,
        "has_capstone": program.has_capstone,
        "living_cost_monthly": money(program.living_cost_monthly, program.living_cost_currency_id),
        "requirements": {
            "background": program.required_background,
            "min_ielts": decimal(program.min_ielts),
            "min_toefl": program.min_toefl,
            "gre": program.gre,
            "work_experience_months": program.work_experience_months,
        },
        "apply_url": program.apply_url,
        "official_url": program.official_url,
        "curriculum": [
            {
                "title": course.title,
                "kind": course.kind,
                "credits": decimal(course.credits),
                "topics": [topic.slug for topic in course.topics.all()],
            }
            for course in program.courses.all()
        ],
        "faculty": [
            {
                "name": member.name,
                "title": member.title,
                "homepage": member.homepage,
                "research_topics": [topic.slug for topic in member.research_topics.all()],
            }
            for member in program.faculty.all()
        ],
        "partnerships": [
            {
                "partner": link.partner.name,
                "website": link.partner.website,
                "kind": link.kind,
                "description": link.description,
            }
            for link in program.partnerships.all()
        ],
        # As they are: null where the programme does not say.
        "after_the_degree": {
            **{name: getattr(program, name) for name in CAREER_FIELDS},
            "placement": program.placement or None,
        },
        "outcomes": [
            {
                "year": outcome.year,
                "within_months": outcome.within_months,
                "cohort_size": outcome.cohort_size,
                "employment_rate": decimal(outcome.employment_rate),
                "further_study_rate": decimal(outcome.further_study_rate),
                "median_salary": money(outcome.median_salary, outcome.salary_currency_id),
                "top_employers": outcome.top_employers,
                "roles": outcome.named_roles(),
                "counted": outcome.counted,
                "reported_by": outcome.reported_by,
                "source": source(outcome, today),
            }
            for outcome in program.outcomes.all()
        ],
        "intakes": [
            {
                "starts_on": intake.starts_on,
                "label": str(intake),
                "source": source(intake, today),
                "deadlines": [
                    {"round": line.name, "closes_on": line.closes_on, "note": line.note}
                    for line in intake.deadlines.all()
                ],
            }
            for intake in program.start_terms.all()
            if intake.is_sourced
        ],
    }


def university(record) -> dict:
    """A university, annotated with its number of published ``programmes``."""
    return university_ref(record) | {"website": record.website, "programmes": record.programmes}
