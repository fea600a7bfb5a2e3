"""A master's programme: what people weigh when choosing one, as typed facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.conf import global_settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from programs.money import (
    BASE_CURRENCY,
    currency_field,
    format_amount,
    money_field,
    to_base,
    to_cents,
)

from .careers import CareerFacts
from .querysets import ProgramQuerySet
from .sources import STALE_AFTER_DAYS, intake_label


class Program(CareerFacts):
    """A master's programme at one university."""

    class DegreeType(models.TextChoices):
        MSC = "msc", "MSc"
        MS = "ms", "MS"
        MENG = "meng", "MEng"
        MPHIL = "mphil", "MPhil"
        MA = "ma", "MA"
        OTHER = "other", "Other"

    class SubjectArea(models.TextChoices):
        MACHINE_LEARNING = "machine_learning", "Machine learning"
        ARTIFICIAL_INTELLIGENCE = "artificial_intelligence", "Artificial intelligence"
        DATA_SCIENCE = "data_science", "Data science"
        STATISTICS = "statistics", "Statistics"
        COMPUTER_SCIENCE = "computer_science", "Computer science"

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"
        ARCHIVED = "archived", "Archived"

    class Delivery(models.TextChoices):
        ON_CAMPUS = "on_campus", "On campus"
        ONLINE = "online", "Online"
        HYBRID = "hybrid", "Hybrid"

    class Pace(models.TextChoices):
        FULL_TIME = "full_time", "Full-time"
        PART_TIME = "part_time", "Part-time"
        EITHER = "either", "Full-time or part-time"

    class TuitionBasis(models.TextChoices):
        PER_YEAR = "per_year", "per year"
        TOTAL = "total", "whole programme"

    class Gre(models.TextChoices):
        REQUIRED = "required", "Required"
        OPTIONAL = "optional", "Optional"
        NOT_ACCEPTED = "not_accepted", "Not accepted"

    COST_FIELDS = ["tuition_total_base", "tuition_total_intl_base", "living_total_base"]

    university = models.ForeignKey(
        "programs.University", on_delete=models.PROTECT, related_name="programs"
    )
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    degree_type = models.CharField(max_length=10, choices=DegreeType, default=DegreeType.MSC)
    subject_area = models.CharField(
        max_length=30, choices=SubjectArea, default=SubjectArea.MACHINE_LEARNING
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    delivery = models.CharField(max_length=10, choices=Delivery, default=Delivery.ON_CAMPUS)
    pace = models.CharField(max_length=10, choices=Pace, default=Pace.FULL_TIME)
    duration_months = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(72)],
        help_text="Normal length of the programme at its usual pace, 1 to 72 months.",
    )
    language = models.CharField(
        "teaching language", max_length=7, choices=global_settings.LANGUAGES, default="en"
    )
    description = models.TextField(blank=True)
    has_thesis = models.BooleanField("thesis option", default=False)
    has_capstone = models.BooleanField("capstone project", default=False)
    topics = models.ManyToManyField(
        "programs.Topic", related_name="programs", blank=True, verbose_name="topics covered"
    )

    # Money: typed amounts with a currency and a basis, never text.
    tuition_amount = money_field("tuition", null=True, blank=True)
    tuition_intl_amount = money_field(
        "tuition for international students",
        null=True,
        blank=True,
        help_text="Leave empty when it is not published, or when international students "
        "pay the same tuition (then tick the box below).",
    )
    intl_fee_same = models.BooleanField(
        "international students pay the same tuition",
        default=False,
        help_text="Without this and without an international fee, what international "
        "students pay is shown as not known.",
    )
    tuition_currency = currency_field("tuition currency", "+", default=BASE_CURRENCY)
    tuition_basis = models.CharField(
        max_length=10, choices=TuitionBasis, default=TuitionBasis.PER_YEAR
    )
    living_cost_monthly = money_field(
        "living cost per month", null=True, blank=True, help_text="An estimate for one student."
    )
    living_cost_currency = currency_field(
        "living cost currency", "+", null=True, blank=True, default=None
    )
    # Kept in sync by compute_costs() on every save and import: the whole
    # programme in the base currency, so the database can filter and sort on it.
    tuition_total_base = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, editable=False
    )
    tuition_total_intl_base = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, editable=False
    )
    living_total_base = models.DecimalField(
        max_digits=14, decimal_places=2, null=True, editable=False
    )

    # Entry requirements
    required_background = models.CharField(
        "prior degree background",
        max_length=300,
        blank=True,
        help_text="e.g. a bachelor's in computer science, mathematics or a related field.",
    )
    min_ielts = models.DecimalField(
        "minimum IELTS",
        max_digits=2,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(9)],
    )
    min_toefl = models.PositiveSmallIntegerField(
        "minimum TOEFL iBT",
        null=True,
        blank=True,
        validators=[MaxValueValidator(120)],
    )
    gre = models.CharField("GRE", max_length=12, choices=Gre, default=Gre.OPTIONAL)
    work_experience_months = models.PositiveSmallIntegerField(
        "work experience required (months)", default=0
    )

    apply_url = models.URLField("application page", blank=True)
    official_url = models.URLField("official page (source)", blank=True)
    last_verified = models.DateField(
        null=True, blank=True, help_text="When an editor last checked these facts at the source."
    )
    editor_notes = models.TextField(blank=True, help_text="Internal; never shown to visitors.")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    # Bumped on every save, so an editor saving a stale form is told instead of overwriting.
    revision = models.PositiveIntegerField(default=1, editable=False)
    # Kept in sync by refresh_search_documents(). On PostgreSQL the same words are also
    # stored as a GIN-indexed tsvector, so ranking reads them instead of parsing the
    # document of every match again; elsewhere it stays empty.
    search_document = models.TextField(blank=True, editable=False)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ProgramQuerySet.as_manager()
    history = HistoricalRecords(
        excluded_fields=["updated", "search_document", "search_vector", *COST_FIELDS]
    )

    class Meta:
        ordering = ["title", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["university", "slug"], name="program_slug_per_uni"),
            models.CheckConstraint(
                condition=Q(duration_months__gte=1, duration_months__lte=72),
                name="program_duration_1_72_months",
            ),
            models.CheckConstraint(
                condition=Q(tuition_amount__isnull=True) | Q(tuition_amount__gte=0),
                name="program_tuition_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(tuition_intl_amount__isnull=True) | Q(tuition_intl_amount__gte=0),
                name="program_intl_tuition_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(tuition_intl_amount__isnull=True) | Q(intl_fee_same=False),
                name="program_intl_fee_same_or_given",
                violation_error_message="An international fee that is the same as the home "
                "fee is left empty, with the box ticked.",
            ),
            models.CheckConstraint(
                condition=Q(living_cost_monthly__isnull=True) | Q(living_cost_monthly__gte=0),
                name="program_living_cost_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(living_cost_monthly__isnull=True)
                | Q(living_cost_currency__isnull=False),
                name="program_living_cost_has_currency",
            ),
            models.CheckConstraint(
                condition=Q(min_ielts__isnull=True) | Q(min_ielts__gte=0, min_ielts__lte=9),
                name="program_ielts_0_9",
            ),
            models.CheckConstraint(
                condition=Q(min_toefl__isnull=True) | Q(min_toefl__lte=120),
                name="program_toefl_0_120",
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "published", "archived"]),
                name="program_status_valid",
            ),
            *CareerFacts.CONSTRAINTS,
        ]
        indexes = [
            models.Index(fields=["status", "tuition_total_base"]),
            models.Index(fields=["status", "duration_months"]),
            models.Index(fields=["status", "delivery"]),
            models.Index(fields=["status", "pace"]),
            models.Index(fields=["status", "last_verified"]),
            models.Index(fields=["status", "title"]),
            # A programme's related programmes are read from here alone, not the wide rows.
            models.Index(
                fields=["status", "subject_area", "delivery", "pace", "title", "id"],
                name="program_subject_idx",
            ),
            models.Index(fields=["status", "degree_type"], name="program_status_degree_idx"),
            models.Index(fields=["status", "language"], name="program_status_language_idx"),
            models.Index(
                fields=["status", "tuition_total_intl_base"], name="program_status_intl_cost_idx"
            ),
            # Every column the finder filters and counts on, so that facet counts over
            # a filtered catalogue read this index alone, never the wide table rows.
            models.Index(
                fields=[
                    "status",
                    "delivery",
                    "pace",
                    "degree_type",
                    "language",
                    "university",
                    "placement",
                    "sponsored_project",
                    "support_after_graduating",
                    "gre",
                    "duration_months",
                    "tuition_total_base",
                ],
                name="program_finder_covering_idx",
            ),
            # The same, reached through a university: counting by country, or filtering
            # on countries, walks universities by country and their programmes from here.
            models.Index(
                fields=[
                    "university",
                    "status",
                    "delivery",
                    "pace",
                    "degree_type",
                    "language",
                    "placement",
                    "sponsored_project",
                    "support_after_graduating",
                    "gre",
                    "duration_months",
                    "tuition_total_base",
                ],
                name="program_university_cover_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title}, {self.university}"

    def save(self, *args, **kwargs) -> None:
        self.compute_costs()
        if self.pk is not None and not self._state.adding:
            self.revision += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.COST_FIELDS, "revision"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(
            "programs:detail",
            kwargs={"university_slug": self.university.slug, "slug": self.slug},
        )

    def clean(self) -> None:
        errors = self.career_errors()
        if self.living_cost_monthly is not None and not self.living_cost_currency_id:
            errors["living_cost_currency"] = "Give the currency of the living-cost estimate."
        if self.tuition_intl_amount is not None and (
            self.intl_fee_same or self.tuition_intl_amount == self.tuition_amount
        ):
            errors["tuition_intl_amount"] = (
                "Leave this empty when international students pay the same tuition, "
                "and tick the box that says so."
            )
        if errors:
            raise ValidationError(errors)

    # Costs ------------------------------------------------------------------

    @property
    def years(self) -> Decimal:
        return Decimal(self.duration_months) / 12

    def tuition_for(self, international: bool = False) -> Decimal | None:
        """The tuition as published for home or international students; an unpublished
        international fee is not known, never the home fee."""
        if international and not self.intl_fee_same:
            return self.tuition_intl_amount
        return self.tuition_amount

    def tuition_total(self, international: bool = False) -> Decimal | None:
        """The whole programme's tuition in its own currency."""
        amount = self.tuition_for(international)
        if amount is None:
            return None
        amount = Decimal(amount)
        if self.tuition_basis == self.TuitionBasis.PER_YEAR:
            amount = amount * self.years
        return to_cents(amount)

    def living_total(self) -> Decimal | None:
        """Living costs over the whole programme in their own currency."""
        if self.living_cost_monthly is None:
            return None
        total = Decimal(self.living_cost_monthly) * self.duration_months
        return to_cents(total)

    def compute_costs(self) -> None:
        """Store the totals in the base currency: the one place costs are normalised."""
        rate = self.tuition_currency.rate_to_base if self.tuition_currency_id else None
        totals = (self.tuition_total(), self.tuition_total(international=True))
        self.tuition_total_base, self.tuition_total_intl_base = (
            to_base(total, rate) for total in totals
        )
        living_rate = (
            self.living_cost_currency.rate_to_base if self.living_cost_currency_id else None
        )
        self.living_total_base = to_base(self.living_total(), living_rate)

    def total_cost_base(self, international: bool = False, living: bool = False) -> Decimal | None:
        """Total cost in the base currency; None when a needed figure is unknown."""
        tuition = self.tuition_total_intl_base if international else self.tuition_total_base
        if tuition is None:
            return None
        if living:
            if self.living_total_base is None:
                return None
            return tuition + self.living_total_base
        return tuition

    @property
    def is_stale(self) -> bool:
        if self.last_verified is None:
            return True
        return (timezone.localdate() - self.last_verified).days > STALE_AFTER_DAYS

    # Sources and intakes, from a programme loaded with ``for_detail()``.

    def source_of(self, fact: str):
        """Where one group of facts (a ``FactSource.Fact``) comes from, or None."""
        return next((source for source in self.sources.all() if source.fact == fact), None)

    def intakes(self, today: date | None = None) -> Intakes:
        """The intakes to come, and the last one that started, with published dates
        told apart from dates nobody has sourced."""
        today = today or timezone.localdate()
        terms = list(self.start_terms.all())
        started = [term for term in terms if term.starts_on <= today and term.is_sourced]
        return Intakes(
            coming=[term for term in terms if term.starts_on > today],
            last_started=started[-1] if started else None,
        )

    def key_facts(self) -> dict[str, str]:
        """The facts a student acts on, as text, to tell later what changed: read from a
        programme annotated ``with_next_deadline()``."""
        basis = self.get_tuition_basis_display()

        def fee(amount) -> str:
            return f"{format_amount(amount, self.tuition_currency_id)} {basis}"

        if self.intl_fee_same:
            international = "same as home"
        elif self.tuition_intl_amount is None:
            international = "not published"
        else:
            international = fee(self.tuition_intl_amount)
        deadline = getattr(self, "next_deadline", None)
        home = fee(self.tuition_amount) if self.tuition_amount is not None else "not known"
        return {
            "Tuition": home,
            "International tuition": international,
            "Next deadline": f"{deadline:%-d %b %Y}" if deadline else "none published",
            "Duration": f"{self.duration_months} months",
            "Format": f"{self.get_delivery_display()}, {self.get_pace_display().lower()}",
        }

    # Curriculum and outcomes, from a programme loaded with its courses, topics and
    # outcomes (``for_detail()``): no queries of their own.

    def topic_coverage(self) -> dict:
        """Each topic the programme teaches, and how: in a required course, only in
        electives, or listed by the programme without course details."""
        coverage: dict = {}
        for course in self.courses.all():
            for topic in course.topics.all():
                if coverage.get(topic) != "required":
                    coverage[topic] = course.kind
        for topic in self.topics.all():
            coverage.setdefault(topic, "listed")
        return coverage

    def curriculum_by_topic(self) -> list[dict]:
        """Topics with the programme's required and elective courses on each."""
        by_topic: dict = {}
        for course in self.courses.all():
            for topic in course.topics.all():
                entry = by_topic.setdefault(
                    topic, {"topic": topic, "required": [], "elective": []}
                )
                entry[course.kind].append(course)
        return sorted(by_topic.values(), key=lambda entry: entry["topic"].name)

    def latest_outcome(self, attribute: str):
        """The most recent year's outcome that reports ``attribute``."""
        for outcome in self.outcomes.all():  # newest first, by Outcome.Meta.ordering
            if getattr(outcome, attribute) not in (None, ""):
                return outcome
        return None


@dataclass
class Intakes:
    """A programme's intakes as a student applying now sees them."""

    coming: list  # StartTerm, soonest first; some may be unsourced
    last_started: object | None  # the latest sourced StartTerm that has begun

    @property
    def published(self) -> list:
        return [term for term in self.coming if term.is_sourced]

    @property
    def next_label(self) -> str:
        """The intake whose dates a student waits for when none is published."""
        if self.last_started is None:
            return "the next intake"
        starts = self.last_started.starts_on
        return intake_label(starts.replace(year=starts.year + 1, day=1))
