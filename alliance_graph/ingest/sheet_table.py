"""One sheet of a workbook as the text table a CSV file becomes.

Cells become the text a CSV export holds (``4.0`` → ``4``, a date → ``2026-01-14``, an
Excel date serial in a date column too). The header row is the first row that is not
blank (below a one-cell title, if any); a header merged over sub-headers makes two header
rows, joined as a form export's ``Question [Person]``. Merged cells of the data are filled
down, and empty rows and columns around the table are left out.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from alliance_graph.ingest._encoding import garbled_text
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.read import RawTable, column_letter
from alliance_graph.ingest.text import clean_table
from alliance_graph.model import Issue, IssueCode

__all__ = ["SheetTable", "sheet_table"]

#: A merged range, ``((first row, first column), (last row, last column))``, 0-based.
Merge = tuple[tuple[int, int], tuple[int, int]]
#: ``(row, column, kind, text)`` of a cell the reader shows empty (see ``_sheet_xml``).
Note = tuple[int, int, str, str]

#: Excel date serials read as dates in a date column: 1970-01-01 to 2099-12-31.
_SERIALS = (25569, 73050)
_EXCEL_EPOCH = "1899-12-30"
#: How many rows below a one-cell title the header row is looked for.
_TITLE_ROWS = 20


@dataclass
class SheetTable(RawTable):
    """A sheet as a table of text cells: ``book`` and ``sheet`` say where it is;
    ``wave`` is the wave of its answers when the sheet names it (one sheet per wave).
    ``issues`` are those found reading it (reported only if the sheet is used)."""

    book: str = ""
    sheet: str = ""
    wave: str | None = None


def sheet_table(
    rows: Sequence[Sequence[object]],
    *,
    book: str,
    sheet: str,
    fmt: str,
    merged: Sequence[Merge] = (),
    notes: Sequence[Note] = (),
) -> SheetTable | None:
    """The table of a sheet read as ``rows`` of cell values from A1 (the reader's
    values: text, numbers, booleans, dates); ``None`` when every cell is blank."""
    values = pd.DataFrame(list(rows), dtype=object) if rows and len(rows[0]) else pd.DataFrame()
    text = _texts(values)
    for row, column, kind, shown in notes:
        if kind == "error" and row < text.shape[0] and column < text.shape[1]:
            text.iat[row, column] = shown  # as a CSV export writes it: EXCEL_ERROR
    filled = (text != "").to_numpy()
    used_rows, used_columns = np.flatnonzero(filled.any(axis=1)), np.flatnonzero(filled.any(axis=0))
    if not len(used_rows):
        return None
    top, bottom = _header_row(filled, used_rows), int(used_rows[-1])
    left, right = int(used_columns[0]), int(used_columns[-1])
    spans = [(c0, c1) for (r0, c0), (r1, c1) in merged if r0 == r1 == top and c1 > c0]
    depth = _depth(text, spans, top, bottom, left, right)
    _fill_down(text, merged, top + depth)
    headers = _headers(text, spans, top, depth, left, right)
    _serial_dates(values, text, headers, left, top + depth)
    return _table(
        text,
        headers,
        notes,
        book=book,
        sheet=sheet,
        fmt=fmt,
        box=(top + depth, bottom, left, right),
    )


def _table(
    text: pd.DataFrame,
    headers: list[str],
    notes: Sequence[Note],
    *,
    book: str,
    sheet: str,
    fmt: str,
    box: tuple[int, int, int, int],
) -> SheetTable:
    """The header row and the data below it, cleaned as a CSV file's cells are."""
    start, bottom, left, right = box  # start: the 1-based line of the (last) header row
    cells = text.iloc[start - 1 : bottom + 1, left : right + 1].to_numpy(dtype=object).copy()
    cells[0, :] = headers
    block = pd.DataFrame(cells)
    name = f"{book}#{sheet}"
    quick = "\n".join(map(str, pd.unique(block.to_numpy().ravel())))  # a look before the cells
    issues = garbled_text(block, headers, name, start, quick)
    cleaned, found = clean_table(block, name, start)
    names = _unique(list(cleaned.iloc[0]), left)
    frame = cleaned.iloc[1:].reset_index(drop=True).set_axis(pd.Index(names), axis=1)
    issues += found + [
        Issue(
            IssueCode.FORMULA_WITHOUT_VALUE,
            line=row + 1,
            column=names[column - left]
            if left <= column <= right
            else f"({column_letter(column)})",
            value=shown,
        )
        for row, column, kind, shown in notes
        if kind == "formula"
    ]
    located = [replace(issue, file=book, sheet=sheet) for issue in issues]
    return SheetTable(
        name, frame, fmt, "—", header_rows=start, issues=located, book=book, sheet=sheet
    )


