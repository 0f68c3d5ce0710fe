"""The intermediate table every shape is turned into: one answer cell per row."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from alliance_graph.ingest.likert import dont_know_mask
from alliance_graph.ingest.read import RawTable
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "CELL_COLUMNS",
    "Parsed",
    "dont_know_issues",
    "empty_rows",
    "finish_cells",
    "person_attributes",
]

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
    file's headers for the rater and the ratee, named when one is blank. Answers that
    mean "not rated" ("Don't know", "NSP", see
    :data:`~alliance_graph.ingest.likert.DONT_KNOW_LABELS`) are missing answers, named
    once per column (``DONT_KNOW_ANSWERS``, with their count and lines).
    """
    cells = cells.reindex(columns=list(CELL_COLUMNS), fill_value="")
    issues = issues + empty_rows(raw)
    filled = cells["answer"].str.strip() != ""
    unrated = pd.Series(dont_know_mask(cells["answer"]), index=cells.index)
    answered = filled & ~unrated
    nameless = filled & ((cells["rater"] == "") | (cells["ratee"] == ""))
    for line, group in cells[nameless].groupby("line", sort=True):
        column = name_columns[0] if (group["rater"] == "").any() else name_columns[1]
        issues.append(Issue(IssueCode.MISSING_NAME, file=raw.name, line=int(line), column=column))
    issues += dont_know_issues(raw.name, cells[unrated & ~nameless])
    per_line = filled.groupby(cells["line"]).any()
    blank_lines = set(per_line.index[~per_line]) - _blank_lines(raw)
    first_rater = cells.groupby("line")["rater"].first()
    for line in sorted(blank_lines):
        rater = first_rater[line]
        issues.append(Issue(empty_code, file=raw.name, line=int(line), value=rater or None))
    missing = int((~answered & ~cells["line"].isin(blank_lines | _blank_lines(raw))).sum())
    kept = cells[answered & ~nameless].reset_index(drop=True)
    return Parsed(shape=shape, cells=kept, issues=issues, missing_answers=missing)


def dont_know_issues(file: str, cells: pd.DataFrame, shown: int = 10) -> list[Issue]:
    """One ``DONT_KNOW_ANSWERS`` per column: how many, which wordings, on which lines
    (the first ``shown``)."""
    issues = []
    for column, group in cells.groupby("column", sort=False):
        lines = sorted(set(group["line"].astype(int)))
        listed = ", ".join(map(str, lines[:shown])) + (", …" if len(lines) > shown else "")
        issues.append(
            Issue(
                IssueCode.DONT_KNOW_ANSWERS,
                file=file,
                line=1,
                column=str(column),
                value=", ".join(pd.unique(group["answer"].str.strip())[:3]),
                params=(("count", len(group)), ("lines", listed)),
            )
        )
    return issues


def _row_blank(raw: RawTable) -> np.ndarray:
    return (raw.frame == "").all(axis=1).to_numpy()


def _blank_lines(raw: RawTable) -> set[int]:
    blank = _row_blank(raw)
    return {int(i) + raw.first_line for i in np.flatnonzero(blank)}


def empty_rows(raw: RawTable) -> list[Issue]:
    """``EMPTY_ROW`` for each blank row of ``raw`` before its last row that is not blank."""
    blank = _row_blank(raw)
    filled = np.flatnonzero(~blank)
    last = filled[-1] if len(filled) else -1
    return [
        Issue(IssueCode.EMPTY_ROW, file=raw.name, line=int(i) + raw.first_line)
        for i in np.flatnonzero(blank)
        if i < last
    ]
