"""The intermediate table every shape is turned into: one answer cell per row."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from alliance_graph.ingest.read import RawTable
from alliance_graph.model import Issue, IssueCode

__all__ = ["CELL_COLUMNS", "Parsed", "finish_cells", "person_attributes"]

#: One answer per row; ``line`` is the spreadsheet line, ``column`` the answer's header.
CELL_COLUMNS = (
    "wave",
    "date",
    "rater",
    "ratee",
    "dimension",
    "answer",
    "line",
    "column",
    "rater_group",
    "rater_role",
    "ratee_group",
    "ratee_role",
)


@dataclass
class Parsed:
    """The answers of one file, its shape, and the issues found while reshaping it."""

    shape: str
    cells: pd.DataFrame
    issues: list[Issue] = field(default_factory=list)
    missing_answers: int = 0


def person_attributes(
    raw: RawTable, fields: dict[str, str | None], side: str
) -> dict[str, pd.Series]:
    """Register columns found in a ratings file, as ``{"rater_group": series, ...}``."""
    out = {}
    for attribute in ("group", "role"):
        for header, name in fields.items():
            if name in (f"{side}_{attribute}",) or (side == "rater" and name == attribute):
                out[f"{side}_{attribute}"] = raw.frame[header]
                break
    return out


def finish_cells(
    raw: RawTable,
    cells: pd.DataFrame,
    shape: str,
    issues: list[Issue],
    *,
    empty_code: IssueCode,
    name_columns: tuple[str, str] = ("rater", "ratee"),
) -> Parsed:
    """Report blank rows, rows without names or answers; keep the non-blank answers.

    ``cells`` has :data:`CELL_COLUMNS` with one row per answer cell, blank ones
    included. Rows of the file whose every cell is blank are reported as
    ``EMPTY_ROW`` unless they trail at the end of the file. ``name_columns`` are the
    file's headers for the rater and the ratee, named when one is blank.
    """
    cells = cells.reindex(columns=list(CELL_COLUMNS), fill_value="")
    issues = issues + _empty_rows(raw)
    answered = cells["answer"].str.strip() != ""
    nameless = answered & ((cells["rater"] == "") | (cells["ratee"] == ""))
    for line, group in cells[nameless].groupby("line", sort=True):
        column = name_columns[0] if (group["rater"] == "").any() else name_columns[1]
        issues.append(Issue(IssueCode.MISSING_NAME, file=raw.name, line=int(line), column=column))
    per_line = answered.groupby(cells["line"]).any()
    blank_lines = set(per_line.index[~per_line]) - _blank_lines(raw)
    first_rater = cells.groupby("line")["rater"].first()
    for line in sorted(blank_lines):
        rater = first_rater[line]
        issues.append(Issue(empty_code, file=raw.name, line=int(line), value=rater or None))
    missing = int((~answered & ~cells["line"].isin(blank_lines | _blank_lines(raw))).sum())
    kept = cells[answered & ~nameless].reset_index(drop=True)
    return Parsed(shape=shape, cells=kept, issues=issues, missing_answers=missing)


def _row_blank(raw: RawTable) -> np.ndarray:
    return (raw.frame == "").all(axis=1).to_numpy()


def _blank_lines(raw: RawTable) -> set[int]:
    blank = _row_blank(raw)
    return {int(i) + raw.first_line for i in np.flatnonzero(blank)}


def _empty_rows(raw: RawTable) -> list[Issue]:
    blank = _row_blank(raw)
    filled = np.flatnonzero(~blank)
    last = filled[-1] if len(filled) else -1
    return [
        Issue(IssueCode.EMPTY_ROW, file=raw.name, line=int(i) + raw.first_line)
        for i in np.flatnonzero(blank)
        if i < last
    ]
