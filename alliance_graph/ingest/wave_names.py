"""Wave names of the files without a wave column: chosen by the coach, else from the file names.

A ratings file without a wave column is one wave. The coach may name it (``FILE=LABEL``
on the command line, ``wave_labels`` of :func:`~alliance_graph.ingest.read_survey`, the
wave field of the web app). Otherwise the wave is named after the file, cleaned of what
forms tools add (:func:`clean_title`); when several files are named so and their names
share leading or trailing parts set apart by `` - `` (the form's title), those parts are
left out (:func:`waves_from_names`).

A wave named after a file belongs to that file alone: another file that would bring the
same wave (named after its file too, chosen, or in its wave column) is refused with one
``SAME_WAVE_TWICE`` issue, instead of its answers being mixed into the first one's. Two
files may share a wave only when each was given it (chosen, or by its wave column).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import PurePath

import pandas as pd

from alliance_graph.errors import WaveNameError
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "LABEL_MAX",
    "check_label",
    "chosen_labels",
    "clean_title",
    "name_waves",
    "place_waves",
    "waves_from_names",
]

#: The longest wave name a coach may choose (the web app's wave field holds as many).
LABEL_MAX = 60
_EXTENSIONS = frozenset({".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls", ".ods", ".parquet"})
#: What forms tools add to a title, at its end: Google's sheet tab ("- Réponses au
#: formulaire 1", "- Form Responses 1"), Google's "(réponses)" / "(Responses)", Microsoft
#: Forms' range of answers ("(1-16)").
_MARKERS = (
    re.compile(r"\s+-\s+(?:réponses au formulaire|form responses)(?:\s+\d+)?$", re.IGNORECASE),
    re.compile(r"\s*\((?:réponses|responses|respuestas|antworten|risposte)\)$", re.IGNORECASE),
    re.compile(r"\s*\(1-\d+\)$"),
)
#: A browser's counter of a second download of the same name: "… (1)".
_COUNTER = re.compile(r"\s*\(\d+\)$")
#: What sets parts of a title apart: a dash, an en or em dash or a bar between spaces.
_SEPARATOR = re.compile(r"(\s+[-–—|]\s+)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_label(text: str) -> str:
    """A wave name as chosen, spaces collapsed; :class:`WaveNameError` when it is blank,
    longer than :data:`LABEL_MAX` characters or holds a control character.

    >>> check_label("  Mi-parcours   2026 ")
    'Mi-parcours 2026'
    """
    label = " ".join(str(text).split())
    if not label:
        raise WaveNameError("a wave name cannot be blank")
    if _CONTROL.search(label):
        raise WaveNameError(f"a wave name cannot hold control characters, not {label!r}")
    if len(label) > LABEL_MAX:
        raise WaveNameError(
            f"a wave name has at most {LABEL_MAX} characters, not {len(label)} ({label!r})"
        )
    return label


def chosen_labels(labels: Sequence[str | None] | None, count: int) -> list[str | None]:
    """The wave names chosen for ``count`` inputs (``None``: named after the file),
    checked by :func:`check_label`; :class:`WaveNameError` when they are not one per input."""
    if labels is None:
        return [None] * count
    if len(labels) != count:
        raise WaveNameError(f"one wave name per input: {count} inputs, {len(labels)} names")
    return [None if label is None else check_label(label) for label in labels]


def clean_title(name: str) -> str:
    """The wave a file is named after: its name without folder and extension, and without
    what forms tools add at the end of a title (and a browser's download counter after it).

    >>> clean_title("exports/Enquête confiance (réponses) - Réponses au formulaire 1.csv")
    'Enquête confiance'
    >>> clean_title("Trust survey - Kick-off (Responses) - Form Responses 1 (1).csv")
    'Trust survey - Kick-off'
    >>> clean_title("T1.csv"), clean_title("Vague (2).csv"), clean_title("Bilan(1-16).xlsx")
    ('T1', 'Vague (2)', 'Bilan')
    """
    base = unicodedata.normalize("NFC", PurePath(str(name)).name)  # macOS names are NFD
    suffix = PurePath(base).suffix
    stem = base[: -len(suffix)] if suffix.lower() in _EXTENSIONS else base
    stem = " ".join(stem.split())
    return " ".join(_without_forms(stem).split()) or stem or base


def waves_from_names(names: Sequence[str]) -> list[str]:
    """The waves of files named ``names`` (:func:`clean_title`), without the leading and
    trailing title parts that all of them share, when each keeps a part of its own.

    >>> waves_from_names(["Enquête - Lancement (réponses).csv", "Enquête - Fin (réponses).csv"])
    ['Lancement', 'Fin']
    >>> waves_from_names(["Acme - T1 - équipe.csv", "ACME - T2 - Équipe.csv"])
    ['T1', 'T2']
    >>> waves_from_names(["Enquête - Lancement.csv"]), waves_from_names(["A.csv", "A - B.csv"])
    (['Enquête - Lancement'], ['A', 'A - B'])
    """
    titles = [clean_title(name) for name in names]
    if len(titles) < 2:
        return titles
    pieces = [_SEPARATOR.split(title) for title in titles]  # part, separator, part, …
    keys = [[_key(part) for part in p[0::2]] for p in pieces]
    room = min(map(len, keys)) - 1  # every title keeps at least one part
    head = _shared(keys, room)
    tail = _shared([k[::-1] for k in keys], room - head)
    return ["".join(p[2 * head : len(p) - 2 * tail]) for p in pieces]


def name_waves(
    files: Sequence[tuple[str, str | None]], given: Mapping[str, str]
) -> tuple[list[str | None], list[Issue]]:
    """The wave of each ``(file name, chosen name or None)`` of files without a wave
    column, and the ``SAME_WAVE_TWICE`` issues; a refused file's wave is ``None``.

    ``given`` maps each wave of the files with a wave column to the first file holding it.

    >>> waves, issues = name_waves([("a/x.csv", None), ("b/x.csv", None)], {})
    >>> waves, [(i.file, i.value, dict(i.params)) for i in issues]
    (['x', None], [('b/x.csv', 'x', {'other': 'a/x.csv'})])
    """
    derived = iter(waves_from_names([name for name, chosen in files if chosen is None]))
    waves: list[str | None] = [next(derived) if c is None else c for _, c in files]
    owner = dict(given)
    for name, chosen in files:  # chosen names first: they may be shared
        if chosen is not None:
            owner.setdefault(chosen, name)
    issues = []
    for i, (name, chosen) in enumerate(files):
        wave = waves[i]
        if chosen is not None or wave is None:
            continue
        if wave in owner:
            other = (("other", owner[wave]),)
            issues.append(Issue(IssueCode.SAME_WAVE_TWICE, file=name, value=wave, params=other))
            waves[i] = None
        else:
            owner[wave] = name
    return waves, issues


def place_waves(
    parts: list[pd.DataFrame], unnamed: Sequence[tuple[int, str, str | None]]
) -> tuple[dict[int, str | None], list[Issue]]:
    """Fill the ``wave`` of the cells of files without a wave column, in place; the wave
    each of these files is (``None`` for a refused one), by its index in ``parts``, and
    the issues.

    ``parts`` holds each ratings file's cells (with ``wave`` and ``file`` columns);
    ``unnamed`` lists ``(index in parts, file name, chosen name or None)`` for the files
    without a wave column. A refused file's cells are left out (see :func:`name_waves`).
    """
    skip = {index for index, _, _ in unnamed}
    given: dict[str, str] = {}
    for index, part in enumerate(parts):
        if index not in skip:
            for wave, file in part[["wave", "file"]].drop_duplicates("wave").itertuples(False):
                given.setdefault(str(wave), str(file))
    waves, issues = name_waves([(name, chosen) for _, name, chosen in unnamed], given)
    for (index, _, _), wave in zip(unnamed, waves):
        part = parts[index]
        parts[index] = part.iloc[0:0] if wave is None else part.assign(wave=wave)
    return {index: wave for (index, _, _), wave in zip(unnamed, waves)}, issues


def _without_forms(title: str) -> str:
    """``title`` without the forms tools' endings, and the download counter after them."""
    for candidate in (title, _COUNTER.sub("", title)):
        stripped = candidate
        while True:
            shorter = stripped
            for marker in _MARKERS:
                shorter = marker.sub("", shorter)
            if shorter == stripped:
                break
            stripped = shorter
        if stripped != candidate:
            return stripped
    return title


def _key(part: str) -> str:
    """``part`` compared without case and accents."""
    letters = unicodedata.normalize("NFKD", part.casefold())
    return "".join(c for c in letters if not unicodedata.combining(c))


def _shared(keys: list[list[str]], room: int) -> int:
    """How many leading parts every list of ``keys`` shares, at most ``room``."""
    count = 0
    while count < room and len({k[count] for k in keys}) == 1:
        count += 1
    return count
