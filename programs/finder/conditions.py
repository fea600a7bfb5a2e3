"""What the finder's filters ask of a programme, as query conditions that the filters
apply and the facets count with."""

from __future__ import annotations

from datetime import date

from django.db.models import Exists, OuterRef, Q

from programs.models import Deadline, Outcome, Placement, Program


def pace_condition(value: str) -> Q:
    """Programmes that can be taken at this pace."""
    return Q(pace__in=[value, Program.Pace.EITHER])


def deadline_from(day: date) -> Q:
    """Programmes with a published application deadline on or after ``day``."""
    deadlines = Deadline.objects.published().filter(program=OuterRef("pk"), closes_on__gte=day)
    return Q(Exists(deadlines))


FLAG_CONDITIONS = {
    "internship": Q(placement__in=[Placement.OPTIONAL, Placement.REQUIRED]),
    "placement_required": Q(placement=Placement.REQUIRED),
    "sponsored": Q(sponsored_project=True),
    "careers_after": Q(support_after_graduating=True),
    "no_gre": Q(gre__in=[Program.Gre.OPTIONAL, Program.Gre.NOT_ACCEPTED]),
    "phd_data": Q(
        Exists(Outcome.objects.filter(program=OuterRef("pk"), further_study_rate__isnull=False))
    ),
}


def role_condition(slugs: list[str]) -> Q:
    """Programmes whose published destinations name any of these roles."""
    named = Outcome.roles.through.objects.filter(
        outcome__program=OuterRef("pk"), role__slug__in=slugs
    )
    return Q(Exists(named))
