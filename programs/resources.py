"""Spreadsheet import and export of programmes (CSV, XLSX, JSON) with django-import-export.

Universities, topics and currencies are referred to by their natural keys (slugs and
ISO codes), so a spreadsheet stays readable and survives a fresh database. Every row
is validated with the model's own rules, and one bad row rolls back the whole file.

Each group of facts has two more columns: ``<fact>_source`` (the official page) and
``<fact>_intake`` (the first day of the intake it speaks for, YYYY-MM-DD, or empty when
the page does not say), for ``tuition``, ``living``, ``duration``, ``requirements``,
``placement`` (placements and industry projects) and ``careers`` (careers support).
An imported source counts as checked on the day of the import, by the importing editor;
an empty source column removes the source.

A yes-or-no fact a programme may not publish (a sponsored project, careers support) is
1 (yes), 0 (no) or empty (not published); anything else is refused with its row.
"""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from import_export import fields, resources, widgets

from core.spreadsheets import SpreadsheetError, column_name

from .models import ExchangeRate, FactSource, Program, Topic, University
from .models.careers import CAREER_FIELDS
from .models.sources import web_address
from .signals import batched


class NaturalKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key by a readable key, with a clear message when it names nothing.

    Each key is looked up once per import (a resource, and so its widgets, serves one
    import), not once per row: a file names the same few universities and currencies
    thousands of times."""

    def __init__(self, model, field, label: str, hint: str) -> None:
        super().__init__(model, field)
        self.label = label
        self.hint = hint
        self.found: dict[str, object] = {}

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        key = str(value).strip()
        if key not in self.found:
            try:
                self.found[key] = super().clean(key, row, **kwargs)
            except self.model.DoesNotExist:
                self.found[key] = None
        if self.found[key] is None:
            raise ValueError(f"No {self.label} '{value}'. {self.hint}")
        return self.found[key]


class SlugsWidget(widgets.ManyToManyWidget):
    """Rows of a model by their slugs, separated by commas; an unknown slug is an error,
    not silently dropped. Each slug is looked up once per import, like
    ``NaturalKeyWidget``'s keys."""

    def __init__(self, model, noun: str, hint: str) -> None:
        super().__init__(model, field="slug", separator=",")
        self.noun = noun
        self.hint = hint
        self.found: dict[str, object] = {}

    def clean(self, value, row=None, **kwargs):
        slugs = [slug.strip() for slug in str(value or "").split(self.separator) if slug.strip()]
        if new := [slug for slug in slugs if slug not in self.found]:
            self.found.update(dict.fromkeys(new))
            self.found.update({row.slug: row for row in self.model.objects.filter(slug__in=new)})
        unknown = sorted({slug for slug in slugs if self.found[slug] is None})
        if unknown:
            raise ValueError(f"Unknown {self.noun}(s): {', '.join(unknown)}. {self.hint}")
        return [self.found[slug] for slug in dict.fromkeys(slugs)]


def currency_field(name: str) -> fields.Field:
    """A currency column, by its ISO code, of a currency with an exchange rate."""
    return fields.Field(
        attribute=name,
        column_name=name,
        widget=NaturalKeyWidget(
            ExchangeRate,
            "currency",
            "exchange rate for currency",
            "Add the currency under Exchange rates before importing.",
        ),
    )


class UnknownFlagWidget(widgets.BooleanWidget):
    """Yes, no or not published: a value that is none of these is an error, never a no."""

    def clean(self, value, row=None, **kwargs):
        text = str(value).strip().lower() if value is not None else ""
        if text in ("", "none", "null", "not published"):
            return None
        if text in ("1", "true", "yes"):
            return True
        if text in ("0", "false", "no"):
            return False
        raise ValueError(f"“{value}” is not 1 (yes), 0 (no) or empty (not published).")


SOURCE_COLUMNS = {fact: (f"{fact}_source", f"{fact}_intake") for fact in FactSource.Fact.values}

CURRENCY_CODE = (
    "An ISO 4217 currency code in capitals, e.g. EUR, GBP or USD, that has an exchange "
    "rate in the admin."
)

