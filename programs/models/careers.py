"""What comes after the degree: placements, an industry-sponsored project, careers
support, and the roles graduates go on to.

Each fact is typed and may be unknown: an empty placement or a ``None`` flag means the
programme does not publish it, which pages say out loud ("Not published") and never
show as "No". The programme's own facts live on ``Program`` through ``CareerFacts`` so
that the finder filters and counts them like any other column; where graduates went
is ``Outcome`` (``details``), with the ``Role`` they were counted in.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

NOT_PUBLISHED = "Not published"
MAX_PLACEMENT_MONTHS = 24
MAX_SUPPORT_MONTHS = 120
PLACEMENT_LENGTH_NEEDS_PLACEMENT = (
    "A placement length needs a placement: choose “optional” or “required”, "
    "or leave the length empty."
)
PAID_NEEDS_PLACEMENT = (
    "Whether a placement is paid needs a placement: choose “optional” or “required”, "
    "or leave this as not published."
)
SUPPORT_MONTHS_NEED_SUPPORT = (
    "Months of support after graduating need “support after graduating” set to Yes."
)


class Placement(models.TextChoices):
    NOT_PUBLISHED = "", "Not published"
    NONE = "none", "No placement"
    OPTIONAL = "optional", "Optional"
    REQUIRED = "required", "Required"


OFFERED = [Placement.OPTIONAL.value, Placement.REQUIRED.value]


def unknown_flag(verbose_name: str, help_text: str = "") -> models.BooleanField:
    """A yes-or-no fact a programme may not publish: empty means not published."""
    return models.BooleanField(
        verbose_name,
        null=True,
        blank=True,
        default=None,
        help_text=help_text or "Leave as “not published” when the programme's pages do not say.",
    )


class CareerFacts(models.Model):
    """A programme's placement, sponsored project and careers support."""

    placement = models.CharField(
        "placement or internship",
        max_length=8,
        choices=Placement,
        blank=True,
        default=Placement.NOT_PUBLISHED,
        help_text="A placement or internship in industry as part of the programme.",
    )
    placement_months = models.PositiveSmallIntegerField(
        "placement length (months)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PLACEMENT_MONTHS)],
        help_text=f"1 to {MAX_PLACEMENT_MONTHS}; only with an optional or required placement.",
    )
    placement_paid = unknown_flag("placement is paid")
    sponsored_project = unknown_flag(
        "industry-sponsored project",
        "A capstone or project set and sponsored by a company. Leave as “not published” "
        "when the pages do not say.",
    )
    careers_service = unknown_flag("careers service for the programme or school")
    employer_events = unknown_flag("employer events")
    alumni_network = unknown_flag("alumni network")
    support_after_graduating = unknown_flag("careers support after graduating")
    support_after_months = models.PositiveSmallIntegerField(
        "support after graduating (months)",
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_SUPPORT_MONTHS)],
        help_text="For how long graduates keep the careers support, when the pages say.",
    )

    CONSTRAINTS = [
        models.CheckConstraint(
            condition=Q(placement__in=["", *OFFERED, Placement.NONE]),
            name="program_placement_valid",
        ),
        models.CheckConstraint(
            condition=Q(placement_months__isnull=True)
            | Q(
                placement__in=OFFERED,
                placement_months__gte=1,
                placement_months__lte=MAX_PLACEMENT_MONTHS,
            ),
            name="program_placement_months_need_placement",
            violation_error_message=PLACEMENT_LENGTH_NEEDS_PLACEMENT,
        ),
        models.CheckConstraint(
            condition=Q(placement_paid__isnull=True) | Q(placement__in=OFFERED),
            name="program_placement_paid_needs_placement",
            violation_error_message=PAID_NEEDS_PLACEMENT,
        ),
        models.CheckConstraint(
            condition=Q(support_after_months__isnull=True)
            | Q(
                # Spelt out: "= true" is unknown, not false, where the flag is NULL.
                support_after_graduating__isnull=False,
                support_after_graduating=True,
                support_after_months__gte=1,
                support_after_months__lte=MAX_SUPPORT_MONTHS,
            ),
            name="program_support_months_need_support",
            violation_error_message=SUPPORT_MONTHS_NEED_SUPPORT,
        ),
    ]

    class Meta:
        abstract = True

    def career_errors(self) -> dict[str, str]:
        """What ``clean()`` refuses, mirroring the constraints, by field."""
        errors = {}
        offered = self.placement in OFFERED
        if self.placement_months is not None and not offered:
            errors["placement_months"] = PLACEMENT_LENGTH_NEEDS_PLACEMENT
        if self.placement_paid is not None and not offered:
            errors["placement_paid"] = PAID_NEEDS_PLACEMENT
        if self.support_after_months is not None and self.support_after_graduating is not True:
            errors["support_after_months"] = SUPPORT_MONTHS_NEED_SUPPORT
        return errors

    @property
    def offers_placement(self) -> bool:
        return self.placement in OFFERED

    @property
    def placement_text(self) -> str:
        """The placement in words, with its length and pay when stated."""
        if self.placement == Placement.NOT_PUBLISHED:
            return NOT_PUBLISHED
        if self.placement == Placement.NONE:
            return "No placement"
        details = [f"{self.placement_months} months"] if self.placement_months else []
        if self.placement_paid is not None:
            details.append("paid" if self.placement_paid else "unpaid")
        text = f"{self.get_placement_display()} placement"
        return f"{text}, {', '.join(details)}" if details else text

    @property
    def support_after_text(self) -> str:
        if self.support_after_graduating is None:
            return NOT_PUBLISHED
        if not self.support_after_graduating:
            return "No"
        if self.support_after_months:
            return f"Yes, for {self.support_after_months} months"
        return "Yes"

    def careers_support(self) -> list[tuple[str, str]]:
        """Each kind of careers support with "Yes", "No" or "Not published"."""
        return [
            ("Careers service", yes_no_unknown(self.careers_service)),
            ("Employer events", yes_no_unknown(self.employer_events)),
            ("Alumni network", yes_no_unknown(self.alumni_network)),
            ("Support after graduating", self.support_after_text),
        ]

    @property
    def has_career_gaps(self) -> bool:
        """Whether any of these facts is not published."""
        flags = ["sponsored_project", *SUPPORT_FLAGS]
        return not self.placement or any(getattr(self, flag) is None for flag in flags)

    @property
    def publishes_careers(self) -> bool:
        """Whether the programme says anything at all about careers support."""
        return any(getattr(self, flag) is not None for flag in SUPPORT_FLAGS)


