"""Text normalisation for cells and headers: NFKC, quotes, spaces, case and accents."""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import pandas as pd

from alliance_graph.model import Issue, IssueCode
from alliance_graph.safe_text import CONTROL_CHARACTERS

__all__ = [
    "clean_cells",
    "clean_table",
    "clean_text",
    "control_characters",
    "fold",
    "person_text",
]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"'})
_SPACES = re.compile(r"\s+")
_HTML_TAG = re.compile(r"<[^>]{0,200}>")
#: An e-mail address alone in a cell, with or without angle brackets.
_EMAIL = re.compile(r"<\s*([^\s<>@]+@[^\s<>@]+)\s*>|([^\s<>@]+@[^\s<>@]+)")


def clean_text(text: str) -> str:
    """NFKC-normalise, fold curly quotes to ``'``, drop control characters (those that
    separate, such as a vertical tab, become a space), collapse and trim white space.

    >>> clean_text("  Anne\u00a0 Dupont\x01 ")
    'Anne Dupont'
    """
    text = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES)
    text = CONTROL_CHARACTERS.sub(_control_replacement, text)
    return _SPACES.sub(" ", text).strip()


def _control_replacement(match: re.Match[str]) -> str:
    return " " if match.group().isspace() else ""


def control_characters(text: str) -> str:
    """The control characters of ``text``, named as ``U+0001, U+FFFE`` (empty if none).

    >>> control_characters("Zo\x01e\ufffe")
    'U+0001, U+FFFE'
    """
    found = dict.fromkeys(CONTROL_CHARACTERS.findall(str(text)))
    return ", ".join(f"U+{ord(ch):04X}" for ch in found)


def person_text(text: str) -> str:
    """A name or an id as written, cleaned; an e-mail address alone in angle brackets
    loses them (an address is a name, never a tag).

    >>> person_text(" <anne@corp.example> "), person_text("Anne <b>Dupont</b>")
    ('anne@corp.example', 'Anne <b>Dupont</b>')
    """
    text = clean_text(text)
    email = _EMAIL.fullmatch(text)
    return (email.group(1) or email.group(2)) if email else text


def fold(text: str) -> str:
    """Matching key: cleaned, HTML tags removed, accents stripped, case folded.

    Punctuation other than ``'`` and ``-`` becomes a space, so ``"Évalué(e)"`` and
    ``"evalue e"`` match. An e-mail address alone (brackets or not, see
    :func:`person_text`) keeps its punctuation: two addresses never fold together.

    >>> fold("  Évaluateur / Rôle "), fold("<Anne.Dupont@Corp.example>")
    ('evaluateur role', 'anne.dupont@corp.example')
    """
    text = clean_text(text)
    email = _EMAIL.fullmatch(text) if "@" in text else None
    if email:
        return _bare(email.group(1) or email.group(2))
    bare = _bare(_HTML_TAG.sub(" ", text))
    bare = re.sub(r"[^\w'\-]+", " ", bare).replace("_", " ")
    return _SPACES.sub(" ", bare).strip()


def _bare(text: str) -> str:
    """Accents stripped, case folded."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def clean_table(
    frame: pd.DataFrame, file: str, first_line: int
) -> tuple[pd.DataFrame, list[Issue]]:
    """:func:`clean_cells`, and a ``CONTROL_CHARACTERS`` warning for each line that held
    control characters (its first such cell). ``frame`` holds every row of the file,
    headers included, as text; its first row is spreadsheet line ``first_line``."""
    found: dict[int, Issue] = {}
    cleaned = clean_cells(frame)
    for position, column in enumerate(frame.columns):
        series = frame[column].fillna("").astype(str)
        for row in _rows_with_controls(series):
            if row not in found:
                header = str(cleaned.iat[0, position]) or f"({_letter(position)})"
                found[row] = Issue(
                    IssueCode.CONTROL_CHARACTERS,
                    file=file,
                    line=row + first_line,
                    column=header,
                    value=str(cleaned.iat[row, position]),
                    params=(("characters", control_characters(str(series.iat[row]))),),
                )
    return cleaned, [found[row] for row in sorted(found)]


def _rows_with_controls(series: pd.Series) -> list[int]:
    """Positions of the cells holding a control character (one search per distinct value)."""
    bad = [value for value in pd.unique(series) if CONTROL_CHARACTERS.search(value)]
    return [int(row) for row in np.flatnonzero(series.isin(bad).to_numpy())] if bad else []


def _letter(index: int) -> str:
    from alliance_graph.ingest.read import column_letter

    return column_letter(index)


def clean_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Apply :func:`clean_text` to every cell, working once per distinct value."""
    out = frame.copy()
    for column in out.columns:
        series = out[column].fillna("").astype(str)
        uniques = pd.unique(series)
        mapping = {value: clean_text(value) for value in uniques}
        out[column] = series.map(mapping)
    return out
