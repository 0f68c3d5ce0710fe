"""A file's text encoding, decided from all its bytes; rows it cannot decode; garbled text.

A file is UTF-8 when its valid UTF-8 sequences are at least as many as its invalid bytes:
the few invalid bytes are then shown as U+FFFD and their rows left out (``UNDECODABLE_ROW``).
A file without valid UTF-8 sequences (a French Excel "CSV") is Windows-1252. Text that was
decoded the wrong way once before it reached us (``LÃ©a`` for ``Léa``) is a
``GARBLED_TEXT`` warning.
"""

from __future__ import annotations

import mmap
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from alliance_graph.model import Issue, IssueCode

__all__ = [
    "Decoded",
    "check_text",
    "decode",
    "decode_bytes",
    "garbled_text",
    "left_out_alone",
    "may_be_garbled",
    "not_workbook_reason",
    "parquet_reason",
    "undecodable",
]

_BOM = b"\xef\xbb\xbf"
_REPLACEMENT = "\ufffd"
_ASCII = bytes(range(0x80))
#: What a byte 0x80–0xBF (the second byte of an accented letter in UTF-8) becomes when
#: read as Windows-1252, or as Latin-1 for the five bytes Windows-1252 leaves undefined.
_BYTE_OF = {chr(b): b for b in range(0x80, 0x100)} | {
    bytes([b]).decode("cp1252", "ignore") or chr(b): b for b in range(0x80, 0xA0)
}
_FOLLOW = "".join(ch for ch, b in _BYTE_OF.items() if b < 0xC0)
#: UTF-8 of é, É, à, œ, Ł … or of ’, “, – … read as Windows-1252: ``Ã©``, ``Ã‰``, ``â€™``.
_GARBLED = re.compile(f"[ÂÃÄÅ][{_FOLLOW}]|â[€\x80][{_FOLLOW}]")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Characters without which no garbled sequence can be there (a quick look first).
_TRIGGERS = ("Â", "Ã", "Ä", "Å", "â€", "â\x80")


@dataclass(frozen=True)
class Decoded:
    """A file's text (``None`` when it is not text, with the ``reason`` key), the
    encoding used, and how many invalid byte sequences were replaced by U+FFFD."""

    text: str | None
    encoding: str
    reason: str = ""
    replaced: int = 0


def decode(data: bytes, encoding: str | None = None) -> tuple[str | None, str, str]:
    """Decode bytes as :func:`decode_bytes` does: ``(text, encoding used, reason)``."""
    decoded = decode_bytes(data, encoding)
    return decoded.text, decoded.encoding, decoded.reason


def decode_bytes(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode a whole file: ``encoding`` when given (strictly), else UTF-16 with a BOM,
    else UTF-8 or Windows-1252 by a majority of the bytes (Latin-1 as a last resort).

    Works in a few passes over the bytes, whatever their size. Workbooks and binary
    files are not text (``text`` is ``None``, with the reason).

    >>> decode_bytes("Léa;Zoé;José".encode()[:-2] + b"\\xe9")  # José typed in cp1252
    Decoded(text='Léa;Zoé;Jos\\ufffd', encoding='utf-8', reason='', replaced=1)
    >>> decode_bytes("Léa;Zoé".encode("cp1252")).encoding
    'cp1252'
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError):
            return Decoded(None, encoding, "reason.encoding")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            pass
    if data.startswith(b"PK\x03\x04"):
        return Decoded(None, "", "reason.workbook")
    if data.startswith(b"\xd0\xcf\x11\xe0"):  # .xls, or a workbook with a password
        return Decoded(None, "", "reason.old_workbook")
    if b"\x00" in data[:4096]:
        return Decoded(None, "", "reason.binary")
    decoded = _utf8_or_cp1252(data)
    if decoded.text is not None and _looks_binary(decoded.text):
        return Decoded(None, "", "reason.binary")
    return decoded


