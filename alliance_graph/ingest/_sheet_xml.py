"""What a workbook's XML tells before its sheets are built: which part holds each sheet,
each sheet's extent, and the cells the reader shows as empty (formulas never computed,
error values such as ``#N/A``).

Read with regular expressions over the bytes, so that nothing runs once per cell in
Python; the XML of the workbook's index is small and parsed with ElementTree.
"""

from __future__ import annotations

import html
import posixpath
import re
from xml.etree import ElementTree

__all__ = [
    "cell_notes",
    "column_number",
    "ods_extents",
    "office_document",
    "sheet_parts",
    "xlsx_extent",
]

_P = rb"(?:[\w.-]+:)?"  # a namespace prefix, as some writers put on every element
_ROW = re.compile(rb"<" + _P + rb"row\b")
_IS = rb"\s*=\s*[\"']"  # an attribute's equal sign and quote, as XML allows them
_ROW_REF = re.compile(rb"<" + _P + rb"row\b[^>]*?\sr" + _IS + rb"(\d+)")
#: A cell's reference (``r="AB12"``): its column letters, and its row.
_REF_COLUMN = re.compile(rb"r" + _IS + rb"([A-Za-z]+)\d")
_REF_ROW = re.compile(rb"r" + _IS + rb"[A-Za-z]+(\d+)")
_FORMULA_START = re.compile(rb"<" + _P + rb"f[\s>/]")
_FORMULA = rb"<" + _P + rb"f\b[^>]*?(?:/>|>(?P<formula>[^<]*)</" + _P + rb"f>)"
#: A cell whose formula has no value stored (none, or an empty one).
_NO_VALUE = re.compile(
    rb"<" + _P + rb"c\b(?P<attrs>[^>]*?)(?<!/)>\s*" + _FORMULA + rb"\s*"
    rb"(?P<v><" + _P + rb"v\s*/>|<" + _P + rb"v>\s*</" + _P + rb"v>)?\s*</" + _P + rb"c>"
)
#: A cell holding an error value.
_ERROR = re.compile(
    rb"<" + _P + rb"c\b(?P<attrs>[^>]*?\st=\"e\"[^>]*?)(?<!/)>\s*"
    rb"(?:<" + _P + rb"f\b[^>]*?(?:/>|>[^<]*</" + _P + rb"f>)\s*)?"
    rb"<" + _P + rb"v>(?P<value>[^<]*)</" + _P + rb"v>"
)
_REF = re.compile(rb"\sr=\"([A-Za-z]{1,4})(\d{1,12})\"")
_TEXT_TYPE = re.compile(rb"\st=\"str\"")
_HUGE = 10**12
_ODS_TABLE = re.compile(rb"<table:table\s[^>]*?table:name=\"([^\"]*)\"")
_ODS_ROW = re.compile(rb"<table:table-row\b([^>]*?)(?:/>|>(.*?)</table:table-row>)", re.S)
_ODS_ROWS_REPEATED = re.compile(rb"table:number-rows-repeated" + _IS + rb"(\d+)")
_ODS_COLUMNS_REPEATED = re.compile(rb"table:number-columns-repeated" + _IS + rb"(\d+)")


def office_document(members: dict[str, bytes]) -> str:
    """The part holding the workbook's index (``xl/workbook.xml`` as a rule)."""
    rels = members.get("_rels/.rels")
    if rels:
        for element in ElementTree.fromstring(rels).iter():
            if str(element.get("Type", "")).endswith("/officeDocument"):
                return _resolve("", element.get("Target", ""))
    return "xl/workbook.xml"


def sheet_parts(members: dict[str, bytes], book_part: str) -> dict[str, str]:
    """Each sheet's name → the part holding its XML, in the workbook's order."""
    folder, base = posixpath.split(book_part)
    rels = members.get(posixpath.join(folder, "_rels", f"{base}.rels"), b"<r/>")
    targets = {
        element.get("Id"): _resolve(folder, element.get("Target", ""))
        for element in ElementTree.fromstring(rels).iter()
        if _local(element.tag) == "Relationship"
    }
    parts = {}
    for element in ElementTree.fromstring(members[book_part]).iter():
        if _local(element.tag) != "sheet":
            continue
        rid = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
        if rid in targets and targets[rid] in members:
            parts[str(element.get("name"))] = targets[rid]
    return parts


