"""Spreadsheets that are safe to open and exact to read back.

A spreadsheet program runs a cell as a formula when its text starts with ``=``, ``+``,
``-`` or ``@`` (and some read a leading tab or carriage return the same way), so an
exported title such as ``=HYPERLINK("http://evil.example", "Apply")`` would become a
live link, and ``+cmd|' /C calc'!A0`` a command. Such text goes out with a leading
apostrophe, the spreadsheet convention for "this is text", in CSV and XLSX alike, and
comes back without it on import, so an export imported again changes nothing.

To keep that round trip exact, text that already starts with an apostrophe followed by
one of those characters (or by another apostrophe) gets one more apostrophe on the way
out; on the way in, one apostrophe is taken off exactly such text and off nothing else.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

import tablib
from import_export.formats import base_formats
from openpyxl.utils import get_column_letter

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def _is_marked(text: str) -> bool:
    return text[:1] == TEXT_MARK and text[1:2] in (*FORMULA_STARTS, TEXT_MARK)


def neutralise(value: Any) -> Any:
    """``value`` as a spreadsheet cell that cannot run: text a spreadsheet would take for
    a formula gets a leading apostrophe; numbers, dates and other text are unchanged."""
    if isinstance(value, str) and (value.startswith(FORMULA_STARTS) or _is_marked(value)):
        return TEXT_MARK + value
    return value


def restore(value: Any) -> Any:
    """The value ``neutralise`` was given: one leading apostrophe off marked text."""
    if isinstance(value, str) and _is_marked(value):
        return value[1:]
    return value


def _map_cells(dataset: tablib.Dataset, convert) -> tablib.Dataset:
    converted = tablib.Dataset(headers=dataset.headers, title=dataset.title)
    for row in dataset:
        converted.append([convert(cell) for cell in row])
    return converted


class SpreadsheetError(ValueError):
    """A file that cannot be read as a table, said in words an editor can act on."""


def column_name(number: int) -> str:
    """``5`` -> ``column 5 (E)``: numbered as people count, lettered as spreadsheets do."""
    return f"column {number} ({get_column_letter(number)})"


def first_overlong_row(rows: Iterable[Sequence]) -> tuple[int, int, int] | None:
    """The first row (numbered from 1, the header) with a value beyond the header's
    columns: its number, how many cells it fills and how many columns the header names."""
    rows = iter(rows)
    width = len(next(rows, ()))
    for number, row in enumerate(rows, 2):
        filled = max(
            (index for index, cell in enumerate(row, 1) if cell not in (None, "")), default=0
        )
        if filled > width:
            return (number, filled, width)
    return None


class SpreadsheetFormat:
    """A format whose exports cannot run formulae and whose imports read them back."""

    def export_data(self, dataset: tablib.Dataset, **kwargs):
        return super().export_data(_map_cells(dataset, neutralise), **kwargs)

    def create_dataset(self, in_stream, **kwargs) -> tablib.Dataset:
        try:
            dataset = super().create_dataset(in_stream, **kwargs)
        except tablib.InvalidDimensions:
            overlong = first_overlong_row(self.rows(in_stream))
            if overlong is None:
                raise
            number, filled, width = overlong
            raise SpreadsheetError(
                f"Row {number} has a value in {column_name(filled)}, but the first row names "
                f"only {width} columns. Remove the extra cells or name their column."
            ) from None
        return _map_cells(dataset, restore)

    def rows(self, in_stream) -> Iterable[Sequence]:
        raise NotImplementedError


class CSV(SpreadsheetFormat, base_formats.CSV):
    def rows(self, in_stream) -> Iterable[Sequence]:
        if isinstance(in_stream, bytes):
            in_stream = in_stream.decode(self.encoding or "utf-8-sig")
        return csv.reader(io.StringIO(in_stream))


class XLSX(SpreadsheetFormat, base_formats.XLSX):
    def rows(self, in_stream) -> Iterable[Sequence]:
        import openpyxl

        book = openpyxl.load_workbook(io.BytesIO(in_stream), read_only=True, data_only=True)
        return book.active.iter_rows(values_only=True)


# Formats that hold numbers and dates as such, rather than as text.
NATIVE_TYPE_FORMATS = (base_formats.XLSX, base_formats.XLS, base_formats.ODS)