def _utf8_or_cp1252(data: bytes) -> Decoded:
    name = "utf-8-sig" if data.startswith(_BOM) else "utf-8"
    try:
        return Decoded(data.decode("utf-8-sig"), name)
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8-sig", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    ascii_bytes = len(data) - len(data.translate(None, _ASCII))  # no copy of the ASCII bytes
    valid = len(text) - ascii_bytes - bad  # characters decoded from two bytes or more
    if data.startswith(_BOM) or valid >= bad:
        return Decoded(text, name, replaced=bad)
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r")
    return controls > max(2, len(sample) // 100)


def _hits(frame: pd.DataFrame, pattern: str, *, regex: bool, distinct: bool) -> pd.DataFrame:
    """Row and column positions and value of the cells matching (only the first of each
    value in each column when ``distinct``), in the order of the file."""
    parts = []
    for position, column in enumerate(frame.columns):
        series = frame[column].reset_index(drop=True)
        if not pd.api.types.is_string_dtype(series.dtype):
            series = series.astype(str)
        hit = series[series.str.contains(pattern, regex=regex).fillna(False).astype(bool)]
        hit = hit[~hit.duplicated()] if distinct else hit
        parts.append(pd.DataFrame({"row": hit.index, "column": position, "value": hit}))
    found = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    if found.empty:
        return pd.DataFrame({"row": [], "column": [], "value": []})
    return found.sort_values(["row", "column"], kind="stable").reset_index(drop=True)


def check_text(
    cells: pd.DataFrame, headers: list[str], name: str, first_line: int, decoded: Decoded
) -> tuple[pd.DataFrame | None, list[Issue]]:
    """:func:`undecodable` rows (when bytes were replaced) and :func:`garbled_text`.

    ``cells`` holds every row of the file, the header row first (spreadsheet line
    ``first_line``); ``None`` is returned when the header row cannot be decoded.
    """
    issues: list[Issue] = []
    if decoded.replaced:
        cells, issues = undecodable(cells, headers, name, first_line, decoded.encoding)
        if any(issue.code is IssueCode.UNREADABLE_FILE for issue in issues):
            return None, issues
    return cells, issues + garbled_text(cells, headers, name, first_line, decoded.text)


def undecodable(
    cells: pd.DataFrame, headers: list[str], name: str, first_line: int, encoding: str
) -> tuple[pd.DataFrame, list[Issue]]:
    """Leave out (blank) the rows holding U+FFFD where bytes could not be decoded.

    ``cells`` holds every row of the file, the header row first (spreadsheet line
    ``first_line``). A header row that cannot be decoded makes the file unreadable:
    its names would be wrong. Returns the cells and one issue per row.
    """
    hits = _hits(cells, _REPLACEMENT, regex=False, distinct=False).drop_duplicates("row")
    if (hits["row"] == 0).any():
        reason = (("reason", "reason.header_bytes"),)
        issue = Issue(IssueCode.UNREADABLE_FILE, file=name, line=first_line, params=reason)
        return cells, [issue]
    label = "UTF-8" if encoding.startswith("utf-8") else encoding
    issues = [
        Issue(
            IssueCode.UNDECODABLE_ROW,
            file=name,
            line=int(row) + first_line,
            column=headers[int(column)],
            value=_shown(value),
            params=(("encoding", label),),
        )
        for row, column, value in hits.itertuples(index=False)
    ]
    if issues:
        cells = cells.copy()
        cells.iloc[hits["row"].astype(int).to_list(), :] = ""
    return cells, issues


def garbled_text(
    frame: pd.DataFrame,
    headers: list[str],
    name: str,
    first_line: int,
    text: str | None = None,
) -> list[Issue]:
    """A ``GARBLED_TEXT`` warning for the first cell holding each garbled value.

    Row ``i`` of ``frame`` is spreadsheet line ``first_line + i``. ``text``, the whole
    file when at hand, allows a quick look that skips the cells when nothing is there.
    """
    if text is not None and not any(trigger in text for trigger in _TRIGGERS):
        return []
    hits = _hits(frame, _GARBLED.pattern, regex=True, distinct=True).drop_duplicates("value")
    return [
        Issue(
            IssueCode.GARBLED_TEXT,
            file=name,
            line=int(row) + first_line,
            column=headers[int(column)],
            value=_shown(value),
            params=(("fixed", _shown(_GARBLED.sub(_repair, str(value)))),),
        )
        for row, column, value in hits.itertuples(index=False)
    ]


def _shown(value: object) -> str:
    """A cell as the spreadsheet shows it: control characters out, spaces collapsed."""
    return " ".join(_CONTROLS.sub("", str(value)).split())


def _repair(match: re.Match[str]) -> str:
    return bytes(_BYTE_OF[ch] for ch in match.group()).decode("utf-8", "replace")


def left_out_alone(issues: Iterable[Issue]) -> list[Issue]:
    """The issues without the ``EMPTY_ROW`` of rows left out as ``UNDECODABLE_ROW``
    (they were blanked, so the parsers call them empty)."""
    issues = list(issues)
    left_out = {(i.file, i.line) for i in issues if i.code is IssueCode.UNDECODABLE_ROW}
    if not left_out:
        return issues
    return [
        i for i in issues if not (i.code is IssueCode.EMPTY_ROW and (i.file, i.line) in left_out)
    ]


#: The triggers in UTF-8: a UTF-8 file without them holds no garbled text.
_TRIGGER_BYTES = tuple(trigger.encode() for trigger in _TRIGGERS)


def may_be_garbled(path: str | os.PathLike[str]) -> bool:
    """Whether a UTF-8 file holds a byte sequence that starts garbled text: a quick look
    at the bytes (mapped, not read into memory) before the cells are searched."""
    try:
        with (
            open(path, "rb") as handle,
            mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as m,
        ):
            return any(m.find(trigger) >= 0 for trigger in _TRIGGER_BYTES)
    except (OSError, ValueError):  # an empty file cannot be mapped
        return False


def parquet_reason(data: bytes) -> str:
    """What bytes under a ``.parquet`` name are, when Parquet cannot read them: the
    reason key of an ``UNREADABLE_FILE`` issue."""
    if data.startswith(b"PAR1"):
        return "reason.parquet_damaged"
    decoded = decode_bytes(data[: 1 << 16])
    if decoded.reason in ("reason.workbook", "reason.old_workbook"):
        return "reason.parquet_workbook"
    return "reason.parquet_text" if decoded.text is not None else "reason.parquet_other"


def not_workbook_reason(data: bytes) -> str | None:
    """What bytes under a workbook's name (``.xlsx``) that are no zip are: the reason key
    of an ``UNREADABLE_WORKBOOK`` issue (text: a CSV file named .xlsx; anything else:
    random bytes, or a workbook damaged or cut), ``None`` for an empty file."""
    if not data.strip():
        return None
    text = not data.startswith(b"PK") and decode_bytes(data[: 1 << 16]).text is not None
    return "reason.workbook_text" if text else "reason.not_workbook"
