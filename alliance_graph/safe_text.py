"""Text from the data made safe for where it goes: a terminal, XML, a file name.

Names, labels and file names come from the people who filled in a survey; they may hold
control characters (invalid in XML, refused by spreadsheets) and bidirectional controls
(U+202E turns the rest of a line around, the app's own words included).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

__all__ = [
    "BIDI_CONTROLS",
    "CONTROL_CHARACTERS",
    "download_name",
    "file_part",
    "finalize",
    "json_plain",
    "plain",
    "safe_cell",
    "xml_safe",
]

#: Embeddings, overrides and isolates: each changes the direction of what follows it.
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: What no survey text should hold: C0 controls but tab and line breaks, DEL, C1
#: controls, lone surrogates and Unicode's noncharacters (U+FFFE, U+FDD0 …).
CONTROL_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)
#: Not allowed in an XML 1.0 document at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: Not in a file name on any common system (Windows is the strictest).
_NOT_IN_FILE_NAME = re.compile(r'[<>:"/\\|?*;\x00-\x1f\x7f]')
_WINDOWS_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?")


def plain(text: str) -> str:
    r"""``text`` for plain-text output: bidirectional controls shown as ``<U+202E>``.

    >>> plain("Anne \u202eDupont")
    'Anne <U+202E>Dupont'
    """
    return BIDI_CONTROLS.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)


def finalize(value: Any) -> Any:
    """Jinja's ``finalize`` for pages: text from the data, shown in an element or inside
    a sentence, loses its bidirectional controls (markup the app built is left as it is).

    >>> finalize("Mission \u202eLumière"), finalize(3)
    ('Mission Lumière', 3)
    """
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return BIDI_CONTROLS.sub("", value)
    return value


def json_plain(text: str) -> str:
    r"""JSON text with its bidirectional controls written as ``\u202e``: the same data,
    and a terminal shows the line in its order.

    >>> json_plain('{"name": "Anne \u202eDupont"}')
    '{"name": "Anne \\u202eDupont"}'
    """
    return BIDI_CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def xml_safe(text: str) -> str:
    r"""``text`` without the characters an XML document (GraphML, GEXF, XLSX) cannot hold.

    >>> xml_safe("A\x01B\ufffe")
    'AB'
    """
    return _NOT_XML.sub("", text)


def file_part(label: str, *, limit: int = 60) -> str:
    """A wave label (or any text) as a piece of a file name, on every system.

    Separators, control and bidirectional characters become ``_``; at most ``limit``
    characters; never empty, never ``.`` or ``..``.

    >>> file_part("01/2026")
    '01_2026'
    """
    text = unicodedata.normalize("NFC", str(label))
    text = _NOT_IN_FILE_NAME.sub("_", CONTROL_CHARACTERS.sub("_", BIDI_CONTROLS.sub("", text)))
    text = text.strip(" .")[:limit].strip(" .")
    if _WINDOWS_RESERVED.fullmatch(text):
        text = f"_{text}"
    return text or "_"


def download_name(filename: str, default: str = "download.csv") -> str:
    r"""A file name a browser may save to: no folder, no quote, no control or
    bidirectional character, at most 120 characters, its extension kept.

    >>> download_name('../T1 "final"\u202e.csv')
    'T1 _final_.csv'
    """
    name = re.split(r"[/\\]", filename or "")[-1]
    stem, dot, suffix = name.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = name, ""
    stem = file_part(stem, limit=120 - len(suffix) - 1) if stem.strip(" ._") else ""
    suffix = file_part(suffix, limit=10) if suffix else ""
    if not stem:
        return default
    return f"{stem}.{suffix}" if suffix else stem


#: What a spreadsheet runs as a formula when a cell's text starts with it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading ``'``; numbers,
    booleans and empty cells are kept as they are (OWASP CSV injection).

    >>> safe_cell("=SUM(A1)"), safe_cell("-2 people"), safe_cell(-2), safe_cell(None)
    ("'=SUM(A1)", "'-2 people", -2, '')
    """
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
