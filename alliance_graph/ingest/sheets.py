"""Which sheet of a workbook is what: answers, a register, a log, or nothing (and why).

Each sheet is read as the text table a CSV file becomes, and its role found by its
headers (:mod:`~alliance_graph.ingest.sheet_roles`). The register is the one given
(``--register``, which may name a sheet: ``book.xlsx#Registre``), else the first register
sheet of the inputs. The objectives register is the one given (``--objectives``: a file,
a workbook or one of its sheets), else the first objectives sheet of the inputs; another
one is refused (``TWO_OBJECTIVE_REGISTERS``). Several sheets of answers are one wave each,
named after the sheet (unless a sheet has a wave column); a workbook with one sheet of
answers is one wave named after the file, as a CSV file is. Sheets of progress answers
have their own wave column.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from alliance_graph.errors import InputFileError
from alliance_graph.ingest.people import parse_register
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.sheet_roles import sheet_role
from alliance_graph.ingest.sheet_table import SheetTable
from alliance_graph.ingest.workbook import Book, Books, Limits
from alliance_graph.model import FileInfo, Issue, IssueCode

__all__ = ["Opened", "open_workbooks", "split_sheet"]


@dataclass
class Opened:
    """The inputs with each workbook replaced by its tables of answers (with the wave
    label chosen for each), the register and the objectives register (tables when they
    are sheets), the sheets not read, the workbooks' issues, and where each table comes
    from (book, sheet)."""

    named: list[tuple[Any, str | None]] = field(default_factory=list)
    register: Any = None
    objectives: Any = None
    ignored: list[FileInfo] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    places: dict[str, tuple[str, str]] = field(default_factory=dict)
    reported: set[int] = field(default_factory=set, repr=False)
    roles: dict[int, str | None] = field(default_factory=dict, repr=False)

    def locate(self, issues: list[Issue]) -> list[Issue]:
        """Issues about a sheet's table, named by workbook and sheet."""
        return [
            replace(i, file=self.places[i.file][0], sheet=self.places[i.file][1])
            if i.sheet is None and i.file in self.places
            else i
            for i in issues
        ]

    def files(self, files: list[FileInfo]) -> list[FileInfo]:
        """How each file and sheet was read, the sheets not read last."""
        located = [
            replace(f, path=self.places[f.path][0], sheet=self.places[f.path][1])
            if f.path in self.places
            else f
            for f in files
        ]
        return located + self.ignored


def split_sheet(source: Any) -> tuple[Any, str | None]:
    """``book.xlsx#Parties prenantes`` → ``(book.xlsx, "Parties prenantes")`` when the
    path itself is not a file and the part before a ``#`` is."""
    if not isinstance(source, (str, Path)) or "#" not in str(source) or Path(source).exists():
        return source, None
    text = str(source)
    for at in (i for i, ch in enumerate(text) if ch == "#"):
        if Path(text[:at]).is_file():
            return type(source)(text[:at]), text[at + 1 :]
    return source, None


def open_workbooks(
    named: list[tuple[Any, str | None]],
    register: Any,
    limits: Limits | None = None,
    objectives: Any = None,
) -> Opened:
    """Read the workbooks among the inputs (and the registers) and give each sheet its role.

    Parameters
    ----------
    named : list of (source, label or None)
        The inputs with the wave label chosen for each; a path may name a sheet
        (``book.xlsx#Réponses``).
    register : source or None
        The register given, which may be a workbook or one of its sheets.
    limits : Limits, optional
        What a workbook may hold (see :class:`~alliance_graph.ingest.workbook.Limits`).
    objectives : source or None
        The objectives register given, which may be a workbook or one of its sheets.

    Returns
    -------
    Opened
        The inputs with each workbook replaced by its tables to read (other inputs kept
        as they are), the registers, the sheets not read and why, and the issues.

    Raises
    ------
    InputFileError
        For a sheet named that the workbook does not have, or a ``#`` after a file that
        is no workbook.
    """
    opened = Opened(register=register, objectives=objectives)
    books = Books(limits or Limits())
    reg_book, reg_sheet = _given_book(books, register)
    if reg_book is not None:
        opened.register = _chosen_table(reg_book, reg_sheet, opened, "register")
    obj_book, obj_sheet = _given_book(books, objectives)
    if obj_book is not None:
        opened.objectives = _chosen_table(obj_book, obj_sheet, opened, "objectives")
    inputs = []
    for source, chosen in named:
        path, sheet = split_sheet(source)
        inputs.append((books.get(path, sheet), sheet, source, chosen))
    if register is None:
        opened.register = _find_register(inputs, opened)
    names = _names(opened.register)
    for book, sheet, source, chosen in inputs:
        if book is None:
            opened.named.append((source, chosen))
        else:
            _add_book(book, sheet, chosen, names, opened)
    for book, reason in ((reg_book, "not_register"), (obj_book, "not_objectives")):
        if book is None or any(book is other for other, *_ in inputs):
            continue
        if reason == "not_objectives" and book is reg_book:
            continue  # its sheets are listed once
        _report(book, opened)
        read = (opened.register, opened.objectives)
        others = [(t.sheet, reason) for t in book.tables if all(t is not r for r in read)]
        _list_ignored(book, [*book.skipped, *others], opened)
    return opened


def _given_book(books: Books, source: Any) -> tuple[Book | None, str | None]:
    """The workbook a register option names (``None`` for a CSV file), and its sheet."""
    path, sheet = split_sheet(source)
    return books.get(path, sheet), sheet


