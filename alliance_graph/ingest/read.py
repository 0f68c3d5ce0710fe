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
from alliance_graph.ingest.text import clean_cells
from alliance_graph.model import Issue, IssueCode

__all__ = ["RawTable", "column_letter", "decode", "is_unnamed", "read_table", "sniff_delimiter"]

DELIMITERS = (";", ",", "\t", "|")
_DELIMITER_NAMES = {";": "semicolon", ",": "comma", "\t": "tab", "|": "pipe"}
_SAMPLE_LINES = 50
_RAGGED = re.compile(r"Expected (\d+) fields in line (\d+), saw (\d+)")


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


def read_table(
    source: str | Path | tuple[str, bytes], *, encoding: str | None = None
) -> tuple[RawTable | None, list[Issue]]:
    """Read one CSV file (a path, or a ``(name, bytes)`` pair for uploads).

    Returns the table, or ``None`` with the issues that make the file unusable.
    Raises :class:`InputFileError` only when a path cannot be opened at all.
    """
    name, data = _load(source)
    if not data.strip():
        return None, [Issue(IssueCode.EMPTY_FILE, file=name)]
    text, used, reason = decode(data, encoding)
    if text is None:
        return None, [Issue(IssueCode.UNREADABLE_FILE, file=name, params=(("reason", reason),))]
    text, declared, skipped = _preamble(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        return None, [Issue(IssueCode.EMPTY_FILE, file=name)]
    delimiter = declared or sniff_delimiter(text)
    cells, issues = _parse_csv(text, delimiter, name, skipped)
    if cells is None:
        return None, issues
    headers = _unique_headers(list(cells.iloc[0]))
    frame = cells.iloc[1:].reset_index(drop=True)
    frame.columns = pd.Index(headers)
    table = RawTable(name, frame, used, delimiter, header_rows=1 + skipped)
    if frame.empty or (frame == "").to_numpy().all():
        return None, [Issue(IssueCode.NO_DATA_ROWS, file=name, line=1 + skipped)]
    return table, []


def _preamble(text: str) -> tuple[str, str | None, int]:
    """Drop Excel's ``sep=`` line (not a spreadsheet row) and blank lines above the header.

    Returns the text, the declared delimiter, and how many spreadsheet rows were dropped.
    """
    first, _, rest = text.partition("\n")
    declared = _excel_sep_line(first)
    if declared is not None:
        text = rest
    lines = text.split("\n")
    skipped = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return "\n".join(lines[skipped:]), declared, skipped


def _parse_csv(
    text: str, delimiter: str, name: str, skipped: int
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
        message = str(exc).strip()
        ragged = _RAGGED.search(message)
        if ragged:
            expected, line, seen = (int(x) for x in ragged.groups())
            params = (("expected", expected), ("seen", seen))
            return None, [
                Issue(IssueCode.RAGGED_ROW, file=name, line=line + skipped, params=params)
            ]
        reason = message.splitlines()[-1] if message else type(exc).__name__
        return None, [Issue(IssueCode.UNREADABLE_FILE, file=name, params=(("reason", reason),))]
    return clean_cells(cells.fillna("")), []


def decode(data: bytes, encoding: str | None = None) -> tuple[str | None, str, str]:
    """Decode bytes as strict UTF-8 (BOM allowed), UTF-16 with BOM, then Windows-1252.

    Returns ``(text, encoding used, reason)``; ``text`` is ``None`` when the bytes are
    not text (a spreadsheet or other binary file), with the reason why.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding, ""
        except (UnicodeDecodeError, LookupError):
            return None, encoding, "reason.encoding"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", ""
        except UnicodeDecodeError:
            pass
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return None, "", "reason.workbook"
    if b"\x00" in data[:4096]:
        return None, "", "reason.binary"
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            return None, "", "reason.binary"
        return (
            text,
            "utf-8"
            if candidate == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf")
            else candidate,
            "",
        )
    return data.decode("latin-1"), "latin-1", ""


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r")
    return controls > max(2, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter among ``; , tab |`` that splits the first lines most consistently."""
    sample = "\n".join(line for line in text.split("\n")[:_SAMPLE_LINES] if line.strip())
    best, best_key = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(io.StringIO(sample), delimiter=delimiter))
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