def xlsx_extent(data: bytes) -> tuple[int, int]:
    """The rows and columns a sheet's XML spans (its last row and column referred to);
    only the references with the longest column letters are collected."""
    refs = {*_ROW_REF.findall(data), *_REF_ROW.findall(data)}
    count = data.count(b"<row ") + data.count(b"<row>")
    if b":row" in data:  # elements with a namespace prefix
        count += len(_ROW.findall(data))
    rows = max([count, *map(_number, refs)])
    return rows, max(map(column_number, set(_REF_COLUMN.findall(data))), default=0)


def ods_extents(content: bytes) -> list[tuple[str, tuple[int, int]]]:
    """The rows and columns each table of an OpenDocument ``content.xml`` spans, repeated
    rows and cells counted (up to the last cell that holds something)."""
    starts = list(_ODS_TABLE.finditer(content))
    out = []
    for match, after in zip(starts, [*starts[1:], None]):
        body = content[match.end() : after.start() if after else len(content)]
        name = html.unescape(match.group(1).decode("utf-8", "replace"))
        out.append((name, _ods_extent(body)))
    return out


def _ods_extent(body: bytes) -> tuple[int, int]:
    rows = columns = position = 0
    for match in _ODS_ROW.finditer(body):
        repeated = _ODS_ROWS_REPEATED.search(match.group(1))
        position += _number(repeated.group(1)) if repeated else 1
        width = _ods_width(match.group(2) or b"")
        if width:
            rows, columns = position, max(columns, width)
    return rows, columns


def _ods_width(cells: bytes) -> int:
    """How many columns a row spans, up to its last cell holding a value or text."""
    end = max(cells.rfind(b"</table:table-cell>"), cells.rfind(b"office:value-type"))
    if end < 0:
        return 0
    used = cells[: cells.find(b">", end) + 1]
    count = used.count(b"<table:table-cell") + used.count(b"<table:covered-table-cell")
    return count + sum(_number(n) - 1 for n in _ODS_COLUMNS_REPEATED.findall(used))


def cell_notes(data: bytes) -> list[tuple[int, int, str, str]]:
    """``(row, column, kind, text)`` of the cells an ``.xlsx`` sheet holds that the
    reader shows as empty, 0-based: ``formula`` (a formula whose value was never
    computed: the workbook was written by a program that does not calculate, and the
    text is the formula) and ``error`` (an error value, such as ``#N/A``)."""
    notes: list[tuple[int, int, str, str]] = []
    formulas = _FORMULA_START.search(data) is not None
    for match in _NO_VALUE.finditer(data) if formulas else ():
        attrs = match.group("attrs")
        if match.group("v") is not None and _TEXT_TYPE.search(attrs):
            continue  # a formula whose value is the empty text
        formula = _text(match.group("formula") or b"")
        notes += [(*where, "formula", f"={formula}") for where in _place(attrs)]
    if b'"e"' in data:
        for match in _ERROR.finditer(data):
            value = _text(match.group("value")).strip()
            notes += [(*where, "error", value) for where in _place(match.group("attrs"))]
    return notes


def column_number(letters: bytes | str) -> int:
    """``A`` → 1, ``AB`` → 28 (and beyond any limit for more than six letters)."""
    if len(letters) > 6:
        return _HUGE
    number = 0
    for letter in letters.upper() if isinstance(letters, str) else letters.decode().upper():
        number = number * 26 + ord(letter) - 64
    return number


def _number(digits: bytes) -> int:
    """A count or a row number written in the XML (any number of digits)."""
    return int(digits) if len(digits) <= 12 else _HUGE


def _place(attrs: bytes) -> list[tuple[int, int]]:
    ref = _REF.search(attrs)
    return [(int(ref.group(2)) - 1, column_number(ref.group(1)) - 1)] if ref else []


def _text(data: bytes) -> str:
    return html.unescape(data.decode("utf-8", "replace"))


def _resolve(folder: str, target: str) -> str:
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]
