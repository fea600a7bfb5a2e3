"""Spreadsheet import and export of destinations: one row per programme and graduating
year (``Outcome``), found by the university's slug, the programme's slug and the year.

Every row goes through the model's own rules (``Outcome.clean``): a share outside 0 to
100, a salary without its currency, a figure without what is counted, who counted and its
source, or a share without the months after graduating it speaks for, is refused with
its row and column, and nothing of the file is saved. An imported source counts as
checked on the day of the import, by the importing editor.
"""

from django.utils import timezone
from import_export import fields

from .models import Outcome, Program, Role
from .resources import (
    CURRENCY_CODE,
    NaturalKeyWidget,
    SlugsWidget,
    SpreadsheetResource,
    currency_field,
)


class ProgrammeWidget(NaturalKeyWidget):
    """The programme a row speaks of, by its slug and the row's university slug; each
    pair is looked up once per import."""

    def __init__(self) -> None:
        super().__init__(
            Program,
            "slug",
            "programme",
            "Import or create the programme first, or use the slugs shown in its admin page.",
        )

    def clean(self, value, row=None, **kwargs):
        slug = str(value or "").strip()
        university = str((row or {}).get("university") or "").strip()
        if not slug or not university:
            raise ValueError(
                "Give the programme's slug under program and its university's slug under "
                "university."
            )
        key = f"{university}/{slug}"
        if key not in self.found:
            self.found[key] = (
                Program.objects.select_related("university")
                .filter(university__slug=university, slug=slug)
                .first()
            )
        if self.found[key] is None:
            raise ValueError(f"No programme '{slug}' at university '{university}'. {self.hint}")
        return self.found[key]


WITH_ANY_FIGURE = "Required with any figure: a share, the graduates counted or a salary."
COLUMN_HELP = {
    "university": {
        "meaning": "The university that runs the programme, by its slug.",
        "accepted": "The slug of a university already in the admin.",
    },
    "program": {"meaning": "The programme, by its slug at that university."},
    "year": {"meaning": "The graduating class the figures speak for, e.g. 2024."},
    "within_months": {"required": "Required with a share."},
    "salary_currency": {"required": "Required with a median salary.", "accepted": CURRENCY_CODE},
    "roles": {"meaning": "The roles the source says graduates went into."},
    "counted": {"required": WITH_ANY_FIGURE},
    "reported_by": {"required": WITH_ANY_FIGURE},
    "source_url": {
        "meaning": "The official page that publishes these figures; imported as checked "
        "today by you.",
        "accepted": "A web address starting https://.",
        "required": WITH_ANY_FIGURE,
    },
}

COLUMN_EXAMPLES = {
    "university": "eth-zurich",
    "program": "msc-machine-learning",
    "year": 2024,
    "within_months": 6,
    "cohort_size": 85,
    "employment_rate": "91.5",
    "further_study_rate": "6.0",
    "median_salary": "98000",
    "salary_currency": "CHF",
    "top_employers": "Google, Roche, UBS",
    "roles": "ml-engineer,data-scientist",
    "counted": "graduates answering a survey six months after finishing",
    "reported_by": "the university's graduate survey",
    "source_url": "https://www.example.edu/msc-machine-learning/careers",
}


class OutcomeResource(SpreadsheetResource):
    column_help = COLUMN_HELP
    column_examples = COLUMN_EXAMPLES

    # Read by ``ProgrammeWidget`` with the programme's slug; written from the programme.
    university = fields.Field(column_name="university")
    program = fields.Field(attribute="program", column_name="program", widget=ProgrammeWidget())
    salary_currency = currency_field("salary_currency")
    roles = fields.Field(
        attribute="roles",
        column_name="roles",
        widget=SlugsWidget(Role, "role", "Use the slugs listed under Roles."),
    )

    class Meta:
        model = Outcome
        import_id_fields = ("program", "year")
        fields = (
            "university",
            "program",
            "year",
            "within_months",
            "cohort_size",
            "employment_rate",
            "further_study_rate",
            "median_salary",
            "salary_currency",
            "top_employers",
            "roles",
            "counted",
            "reported_by",
            "source_url",
        )
        export_order = fields

    @classmethod
    def key_columns(cls) -> tuple[str, ...]:
        return ("university", "program", "year")

    def dehydrate_university(self, outcome: Outcome) -> str:
        return outcome.program.university.slug

    def before_save_instance(self, instance, row, **kwargs):
        super().before_save_instance(instance, row, **kwargs)
        if instance.source_url:
            instance.checked_on = timezone.localdate()
            instance.checked_by = kwargs.get("user")

    def export(self, queryset=None, **kwargs):
        if queryset is None:
            queryset = Outcome.objects.all()
        queryset = queryset.select_related("program__university").prefetch_related("roles")
        return super().export(queryset, **kwargs)
