"""The details of a programme: start dates, deadlines, courses, faculty, industry
partners and graduate outcomes."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from simple_history.models import HistoricalRecords

from programs import money
from programs.money import currency_field, money_field

from .careers import SHARE, SHARE_MESSAGE, Joined
from .sources import Provenance, intake_label, source_is_web_page


class DeadlineQuerySet(models.QuerySet):
    def published(self) -> DeadlineQuerySet:
        """Deadlines of intakes whose dates come from a source: only these are ever
        upcoming, open or counted. A date nobody can source is never a deadline."""
        return self.filter(intake__isnull=False).exclude(intake__source_url="")


class StartTerm(Provenance):
    """An intake: the date a new cohort starts, and where its dates come from. Its
    deadlines are published when the intake has a source."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="start_terms"
    )
    starts_on = models.DateField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on"]
        verbose_name = "intake"
        constraints = [
            models.UniqueConstraint(fields=["program", "starts_on"], name="one_start_per_date"),
            models.CheckConstraint(
                condition=source_is_web_page(),
                name="startterm_source_is_web_page",
                violation_error_message="Give the address of a web page, starting https://.",
            ),
        ]
        indexes = [models.Index(fields=["starts_on", "program"])]

    def __str__(self) -> str:
        return intake_label(self.starts_on)

    def speaks_for(self) -> date:
        return self.starts_on


