"""Reading CSV bytes: encoding, Excel's ``sep=`` line, delimiter sniffing, into text cells."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from alliance_graph.errors import InputFileError
from alliance_graph.ingest._encoding import Decoded, check_text, decode, decode_bytes
from alliance_graph.ingest.text import clean_table, clean_text
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "RawTable",
    "Source",
    "column_letter",
    "decode",
    "is_unnamed",
    "read_table",
    "sniff_delimiter",
    "text_size",
]

DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe"}
_SAMPLE_LINES = 50
_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")
_UNCLOSED = re.compile(r"EOF inside string starting at row (\d+)")
_LINE_END = re.compile(r"\r\n|\r|\n")
_BLANK_LINES = re.compile(r"(?:[^\S\n]*\n)*")


@dataclass
class RawTable:
    """A CSV file as text cells, with what is needed to name spreadsheet lines.

    ``frame`` holds the data rows only (every cell a cleaned ``str``), with the header
    texts as column names; data row ``i`` is spreadsheet line ``i + first_line``.
    """

    name: str
    frame: pd.DataFrame
    encoding: str
    delimiter: str
    header_rows: int = 1
    issues: list[Issue] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.header_rows + 1

    @property
    def delimiter_name(self) -> str:
        return _DELIMITER_NAMES.get(self.delimiter, self.delimiter)


#: A file to read: its path, or its name and bytes (an upload).
Source = str | Path | tuple[str, bytes]


def read_table(
    source: Source, *, encoding: str | None = None
) -> tuple[RawTable | None, list[Issue]]:
    """Read one CSV file (a path, or a ``(name, bytes)`` pair for uploads).

    Returns the table, or ``None`` with the issues that make the file unusable.
    Raises :class:`InputFileError` only when a path cannot be opened at all.
    """
    name, data = _load(source)
    if not data.strip():
        return None, [Issue(IssueCode.EMPTY_FILE, file=name)]
    decoded = decode_bytes(data, encoding)
    if decoded.text is None:
        reason = (("reason", decoded.reason),)
        return None, [Issue(IssueCode.UNREADABLE_FILE, file=name, params=reason)]
    text, declared, skipped = _preamble(decoded.text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        return None, [Issue(IssueCode.EMPTY_FILE, file=name)]
    delimiter, issues = _delimiter(text, declared, name)
    cells, found = _parse_csv(text, delimiter, name, skipped, decoded)
    issues += found
    if cells is None:
        return None, issues
    headers = _unique_headers(list(cells.iloc[0]))
    frame = cells.iloc[1:].reset_index(drop=True)
    frame.columns = pd.Index(headers)
    table = RawTable(name, frame, decoded.encoding, delimiter, header_rows=1 + skipped)
    if frame.empty or (frame == "").to_numpy().all():
        return None, [*issues, Issue(IssueCode.NO_DATA_ROWS, file=name, line=1 + skipped)]
    return table, issues


def _preamble(text: str) -> tuple[str, str | None, int]:
    """Drop Excel's ``sep=`` line (not a spreadsheet row) and blank lines above the header.

    Returns the text, the declared delimiter, and how many spreadsheet rows were dropped.
    """
    first, _, rest = text.partition("\n")
    declared = _excel_sep_line(first)
    if declared is not None:
        text = rest
    blank = _BLANK_LINES.match(text)
    end = blank.end() if blank else 0
    return text[end:], declared, text.count("\n", 0, end)


def _delimiter(text: str, declared: str | None, name: str) -> tuple[str, list[Issue]]:
    """The ``sep=`` line's delimiter, else the one sniffed. When the header row holds
    none of the declared delimiter but is cut by another one, the data win, with a
    ``SEP_LINE_MISMATCH`` warning naming the ``sep=`` line."""
    if declared is None:
        return sniff_delimiter(text), []
    header = _head(text, 1)[0]
    sniffed = sniff_delimiter(text)
    if declared in header or sniffed == declared or sniffed not in header:
        return declared, []
    shown = {"\t": "TAB"}
    params = (("declared", shown.get(declared, declared)), ("used", shown.get(sniffed, sniffed)))
    value = f"sep={declared}"
    return sniffed, [Issue(IssueCode.SEP_LINE_MISMATCH, file=name, value=value, params=params)]


def _parse_csv(
    text: str, delimiter: str, name: str, skipped: int, decoded: Decoded
) -> tuple[pd.DataFrame | None, list[Issue]]:
    try:
        cells = pd.read_csv(
            io.StringIO(text),
            sep=delimiter,
            header=None,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.EmptyDataError:
        return None, [Issue(IssueCode.EMPTY_FILE, file=name)]
    except (pd.errors.ParserError, ValueError, csv.Error) as exc:
        return None, [_parse_error(str(exc).strip() or type(exc).__name__, name, skipped)]
    headers = _unique_headers([clean_text(h) for h in cells.iloc[0].fillna("")])
    checked, issues = check_text(cells.fillna(""), headers, name, 1 + skipped, decoded)
    if checked is None:
        return None, issues
    cleaned, found = clean_table(checked, name, 1 + skipped)  # control characters: warned
    return cleaned, issues + found


def _parse_error(message: str, name: str, skipped: int) -> Issue:
    """The issue of a file pandas cannot cut into cells, on its spreadsheet line."""
    unclosed = _UNCLOSED.search(message)
    if unclosed:  # pandas counts rows from 0, the header row included
        line = int(unclosed.group(1)) + 1 + skipped
        return Issue(IssueCode.UNCLOSED_QUOTE, file=name, line=line)
    ragged = _RAGGED.search(message)
    if ragged:
        expected, line, seen = (int(x) for x in ragged.groups())
        params = (("expected", expected), ("seen", seen))
        return Issue(IssueCode.RAGGED_ROW, file=name, line=line + skipped, params=params)
    reason = (("reason", message.splitlines()[-1]),)
    return Issue(IssueCode.UNREADABLE_FILE, file=name, params=reason)


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``; , tab |`` that splits the first lines most consistently.

    Only the first lines are looked at (any line ending), however long ``text`` is.
    """
    sample = "\n".join(line for line in _head(text, _SAMPLE_LINES) if line.strip())
    best, best_key = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
        except csv.Error:  # a cell longer than csv's limit: this delimiter does not cut
            continue
        counts = Counter(len(row) for row in rows if row)
        if not counts:
            continue
        fields, seen = counts.most_common(1)[0]
        if fields < 2:
            continue
        key = (seen / sum(counts.values()), fields)
        if key > best_key:
            best, best_key = delimiter, key
    return best


