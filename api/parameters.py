"""The programme list's query parameters in the OpenAPI schema, read off the finder's
own forms: every filter, the search, the sort and the display settings, with their
labels, types and choices. The API never validates them a second way: the finder's
forms do, as they do for the HTML list, so adding a filter to the finder documents it
here too."""

from __future__ import annotations

from django import forms

from programs.finder import ProgramFilter
from programs.forms import DisplayForm

# Options that depend on the catalogue (its currencies and start months), described
# by their shape; the finder checks the value against what the catalogue holds.
CATALOGUE_CHOICES = {
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "cost_currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "start": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"},
}
SLUG = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}


def field_schema(name: str, field: forms.Field) -> dict:
    """A form field's values as a JSON schema."""
    if name in CATALOGUE_CHOICES:
        return CATALOGUE_CHOICES[name]
    if isinstance(field, forms.ModelMultipleChoiceField):
        return {"type": "array", "items": SLUG}
    if isinstance(field, forms.MultipleChoiceField):
        return {"type": "array", "items": {"type": "string", "enum": choices(field)}}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": choices(field)}
    if isinstance(field, forms.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, forms.DecimalField):
        whole = field.max_digits - field.decimal_places
        pattern = f"^[0-9]{{1,{whole}}}(\\.[0-9]{{1,{field.decimal_places}}})?$"
        return {"type": "string", "pattern": pattern}
    if isinstance(field, forms.IntegerField):
        return {"type": "integer", "minimum": field.min_value, "maximum": field.max_value}
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    schema = {"type": "string"}
    if getattr(field, "max_length", None):
        schema["maxLength"] = field.max_length
    return schema


def choices(field: forms.ChoiceField) -> list[str]:
    return [str(value) for value, _ in field.choices if value != ""]


def describe(field: forms.Field) -> str:
    label = str(field.label or "")
    return f"{label}. {field.help_text}" if field.help_text else label


def finder_parameters() -> list[dict]:
    """Every parameter the finder reads, as OpenAPI query parameters."""
    fields = {name: spec.field for name, spec in ProgramFilter.base_filters.items()}
    return query_parameters(fields | DisplayForm.base_fields)


def display_parameters() -> list[dict]:
    """How a programme's amounts are shown: currency, fee status, living costs."""
    return query_parameters(
        {name: DisplayForm.base_fields[name] for name in ("currency", "fees", "living")}
    )


def query_parameters(fields: dict[str, forms.Field]) -> list[dict]:
    return [
        {
            "in": "query",
            "name": name,
            "required": False,
            "description": describe(field),
            "schema": field_schema(name, field),
        }
        for name, field in fields.items()
    ]