def _texts(values: pd.DataFrame) -> pd.DataFrame:
    """Every cell as text, converted once per distinct value of each type."""
    flat = values.to_numpy(dtype=object).ravel()
    kinds = pd.Series(flat, dtype=object).map(type).to_numpy()
    out = flat.copy()
    for kind in pd.unique(kinds):
        if kind is str:
            continue
        where = np.flatnonzero(kinds == kind)
        codes, uniques = pd.factorize(flat[where])
        out[where] = np.array([_cell_text(value) for value in uniques], dtype=object)[codes]
    return pd.DataFrame(out.reshape(values.shape), index=values.index, columns=values.columns)


def _cell_text(value: object) -> str:
    """A cell value as a CSV export holds it: ``4.0`` → ``4`` (15 significant digits,
    as Excel shows), ``TRUE``, dates and times in ISO form (a midnight as a day).

    >>> [_cell_text(v) for v in (4.0, 0.1 + 0.2, True, dt.datetime(2026, 1, 14, 9, 30))]
    ['4', '0.3', 'TRUE', '2026-01-14 09:30:00']
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value + 0.0:.15g}" if math.isfinite(value) else ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _header_row(filled: np.ndarray, used_rows: np.ndarray) -> int:
    """The first row that is not blank, or the row under a one-cell title above it."""
    first = int(used_rows[0])
    if filled[first].sum() > 1:
        return first
    for row in used_rows[1:]:
        if row - first > _TITLE_ROWS:
            break
        if filled[row].sum() > 1:
            return int(row)
    return first


def _depth(
    text: pd.DataFrame, spans: list[tuple[int, int]], top: int, bottom: int, left: int, right: int
) -> int:
    """Two header rows when headers merged across columns have a sub-header under each
    of their columns, and nothing else is written on the second row."""
    if not spans or top + 1 > bottom:
        return 1
    under = np.zeros(right - left + 1, dtype=bool)
    for c0, c1 in spans:
        under[max(c0, left) - left : min(c1, right) - left + 1] = True
    second = (text.iloc[top + 1, left : right + 1] != "").to_numpy()
    return 2 if second[under].all() and not second[~under].any() else 1


def _headers(
    text: pd.DataFrame, spans: list[tuple[int, int]], top: int, depth: int, left: int, right: int
) -> list[str]:
    first = [str(h) for h in text.iloc[top, left : right + 1]]
    if depth == 1:
        return first
    second = [str(h) for h in text.iloc[top + 1, left : right + 1]]
    owner = {c: c0 for c0, c1 in spans for c in range(c0, c1 + 1)}
    return [
        f"{text.iat[top, owner[c]]!s} [{second[c - left]}]"
        if c in owner
        else first[c - left] or second[c - left]
        for c in range(left, right + 1)
    ]


def _fill_down(text: pd.DataFrame, merged: Sequence[Merge], first_data: int) -> None:
    """A cell merged down over data rows (a rater's name over their rows) holds its
    value on each of them, as it shows."""
    for (r0, c0), (r1, _c1) in merged:
        if first_data <= r0 < r1 < text.shape[0] and c0 < text.shape[1]:
            text.iloc[r0 + 1 : r1 + 1, c0] = str(text.iat[r0, c0])


def _serial_dates(
    values: pd.DataFrame, text: pd.DataFrame, headers: list[str], left: int, start: int
) -> None:
    """Numbers in a date column that are Excel date serials, written as ISO dates."""
    for position, header in enumerate(headers):
        if match_header(header) != "date":
            continue
        column = values.iloc[start:, left + position]
        numbers = column[column.map(type).isin((float, int)).to_numpy()].astype(float)
        numbers = numbers[(numbers >= _SERIALS[0]) & (numbers <= _SERIALS[1])]
        if numbers.empty:
            continue
        moments = pd.to_datetime(numbers, unit="D", origin=_EXCEL_EPOCH).dt.round("s")
        shown = moments.dt.strftime("%Y-%m-%d").where(
            moments == moments.dt.normalize(), moments.dt.strftime("%Y-%m-%d %H:%M:%S")
        )
        text.iloc[numbers.index.to_numpy(), left + position] = shown.to_numpy()


def _unique(headers: list[str], left: int) -> list[str]:
    """Blank headers named by their column letter, repeated ones given ``.1``, ``.2``."""
    seen: Counter[str] = Counter()
    out = []
    for index, header in enumerate(headers):
        header = str(header) or f"({column_letter(left + index)})"
        seen[header] += 1
        out.append(header if seen[header] == 1 else f"{header}.{seen[header] - 1}")
    return out