# What the import page and the template's "Columns" sheet say where the model's fields say
# too little (core.import_columns describes every other column from its field).
COLUMN_HELP = {
    "university": {"meaning": "The university that runs the programme, by its slug."},
    "slug": {
        "meaning": "The programme's short name in its web address, unique at its university."
    },
    "topics": {"meaning": "Topics the programme covers."},
    "tuition_currency": {"accepted": CURRENCY_CODE},
    "living_cost_currency": {"accepted": CURRENCY_CODE},
    **{
        url_column: {
            "meaning": f"The official page that states the programme's "
            f"{FactSource.Fact(fact).label.lower()}; imported as checked today by you.",
            "accepted": "A web address starting https://. Empty removes the source.",
        }
        for fact, (url_column, _) in SOURCE_COLUMNS.items()
    },
    **{
        intake_column: {
            "meaning": f"The first day of the intake {url_column} speaks for.",
            "accepted": f"A date written YYYY-MM-DD, e.g. 2027-09-01; empty when the page "
            f"does not say. Needs {url_column}.",
        }
        for url_column, intake_column in SOURCE_COLUMNS.values()
    },
}

# One programme as a row, shown on the import page and on the template's "Example" sheet.
COLUMN_EXAMPLES = {
    "university": "eth-zurich",
    "slug": "msc-machine-learning",
    "title": "MSc Machine Learning",
    "degree_type": "msc",
    "subject_area": "machine_learning",
    "status": "draft",
    "delivery": "on_campus",
    "pace": "full_time",
    "duration_months": 24,
    "language": "en",
    "description": "A two-year master's with a thesis and an industry placement.",
    "has_thesis": 1,
    "has_capstone": 0,
    "placement": "optional",
    "placement_months": 6,
    "placement_paid": 1,
    "sponsored_project": 1,
    "careers_service": 1,
    "employer_events": "",
    "alumni_network": 1,
    "support_after_graduating": 1,
    "support_after_months": 24,
    "topics": "deep-learning,natural-language-processing",
    "tuition_amount": "1460",
    "tuition_intl_amount": "",
    "intl_fee_same": 1,
    "tuition_currency": "CHF",
    "tuition_basis": "per_year",
    "living_cost_monthly": "2200",
    "living_cost_currency": "CHF",
    "required_background": "A bachelor's in computer science, mathematics or a related field.",
    "min_ielts": "7",
    "min_toefl": 100,
    "gre": "optional",
    "work_experience_months": 0,
    "apply_url": "https://www.example.edu/apply",
    "official_url": "https://www.example.edu/msc-machine-learning",
    "last_verified": "2026-01-15",
    "editor_notes": "",
    "tuition_source": "https://www.example.edu/fees",
    "tuition_intake": "2027-09-01",
    "placement_source": "https://www.example.edu/msc-machine-learning/placements",
    "careers_source": "https://www.example.edu/careers/graduates",
}


def source_errors(row) -> list[str]:
    """What is wrong with a row's source columns, in words."""
    errors = []
    for url_column, intake_column in SOURCE_COLUMNS.values():
        url = str(row.get(url_column) or "").strip()
        intake = str(row.get(intake_column) or "").strip()
        if intake and not url:
            errors.append(f"{intake_column} is given without {url_column}")
        if url:
            try:
                web_address(url)
            except ValidationError:
                errors.append(f"{url_column} must be a web address starting https://")
        if intake:
            try:
                date.fromisoformat(intake[:10])
            except ValueError:
                errors.append(f"{intake_column} must be a date written YYYY-MM-DD")
    return errors


def source_field(fact: str, part: str) -> fields.Field:
    """An exported column with one part ("source" or "intake") of a group's source;
    imported by ``ProgramResource.after_import_row``."""

    def dehydrate(program: Program) -> str:
        source = program.source_of(fact)
        if source is None:
            return ""
        if part == "source":
            return source.source_url
        return source.intake.isoformat() if source.intake else ""

    return fields.Field(column_name=f"{fact}_{part}", dehydrate_method=dehydrate, readonly=True)


