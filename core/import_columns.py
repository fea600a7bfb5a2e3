"""The columns a spreadsheet import reads, described in words an editor can act on, and
template files with exactly those columns.

A column is described from the model field it fills (its verbose name, help text,
choices, type and limits), so a column added to a resource later is described without
more work. A resource adds words of its own only where the field says too little
(``column_help``: a column's ``meaning``, ``required`` or ``accepted`` values) and an example value
per column (``column_examples``).

The templates hold the column names and nothing to import: a CSV of the header row, and
an XLSX whose first sheet (the one an import reads) is the header row, with the example
row and the descriptions on sheets of their own. An example row in the imported sheet
would be imported as a programme if an editor forgot to delete it.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.core import validators
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from import_export.fields import NOT_PROVIDED
from import_export.widgets import ForeignKeyWidget, ManyToManyWidget
from openpyxl import Workbook
from openpyxl.styles import Font

KNOWN_VALUES_SHOWN = 12  # values already in the database listed in full up to this many
CHOICES_SHOWN = 12  # longer choice lists are folded behind "all N values"


@dataclass
class Column:
    name: str
    meaning: str
    required: str
    accepted: str
    choices: list[tuple[str, str]] = field(default_factory=list)
    example: str = ""

    @property
    def choices_folded(self) -> bool:
        return len(self.choices) > CHOICES_SHOWN


def column_names(resource) -> list[str]:
    """The columns the import reads, in the order an export writes them."""
    return list(dict.fromkeys(f.column_name for f in resource.get_import_fields()))


def describe(resource) -> list[Column]:
    """Every column the import reads, with what it means and what it accepts."""
    fields_by_column = {f.column_name: f for f in resource.get_import_fields()}
    return [describe_column(resource, fields_by_column[name]) for name in column_names(resource)]


def describe_column(resource, resource_field) -> Column:
    name = resource_field.column_name
    model_field = _model_field(resource, resource_field)
    given = getattr(resource, "column_help", {}).get(name, {})
    example = getattr(resource, "column_examples", {}).get(name)
    choices = [
        (str(value), str(label)) for value, label in (model_field and model_field.choices) or []
    ]
    known = _known_values(resource_field.widget)
    accepted = given.get("accepted") or _accepted(model_field, resource_field.widget)
    if known:
        accepted = f"{accepted} In the admin now: {known}."
    if choices and not given.get("accepted"):
        accepted = "One of the codes below (the code, not the words beside it)."
    return Column(
        name=name,
        meaning=given.get("meaning") or _meaning(model_field),
        required=_requirement(resource, resource_field, model_field),
        accepted=accepted,
        choices=choices,
        example=_example(example, resource_field, model_field),
    )


def _model_field(resource, resource_field) -> models.Field | None:
    attribute = (resource_field.attribute or "").removesuffix("_id")
    if not attribute:
        return None
    try:
        return resource._meta.model._meta.get_field(attribute)
    except FieldDoesNotExist:
        return None


def _sentence(text: str) -> str:
    text = str(text).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."


def _meaning(model_field) -> str:
    if model_field is None:
        return ""
    meaning = _sentence(model_field.verbose_name)
    if model_field.help_text:
        meaning += " " + _sentence(model_field.help_text)
    return meaning


def key_columns(resource) -> list[str]:
    """The columns that together find the row a line updates: the resource's
    ``key_columns()`` where it names them, else its import id fields."""
    named = getattr(resource, "key_columns", None)
    return list(named() if named else resource._meta.import_id_fields)


def _requirement(resource, resource_field, model_field) -> str:
    given = getattr(resource, "column_help", {}).get(resource_field.column_name, {})
    if given.get("required"):
        return given["required"]
    ids = key_columns(resource)
    if resource_field.column_name in ids:
        together = " and ".join(ids)
        noun = resource._meta.model._meta.verbose_name
        return f"Required: {together} together find the {noun} a row updates."
    if model_field is None or model_field.blank:
        return "Optional."
    default = resource_field.default
    if default is NOT_PROVIDED or callable(default):
        return "Required."
    if isinstance(model_field, models.BooleanField):
        shown = "yes" if default else "no"
    else:
        shown = str(dict(model_field.choices or []).get(default, default))
    return f"Optional: empty means {shown}."


def _limits(model_field) -> str:
    low = high = None
    for validator in model_field.validators:
        if isinstance(validator, validators.MinValueValidator):
            low = validator.limit_value
        elif isinstance(validator, validators.MaxValueValidator):
            # the database's own integer range is no limit an editor needs to know
            high = validator.limit_value if validator.limit_value < 10**6 else high
    if low is not None and high is not None:
        return f" from {low} to {high}"
    if low is not None:
        return f" of at least {low}"
    if high is not None:
        return f" of at most {high}"
    return ""


def _accepted(model_field, widget) -> str:
    if isinstance(widget, ManyToManyWidget):
        plural = widget.model._meta.verbose_name_plural
        return f"The {widget.field}s of {plural} already in the admin, separated by commas."
    if isinstance(widget, ForeignKeyWidget):
        return f"The {widget.field} of a {widget.model._meta.verbose_name} already in the admin."
    if model_field is None:
        return "Text."
    if isinstance(model_field, models.BooleanField):
        return "1 or TRUE for yes; 0 or FALSE for no."
    if isinstance(model_field, models.DecimalField):
        return (
            f"A number{_limits(model_field)}, with a point for decimals (6.5) and no "
            "thousands separator or currency sign."
        )
    if isinstance(model_field, models.IntegerField):
        return f"A whole number{_limits(model_field)}."
    if isinstance(model_field, models.DateField):
        return "A date written YYYY-MM-DD, e.g. 2027-09-01."
    if isinstance(model_field, models.URLField):
        return "A web address starting https://."
    if isinstance(model_field, models.SlugField):
        return (
            f"Lower-case letters, digits and hyphens, at most {model_field.max_length} "
            "characters, e.g. msc-machine-learning."
        )
    if isinstance(model_field, models.CharField) and model_field.max_length:
        return f"Text of at most {model_field.max_length} characters."
    return "Text."


def _known_values(widget) -> str:
    """The values a key column can take, from the database: all of them when few."""
    if not isinstance(widget, ForeignKeyWidget | ManyToManyWidget):
        return ""
    values = list(
        widget.model.objects.order_by(widget.field)
        .values_list(widget.field, flat=True)
        .distinct()[: KNOWN_VALUES_SHOWN + 1]
    )
    if not values:
        return ""
    if len(values) > KNOWN_VALUES_SHOWN:
        return ", ".join(map(str, values[:5])) + " and more"
    return ", ".join(map(str, values))


def _example(given, resource_field, model_field) -> str:
    if given is not None:
        return str(given)
    default = resource_field.default
    if default is NOT_PROVIDED or callable(default) or default is None:
        return ""
    if isinstance(model_field, models.BooleanField):
        return "1" if default else "0"
    return str(default)


def header_csv(resource) -> bytes:
    """A CSV of the header row alone."""
    out = io.StringIO()
    csv.writer(out).writerow(column_names(resource))
    return out.getvalue().encode("utf-8")


def template_xlsx(resource) -> bytes:
    """A workbook whose first sheet is the header row to fill in, with an example row
    and the columns' descriptions on sheets of their own, which an import does not read."""
    columns = describe(resource)
    bold = Font(bold=True)
    book = Workbook()
    rows = book.active
    rows.title = str(resource._meta.model._meta.verbose_name_plural).capitalize()[:31]
    rows.append([column.name for column in columns])
    example = book.create_sheet("Example (not imported)")
    example.append([column.name for column in columns])
    example.append([column.example for column in columns])
    guide = book.create_sheet("Columns (not imported)")
    guide.append(["Column", "What it means", "Required", "Accepted values"])
    for column in columns:
        accepted = column.accepted
        if column.choices:
            accepted += " " + ", ".join(f"{value} ({label})" for value, label in column.choices)
        guide.append([column.name, column.meaning, column.required, accepted])
    for sheet in (rows, example, guide):
        sheet.freeze_panes = "A2"
        for cell in sheet[1]:
            cell.font = bold
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
