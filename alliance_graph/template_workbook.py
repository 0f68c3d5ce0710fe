"""The survey kit as one workbook: instructions, the register and the answers sheet, with
dropdown lists (data validation) for the answers, the people, the roles and consent; then
the objectives register and the progress answers (:mod:`.template_objectives`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from alliance_graph.files import workbook_bytes
from alliance_graph.template import KIT_FILES, Kit

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "ANSWER_ROWS",
    "REGISTER_ROWS",
    "kit_workbook",
    "list_formula",
    "people_list",
    "sheet_ref",
    "table_sheet",
    "validation",
]

#: Rows under the header that carry the dropdown lists, in the answers sheet and in the
#: register: room for every pair of a 45-person engagement.
ANSWER_ROWS = 2000
REGISTER_ROWS = 500

# Columns, in the order of :func:`alliance_graph.template.kit_content`'s tables.
_NAME, _ROLE, _CONSENT = "B", "D", "E"  # register: id, name, group, role, consent, alias, email
_PEOPLE = "C", "D"  # answers: wave, date, rater, ratee, then one column per question
_FIRST_ANSWER = 5
_WIDTHS = (10, 40)  # narrowest and widest column, in characters


def kit_workbook(kit: Kit) -> bytes:
    """The kit's workbook, as bytes: sheets named in the kit's language, headers in bold
    on a frozen first row, columns as wide as their content, and dropdown lists."""
    from openpyxl import Workbook

    from alliance_graph.template_objectives import SHEETS, objectives_sheets

    book = Workbook()
    names = {k: kit.text(f"book.sheet.{k}") for k in ("instructions", "register", "answers")}
    names |= {k: kit.text(f"book.sheet.{k}") for k in SHEETS}
    _instructions(book.active, kit, names)
    register = table_sheet(book.create_sheet(names["register"]), kit.register)
    answers = table_sheet(book.create_sheet(names["answers"]), kit.answer_book)
    _register_lists(register, kit)
    _answer_lists(answers, kit, names["register"])
    objectives_sheets(book, kit, names)
    return workbook_bytes(book)


def list_formula(values: tuple[str, ...]) -> str:
    """A data validation list of ``values``, as Excel stores it (commas whatever the
    language of Excel).

    >>> list_formula(("oui", "non"))
    '"oui,non"'
    """
    text = ",".join(values)
    if any("," in v or '"' in v for v in values) or len(text) > 255:
        raise ValueError(f"a dropdown list holds up to 255 characters, no comma: not {text!r}")
    return f'"{text}"'


def table_sheet(sheet: Worksheet, rows: tuple[tuple[Any, ...], ...]) -> Worksheet:
    """``rows`` written in ``sheet``: headers in bold on a frozen first row, columns as
    wide as their content (within bounds)."""
    from openpyxl.styles import Font

    for row in rows:
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for column in sheet.iter_cols():
        width = max(len(str(c.value or "")) for c in column) + 3
        sheet.column_dimensions[column[0].column_letter].width = min(
            max(width, _WIDTHS[0]), _WIDTHS[1]
        )
    return sheet


def _answer_lists(sheet: Worksheet, kit: Kit, register: str) -> None:
    from openpyxl.utils import get_column_letter

    last = ANSWER_ROWS + 1
    people = people_list(kit, register)
    people.add(f"{_PEOPLE[0]}2:{_PEOPLE[1]}{last}")
    choices = (*kit.labels, kit.dont_know)
    answers = validation(list_formula(choices), kit.text("book.answer_error"))
    answers.prompt = kit.text("book.answer_prompt", dont_know=kit.dont_know)
    first = get_column_letter(_FIRST_ANSWER)
    end = get_column_letter(_FIRST_ANSWER + len(kit.questions) - 1)
    answers.add(f"{first}2:{end}{last}")
    width = max(len(choice) for choice in choices) + 3
    for column in range(_FIRST_ANSWER, _FIRST_ANSWER + len(kit.questions)):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.add_data_validation(people)
    sheet.add_data_validation(answers)


def _register_lists(sheet: Worksheet, kit: Kit) -> None:
    last = REGISTER_ROWS + 1
    roles = validation(list_formula(kit.roles), kit.text("book.role_error"), style="warning")
    roles.add(f"{_ROLE}2:{_ROLE}{last}")
    consent = validation(list_formula(kit.yes_no), kit.text("book.consent_error"), style="warning")
    consent.add(f"{_CONSENT}2:{_CONSENT}{last}")
    sheet.add_data_validation(roles)
    sheet.add_data_validation(consent)


def validation(formula: str, error: str, style: str = "stop", **rule: Any) -> Any:
    """A dropdown list that accepts an empty cell (or, with ``type=``, another rule:
    ``operator``, ``formula2``…). ``style`` ``"stop"`` refuses any other value;
    ``"warning"`` asks first, for a name or a role the list does not have."""
    from openpyxl.worksheet.datavalidation import DataValidation

    return DataValidation(
        type=rule.pop("type", "list"),
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle=style,
        error=error,
        **rule,
    )


def people_list(kit: Kit, register: str) -> Any:
    """The dropdown list of the names in the register sheet; another name after a warning."""
    return validation(
        f"{sheet_ref(register)}!${_NAME}$2:${_NAME}${REGISTER_ROWS + 1}",
        kit.text("book.person_error", register=register),
        style="warning",
    )


def _instructions(sheet: Worksheet, kit: Kit, names: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font

    from alliance_graph.template_objectives import objectives_instructions

    book_file, register_file, answers_file, questions_file, objectives_file, progress_file = (
        KIT_FILES
    )
    sheet.title = names["instructions"]
    lines = [
        kit.text("book.title"),
        kit.text("book.register", register=names["register"]),
        kit.text(
            "book.answers",
            register=names["register"],
            answers=names["answers"],
            dont_know=kit.dont_know,
        ),
        kit.text("book.questions", answers=names["answers"]),
        *(f"    {question}" for question in kit.questions),
        kit.text("q.coach"),
        *objectives_instructions(kit, names),
        kit.text("book.check", file=book_file),
        kit.text(
            "book.csv",
            register_file=register_file,
            answers_file=answers_file,
            objectives_file=objectives_file,
            progress_file=progress_file,
            questions_file=questions_file,
        ),
    ]
    for line in lines:
        sheet.append([line])
    for row in sheet.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.column_dimensions["A"].width = 100


def sheet_ref(name: str) -> str:
    """A sheet's name as a formula writes it: ``'Parties prenantes'``."""
    return "'" + name.replace("'", "''") + "'"
