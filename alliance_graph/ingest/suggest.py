"""Names that are not in the register, and the register names they may have meant.

"Karim" where the register has "Karim Ouali" is a suggestion, never a merge: the coach
accepts it by adding the spelling to the person's aliases (see
:mod:`~alliance_graph.ingest.aliases`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

if TYPE_CHECKING:
    from alliance_graph.ingest.people import Register

__all__ = ["MAX_SUGGESTIONS", "SUGGESTED_NAMES_LIMIT", "not_in_register", "suggest_names"]

#: The most register names suggested for one unknown name, closest first.
MAX_SUGGESTIONS = 3
#: Suggestions are looked for the first this many distinct unknown names only (a log of
#: thousands of strangers is no list of typos).
SUGGESTED_NAMES_LIMIT = 500
#: The lowest similarity (0–100) worth a suggestion.
_CUTOFF = 80
#: How close two words must be (0–100) to count as one word with a typo.
_WORD_CUTOFF = 80
#: Names shorter than this (folded) are compared whole only when equal.
_SHORT = 4


def not_in_register(cells: pd.DataFrame, register: Register) -> list[Issue]:
    """One ``NOT_IN_REGISTER`` per person of ``cells`` (``rater`` and ``ratee``
    columns, with ``file`` and ``line``) missing from the register, at their first
    row, with ``suggestions``: the register names they may have meant."""
    if not register.given:
        return []
    known = set(register.frame["id"])
    firsts: dict[str, tuple[str, int, str]] = {}
    for side in ("rater", "ratee"):
        strangers = cells[~cells[side].isin(known)].drop_duplicates(side)
        for name, file, line in zip(strangers[side], strangers["file"], strangers["line"]):
            firsts.setdefault(str(name), (str(file), int(line), side))
    suggested = suggest_names(firsts, register)
    return [
        Issue(
            IssueCode.NOT_IN_REGISTER,
            file=file,
            line=line,
            column=side,
            value=name,
            params=(("suggestions", suggested.get(name, ())),),
        )
        for name, (file, line, side) in firsts.items()
    ]


def suggest_names(
    names: Iterable[str], register: Register, *, limit: int = MAX_SUGGESTIONS
) -> dict[str, tuple[str, ...]]:
    """The register names each of ``names`` may stand for, closest first (at most
    ``limit``; none when nothing is close).

    A name is close to a register person when its words are theirs in another order
    (``Ouali Karim``), some of them (``Karim``, ``Ouali``), with initials (``K. Ouali``)
    or typos (``Karim Oulai``), case, accents and punctuation aside; or when the whole
    name is a near spelling of their name, id or an alias (rapidfuzz's token sort
    ratio of at least 80). Homonyms are told apart by their ids: ``Paul Roux (proux2)``.

    >>> from alliance_graph.ingest.people import Register
    >>> register = Register(pd.DataFrame({"id": ["ko", "lp"], "name": ["Karim Ouali",
    ...     "Léa Petit"], "aliases": [(), ()], "line": [2, 3]}))
    >>> found = suggest_names(["Karim", "k. ouali", "Petit Lea", "Zoé Blanc"], register)
    >>> found["Karim"], found["k. ouali"], found["Petit Lea"], found["Zoé Blanc"]
    (('Karim Ouali',), ('Karim Ouali',), ('Léa Petit',), ())
    """
    queries = list(dict.fromkeys(str(n) for n in names))[:SUGGESTED_NAMES_LIMIT]
    if not queries or not register.given:
        return {name: () for name in queries}
    keys, owners, shown, is_name = _choices(register)
    folded = [_key(q) for q in queries]
    whole = process.cdist(
        folded, keys, scorer=fuzz.token_sort_ratio, score_cutoff=_CUTOFF, dtype=np.uint8, workers=-1
    )
    short = np.asarray([len(k) < _SHORT for k in keys])
    whole[:, short] = np.where(whole[:, short] == 100, 100, 0)  # "ko" is no typo of "k o"
    words = _Words([k for k, name in zip(keys, is_name) if name], np.flatnonzero(is_name))
    near = words.near(folded)
    out = {}
    for query, key, row in zip(queries, folded, whole):
        scores = row.astype(float) if len(key) >= _SHORT else np.where(row == 100, 100.0, 0.0)
        for choice, score in words.matches(key.split(), near).items():
            scores[choice] = max(scores[choice], score)
        best = np.zeros(len(shown))
        np.maximum.at(best, owners, scores)
        order = sorted((-best[i], shown[i]) for i in np.flatnonzero(best >= _CUTOFF))
        out[query] = tuple(name for _, name in order[:limit])
    return out


def _key(text: str) -> str:
    """The text compared: :func:`~alliance_graph.ingest.text.fold`, hyphens and
    apostrophes as spaces (``Jean-Pierre`` is ``Jean Pierre``)."""
    return " ".join(fold(text).replace("-", " ").replace("'", " ").split())


def _keys(texts: pd.Series) -> pd.Series:
    """:func:`_key` of each text, computed once per distinct text."""
    uniques = pd.unique(texts)
    return texts.map(dict(zip(uniques, map(_key, uniques))))


def _choices(register: Register) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Every compared id, name and alias of the register, the person (row) each belongs
    to, how each person is shown, and which are names or aliases (not ids)."""
    frame = register.frame.reset_index(drop=True)
    names = frame["name"].astype(str)
    aliases = frame.get("aliases", pd.Series([()] * len(frame)))
    rows = np.arange(len(frame))
    spelt = pd.concat(
        [
            pd.DataFrame({"row": rows, "text": frame["id"].astype(str), "name": False}),
            pd.DataFrame({"row": rows, "text": names, "name": True}),
            pd.DataFrame({"row": rows, "text": aliases, "name": True}).explode("text").dropna(),
        ],
        ignore_index=True,
    )
    spelt = spelt.assign(key=_keys(spelt["text"].astype(str)))
    homonym = spelt["key"].iloc[len(frame) : 2 * len(frame)].duplicated(keep=False).to_numpy()
    shown = names.where(~homonym, names + " (" + frame["id"].astype(str) + ")").tolist()
    spelt = spelt[spelt["key"] != ""].sort_values("name", ascending=False, kind="stable")
    spelt = spelt.drop_duplicates(["row", "key"])  # an id spelt as the name is a name
    keys, owners = spelt["key"].tolist(), spelt["row"].to_numpy(dtype=int)
    return keys, owners, shown, spelt["name"].to_numpy(dtype=bool)


