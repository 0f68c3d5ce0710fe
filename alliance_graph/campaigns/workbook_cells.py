"""Cells of a respondent's workbook (:mod:`.workbook`): text that is never a formula,
rows as high as their wrapped text, a table under its header row, and answer cells,
unlocked and coloured, with their dropdown list."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from alliance_graph.safe_text import xml_safe

if TYPE_CHECKING:
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["FIRST_ROW", "IDENTITY_FILL", "answer_cells", "fit", "safe", "table", "text", "wrapped"]

#: The first row of a table's items, under its header row.
FIRST_ROW = 5
#: The colour of the cells to answer, and of the identity's.
ANSWER_FILL, IDENTITY_FILL = "FFF4CC", "EDEDED"
_ANSWER_WIDTH = 18


def table(sheet: Worksheet, heads: list[str], rows: list[tuple[Any, ...]], answers: int) -> None:
    """A header row above ``FIRST_ROW``, then ``rows``; the numbers column hidden; the
    header's questions (from column ``answers``) wrapped."""
    from openpyxl.styles import Alignment, Font

    for column, head in enumerate(heads, start=1):
        cell = text(sheet.cell(FIRST_ROW - 1, column), head)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="bottom")
    longest = max((len(h) for h in heads[answers - 1 :]), default=0)
    sheet.row_dimensions[FIRST_ROW - 1].height = 15 * max(1, math.ceil(longest / 16))
    for row, values in enumerate(rows, start=FIRST_ROW):
        sheet.cell(row, 1, values[0])
        for column, value in enumerate(values[1:], start=2):
            text(sheet.cell(row, column), value)
    sheet.column_dimensions["A"].hidden = True
    for column in range(answers, len(heads) + 1):
        from openpyxl.utils import get_column_letter

        sheet.column_dimensions[get_column_letter(column)].width = _ANSWER_WIDTH


def answer_cells(sheet: Worksheet, rule: Any, cells: str) -> None:
    """Unlock the cells of ``cells`` (a range), colour them and give them ``rule``."""
    from openpyxl.styles import Alignment, PatternFill, Protection

    rule.add(cells)
    sheet.add_data_validation(rule)
    for row in sheet[cells] if ":" in cells else ((sheet[cells],),):
        for cell in row:
            cell.protection = Protection(locked=False)
            cell.fill = PatternFill("solid", fgColor=ANSWER_FILL)
            cell.alignment = Alignment(horizontal="center", vertical="center")


def text(cell: Cell, value: Any) -> Cell:
    """``value`` as text in ``cell``: never a formula, whatever it starts with."""
    cell.value = safe(value)
    if isinstance(cell.value, str):
        cell.data_type = "s"
    return cell


def safe(value: Any) -> Any:
    return xml_safe(value) if isinstance(value, str) else value


def wrapped(sheet: Worksheet, cell: Cell, width: int) -> Cell:
    """Wrap ``cell``'s text, its row as high as the lines it takes (Excel does not
    size a row by itself when a file sets it)."""
    from openpyxl.styles import Alignment

    cell.alignment = Alignment(wrap_text=True, vertical="top")
    lines = max(1, math.ceil(len(str(cell.value or "")) / (width * 0.95)))
    height = sheet.row_dimensions[cell.row].height or 15
    sheet.row_dimensions[cell.row].height = max(height, 15 * lines)
    return cell


def fit(texts: list[str], low: int, high: int) -> int:
    return min(max([len(t) + 3 for t in texts] + [low]), high)
