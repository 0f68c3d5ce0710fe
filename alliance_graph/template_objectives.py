"""The survey kit's objectives register and progress answers as two sheets of its workbook
(DESIGN.md section 10): a note on each header, shown again as the input message of the
column's cells, and lists for who agreed, the objective and the progress answer."""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

from alliance_graph.template import Kit
from alliance_graph.template_workbook import (
    ANSWER_ROWS,
    list_formula,
    people_list,
    sheet_ref,
    table_sheet,
    validation,
)

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "OBJECTIVE_NOTES",
    "OBJECTIVE_ROWS",
    "PROGRESS_NOTES",
    "PROGRESS_ROWS",
    "SHEETS",
    "date_serial",
    "objectives_instructions",
    "objectives_sheets",
]

#: The two sheets' keys (``kit.book.sheet.<key>``), after the answers sheet.
SHEETS = ("objectives", "progress")
#: Rows under the header that carry the rules: the objectives of an engagement, then
#: progress answers, as many as the answers sheet has rows.
OBJECTIVE_ROWS = 50
PROGRESS_ROWS = ANSWER_ROWS
#: The note of each column (``kit.book.note.<key>``), in the order of the kit's tables.
OBJECTIVE_NOTES = ("id", "objective", "agreed_on", "agreed_by", "observers", "target",
                   "indicator")  # fmt: skip
PROGRESS_NOTES = ("wave", "rater", "progress_objective", "progress", "comment")
#: The dates an objective may be agreed on.
_DATES = (dt.date(2000, 1, 1), dt.date(2100, 12, 31))
_NOTE_WIDTH, _NOTE_CHARACTERS, _NOTE_LINE = 320, 42, 16  # pixels, per line, pixels
_AUTHOR = "alliance-graph"


def objectives_sheets(book: Workbook, kit: Kit, names: dict[str, str]) -> None:
    """Add the objectives register and the progress answers sheets to ``book``, named
    ``names["objectives"]`` and ``names["progress"]``, with the kit's example rows."""
    params = _params(kit, names)
    objectives = table_sheet(book.create_sheet(names["objectives"]), kit.objectives)
    _annotate(objectives, kit, OBJECTIVE_NOTES, _objective_rules(kit), OBJECTIVE_ROWS, params)
    progress = table_sheet(book.create_sheet(names["progress"]), kit.progress_book)
    rules = _progress_rules(kit, names["register"], names["objectives"])
    _annotate(progress, kit, PROGRESS_NOTES, rules, PROGRESS_ROWS, params)
    choices = (*kit.progress_labels, kit.not_observed)
    progress.column_dimensions["D"].width = max(len(choice) for choice in choices) + 3


def objectives_instructions(kit: Kit, names: dict[str, str]) -> list[str]:
    """The instructions sheet's lines on the two sheets, the progress question last."""
    return [
        kit.text("book.objectives", **_params(kit, names)),
        kit.text(
            "book.progress",
            worst=kit.progress_labels[0],
            best=kit.progress_labels[-1],
            **_params(kit, names),
        ),
        f"    {kit.text('q.progress')}",
    ]


def date_serial(day: dt.date) -> int:
    """``day`` as the number Excel stores (days since 1899-12-30).

    >>> date_serial(dt.date(2000, 1, 1))
    36526
    """
    return (day - dt.date(1899, 12, 30)).days


def _params(kit: Kit, names: dict[str, str]) -> dict[str, str]:
    """What the notes and instructions name: the sheets, and the "not observed" answer."""
    keys = ("register", "answers", "objectives", "progress")
    return {key: names[key] for key in keys} | {"not_observed": kit.not_observed}


def _objective_rules(kit: Kit) -> dict[int, Any]:
    """By column: an id used once, a date, who agreed (a list, or other words after a
    warning), and a target from −3 to +3."""
    last = OBJECTIVE_ROWS + 1
    days = (date_serial(_DATES[0]), date_serial(_DATES[1]))
    return {
        1: validation(f"COUNTIF($A$2:$A${last},A2)<=1", kit.text("book.id_error"), type="custom"),
        3: _between("date", days, kit.text("book.date_error")),
        4: validation(
            list_formula(kit.agreed_by), kit.text("book.agreed_by_error"), style="warning"
        ),
        6: _between("decimal", (-3, 3), kit.text("book.target_error")),
    }


def _between(kind: str, bounds: tuple[int, int], error: str) -> Any:
    """A ``kind`` of value (``date``, ``decimal``) within ``bounds``, or an empty cell."""
    low, high = map(str, bounds)
    return validation(low, error, type=kind, operator="between", formula2=high)


def _progress_rules(kit: Kit, register: str, objectives: str) -> dict[int, Any]:
    """By column: the rater among the register's names, the objective among the register
    of objectives' ids (others after a warning), and the answer in the list."""
    ids = f"{sheet_ref(objectives)}!$A$2:$A${OBJECTIVE_ROWS + 1}"
    error = kit.text("book.objective_error", objectives=objectives)
    choices = (*kit.progress_labels, kit.not_observed)
    return {
        2: people_list(kit, register),
        3: validation(ids, error, style="warning"),
        4: validation(list_formula(choices), kit.text("book.answer_error")),
    }


def _annotate(
    sheet: Worksheet,
    kit: Kit,
    notes: tuple[str, ...],
    rules: dict[int, Any],
    rows: int,
    params: dict[str, str],
) -> None:
    """A note on each header, and the same words as the input message of its column's
    cells (rows 2 to ``rows + 1``), with the column's rule if it has one."""
    from openpyxl.comments import Comment
    from openpyxl.worksheet.datavalidation import DataValidation

    for number, (cell, key) in enumerate(zip(sheet[1], notes), start=1):
        text = kit.text(f"book.note.{key}", **params)
        lines = sum(math.ceil(len(part) / _NOTE_CHARACTERS) for part in text.split("\n"))
        cell.comment = Comment(text, _AUTHOR, height=(lines + 1) * _NOTE_LINE, width=_NOTE_WIDTH)
        rule = rules.get(number) or DataValidation(allow_blank=True, showInputMessage=True)
        rule.promptTitle, rule.prompt = str(cell.value)[:32], text
        rule.add(f"{cell.column_letter}2:{cell.column_letter}{rows + 1}")
        sheet.add_data_validation(rule)
