"""The catalogue: programmes and everything people weigh when choosing one."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import global_settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connections, models
from django.db.models import Q
from django.db.models.functions import Length, Upper
from django.db.models.lookups import Exact
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django_countries import countries
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from . import search_index
from .caching import remember

BASE_CURRENCY = "EUR"
STALE_AFTER_DAYS = 365
CENT = Decimal("0.01")
MAX_SEARCH_TERMS = 10


def words_of(text: str) -> list[str]:
    """Lower-cased words without punctuation: the unit both search backends agree on."""
    return re.findall(r"[^\W_]+", text.lower())


def search_terms(text: str) -> list[str]:
    return words_of(text)[:MAX_SEARCH_TERMS]


def search_document(texts: list[str]) -> str:
    """Distinct words separated by single spaces, with a space at each end, so that
    ``contains(" " + word)`` finds a word's start on any database."""
    return " " + " ".join(dict.fromkeys(words_of(" ".join(texts)))) + " "


# What PostgreSQL searches: the document's words as they are, neither stemmed nor dropped.
SEARCH_VECTOR = SearchVector("search_document", config="simple")


currency_code_validator = RegexValidator(
    r"^[A-Z]{3}$", "Use a three-letter ISO 4217 currency code in capitals, such as EUR or USD."
)
NON_NEGATIVE = [MinValueValidator(0)]


def money_field(verbose_name: str, **kwargs) -> models.DecimalField:
    return models.DecimalField(
        verbose_name, max_digits=12, decimal_places=2, validators=NON_NEGATIVE, **kwargs
    )


def currency_field(verbose_name: str, related_name: str, **kwargs) -> models.ForeignKey:
    """A currency, as a reference to its exchange rate: a currency without a rate cannot exist."""
    return models.ForeignKey(
        "programs.ExchangeRate",
        on_delete=models.PROTECT,
        verbose_name=verbose_name,
        related_name=related_name,
        error_messages={
            "invalid": "There is no exchange rate for %(value)s. Add one under Exchange rates "
            "first, or pick a currency that has one."
        },
        **kwargs,
    )


class Topic(models.Model):
    """One subject in the curriculum taxonomy, e.g. reinforcement learning."""

    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programs:list") + "?" + urlencode({"topic": self.slug})


class ExchangeRateQuerySet(models.QuerySet):
    def by_currency(self) -> dict[str, ExchangeRate]:
        """Every rate, keyed by its currency code."""
        return {rate.currency: rate for rate in self}


class ExchangeRate(models.Model):
    """How many units of the base currency one unit of ``currency`` is worth."""

    currency = models.CharField(
        "currency code", max_length=3, primary_key=True, validators=[currency_code_validator]
    )
    name = models.CharField(max_length=60, blank=True)
    rate_to_base = models.DecimalField(
        f"value of one unit in {BASE_CURRENCY}",
        max_digits=14,
        decimal_places=6,
        validators=[MinValueValidator(Decimal("0.000001"))],
    )
    as_of = models.DateField("rate as of", default=date.today)

    objects = ExchangeRateQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        ordering = ["currency"]
        constraints = [
            models.CheckConstraint(condition=Q(rate_to_base__gt=0), name="rate_positive"),
            models.CheckConstraint(
                condition=Q(Exact(Length("currency"), 3), currency=Upper("currency")),
                name="currency_is_iso_code",
            ),
            models.CheckConstraint(
                condition=~Q(currency=BASE_CURRENCY) | Q(rate_to_base=1),
                name="base_currency_rate_is_one",
            ),
        ]

    def __str__(self) -> str:
        return self.currency

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        Program.objects.refresh_costs(currency=self.currency)

    def clean(self) -> None:
        if self.currency == BASE_CURRENCY and self.rate_to_base != 1:
            raise ValidationError(
                {"rate_to_base": f"{BASE_CURRENCY} is the base currency: its rate is always 1."}
            )

    def from_base(self, amount: Decimal) -> Decimal:
        """An amount in the base currency, expressed in this currency."""
        return (amount / self.rate_to_base).quantize(CENT, ROUND_HALF_UP)