class _Words:
    """The words of the register's names and aliases, to match a name word by word: all
    of its words, each found in a name as written, as an initial or with a typo."""

    def __init__(self, keys: list[str], choices: np.ndarray) -> None:
        self.words = dict(zip(choices.tolist(), (key.split() for key in keys)))
        postings: dict[str, list[int]] = {}
        for choice, words in self.words.items():
            for word in set(words):
                postings.setdefault(word, []).append(choice)
        self.vocabulary = list(postings)
        self.postings = [postings[w] for w in self.vocabulary]

    def near(self, keys: list[str]) -> dict[str, np.ndarray]:
        """Each first full word of ``keys`` → the vocabulary words close to it (one
        matrix for all)."""
        firsts = sorted({_first_word(key) for key in keys} - {""})
        if not firsts or not self.vocabulary:
            return {}
        scores = process.cdist(
            firsts, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_WORD_CUTOFF, workers=-1
        )
        return {word: np.flatnonzero(row) for word, row in zip(firsts, scores)}

    def matches(self, query: list[str], near: dict[str, np.ndarray]) -> dict[int, float]:
        """Choice → score (0–100) for the names that hold every word of ``query``."""
        first = _first_word(" ".join(query))
        if not first:  # initials alone ("K. O.") name no one
            return {}
        candidates = {c for at in near.get(first, ()) for c in self.postings[at]}
        scores = {c: _word_score(query, self.words[c]) for c in candidates}
        return {c: s for c, s in scores.items() if s > 0}


def _first_word(key: str) -> str:
    """The first word of more than one letter."""
    return next((w for w in key.split() if len(w) > 1), "")


def _word_score(query: list[str], words: list[str]) -> float:
    """How well ``query``'s words are found among ``words`` (0 when one is missing):
    the mean word similarity, less 5 points per word of ``words`` left unmatched.

    >>> _word_score(["karim"], ["karim", "ouali"]), _word_score(["k", "ouali"], ["karim", "ouali"])
    (95.0, 95.0)
    """
    free, sims = list(words), []
    for word in query:
        found = max(((_similarity(word, w), i) for i, w in enumerate(free)), default=(0.0, -1))
        if found[0] < _WORD_CUTOFF:
            return 0.0
        sims.append(found[0])
        free.pop(found[1])
    return sum(sims) / len(sims) - 5 * len(free)


def _similarity(word: str, other: str) -> float:
    """100 for the same word, 90 for its initial, else rapidfuzz's ratio (words of four
    letters or more)."""
    if word == other:
        return 100.0
    if len(word) == 1:
        return 90.0 if other.startswith(word) else 0.0
    if min(len(word), len(other)) < 4:
        return 0.0
    return float(fuzz.ratio(word, other))
