"""Spreadsheet workbooks (``.xlsx``, ``.xlsm``, ``.ods``): unpacked within limits, then read.

A workbook is a zip. Before anything is unpacked, the sizes its parts declare are added up
and checked; each part is then unpacked by :mod:`zipfile`, which stops at the declared
size, and the reader (python-calamine) only sees what was unpacked, repacked without
compression. Each sheet's extent (rows, columns, cells) is read from its XML before the
reader builds the sheet, which it holds as one dense block. :mod:`.sheet_table` then turns
each sheet into the text table a CSV file becomes.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from alliance_graph.errors import InputFileError
from alliance_graph.ingest import _sheet_xml as xml
from alliance_graph.ingest._encoding import not_workbook_reason
from alliance_graph.ingest.sheet_table import SheetTable, sheet_table
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "WORKBOOK_SUFFIXES",
    "Book",
    "Books",
    "Limits",
    "WorkbookRefused",
    "check_workbook",
    "is_workbook",
    "read_workbook",
    "workbook_cells",
]

#: What a workbook's name ends with (its content, a zip, is checked too).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods")
MIB = 1 << 20
_ZIP = b"PK\x03\x04"
#: Unpacked more than this many times its packed size, and over the limit: a zip bomb.
_BOMB_RATIO = 100
_SIZE_REASONS = frozenset(
    {
        "reason.workbook_bomb",
        "reason.workbook_too_large",
        "reason.workbook_parts",
        "reason.sheet_rows",
        "reason.sheet_columns",
        "reason.sheet_cells",
    }
)
_BAD_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, zlib.error)


@dataclass(frozen=True)
class Limits:
    """How large a workbook may be: its parts unpacked (``max_bytes``, all of them), how
    many parts, and each sheet's rows, columns and cells (rows × columns, as the reader
    holds them). The rows and columns are those of the web app's defaults for CSV files."""

    max_bytes: int = 100 * MIB
    max_rows: int = 200_000
    max_columns: int = 2_000
    max_cells: int = 10_000_000
    max_parts: int = 10_000


class WorkbookRefused(Exception):
    """A workbook that is not opened: ``reason`` is a message key, ``params`` its values."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason, self.params = reason, params

    @property
    def too_large(self) -> bool:
        """Refused for its size (the web app answers 413), not for its content."""
        return self.reason in _SIZE_REASONS


@dataclass
class Book:
    """One workbook as read: its sheets as tables (in order), the sheets that hold no
    table with the reason key, and the issues that made it unreadable."""

    name: str
    format: str
    tables: list[SheetTable] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


class Books:
    """Each workbook among the inputs read once, whatever names it (an input, the
    register, a sheet of it); ``get`` gives ``None`` for a file that is no workbook."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.read: dict[Any, Book | None] = {}

    def get(self, source: Any, sheet: str | None = None) -> Book | None:
        if source is None:
            return None
        key = (source[0], id(source[1])) if isinstance(source, tuple) else str(source)
        if key not in self.read:
            self.read[key] = self._open(source, sheet)
        return self.read[key]

    def _open(self, source: Any, sheet: str | None) -> Book | None:
        name, data = source if isinstance(source, tuple) else (str(source), _head(source))
        if not is_workbook(data):
            if sheet is not None:
                raise InputFileError(
                    f"{name} is not a workbook: only a sheet of an .xlsx, "
                    f".xlsm or .ods workbook can be named after a #"
                )
            if not name.lower().endswith(WORKBOOK_SUFFIXES):
                return None  # a CSV file
            head = data if isinstance(source, tuple) else _head(source, 1 << 16)
            reason = not_workbook_reason(head)  # None when empty: read, it is said so
            refused = WorkbookRefused(reason, suffix=Path(name).suffix) if reason else None
            return Book(name, "", issues=[_unreadable(name, refused)]) if refused else None
        if not isinstance(source, tuple):
            try:
                data = Path(source).read_bytes()
            except OSError as exc:
                raise InputFileError(f"cannot open {source}: {exc.strerror}") from exc
        book = read_workbook(name, data, self.limits)
        if book.issues and not name.lower().endswith(WORKBOOK_SUFFIXES) and sheet is None:
            return None  # a zip named .csv that is no workbook: read as CSV, which says so
        return book


def _head(path: Any, size: int = 4) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read(size)
    except OSError:
        return b""  # reading it says what is wrong


def is_workbook(data: bytes) -> bool:
    """Whether bytes are a zip, as every ``.xlsx``, ``.xlsm`` and ``.ods`` workbook is."""
    return data.startswith(_ZIP)


def check_workbook(data: bytes, limits: Limits | None = None) -> None:
    """Raise :class:`WorkbookRefused` when ``data`` is not a workbook that can be read
    within ``limits``: a zip bomb, too large unpacked, a sheet with too many rows,
    columns or cells, damaged or password-protected. Reads no cell."""
    _open(data, limits or Limits())


def read_workbook(name: str, data: bytes, limits: Limits | None = None) -> Book:
    """Every sheet of a workbook as a :class:`SheetTable` (a ``RawTable`` of text cells).

    Parameters
    ----------
    name : str
        The file's name, as issues show it.
    data : bytes
        The workbook's bytes (``.xlsx``, ``.xlsm`` or ``.ods``).
    limits : Limits, optional
        Unpacked size, parts, and each sheet's rows, columns and cells.

    Returns
    -------
    Book
        Its tables in the workbook's order, the sheets without one (empty, chart), and,
        for a workbook that cannot be read (damaged, protected, over the limits), no
        table and one ``UNREADABLE_WORKBOOK`` issue: it never raises for the content.
    """
    try:
        kind, members, parts = _open(data, limits or Limits())
        sheets = _read_sheets(members)
    except WorkbookRefused as refused:
        return Book(name, "", issues=[_unreadable(name, refused)])
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # the reader's errors, and a panic of its Rust code
        return Book(name, "", issues=[_unreadable(name, _damaged(exc))])
    book = Book(name, kind)
    for sheet, read in sheets:
        if read is None:
            book.skipped.append((sheet, "not_worksheet"))
            continue
        rows, merged = read
        notes = xml.cell_notes(members[parts[sheet]]) if sheet in parts else []
        table = sheet_table(rows, book=name, sheet=sheet, fmt=kind, merged=merged, notes=notes)
        if table is None:
            book.skipped.append((sheet, "empty"))
        else:
            book.tables.append(table)
    return book


