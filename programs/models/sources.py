"""Where a fact comes from: the page it was read on, the intake it speaks for, and
when (and by whom) it was last checked there.

Programme-wide facts (tuition, living costs, duration, entry requirements, placements
and careers support) each have
a ``FactSource``; an intake's dates (``StartTerm``) and a year's outcomes carry the
same three fields through ``Provenance``. A fact with no source is shown as "not
sourced"; a sourced one is stale once the intake it speaks for has started, or when
nobody has checked it for ``STALE_AFTER_DAYS``.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

STALE_AFTER_DAYS = 365
web_address = URLValidator(
    schemes=["http", "https"],
    message="Give the address of a web page, starting https://.",
    code="not_a_web_page",  # a code of its own, so that URL fields keep this message
)


def intake_label(starts: date) -> str:
    """How people name an intake: "2026/27 entry" for one starting in the autumn, the
    month and year for any other ("February 2027 entry")."""
    if starts.month >= 8:
        return f"{starts.year}/{(starts.year + 1) % 100:02d} entry"
    return f"{starts:%B %Y} entry"


def source_is_web_page(prefix: str = "") -> Q:
    field = f"{prefix}source_url"
    return (
        Q(**{field: ""})
        | Q(**{f"{field}__startswith": "https://"})
        | Q(**{f"{field}__startswith": "http://"})
    )


def stale_condition(intake_field: str | None, today: date, standing: Q | None = None) -> Q:
    """The rows whose fact is stale (see ``Provenance.is_stale``), as a query; ``standing``
    picks the rows for which a source naming no intake is normal."""
    cutoff = today - timedelta(days=STALE_AFTER_DAYS)
    condition = Q(source_url="") | Q(checked_on__isnull=True) | Q(checked_on__lt=cutoff)
    if intake_field:
        unnamed = Q(**{f"{intake_field}__isnull": True})
        if standing is not None:
            unnamed &= ~standing
        condition |= unnamed | Q(**{f"{intake_field}__lte": today})
    return condition


class Provenance(models.Model):
    """The source of a fact, and its last check."""

    source_url = models.URLField(
        "source", max_length=500, blank=True, validators=[web_address],
        help_text="The official page that states this, e.g. the fees or admissions page.",
    )  # fmt: skip
    checked_on = models.DateField(
        "last checked",
        null=True,
        blank=True,
        help_text="When someone last compared it with the source.",
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="checked by",
    )

    class Meta:
        abstract = True

    @property
    def is_sourced(self) -> bool:
        return bool(self.source_url)

    def speaks_for(self) -> date | None:
        """The first day of the intake or year the fact speaks for."""
        raise NotImplementedError

    @property
    def speaks_for_label(self) -> str:
        starts = self.speaks_for()
        return intake_label(starts) if starts else "an intake the page does not name"

    def is_stale(self, today: date | None = None) -> bool:
        """Unsourced, for an intake that has started or that the source does not name,
        or not checked for a year."""
        today = today or timezone.localdate()
        starts = self.speaks_for()
        return starts is None or starts <= today or not self.checked_lately(today)

    def checked_lately(self, today: date) -> bool:
        """Sourced, and compared with the source within ``STALE_AFTER_DAYS``."""
        return (
            self.is_sourced
            and self.checked_on is not None
            and self.checked_on >= today - timedelta(days=STALE_AFTER_DAYS)
        )


class FactSource(Provenance):
    """The source of one group of a programme's facts."""

    class Fact(models.TextChoices):
        TUITION = "tuition", "Tuition"
        LIVING = "living", "Living costs"
        DURATION = "duration", "Duration and format"
        REQUIREMENTS = "requirements", "Entry requirements"
        PLACEMENT = "placement", "Placements and industry projects"
        CAREERS = "careers", "Careers support"

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="sources"
    )
    fact = models.CharField(max_length=12, choices=Fact)
    source_url = models.URLField(
        "source", max_length=500, validators=[web_address],
        help_text="The official page that states these facts, e.g. the fees page.",
    )  # fmt: skip
    intake = models.DateField(
        "intake it speaks for",
        null=True,
        blank=True,
        help_text="When the intake or academic year the source speaks for begins, "
        "e.g. 1 September 2026 for 2026/27 entry. Leave empty when the page does not say.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["fact"]
        verbose_name = "fact to check"
        verbose_name_plural = "facts to check"
        constraints = [
            models.UniqueConstraint(fields=["program", "fact"], name="one_source_per_fact"),
            models.CheckConstraint(
                condition=source_is_web_page() & ~Q(source_url=""),
                name="factsource_is_web_page",
                violation_error_message="Give the address of a web page, starting https://.",
            ),
            models.CheckConstraint(
                condition=Q(
                    fact__in=[
                        "tuition",
                        "living",
                        "duration",
                        "requirements",
                        "placement",
                        "careers",
                    ]
                ),
                name="factsource_fact_valid",
            ),
        ]
        indexes = [models.Index(fields=["checked_on"], name="factsource_checked_idx")]

    # Facts about the programme as it runs rather than one intake (a placement scheme, a
    # careers service): their pages seldom name an intake, so they go stale by age, or
    # once an intake a page does name has started.
    STANDING = (Fact.PLACEMENT, Fact.CAREERS)

    def __str__(self) -> str:
        return f"{self.get_fact_display()}: {self.speaks_for_label}"

    def speaks_for(self) -> date | None:
        return self.intake

    def is_stale(self, today: date | None = None) -> bool:
        if self.fact in self.STANDING and self.intake is None:
            return not self.checked_lately(today or timezone.localdate())
        return super().is_stale(today)

    @classmethod
    def stale(cls, today: date) -> Q:
        """``is_stale`` as a query."""
        return stale_condition("intake", today, standing=Q(fact__in=cls.STANDING))
