"""Helpers for the offline workbooks' tests: a respondent's workbook filled in as they
would fill it (in openpyxl, by the names the sheet shows), and cells changed as someone
who lifted the sheet's protection would change them."""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from openpyxl import load_workbook

__all__ = ["fill_workbook", "sheet_names", "with_cells"]


def sheet_names(data: bytes) -> dict[str, str]:
    """The workbook's sheets by their key (``intro``, ``answers``, ``objectives``,
    ``consent``), as its hidden sheet records them."""
    book = load_workbook(io.BytesIO(data))
    check = book["alliance-graph"]
    return {
        str(key).removeprefix("sheet."): str(value)
        for key, value in check.iter_rows(values_only=True)
        if str(key).startswith("sheet.")
    }


def fill_workbook(
    data: bytes,
    ratings: Mapping[str, Sequence[Any]],
    *,
    progress: Sequence[Any] = (),
    agreed: Any = "Yes",
    named: Any = "Yes",
    comment: str | None = None,
) -> bytes:
    """``data`` with the answers a respondent chooses: ``ratings`` by the name on a row
    (one value per question, ``None`` left empty), ``progress`` by objective row, the
    consent answers and the comment."""
    book = load_workbook(io.BytesIO(data))
    names = sheet_names(data)
    sheet = book[names["answers"]]
    for row in range(5, sheet.max_row + 1):
        for n, value in enumerate(ratings.get(str(sheet.cell(row, 2).value), ())):
            sheet.cell(row, 4 + n).value = value
    for row, value in enumerate(progress, start=5):
        book[names["objectives"]].cell(row, 3).value = value
    consent = book[names["consent"]]
    consent["B3"], consent["B4"] = named, agreed
    if comment is not None:
        consent["A8"] = comment
        consent["A8"].data_type = "s"  # the cell is formatted as text: Excel keeps "= …" so
    return _saved(book)


def with_cells(data: bytes, cells: Mapping[tuple[str, str], Any]) -> bytes:
    """``data`` with ``cells`` (by sheet key and reference) set to new values."""
    book = load_workbook(io.BytesIO(data))
    names = sheet_names(data)
    for (key, ref), value in cells.items():
        book[names.get(key, key)][ref] = value
    return _saved(book)


def _saved(book: Any) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