def workbook_cells(data: bytes, limits: Limits | None = None) -> dict[str, list[list[Any]]]:
    """Each worksheet's cell values from A1, by sheet name, hidden sheets included: rows
    of the reader's values (text, numbers, booleans, dates; ``""`` for an empty cell).
    Checked as :func:`check_workbook` does first; :class:`WorkbookRefused` for a workbook
    that cannot be read."""
    members = _open(data, limits or Limits())[1]
    try:
        sheets = _read_sheets(members)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # the reader's errors, and a panic of its Rust code
        raise _damaged(exc) from exc
    return {name: read[0] for name, read in sheets if read is not None}


def _read_sheets(members: dict[str, bytes]) -> list[tuple[str, tuple[list, list] | None]]:
    """Each sheet's name and cell values from A1 with its merged ranges (``None`` for a
    chart or macro sheet), read by python-calamine from the parts already checked."""
    from python_calamine import CalamineWorkbook

    reader = CalamineWorkbook.from_filelike(io.BytesIO(_repack(members)))
    out: list[tuple[str, tuple[list, list] | None]] = []
    for meta in reader.sheets_metadata:
        if str(meta.typ).rsplit(".", 1)[-1] != "WorkSheet":
            out.append((meta.name, None))
            continue
        sheet = reader.get_sheet_by_name(meta.name)
        rows = sheet.to_python(skip_empty_area=False)
        out.append((meta.name, (rows, list(sheet.merged_cell_ranges or []))))
    return out


def _open(data: bytes, limits: Limits) -> tuple[str, dict[str, bytes], dict[str, str]]:
    """The workbook's kind, its parts unpacked, and the part of each sheet (xlsx)."""
    members = _unpack(data, limits)
    if "content.xml" in members:
        _check_extents(xml.ods_extents(members["content.xml"]), limits)
        return "ods", members, {}
    book_part = xml.office_document(members)
    if book_part not in members:
        raise WorkbookRefused("reason.zip_not_workbook")
    try:
        parts = xml.sheet_parts(members, book_part)
    except ElementTree.ParseError as exc:
        raise _damaged(exc) from exc
    _check_extents(
        [(sheet, xml.xlsx_extent(members[part])) for sheet, part in parts.items()], limits
    )
    kind = "xlsm" if any(p.endswith("vbaProject.bin") for p in members) else "xlsx"
    return kind, members, parts


def _check_extents(extents: list[tuple[str, tuple[int, int]]], limits: Limits) -> None:
    """Refuse a sheet of more rows, columns or cells than ``limits`` allow."""
    for sheet, (rows, columns) in extents:
        if rows > limits.max_rows:
            raise WorkbookRefused(
                "reason.sheet_rows", sheet=sheet, rows=rows, limit=limits.max_rows
            )
        if columns > limits.max_columns:
            raise WorkbookRefused(
                "reason.sheet_columns", sheet=sheet, columns=columns, limit=limits.max_columns
            )
        if rows * columns > limits.max_cells:
            raise WorkbookRefused(
                "reason.sheet_cells", sheet=sheet, cells=rows * columns, limit=limits.max_cells
            )


def _unpack(data: bytes, limits: Limits) -> dict[str, bytes]:
    """Every part of the zip, after checking what they declare; :class:`WorkbookRefused`."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (*_BAD_ZIP, ValueError) as exc:
        raise _damaged(exc) from exc
    if len(infos) > limits.max_parts:
        raise WorkbookRefused("reason.workbook_parts", parts=len(infos), limit=limits.max_parts)
    size = sum(i.file_size for i in infos)
    if size > limits.max_bytes:
        bomb = size > _BOMB_RATIO * max(len(data), 1)
        raise WorkbookRefused(
            "reason.workbook_bomb" if bomb else "reason.workbook_too_large",
            size=math.ceil(size / MIB * 10) / 10,  # never shown as the limit itself
            limit=_mib(limits.max_bytes),
        )
    if any(i.flag_bits & 1 for i in infos):
        raise WorkbookRefused("reason.workbook_encrypted")
    try:
        return {posixpath.normpath(i.filename): archive.read(i) for i in infos}
    except (*_BAD_ZIP, OSError, RuntimeError) as exc:
        raise _damaged(exc) from exc


def _repack(members: dict[str, bytes]) -> bytes:
    """The parts in a new zip, stored: the reader unpacks nothing more than was checked."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _mib(size: int) -> float | int:
    value = size / MIB
    return int(value) if value.is_integer() else round(value, 1)


def _damaged(exc: BaseException) -> WorkbookRefused:
    detail = re.sub(r"\s+", " ", str(exc)).strip()[:120] or type(exc).__name__
    return WorkbookRefused("reason.workbook_damaged", detail=detail)


def _unreadable(name: str, refused: WorkbookRefused) -> Issue:
    params = (("reason", refused.reason), *refused.params.items())
    return Issue(IssueCode.UNREADABLE_WORKBOOK, file=name, params=params)
