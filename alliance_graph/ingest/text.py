"""Text normalisation for cells and headers: NFKC, quotes, spaces, case and accents."""

from __future__ import annotations

import re
import unicodedata

import pandas as pd

__all__ = ["clean_cells", "clean_text", "fold"]

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"'})
_SPACES = re.compile(r"\s+")
_HTML_TAG = re.compile(r"<[^>]{0,200}>")


def clean_text(text: str) -> str:
    """NFKC-normalise, fold curly quotes to ``'``, collapse and trim white space.

    >>> clean_text("  Anne\u00a0 Dupont ")
    'Anne Dupont'
    """
    text = unicodedata.normalize("NFKC", str(text)).translate(_QUOTES)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Matching key: cleaned, HTML tags removed, accents stripped, case folded.

    Punctuation other than ``'`` and ``-`` becomes a space, so ``"Évalué(e)"`` and
    ``"evalue e"`` match.

    >>> fold("  Évaluateur / Rôle ")
    'evaluateur role'
    """
    text = clean_text(_HTML_TAG.sub(" ", str(text)))
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    bare = re.sub(r"[^\w'\-]+", " ", bare).replace("_", " ")
    return _SPACES.sub(" ", bare).strip()


def clean_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Apply :func:`clean_text` to every cell, working once per distinct value."""
    out = frame.copy()
    for column in out.columns:
        series = out[column].fillna("").astype(str)
        uniques = pd.unique(series)
        mapping = {value: clean_text(value) for value in uniques}
        out[column] = series.map(mapping)
    return out
