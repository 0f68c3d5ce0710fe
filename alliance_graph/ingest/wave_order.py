"""The order of the waves: by date, else by what their labels say, else as they come.

Waves that all have dates are ordered by their earliest date. Otherwise their labels
may say the order, when every label is of one ordered kind (:func:`label_order`):
numbers (``1``, ``2``), a word and a number (``T1``, ``T2``, ``Vague 10``), ISO dates or
months (``2026-01``, ``2026-04-15``), quarters or halves with their year (``Q1 2026``,
``2026-T2``), month names with their year in English or French (``January 2026``,
``janv. 2026``), or stage words (``kick-off``, ``mid-point``, ``close``; ``lancement``,
``mi-parcours``, ``clôture``), the same words around them set aside (``Enquête
lancement``, ``Enquête clôture``). Otherwise the waves keep the order in which they
first appear in the input (files in the order given, rows in file order), and the
survey says so (``WAVE_ORDER_GUESSED``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode, natural_key

__all__ = ["label_order", "order_waves"]

_NUMBERED = re.compile(r"^(\D*?)[\s#°.:-]*(\d+)$")
_ISO = re.compile(r"^(\d{4})(?:[-/](\d{1,2}))?(?:[-/](\d{1,2}))?$")
_PERIOD = re.compile(r"^([qtsh])\s*([1-4])[\s/-]*(\d{4})$|^(\d{4})[\s/-]*([qtsh])\s*([1-4])$")
_MONTH = re.compile(r"^([a-z]+)\.?[\s/-]*(\d{4})$|^(\d{4})[\s/-]*([a-z]+)\.?$")
_MONTHS = {
    **dict.fromkeys(("january", "jan", "janvier", "janv"), 1),
    **dict.fromkeys(("february", "feb", "fevrier", "fevr", "fev"), 2),
    **dict.fromkeys(("march", "mar", "mars"), 3),
    **dict.fromkeys(("april", "apr", "avril", "avr"), 4),
    **dict.fromkeys(("may", "mai"), 5),
    **dict.fromkeys(("june", "jun", "juin"), 6),
    **dict.fromkeys(("july", "jul", "juillet", "juil"), 7),
    **dict.fromkeys(("august", "aug", "aout"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre"), 9),
    **dict.fromkeys(("october", "oct", "octobre"), 10),
    **dict.fromkeys(("november", "nov", "novembre"), 11),
    **dict.fromkeys(("december", "dec", "decembre"), 12),
}
#: Stage words (folded, without spaces, hyphens or apostrophes), English then French.
_KICK_OFF = ("kickoff", "launch", "start", "baseline", "initial", "before", "pre")
_KICK_OFF_FR = ("lancement", "demarrage", "debut", "depart", "initiale", "avant")
_MIDDLE = ("mid", "midpoint", "midterm", "midway", "middle", "interim", "halfway")
_MIDDLE_FR = ("miparcours", "mietape", "milieu", "intermediaire", "pointdetape")
_CLOSE = ("close", "closing", "closure", "end", "final", "wrapup", "after", "post")
_CLOSE_FR = ("cloture", "fin", "finale", "bilan", "apres")
#: Each stage word → its place.
_STAGES = {
    **dict.fromkeys((*_KICK_OFF, *_KICK_OFF_FR), 0),
    **dict.fromkeys((*_MIDDLE, *_MIDDLE_FR), 1),
    **dict.fromkeys((*_CLOSE, *_CLOSE_FR), 2),
    **dict.fromkeys(("followup", "suivi"), 3),
}

#: A kind of label: its family (every label of the kind shares it) and its place.
Kind = Callable[[str], tuple[Any, tuple[int, ...]] | None]


def _numbered(label: str) -> tuple[Any, tuple[int, ...]] | None:
    found = _NUMBERED.match(label)
    return (found.group(1).strip(), (int(found.group(2)),)) if found else None


def _iso(label: str) -> tuple[Any, tuple[int, ...]] | None:
    found = _ISO.match(label)
    if not found or not all(0 < int(part) <= 31 for part in found.groups()[1:] if part):
        return None
    return "", tuple(int(part or 0) for part in found.groups())


def _period(label: str) -> tuple[Any, tuple[int, ...]] | None:
    found = _PERIOD.match(label)
    if not found:
        return None
    letter, number, year = found.group(1, 2, 3) if found.group(1) else found.group(5, 6, 4)
    return letter, (int(year), int(number))


def _month(label: str) -> tuple[Any, tuple[int, ...]] | None:
    found = _MONTH.match(label)
    if not found:
        return None
    word, year = found.group(1, 2) if found.group(1) else found.group(4, 3)
    return ("", (int(year), _MONTHS[word])) if word in _MONTHS else None


def _stage(label: str) -> tuple[Any, tuple[int, ...]] | None:
    place = _STAGES.get(re.sub(r"[\s'-]+", "", label))
    return None if place is None else ("", (place,))


_KINDS: tuple[Kind, ...] = (_numbered, _iso, _period, _month, _stage)


def label_order(labels: Sequence[str]) -> list[str] | None:
    """The labels in the order they say, or ``None`` when they do not all say one.

    >>> label_order(["clôture", "Lancement", "mi-parcours"])
    ['Lancement', 'mi-parcours', 'clôture']
    >>> label_order(["avril 2026", "January 2026"]), label_order(["T10", "T2"])
    (['January 2026', 'avril 2026'], ['T2', 'T10'])
    >>> label_order(["Nord", "Sud"]) is None
    True
    """
    folded = [fold(str(label)) for label in labels]
    for texts in (folded, _without_shared_words(folded)):
        for kind in _KINDS:
            places = _places(kind, texts)
            if places is not None:
                return [label for _, label in sorted(zip(places, labels))]
    return None


def _places(kind: Kind, texts: list[str]) -> list[tuple[int, ...]] | None:
    """The place of each text, when all are of ``kind`` and of one family (``T`` of
    ``T1``), each in a place of its own."""
    keys = [kind(text) for text in texts]
    found = [key for key in keys if key is not None]
    if len(found) < len(keys) or len({family for family, _ in found}) > 1:
        return None
    places = [place for _, place in found]
    return places if len(set(places)) == len(places) else None


def _without_shared_words(texts: list[str]) -> list[str]:
    """The texts without the words all of them begin or end with (``enquete``)."""
    words = [text.split() for text in texts]
    shortest = min((len(w) for w in words), default=0)
    head = 0
    while head < shortest - 1 and len({tuple(w[: head + 1]) for w in words}) == 1:
        head += 1
    tail = 0
    while tail < shortest - head - 1 and len({tuple(w[len(w) - tail - 1 :]) for w in words}) == 1:
        tail += 1
    return [" ".join(w[head : len(w) - tail]) for w in words]


def order_waves(rows: pd.DataFrame) -> tuple[tuple[str, ...], list[Issue]]:
    """The waves of ``rows`` (``wave``, ``date``, ``file``, ``line``) in order, with a
    ``WAVE_ORDER_GUESSED`` warning when neither dates nor labels tell it.

    >>> rows = pd.DataFrame({"wave": ["Nord", "Sud", "Nord"], "date": pd.NaT,
    ...                      "file": ["a.csv", "b.csv", "b.csv"], "line": [2, 2, 3]})
    >>> order_waves(rows)[0], order_waves(rows)[1][0].value
    (('Nord', 'Sud'), 'Nord, Sud')
    """
    labels = _first_seen(rows)
    firsts = rows["date"].groupby(rows["wave"].astype(str).to_numpy()).min()
    if len(labels) and firsts.notna().all():
        return tuple(sorted(labels, key=lambda w: (firsts[w], natural_key(w)))), []
    said = label_order(labels)
    if said is not None or len(labels) < 2:
        return tuple(said or labels), []
    return tuple(labels), [Issue(IssueCode.WAVE_ORDER_GUESSED, value=", ".join(labels))]


def _first_seen(rows: pd.DataFrame) -> list[str]:
    """The waves in the order they first appear: files in input order, then lines."""
    if rows.empty:
        return []
    files = rows["file"].astype(str)
    seen = pd.DataFrame(
        {
            "wave": rows["wave"].astype(str).to_numpy(),
            "file": pd.Index(pd.unique(files)).get_indexer(pd.Index(files)),  # input order
            "line": rows["line"].astype("int64").to_numpy(),
        }
    )
    firsts = seen.groupby("wave", sort=False)[["file", "line"]].min()
    return list(firsts.sort_values(["file", "line"], kind="stable").index)