# The facts above, in the order files and records give them, and the yes-or-no
# ones among them a programme may leave unsaid (null is "not published", never "no"):
# read off the fields, so that a new fact is declared here and nowhere else.
CAREER_FIELDS = tuple(field.name for field in CareerFacts._meta.local_fields)
UNSAID_FLAGS = tuple(
    field.name
    for field in CareerFacts._meta.local_fields
    if isinstance(field, models.BooleanField) and field.null
)
# The kinds of careers support (``careers_support``).
SUPPORT_FLAGS = (
    "careers_service",
    "employer_events",
    "alumni_network",
    "support_after_graduating",
)


def yes_no_unknown(flag: bool | None) -> str:
    if flag is None:
        return NOT_PUBLISHED
    return "Yes" if flag else "No"


# The roles graduates aim at, as destinations name them: every database has them (see
# ``ensure_roles``); the finder and the guide link to these slugs.
ROLES = [
    ("ml-engineer", "ML engineer"),
    ("data-scientist", "Data scientist"),
    ("research-scientist", "Research scientist"),
    ("ai-product-manager", "AI product manager"),
    ("computer-vision-engineer", "Computer-vision engineer"),
    ("nlp-engineer", "NLP engineer"),
]


def ensure_roles(apps=global_apps, **kwargs) -> None:
    """Add the roles that are missing, after every migrate (and every flush of a test
    database), so that filters and links to them always work."""
    try:
        model = apps.get_model("programs", "Role")
    except LookupError:  # migrated back to before roles existed
        return
    existing = set(model.objects.values_list("slug", flat=True))
    model.objects.bulk_create(
        model(slug=slug, name=name) for slug, name in ROLES if slug not in existing
    )


class RoleManager(models.Manager):
    def get_by_natural_key(self, slug: str) -> Role:
        return self.get(slug=slug)


class Role(models.Model):
    """A role graduates aim at and are counted in, e.g. ML engineer. Known by its slug
    in backups, since every database has the same roles from the start."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100, unique=True)

    objects = RoleManager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('programs:list')}?role={self.slug}"

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class Joined(models.Aggregate):
    """A group's texts joined by ``SEPARATOR`` in one column (SQLite and PostgreSQL), so
    that a row's few related names come with the row, not in a query of their own."""

    SEPARATOR = "|"
    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s, '|')"
    output_field = models.TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(compiler, connection, function="STRING_AGG", **extra_context)


SHARE_MESSAGE = "A share of graduates is a percentage from 0 to 100."
SHARE = [MinValueValidator(0, SHARE_MESSAGE), MaxValueValidator(100, SHARE_MESSAGE)]
