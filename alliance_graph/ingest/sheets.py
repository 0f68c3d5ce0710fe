"""Which sheet of a workbook is what: answers, the register, a log, or nothing (and why).

Each sheet is read as the text table a CSV file becomes, and its role found by its
headers as a CSV file's shape is: answers (long, wide or matrix), an interaction log, or
a stakeholder register (a name or id column with a group, a role… and no answers, or
a name column in a sheet called "Parties prenantes", "Registre", "Stakeholders"…). The
register is the one given (``--register``, which may name a sheet: ``book.xlsx#Registre``),
else the first register sheet of the inputs. Several sheets of answers are one wave each,
named after the sheet (unless a sheet has a wave column); a workbook with one sheet of
answers is one wave named after the file, as a CSV file is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from alliance_graph.errors import InputFileError
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.interactions import looks_like_interactions
from alliance_graph.ingest.people import parse_register
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.shapes import parse_table
from alliance_graph.ingest.sheet_table import SheetTable
from alliance_graph.ingest.text import fold
from alliance_graph.ingest.workbook import Book, Books, Limits
from alliance_graph.model import FileInfo, Issue

__all__ = ["Opened", "open_workbooks", "split_sheet"]

#: Rows of a sheet looked at to tell its shape (the whole sheet is parsed once chosen).
_PROBE_ROWS = 200
_ANSWER_FIELDS = frozenset({"rater", "ratee", "score", "dimension", "wave", "date"})
_PERSON_FIELDS = frozenset({"group", "role", "power", "interest", "consent", "aliases"})
_REGISTER_NAMES = (
    "partie prenante",
    "parties prenantes",
    "registre",
    "register",
    "stakeholder",
    "personnes",
    "participants",
    "people",
    "annuaire",
)


@dataclass
class Opened:
    """The inputs with each workbook replaced by its tables of answers (with the wave
    label chosen for each), the register (a table when it is a sheet), the sheets not
    read, the workbooks' issues, and where each table comes from (book, sheet)."""

    named: list[tuple[Any, str | None]] = field(default_factory=list)
    register: Any = None
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
    named: list[tuple[Any, str | None]], register: Any, limits: Limits | None = None
) -> Opened:
    """Read the workbooks among the inputs (and the register) and give each sheet its role.

    Parameters
    ----------
    named : list of (source, label or None)
        The inputs with the wave label chosen for each; a path may name a sheet
        (``book.xlsx#Réponses``).
    register : source or None
        The register given, which may be a workbook or one of its sheets.
    limits : Limits, optional
        What a workbook may hold (see :class:`~alliance_graph.ingest.workbook.Limits`).

    Returns
    -------
    Opened
        The inputs with each workbook replaced by its tables to read (other inputs kept
        as they are), the register, the sheets not read and why, and the issues.

    Raises
    ------
    InputFileError
        For a sheet named that the workbook does not have, or a ``#`` after a file that
        is no workbook.
    """
    opened, books = Opened(register=register), Books(limits or Limits())
    reg_source, reg_sheet = split_sheet(register)
    reg_book = books.get(reg_source, reg_sheet)
    if reg_book is not None:
        opened.register = _register_table(reg_book, reg_sheet, opened)
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
    if reg_book is not None and all(book is not reg_book for book, *_ in inputs):
        _report(reg_book, opened)
        others = [(t.sheet, "not_register") for t in reg_book.tables if t is not opened.register]
        _list_ignored(reg_book, [*reg_book.skipped, *others], opened)
    return opened


def _role(table: SheetTable, names: list[str], opened: Opened) -> str | None:
    """``ratings``, ``interactions``, ``register`` or ``no_rows``; ``None`` for none.
    Found once without the register's names, and again with them when that found none."""
    if id(table) not in opened.roles:
        opened.roles[id(table)] = _role_of(table, [])
    found = opened.roles[id(table)]
    return _role_of(table, names) if found is None and names else found


def _role_of(table: SheetTable, names: list[str]) -> str | None:
    frame = table.frame
    if frame.empty or (frame == "").to_numpy().all():
        return "no_rows"
    headers = [str(h) for h in frame.columns]
    if looks_like_interactions(headers):
        return "interactions"
    probe = replace(table, frame=frame.head(_PROBE_ROWS))
    if parse_table(probe, names) is not None:
        return "ratings"
    fields = {match_header(h) for h in headers}
    if fields & _ANSWER_FIELDS or not fields & {"id", "name"}:
        return None
    named = any(key in fold(table.sheet) for key in _REGISTER_NAMES)
    return "register" if fields & _PERSON_FIELDS or named else None


def _register_table(book: Book, sheet: str | None, opened: Opened) -> SheetTable | None:
    """The register's sheet: the one named, else the first that looks like one, else
    the first that is not empty."""
    chosen: SheetTable | None
    if sheet is not None:
        chosen = _sheet(book, sheet)
    else:
        roles = [(t, _role(t, [], opened)) for t in book.tables]
        chosen = next((t for t, r in roles if r == "register"), None) or next(
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
                return _register_table(book, table.sheet, opened)
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
            if t is not kept[0] and t is not opened.register
        ]
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
    register = opened.register
    for table in book.tables:
        if table is register:
            continue
        role = _role(table, names, opened)
        if role in ("ratings", "interactions"):
            kept.append(table)
        elif role == "register":
            ignored.append((table.sheet, "other_register"))
        elif role == "no_rows":
            ignored.append((table.sheet, "no_rows"))
        else:
            unknown.append(table)
    if not kept and not any(table is register for table in book.tables):
        return unknown, ignored
    return kept, ignored + [(t.sheet, "no_columns") for t in unknown]


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
    answers = {id(t) for t in kept if opened.roles.get(id(t)) != "interactions"}
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
