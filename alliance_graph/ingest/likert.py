"""Answer labels (Likert agreement and frequency scales, English and French) to numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from alliance_graph.ingest.text import fold

__all__ = [
    "DONT_KNOW_LABELS",
    "EXCEL_ERRORS",
    "LABEL_SCALES",
    "Scores",
    "convert_scores",
    "dont_know_mask",
    "is_dont_know",
]

#: Labels in scale order, lowest first. Each family has English and French wordings.
LABEL_SCALES: dict[str, tuple[tuple[str, ...], ...]] = {
    "agreement-5": (
        ("strongly disagree", "pas du tout d'accord", "tout a fait en desaccord"),
        ("disagree", "plutot pas d'accord", "pas d'accord", "en desaccord", "plutot en desaccord"),
        (
            "neither agree nor disagree",
            "neutral",
            "neither",
            "ni d'accord ni pas d'accord",
            "neutre",
            "ni en accord ni en desaccord",
        ),
        ("agree", "plutot d'accord", "d'accord"),
        ("strongly agree", "tout a fait d'accord", "totalement d'accord"),
    ),
    "agreement-7": (
        ("strongly disagree", "pas du tout d'accord", "tout a fait en desaccord"),
        ("disagree", "pas d'accord", "en desaccord"),
        ("somewhat disagree", "slightly disagree", "plutot pas d'accord", "plutot en desaccord"),
        (
            "neither agree nor disagree",
            "neutral",
            "neither",
            "ni d'accord ni pas d'accord",
            "neutre",
            "ni en accord ni en desaccord",
        ),
        ("somewhat agree", "slightly agree", "plutot d'accord"),
        ("agree", "d'accord"),
        ("strongly agree", "tout a fait d'accord", "totalement d'accord"),
    ),
    "frequency-5": (
        ("never", "jamais"),
        ("rarely", "rarement"),
        ("sometimes", "parfois", "de temps en temps"),
        ("often", "souvent"),
        ("always", "toujours"),
    ),
    "frequency-7": (
        ("never", "jamais"),
        ("rarely", "rarement"),
        ("occasionally", "occasionnellement"),
        ("sometimes", "parfois", "de temps en temps"),
        ("frequently", "frequemment"),
        ("usually", "very often", "habituellement", "tres souvent"),
        ("always", "toujours"),
    ),
}

#: Error values a spreadsheet leaves in cells; read as missing answers.
EXCEL_ERRORS = frozenset(
    {
        "#N/A",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#NULL!",
        "#SPILL!",
        "#CALC!",
        "#N/A N/A",
        "#NOM?",
        "#VALEUR!",
        "#NOMBRE!",
        "#NUL!",
    }
)

#: Answers that mean "not rated" (don't know, no opinion, not applicable), compared after
#: :func:`~alliance_graph.ingest.text.fold` (so ``N/A`` and ``n.a.`` are ``n a``). In an
#: answer cell "NA" can mean nothing else, so it is one of them; "None" is not (it may mean
#: no trust at all), nor is a spreadsheet's ``#N/A`` (one of :data:`EXCEL_ERRORS`).
DONT_KNOW_LABELS = frozenset(
    {
        # English
        "don't know",
        "dont know",
        "do not know",
        "i don't know",
        "i do not know",
        "dk",
        "no opinion",
        "prefer not to say",
        "prefer not to answer",
        "rather not say",
        "not applicable",
        "n a",
        "na",
        "cannot say",
        "can't say",
        "unable to say",
        "unable to rate",
        "cannot rate",
        "can't rate",
        "no opportunity to observe",
        "not observed",
        "don't know this person",
        "i don't know this person",
        # French
        "je ne sais pas",
        "ne sais pas",
        "ne se prononce pas",
        "je ne me prononce pas",
        "nsp",
        "sans avis",
        "pas d'avis",
        "aucun avis",
        "sans opinion",
        "pas d'opinion",
        "pas concerne",
        "pas concernee",
        "non concerne",
        "non concernee",
        "nc",
        "non applicable",
        "sans objet",
        "je prefere ne pas repondre",
        "prefere ne pas repondre",
        "je ne peux pas dire",
        "je ne peux pas me prononcer",
        "je ne connais pas",
        "je ne connais pas cette personne",
        "ne connais pas",
        "pas d'occasion d'observer",
        "pas eu l'occasion d'observer",
        "non observe",
    }
)

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_LEADING_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*[-–:.)=]\s*\D")
_THOUSANDS = re.compile(r"(?<=\d)[\u202f\u00a0 ](?=\d{3}\b)")


@dataclass
class Scores:
    """The numeric scores of a column of answers, and what could not be read.

    ``values`` is float with NaN where there is no number; ``blank``, ``excel``,
    ``bad`` and ``dont_know`` (answers meaning "not rated", see
    :data:`DONT_KNOW_LABELS`) are boolean masks; ``points`` is the number of points of
    the label scale used (``None`` when no label was used).
    """

    values: np.ndarray
    blank: np.ndarray
    excel: np.ndarray
    bad: np.ndarray
    labelled: np.ndarray
    points: int | None
    dont_know: np.ndarray | None = None


def convert_scores(answers: pd.Series, points: int | None = None) -> Scores:
    """Turn answer texts into numbers: plain numbers (decimal comma allowed), numbers
    prefixed to a label (``"4 - Agree"``), or labels of one Likert scale.

    ``points`` (5 or 7) forces label scales of that many points, for a declared scale:
    "Agree" is 4 on five points and 6 on seven.

    >>> convert_scores(pd.Series(["3,5", "Tout à fait d'accord", ""])).values.tolist()
    [3.5, 5.0, nan]
    """
    text = answers.fillna("").astype(str)
    uniques = pd.unique(text)
    numbers = {u: _number(u) for u in uniques}
    excel_values = {u for u in uniques if u.strip().upper() in EXCEL_ERRORS}
    unrated = {u for u in uniques if numbers[u] is None and is_dont_know(u)}
    labels = [
        u
        for u in uniques
        if numbers[u] is None and u.strip() and u not in excel_values and u not in unrated
    ]
    family = _pick_family(labels, points)
    mapping = dict(numbers)
    labelled_values = set()
    if family:
        positions = _positions(family)
        for label in labels:
            position = positions.get(fold(label))
            if position is not None:
                mapping[label] = float(position)
                labelled_values.add(label)
    values = text.map(mapping).astype(float).to_numpy()
    blank = (text.str.strip() == "").to_numpy()
    excel = text.isin(excel_values).to_numpy()
    dont_know = text.isin(unrated).to_numpy()
    bad = np.isnan(values) & ~blank & ~excel & ~dont_know
    labelled = text.isin(labelled_values).to_numpy()
    used = len(LABEL_SCALES[family]) if family and labelled.any() else None
    return Scores(values, blank, excel, bad, labelled, used, dont_know)


def is_dont_know(text: str) -> bool:
    """Whether an answer means "not rated": don't know, no opinion, not applicable.

    >>> [is_dont_know(t) for t in ("Je ne sais pas", "N/A", "NSP", "#N/A", "None", "3")]
    [True, True, True, False, False, False]
    """
    return str(text).strip().upper() not in EXCEL_ERRORS and fold(text) in DONT_KNOW_LABELS


def dont_know_mask(answers: pd.Series) -> np.ndarray:
    """:func:`is_dont_know` of each answer, decided once per distinct text."""
    uniques = pd.unique(answers)
    unrated = [u for u in uniques if is_dont_know(u)]
    return answers.isin(unrated).to_numpy() if unrated else np.zeros(len(answers), dtype=bool)


def _number(text: str) -> float | None:
    candidate = _THOUSANDS.sub("", text.strip())
    if _NUMBER.fullmatch(candidate):
        return float(candidate.replace(",", "."))
    lead = _LEADING_NUMBER.match(text)
    if lead:
        return float(lead.group(1).replace(",", "."))
    return None


def _positions(family: str) -> dict[str, int]:
    return {
        fold(label): rank
        for rank, wordings in enumerate(LABEL_SCALES[family], start=1)
        for label in wordings
    }


def _pick_family(labels: list[str], points: int | None = None) -> str | None:
    """The label scale that reads the labels best.

    Best means: knows the most labels, then tells the most of them apart (two
    different labels on one rank suggest the wrong scale: French "D'accord" and
    "Plutôt d'accord" share a rank on 5 points, not on 7), then has fewer points.
    """
    if not labels:
        return None
    keys = {fold(label) for label in labels}
    best, best_key = None, (0, 0)
    families = [f for f in LABEL_SCALES if points in (None, len(LABEL_SCALES[f]))]
    for family in sorted(families, key=lambda f: len(LABEL_SCALES[f])):
        positions = _positions(family)
        known = keys & set(positions)
        key = (len(known), len({positions[k] for k in known}))
        if key > best_key:
            best, best_key = family, key
    return best