def base_rate() -> ExchangeRate:
    """The base currency's rate, which is always 1, even before any rate is stored."""
    return ExchangeRate(currency=BASE_CURRENCY, name="Euro", rate_to_base=Decimal(1))


class University(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    country = CountryField(db_index=True)
    city = models.CharField(max_length=100, blank=True)
    website = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "universities"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("programs:list") + "?" + urlencode({"q": self.name})


class ProgramQuerySet(models.QuerySet):
    def published(self) -> ProgramQuerySet:
        return self.filter(status=Program.Status.PUBLISHED)

    def stale(self, today: date | None = None) -> ProgramQuerySet:
        """Never verified, or verified longer ago than editors promise."""
        cutoff = (today or timezone.localdate()) - timedelta(days=STALE_AFTER_DAYS)
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=cutoff))

    def for_listing(self) -> ProgramQuerySet:
        """What a programme card needs, in a fixed number of queries."""
        return (
            self.select_related("university", "tuition_currency", "living_cost_currency")
            .prefetch_related("topics")
            .with_next_deadline()
        )

    def related_to(self, program: Program, limit: int = 4) -> list[Program]:
        """Published programmes in the same subject sharing the most topics with ``program``.

        The ranking reads every programme in the subject, so its result is cached per
        catalogue version; each page view then fetches only the few programmes shown.
        """
        topic_ids = [topic.pk for topic in program.topics.all()]

        def ranked_ids() -> list[int]:
            shared = models.Count("topics", filter=Q(topics__in=topic_ids))
            ranked = (
                self.published()
                .exclude(pk=program.pk)
                .filter(subject_area=program.subject_area)
                .annotate(shared=shared)
                .order_by("-shared", "title", "pk")
            )
            return list(ranked.values_list("pk", flat=True)[:limit])

        ids = remember("related", f"{program.pk}:{program.version}", ranked_ids)
        found = {other.pk: other for other in self.filter(pk__in=ids).select_related("university")}
        return [found[pk] for pk in ids if pk in found]

    def with_next_deadline(self, today: date | None = None) -> ProgramQuerySet:
        upcoming = Deadline.objects.filter(
            program=models.OuterRef("pk"), closes_on__gte=today or timezone.localdate()
        ).order_by("closes_on")
        return self.annotate(next_deadline=models.Subquery(upcoming.values("closes_on")[:1]))

    def search(self, text: str) -> ProgramQuerySet:
        """Full-text search over the programme's search document.

        Every word must match the start of a word in the document. PostgreSQL uses its
        text search (a GIN-indexed tsvector, ranked); SQLite an FTS5 index of the same
        normalised words (search_index.py), other databases LIKE, so simple terms give the
        same results on all of them.
        """
        terms = search_terms(text)
        if not terms:
            return self.annotate(rank=models.Value(0))
        if connections[self.db].vendor == "postgresql":
            query = SearchQuery(
                " & ".join(f"{term}:*" for term in terms), search_type="raw", config="simple"
            )
            return self.filter(search_vector=query).annotate(
                rank=SearchRank(models.F("search_vector"), query)
            )
        if connections[self.db].vendor == "sqlite":
            programs = self.filter(pk__in=search_index.matching_ids(terms))
        else:
            programs = self
            for term in terms:
                programs = programs.filter(search_document__contains=f" {term}")
        # Rank like PostgreSQL would, roughly: how many of the words the title holds.
        title_hits = [
            models.Case(models.When(title__icontains=term, then=1), default=0) for term in terms
        ]
        return programs.annotate(rank=sum(title_hits, start=models.Value(0)))

    def refresh_search_documents(self) -> None:
        """Rebuild the text that search runs on: title, university, place, topics,
        course titles, faculty and their research topics. A few bulk queries per
        thousand programmes."""
        ids = list(self.values_list("pk", flat=True))
        for start in range(0, len(ids), 1000):
            chunk = ids[start : start + 1000]
            words: dict[int, list[str]] = defaultdict(list)
            for pk, *fields in Program.objects.filter(pk__in=chunk).values_list(
                "pk", "title", "university__name", "university__city", "university__country"
            ):
                *text, country = fields
                words[pk] += [*text, countries.name(country)]
            related = [
                Program.topics.through.objects.values_list("program_id", "topic__name"),
                Course.objects.values_list("program_id", "title"),
                FacultyMember.programs.through.objects.values_list(
                    "program_id", "facultymember__name"
                ),
                FacultyMember.programs.through.objects.values_list(
                    "program_id", "facultymember__research_topics__name"
                ),
            ]
            for rows in related:
                for pk, text in rows.filter(program_id__in=chunk):
                    if text:
                        words[pk].append(text)
            programs = [
                Program(pk=pk, search_document=search_document(texts))
                for pk, texts in words.items()
            ]
            Program.objects.bulk_update(programs, ["search_document"], batch_size=500)
            if connections[self.db].vendor == "postgresql":
                Program.objects.filter(pk__in=chunk).update(search_vector=SEARCH_VECTOR)

    def refresh_costs(self, currency: str | None = None) -> int:
        """Recompute the stored base-currency costs, e.g. after an exchange rate changed."""
        programs = self.select_related("tuition_currency", "living_cost_currency")
        if currency:
            programs = programs.filter(
                Q(tuition_currency=currency) | Q(living_cost_currency=currency)
            )
        changed = []
        for program in programs.iterator(chunk_size=2000):
            program.compute_costs()
            changed.append(program)
        Program.objects.bulk_update(changed, Program.COST_FIELDS, batch_size=1000)
        return len(changed)