def text_size(text: str) -> tuple[int, int]:
    """Lines and columns of a CSV text, counted as :func:`read_table` reads it.

    A CR, a LF or a CRLF ends a line (a final one adds no line); Excel's ``sep=`` line
    is not counted; the columns are the cells of the header row (the first line that is
    not blank), cut by the delimiter the reader would use. A line break inside a quoted
    cell counts as a line: there are never fewer lines than spreadsheet rows.

    >>> text_size("sep=;\\ra;b;c\\r1;2;3\\r")  # Excel for the Mac: CR alone ends a line
    (2, 3)
    """
    breaks = text.count("\n") + text.count("\r") - text.count("\r\n")
    lines = breaks + (1 if text and not text.endswith(("\n", "\r")) else 0)
    head = _head(text, _SAMPLE_LINES + 1)
    declared = _excel_sep_line(head[0])
    if declared is not None:
        head, lines = head[1:], lines - 1
    body = "\n".join(head)
    header = next((line for line in head if line.strip()), "")
    if not header:
        return max(lines, 0), 0
    delimiter, _ = _delimiter(body[body.index(header) :], declared, "")
    try:
        return lines, len(next(csv.reader([header], delimiter=delimiter)))
    except csv.Error:  # a cell longer than csv's limit: count without quotes
        return lines, header.count(delimiter) + 1


def _head(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text`` (any line ending), looking no further."""
    size = 1 << 16
    while True:
        lines = _LINE_END.split(text[:size], count)
        if len(lines) > count or size >= len(text):
            return lines[:count]
        size *= 4


def _excel_sep_line(first: str) -> str | None:
    stripped = first.lstrip("\ufeff").rstrip(" \r\n").strip('"')
    if stripped.lower().startswith("sep=") and len(stripped) in (4, 5):
        return stripped[4:] or ","
    return None


def _unique_headers(headers: list[str]) -> list[str]:
    """Blank headers are named by their spreadsheet letter, repeated ones get ``.1``."""
    seen: Counter[str] = Counter()
    out = []
    for index, header in enumerate(headers):
        header = header or f"({column_letter(index)})"
        seen[header] += 1
        out.append(header if seen[header] == 1 else f"{header}.{seen[header] - 1}")
    return out


def column_letter(index: int) -> str:
    """Spreadsheet column letter of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def is_unnamed(header: str) -> bool:
    """Whether a header was blank in the file (see :func:`_unique_headers`)."""
    return bool(re.fullmatch(r"\([A-Z]+\)", header))


def _load(source: str | Path | tuple[str, bytes]) -> tuple[str, bytes]:
    if isinstance(source, tuple):
        return source
    path = Path(source)
    try:
        return str(path), path.read_bytes()
    except FileNotFoundError as exc:
        raise InputFileError(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise InputFileError(f"{path} is a folder, not a file") from exc
    except OSError as exc:
        raise InputFileError(f"cannot open {path}: {exc.strerror}") from exc