class NoDiff(resources.Diff):
    """No before-and-after copy of each row's values: an import's result lists what is
    new, updated or wrong, never a row's diff, and reading every column of every row
    twice (a query each for its topics and currency) was a third of a row's cost."""

    def __init__(self, resource, instance, new) -> None:
        self.left, self.right, self.new = [], [], new

    def compare_with(self, resource, instance) -> None:
        pass


class SpreadsheetResource(resources.ModelResource):
    """What every spreadsheet import shares: keys by readable names, the model's own
    rules for each row, a clear refusal of a file whose columns are wrong, and all or
    nothing."""

    # An empty text cell (which XLSX reads back as no value at all) is empty text, as
    # for CharFields, never NULL.
    WIDGETS_MAP = {**resources.ModelResource.WIDGETS_MAP, "TextField": widgets.CharWidget}

    class Meta:
        clean_model_instances = True
        skip_unchanged = True
        report_skipped = True
        use_transactions = True

    # Columns read beside the resource's fields (by ``after_import_row``, say).
    extra_columns: tuple[str, ...] = ()

    @classmethod
    def key_columns(cls) -> tuple[str, ...]:
        """The columns that together find the row a line of the file updates."""
        return tuple(cls._meta.import_id_fields)

    def import_instance(self, instance, row, **kwargs):
        """Also a key the row leaves to the model's default (the base currency, when a
        file has no currency column) comes from the widget's lookups, not a query a row."""
        super().import_instance(instance, row, **kwargs)
        for field in self.get_import_fields():
            if not isinstance(field.widget, NaturalKeyWidget):
                continue
            model_field = instance._meta.get_field(field.attribute)
            key = getattr(instance, model_field.attname)
            if (
                key is not None
                and not model_field.is_cached(instance)
                and model_field.target_field.name == field.widget.field
            ):
                setattr(instance, field.attribute, field.widget.clean(key))

    def before_save_instance(self, instance, row, **kwargs):
        """Each row's history names the editor who started the import, also when it runs
        outside their request (``core.imports``)."""
        if kwargs.get("user") is not None:
            instance._history_user = kwargs["user"]

    def get_diff_class(self):
        return NoDiff

    def check_columns(self, dataset) -> None:
        """Refuse a file whose first row does not name the columns this import reads,
        saying which column is wrong, rather than dropping a misnamed one in silence."""
        known = [field.column_name for field in self.get_import_fields()]
        known += self.extra_columns
        headers = [str(header or "").strip() for header in dataset.headers or []]
        problems = [
            f"{column_name(number)} is headed “{header}”, which is not a column this import reads"
            if header
            else f"{column_name(number)} has no name in the first row"
            for number, header in enumerate(headers, 1)
            if header not in known
        ]
        missing = [name for name in self.key_columns() if name not in headers]
        if missing:
            problems.append(f"no column is headed {' or '.join(missing)}, which every row needs")
        if problems:
            plural = self._meta.model._meta.verbose_name_plural
            raise SpreadsheetError(
                f"The first row must name the columns: {'; '.join(problems)}. Columns this "
                f"import reads: {', '.join(known)}. Exporting {plural} gives a file with them."
            )

    def import_data(self, dataset, dry_run: bool = False, **kwargs):
        """All or nothing: a single invalid row rolls back the whole file, and a file
        with wrong columns is not read row by row at all."""
        try:
            self.check_columns(dataset)
        except SpreadsheetError as error:
            result = self.get_result_class()()
            result.total_rows = len(dataset)
            result.append_base_error(self.get_error_result_class()(error))
            return result
        kwargs["rollback_on_validation_errors"] = True
        with transaction.atomic(), batched() as batch:
            result = super().import_data(dataset, dry_run=dry_run, **kwargs)
            if dry_run or result.has_errors() or result.has_validation_errors():
                batch.discard()  # rolled back: no search text to rebuild, nothing changed
            return result

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        """The model's own rules for each row, without asking the database to evaluate
        each CheckConstraint (a query each, a row): field validators and ``clean()``
        mirror every one, and the database still enforces them when the row is saved.
        A key used twice is no conflict either: the row finds the one to update."""
        errors = dict(import_validation_errors or {})
        # A key a NaturalKeyWidget resolved was just found in the database: asking again
        # whether it exists would be one more query per row and key.
        looked_up = [
            field.attribute
            for field in self.get_import_fields()
            if isinstance(field.widget, NaturalKeyWidget)
            and getattr(instance, f"{field.attribute}_id", None) is not None
        ]
        try:
            instance.full_clean(
                exclude=[*errors.keys(), *looked_up],
                validate_unique=validate_unique,
                validate_constraints=False,
            )
        except ValidationError as error:
            # A column already refused (an unknown currency, say) is not refused twice.
            errors = {**error.update_error_dict({}), **errors}
        if errors:
            raise ValidationError(errors)