class Program(models.Model):
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

    university = models.ForeignKey(University, on_delete=models.PROTECT, related_name="programs")
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
    has_internship = models.BooleanField("internships or placements offered", default=False)
    topics = models.ManyToManyField(
        Topic, related_name="programs", blank=True, verbose_name="topics covered"
    )

    # Money: typed amounts with a currency and a basis, never text.
    tuition_amount = money_field("tuition", null=True, blank=True)
    tuition_intl_amount = money_field(
        "tuition for international students",
        null=True,
        blank=True,
        help_text="Only where it differs from the tuition above.",
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
    version = models.PositiveIntegerField(default=1, editable=False)
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
        ]
        indexes = [
            models.Index(fields=["status", "tuition_total_base"]),
            models.Index(fields=["status", "duration_months"]),
            models.Index(fields=["status", "delivery"]),
            models.Index(fields=["status", "pace"]),
            models.Index(fields=["status", "last_verified"]),
            models.Index(fields=["status", "title"]),
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
                    "has_internship",
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
                    "has_internship",
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
            self.version += 1
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.COST_FIELDS, "version"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse(
            "programs:detail",
            kwargs={"university_slug": self.university.slug, "slug": self.slug},
        )

    def clean(self) -> None:
        errors = {}
        if self.living_cost_monthly is not None and not self.living_cost_currency_id:
            errors["living_cost_currency"] = "Give the currency of the living-cost estimate."
        if (
            self.tuition_intl_amount is not None
            and self.tuition_amount is not None
            and self.tuition_intl_amount == self.tuition_amount
        ):
            errors["tuition_intl_amount"] = (
                "Leave this empty when international students pay the same tuition."
            )
        if errors:
            raise ValidationError(errors)

    # Costs ------------------------------------------------------------------

    @property
    def years(self) -> Decimal:
        return Decimal(self.duration_months) / 12

    def tuition_total(self, international: bool = False) -> Decimal | None:
        """The whole programme's tuition in its own currency."""
        amount = self.tuition_amount
        if international and self.tuition_intl_amount is not None:
            amount = self.tuition_intl_amount
        if amount is None:
            return None
        amount = Decimal(amount)
        if self.tuition_basis == self.TuitionBasis.PER_YEAR:
            amount = amount * self.years
        return amount.quantize(CENT, ROUND_HALF_UP)

    def living_total(self) -> Decimal | None:
        """Living costs over the whole programme in their own currency."""
        if self.living_cost_monthly is None:
            return None
        total = Decimal(self.living_cost_monthly) * self.duration_months
        return total.quantize(CENT, ROUND_HALF_UP)

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


def to_base(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    if amount is None or rate is None:
        return None
    return (amount * rate).quantize(CENT, ROUND_HALF_UP)


def convert(amount: Decimal, rate_from: ExchangeRate, rate_to: ExchangeRate) -> Decimal:
    """Convert an amount between two currencies through the base currency."""
    return (amount * rate_from.rate_to_base / rate_to.rate_to_base).quantize(CENT, ROUND_HALF_UP)


class StartTerm(models.Model):
    """A date on which a new cohort starts."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="start_terms")
    starts_on = models.DateField()

    history = HistoricalRecords()

    class Meta:
        ordering = ["starts_on"]
        constraints = [
            models.UniqueConstraint(fields=["program", "starts_on"], name="one_start_per_date"),
        ]
        indexes = [models.Index(fields=["starts_on", "program"])]

    def __str__(self) -> str:
        return self.starts_on.strftime("%B %Y")


class Deadline(models.Model):
    """One application round's closing date."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="deadlines")
    name = models.CharField("round", max_length=100, default="Applications close")
    closes_on = models.DateField()
    note = models.CharField(max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["closes_on"]
        indexes = [
            models.Index(fields=["closes_on", "program"]),
            # A programme's next deadline, and "still open", look up one programme's dates.
            models.Index(fields=["program", "closes_on"], name="deadline_program_closes_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.name}: {self.closes_on:%d %B %Y}"

    @property
    def days_left(self) -> int:
        return (self.closes_on - timezone.localdate()).days


class Course(models.Model):
    class Kind(models.TextChoices):
        REQUIRED = "required", "Required"
        ELECTIVE = "elective", "Elective"

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="courses")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.REQUIRED)
    credits = models.DecimalField(
        max_digits=5, decimal_places=1, null=True, blank=True, validators=NON_NEGATIVE
    )
    topics = models.ManyToManyField(Topic, related_name="courses", blank=True)

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
        University, on_delete=models.SET_NULL, null=True, blank=True, related_name="faculty"
    )
    research_topics = models.ManyToManyField(Topic, related_name="researchers", blank=True)
    programs = models.ManyToManyField(
        Program, related_name="faculty", blank=True, verbose_name="teaches in"
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

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="partnerships")
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


class Outcome(models.Model):
    """What graduates of one year went on to, as the source reports it."""

    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="outcomes")
    year = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    employment_rate = models.DecimalField(
        "employment rate (%)",
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    median_salary = money_field("median salary", null=True, blank=True)
    salary_currency = currency_field("salary currency", "+", null=True, blank=True)
    top_employers = models.CharField(max_length=500, blank=True)
    source_url = models.URLField("source", blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["-year"]
        constraints = [
            models.UniqueConstraint(fields=["program", "year"], name="one_outcome_per_year"),
            models.CheckConstraint(
                condition=Q(employment_rate__isnull=True)
                | Q(employment_rate__gte=0, employment_rate__lte=100),
                name="outcome_employment_rate_0_100",
            ),
            models.CheckConstraint(
                condition=Q(median_salary__isnull=True) | Q(median_salary__gte=0),
                name="outcome_salary_not_negative",
            ),
            models.CheckConstraint(
                condition=Q(median_salary__isnull=True) | Q(salary_currency__isnull=False),
                name="outcome_salary_has_currency",
            ),
        ]

    def __str__(self) -> str:
        return f"Outcome {self.year}"

    def clean(self) -> None:
        if self.median_salary is not None and not self.salary_currency_id:
            raise ValidationError({"salary_currency": "Give the currency of the median salary."})


class CatalogueVersion(models.Model):
    """A number that changes whenever editors change the catalogue; what is cached
    about the catalogue is kept under it (see ``caching.py``). There is one row."""

    number = models.BigIntegerField()

    def __str__(self) -> str:
        return str(self.number)
