"""The programme list's query parameters in the OpenAPI schema, read off the finder's
own forms: every filter, the search, the sort and the display settings, with their
labels, types and choices. The API never validates them a second way: the finder's
forms do, as they do for the HTML list, so adding a filter to the finder documents it
here too.

Options that depend on the catalogue (currencies, topics, start months) are filled in
each time the schema is asked for (``with_catalogue_choices``), from the finder's forms
as they are then, so a client can offer exactly the values that work."""

from __future__ import annotations

from django import forms
from django.http import QueryDict

from programs.finder import Finder, ProgramFilter
from programs.forms import DisplayForm

# The shape of the options that depend on the catalogue, for when it has none yet.
CATALOGUE_CHOICES = {
    "currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "cost_currency": {"type": "string", "pattern": "^[A-Z]{3}$"},
    "start": {"type": "string", "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])$"},
    "topic": {"type": "array", "items": {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}},
}
SLUG = {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}


def field_schema(name: str, field: forms.Field) -> dict:
    """A form field's values as a JSON schema."""
    if name in CATALOGUE_CHOICES:
        return CATALOGUE_CHOICES[name]
    if isinstance(field, forms.MultipleChoiceField):
        return {"type": "array", "items": {"type": "string", "enum": choices(field)}}
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": choices(field)}
    if isinstance(field, forms.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, forms.DecimalField):
        # Up to the field's highest value (a power of ten), with its decimal places.
        top, places = int(field.max_value), field.decimal_places
        fraction = f"(\\.[0-9]{{1,{places}}})?"
        pattern = f"^([0-9]{{1,{len(str(top)) - 1}}}{fraction}|{top}(\\.0{{1,{places}}})?)$"
        return {"type": "string", "pattern": pattern}
    if isinstance(field, forms.IntegerField):
        bounds = {"minimum": field.min_value, "maximum": field.max_value}
        known = {key: bound for key, bound in bounds.items() if bound is not None}
        return {"type": "integer", **known}
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    schema = {"type": "string", "pattern": "^[^\\u0000]*$"}  # forms refuse NUL characters
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


def with_catalogue_choices(schema: dict) -> dict:
    """The schema with the options the catalogue offers now for each parameter that
    depends on it: the finder's own choices, as its forms check them. A parameter with
    nothing to choose from (no published start dates yet, say) is left out."""
    finder = Finder(QueryDict())
    fields = finder.form.fields | finder.display.fields
    for operation in (op for path in schema["paths"].values() for op in path.values()):
        kept = []
        for parameter in operation.get("parameters", []):
            name = parameter["name"]
            if parameter["in"] == "query" and name in CATALOGUE_CHOICES:
                values = {"type": "string", "enum": choices(fields[name])}
                if not values["enum"]:
                    continue
                is_list = parameter["schema"]["type"] == "array"
                parameter["schema"] = {"type": "array", "items": values} if is_list else values
            kept.append(parameter)
        operation["parameters"] = kept
    return schema