class ProgramResource(SpreadsheetResource):
    column_help = COLUMN_HELP
    column_examples = COLUMN_EXAMPLES
    extra_columns = tuple(column for columns in SOURCE_COLUMNS.values() for column in columns)

    university = fields.Field(
        attribute="university",
        column_name="university",
        widget=NaturalKeyWidget(
            University,
            "slug",
            "university with slug",
            "Create the university first, or use the slug shown in its admin page.",
        ),
    )
    topics = fields.Field(
        attribute="topics",
        column_name="topics",
        widget=SlugsWidget(Topic, "topic", "Use the slugs listed under Topics."),
    )
    tuition_currency = currency_field("tuition_currency")
    living_cost_currency = currency_field("living_cost_currency")

    tuition_source = source_field("tuition", "source")
    tuition_intake = source_field("tuition", "intake")
    living_source = source_field("living", "source")
    living_intake = source_field("living", "intake")
    duration_source = source_field("duration", "source")
    duration_intake = source_field("duration", "intake")
    requirements_source = source_field("requirements", "source")
    requirements_intake = source_field("requirements", "intake")
    placement_source = source_field("placement", "source")
    placement_intake = source_field("placement", "intake")
    careers_source = source_field("careers", "source")
    careers_intake = source_field("careers", "intake")

    class Meta:
        model = Program
        import_id_fields = ("university", "slug")
        fields = (
            "university",
            "slug",
            "title",
            "degree_type",
            "subject_area",
            "status",
            "delivery",
            "pace",
            "duration_months",
            "language",
            "description",
            "has_thesis",
            "has_capstone",
            *CAREER_FIELDS,
            "topics",
            "tuition_amount",
            "tuition_intl_amount",
            "intl_fee_same",
            "tuition_currency",
            "tuition_basis",
            "living_cost_monthly",
            "living_cost_currency",
            "required_background",
            "min_ielts",
            "min_toefl",
            "gre",
            "work_experience_months",
            "apply_url",
            "official_url",
            "last_verified",
            "editor_notes",
            *(column for columns in SOURCE_COLUMNS.values() for column in columns),
        )
        export_order = fields

    @classmethod
    def widget_from_django_field(cls, f, default=widgets.Widget):
        if f.get_internal_type() == "BooleanField" and f.null:
            return UnknownFlagWidget
        return super().widget_from_django_field(f, default)

    def before_import_row(self, row, **kwargs):
        errors = source_errors(row)
        if errors:
            text = "; ".join(errors)
            raise ValueError(text[0].upper() + text[1:] + ".")

    def after_import_row(self, row, row_result, **kwargs):
        """Keep each group's source as the row gives it (in the same transaction, so a
        dry run or a refused file leaves nothing behind)."""
        if row_result.object_id is None or row_result.errors or row_result.validation_error:
            return
        for fact, (url_column, intake_column) in SOURCE_COLUMNS.items():
            if url_column not in row:
                continue
            url = str(row.get(url_column) or "").strip()
            sources = FactSource.objects.filter(program_id=row_result.object_id, fact=fact)
            if not url:
                sources.delete()
                continue
            intake = str(row.get(intake_column) or "").strip()
            FactSource.objects.update_or_create(
                program_id=row_result.object_id,
                fact=fact,
                defaults={
                    "source_url": url,
                    "intake": date.fromisoformat(intake[:10]) if intake else None,
                    "checked_on": timezone.localdate(),
                    "checked_by": kwargs.get("user"),
                },
            )

    def export(self, queryset=None, **kwargs):
        if queryset is not None:
            queryset = queryset.prefetch_related("sources")
        return super().export(queryset, **kwargs)