class Deadline(models.Model):
    """One application round's closing date."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="deadlines"
    )
    intake = models.ForeignKey(
        StartTerm,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="deadlines",
        help_text="The intake this round admits to. Without a sourced intake the date "
        "is never shown as upcoming.",
    )
    name = models.CharField("round", max_length=100, default="Applications close")
    closes_on = models.DateField()
    note = models.CharField(max_length=200, blank=True)

    objects = DeadlineQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["closes_on"]
        indexes = [
            models.Index(fields=["closes_on", "program"]),
            # A programme's next deadline, and "still open", look up one programme's dates.
            models.Index(fields=["program", "closes_on"], name="deadline_program_closes_idx"),
            # A programme page's intakes fetch their deadlines in date order. Rounds
            # without an intake stay out: however many there are, the planner still
            # sees that few rows share an intake.
            models.Index(
                fields=["intake", "closes_on"],
                condition=Q(intake__isnull=False),
                name="deadline_intake_closes_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.closes_on:%d %B %Y}"

    def clean(self) -> None:
        if self.intake_id and self.program_id and self.intake.program_id != self.program_id:
            raise ValidationError({"intake": "Pick an intake of this programme."})

    @property
    def days_left(self) -> int:
        return (self.closes_on - timezone.localdate()).days


class Course(models.Model):
    class Kind(models.TextChoices):
        REQUIRED = "required", "Required"
        ELECTIVE = "elective", "Elective"

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="courses"
    )
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.REQUIRED)
    credits = models.DecimalField(
        max_digits=5, decimal_places=1, null=True, blank=True, validators=money.NON_NEGATIVE
    )
    topics = models.ManyToManyField("programs.Topic", related_name="courses", blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(credits__isnull=True) | Q(credits__gte=0),
                name="course_credits_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["required", "elective"]), name="course_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class FacultyMember(models.Model):
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True, help_text="e.g. Professor")
    homepage = models.URLField(blank=True)
    university = models.ForeignKey(
        "programs.University",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="faculty",
    )
    research_topics = models.ManyToManyField(
        "programs.Topic", related_name="researchers", blank=True
    )
    programs = models.ManyToManyField(
        "programs.Program", related_name="faculty", blank=True, verbose_name="teaches in"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "faculty member"
        constraints = [
            models.UniqueConstraint(
                fields=["name", "university"], name="one_person_per_university"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class Teaching(FacultyMember.programs.through):
    """A faculty member teaching in a programme, named after the person in the admin."""

    class Meta:
        proxy = True
        verbose_name = "faculty member"
        verbose_name_plural = "faculty"

    def __str__(self) -> str:
        member = self.facultymember
        return f"{member.name}, {member.title}" if member.title else member.name


class IndustryPartner(models.Model):
    name = models.CharField(max_length=200, unique=True)
    website = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Partnership(models.Model):
    class Kind(models.TextChoices):
        INTERNSHIP = "internship", "Internships"
        PLACEMENT = "placement", "Placements"
        SPONSORED_CAPSTONE = "capstone", "Sponsored capstone projects"
        RECRUITING = "recruiting", "Recruiting"
        RESEARCH = "research", "Research collaboration"

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="partnerships"
    )
    partner = models.ForeignKey(
        IndustryPartner, on_delete=models.CASCADE, related_name="partnerships"
    )
    kind = models.CharField(max_length=12, choices=Kind)
    description = models.CharField(max_length=300, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["partner__name", "kind"]
        constraints = [
            models.UniqueConstraint(
                fields=["program", "partner", "kind"], name="one_partnership_per_kind"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.partner}: {self.get_kind_display()}"


SALARY_NEEDS_CURRENCY = (
    "Give the currency of the median salary (the outcome's year is the year it speaks for)."
)
# A figure about graduates means little without who it covers, who counted and where it
# is published; a share means little without the time after graduating it speaks for.
OUTCOME_FIGURES = ("employment_rate", "further_study_rate", "median_salary", "cohort_size")
OUTCOME_SHARES = ("employment_rate", "further_study_rate")
FIGURES_NEED = {
    "counted": "Say what is counted, as the source says, e.g. “graduates answering a "
    "survey six months after finishing”: a figure means little without it.",
    "reported_by": "Say who counted, e.g. “the university's graduate survey”: a figure "
    "means little without it.",
    "source_url": "Give the page that publishes these figures, starting https://.",
}
SHARE_NEEDS_MONTHS = (
    "Give the months after graduating the share speaks for, e.g. 6: a share means little "
    "without it."
)


def _any_given(fields: tuple[str, ...]) -> Q:
    return Q.create([(f"{name}__isnull", False) for name in fields], connector=Q.OR)


class OutcomeQuerySet(models.QuerySet):
    def with_role_names(self) -> OutcomeQuerySet:
        """Each outcome with its role names in the same query (see ``named_roles``)."""
        names = (
            Outcome.roles.through.objects.filter(outcome=models.OuterRef("pk"))
            .order_by()
            .values("outcome")
            .annotate(names=Joined("role__name"))
            .values("names")
        )
        return self.annotate(role_names=models.Subquery(names))


class Outcome(Provenance):
    """What graduates of one year went on to, as the source reports it."""

    program = models.ForeignKey(
        "programs.Program", on_delete=models.CASCADE, related_name="outcomes"
    )
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    within_months = models.PositiveSmallIntegerField(
        "within months of graduating",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
        help_text="The time after graduating the figures speak for, e.g. 6 or 15; needed "
        "with a share.",
    )
    cohort_size = models.PositiveIntegerField(
        "graduates counted",
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text="How many graduates (or survey answers) the figures rest on.",
    )
    employment_rate = models.DecimalField(
        "share in work (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=SHARE,
    )
    further_study_rate = models.DecimalField(
        "share in further study (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=SHARE,
        help_text="Graduates going on to a PhD or other study.",
    )
    median_salary = money_field(
        "median salary", null=True, blank=True, help_text="For the year above, with its currency."
    )
    salary_currency = currency_field("salary currency", "+", null=True, blank=True)
    top_employers = models.CharField(max_length=500, blank=True)
    roles = models.ManyToManyField(
        "programs.Role",
        related_name="outcomes",
        blank=True,
        verbose_name="roles named",
        help_text="The roles the source says graduates went into.",
    )
    reported_by = models.CharField(
        "counted by",
        max_length=200,
        blank=True,
        help_text="Who counted, e.g. “the university's graduate survey” or "
        "“HESA Graduate Outcomes”; needed with any figure.",
    )

    objects = OutcomeQuerySet.as_manager()
    counted = models.CharField(
        "what is counted",
        max_length=300,
        blank=True,
        help_text="Who the figures cover and when, as the source says, e.g. "
        "“graduates answering a survey six months after finishing”; needed with any figure.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["program", "year"], name="one_outcome_per_year"),
            models.CheckConstraint(
                condition=Q(employment_rate__isnull=True)
                | Q(employment_rate__gte=0, employment_rate__lte=100),
                name="outcome_employment_rate_0_100",
                violation_error_message=SHARE_MESSAGE,
            ),
            models.CheckConstraint(
                condition=Q(further_study_rate__isnull=True)
                | Q(further_study_rate__gte=0, further_study_rate__lte=100),
                name="outcome_further_study_rate_0_100",
                violation_error_message=SHARE_MESSAGE,
            ),
            models.CheckConstraint(
                condition=Q(within_months__isnull=True) | Q(within_months__gte=1),
                name="outcome_within_months_positive",
            ),
            models.CheckConstraint(
                condition=Q(cohort_size__isnull=True) | Q(cohort_size__gte=1),
                name="outcome_cohort_size_positive",
            ),
            models.CheckConstraint(
                condition=Q(median_salary__isnull=True) | Q(median_salary__gte=0),
                name="outcome_salary_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(median_salary__isnull=True) | Q(salary_currency__isnull=False),
                name="outcome_salary_has_currency",
                violation_error_message=SALARY_NEEDS_CURRENCY,
            ),
            *(
                models.CheckConstraint(
                    condition=~_any_given(OUTCOME_FIGURES) | ~Q(**{field: ""}),
                    name=f"outcome_figures_need_{field}",
                    violation_error_message=message,
                )
                for field, message in FIGURES_NEED.items()
            ),
            models.CheckConstraint(
                condition=~_any_given(OUTCOME_SHARES) | Q(within_months__isnull=False),
                name="outcome_share_needs_months",
                violation_error_message=SHARE_NEEDS_MONTHS,
            ),
            models.CheckConstraint(
                condition=source_is_web_page(),
                name="outcome_source_is_web_page",
                violation_error_message="Give the address of a web page, starting https://.",
            ),
        ]

    def __str__(self) -> str:
        return f"Outcome {self.year}"

    def speaks_for(self) -> date | None:
        return None  # a graduating class, which no intake makes out of date

    def is_stale(self, today: date | None = None) -> bool:
        return not self.checked_lately(today or timezone.localdate())

    @property
    def speaks_for_label(self) -> str:
        return f"class of {self.year}"

    def named_roles(self) -> list[str]:
        """The names of the roles graduates went into, A to Z: read with the outcome
        where it was loaded ``with_role_names()``, else from its roles."""
        if hasattr(self, "role_names"):
            return sorted(self.role_names.split(Joined.SEPARATOR)) if self.role_names else []
        return [role.name for role in self.roles.all()]

    def clean(self) -> None:
        """What the constraints refuse, by field, each with its message."""
        errors = {}
        if self.median_salary is not None and not self.salary_currency_id:
            errors["salary_currency"] = SALARY_NEEDS_CURRENCY
        if any(getattr(self, name) is not None for name in OUTCOME_FIGURES):
            errors |= {
                field: message
                for field, message in FIGURES_NEED.items()
                if not str(getattr(self, field) or "").strip()
            }
        if self.within_months is None and any(
            getattr(self, name) is not None for name in OUTCOME_SHARES
        ):
            errors["within_months"] = SHARE_NEEDS_MONTHS
        if errors:
            raise ValidationError(errors)