def _role(table: SheetTable, names: list[str], opened: Opened) -> str | None:
    """What ``table`` holds (:func:`~alliance_graph.ingest.sheet_roles.sheet_role`).
    Found once without the register's names, and again with them when that found none."""
    if id(table) not in opened.roles:
        opened.roles[id(table)] = sheet_role(table, [])
    found = opened.roles[id(table)]
    return sheet_role(table, names) if found is None and names else found


def _chosen_table(book: Book, sheet: str | None, opened: Opened, role: str) -> SheetTable | None:
    """The sheet of a register (``role``: ``register`` or ``objectives``): the one
    named, else the first that looks like one, else the first that is not empty."""
    chosen: SheetTable | None
    if sheet is not None:
        chosen = _sheet(book, sheet)
    else:
        roles = [(t, _role(t, [], opened)) for t in book.tables]
        chosen = next((t for t, r in roles if r == role), None) or next(
            (t for t, r in roles if r != "no_rows"), None
        )
    if chosen is not None:
        chosen.name = f"{book.name}#{chosen.sheet}"
        opened.places[chosen.name] = (book.name, chosen.sheet)
        opened.issues += chosen.issues
    return chosen


def _find_register(inputs: list[tuple], opened: Opened) -> SheetTable | None:
    for book, sheet, _source, _chosen in inputs:
        if book is None or sheet is not None:
            continue
        for table in book.tables:
            if _role(table, [], opened) == "register":
                return _chosen_table(book, table.sheet, opened, "register")
    return None


def _names(register: Any) -> list[str]:
    if not isinstance(register, RawTable):
        return []
    return parse_register(register)[0].names


def _add_book(
    book: Book, sheet: str | None, chosen: str | None, names: list[str], opened: Opened
) -> None:
    """The tables of one input workbook, each with its role (or the reason it is not read)."""
    _report(book, opened)
    if sheet is not None:  # the sheet named is read, whatever it looks like
        kept = [_sheet(book, sheet)]
        others = [
            (t.sheet, "not_named")
            for t in book.tables
            if t is not kept[0] and t is not opened.register and t is not opened.objectives
        ]
        if _role(kept[0], names, opened) == "objectives":  # read as the objectives register
            others += _objectives_sheet(book, kept.pop(), opened)
    else:
        kept, others = _sort(book, names, opened)
    _name_tables(book, kept, chosen, opened)
    _list_ignored(book, [*book.skipped, *others], opened)


def _sort(
    book: Book, names: list[str], opened: Opened
) -> tuple[list[SheetTable], list[tuple[str, str]]]:
    """The tables to read (answers and logs) and the sheets not read, with the reason.
    When no sheet is recognised, each is read, to be reported as a CSV file would be."""
    kept: list[SheetTable] = []
    unknown: list[SheetTable] = []
    ignored: list[tuple[str, str]] = []
    registers = (opened.register, opened.objectives)
    for table in book.tables:
        if any(table is given for given in registers):
            continue
        role = _role(table, names, opened)
        if role in ("ratings", "interactions", "progress"):
            kept.append(table)
        elif role == "objectives":
            ignored += _objectives_sheet(book, table, opened)
        elif role == "register":
            ignored.append((table.sheet, "other_register"))
        elif role == "no_rows":
            ignored.append((table.sheet, "no_rows"))
        else:
            unknown.append(table)
    registers = (opened.register, opened.objectives)  # one may have been found here
    if not kept and not any(table is given for table in book.tables for given in registers):
        return unknown, ignored
    return kept, ignored + [(t.sheet, "no_columns") for t in unknown]


def _objectives_sheet(book: Book, table: SheetTable, opened: Opened) -> list[tuple[str, str]]:
    """An objectives sheet among the inputs: the objectives register when none was
    given; else not read, and refused (``TWO_OBJECTIVE_REGISTERS``)."""
    given = opened.objectives
    if given is None:
        opened.objectives = _chosen_table(book, table.sheet, opened, "objectives")
        return []
    if table is given:
        return []
    other = given.name if isinstance(given, RawTable) else given
    where = (("other", str(other[0] if isinstance(other, tuple) else other)),)
    opened.issues.append(
        Issue(IssueCode.TWO_OBJECTIVE_REGISTERS, file=book.name, sheet=table.sheet, params=where)
    )
    return [(table.sheet, "other_objectives")]


def _report(book: Book, opened: Opened) -> None:
    """The workbook's own issues (unreadable), once."""
    if id(book) not in opened.reported:
        opened.reported.add(id(book))
        opened.issues += book.issues


def _list_ignored(book: Book, ignored: list[tuple[str, str]], opened: Opened) -> None:
    opened.ignored += [
        FileInfo(book.name, book.format, "—", "ignored", sheet=name, reason=reason)
        for name, reason in ignored
    ]


def _name_tables(book: Book, kept: list[SheetTable], chosen: str | None, opened: Opened) -> None:
    """One table of answers is the file's wave; several are one wave per sheet."""
    answers = {id(t) for t in kept if opened.roles.get(id(t)) not in ("interactions", "progress")}
    for table in kept:
        several = id(table) in answers and len(answers) > 1
        alone = len(kept) == 1 or (id(table) in answers and not several)
        table.name = book.name if alone else f"{book.name}#{table.sheet}"
        table.wave = table.sheet if several else None
        opened.places[table.name] = (book.name, table.sheet)
        opened.issues += table.issues
        opened.named.append((table, table.wave or chosen))


def _sheet(book: Book, sheet: str) -> SheetTable:
    for table in book.tables:
        if table.sheet == sheet:
            return table
    known = [t.sheet for t in book.tables] + [name for name, _ in book.skipped]
    if sheet in known:
        raise InputFileError(f"the sheet {sheet!r} of {book.name} is empty")
    raise InputFileError(
        f"{book.name} has no sheet {sheet!r}; its sheets are {', '.join(map(repr, known))}"
    )
