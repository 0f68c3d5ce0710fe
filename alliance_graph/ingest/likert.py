"""Answer labels (Likert agreement and frequency scales, English and French) to numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from alliance_graph.ingest.text import fold

__all__ = ["EXCEL_ERRORS", "LABEL_SCALES", "Scores", "convert_scores"]

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
            "sans avis",
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
            "sans avis",
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

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_LEADING_NUMBER = re.compile(r"^\s*([+-]?\d+(?:[.,]\d+)?)\s*[-–:.)=]\s*\D")
_THOUSANDS = re.compile(r"(?<=\d)[\u202f\u00a0 ](?=\d{3}\b)")


@dataclass
class Scores:
    """The numeric scores of a column of answers, and what could not be read.

    ``values`` is float with NaN where there is no number; ``blank``, ``excel`` and
    ``bad`` are boolean masks; ``points`` is the number of points of the label scale
    used (``None`` when no label was used).
    """

    values: np.ndarray
    blank: np.ndarray
    excel: np.ndarray
    bad: np.ndarray
    labelled: np.ndarray
    points: int | None


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
    labels = [u for u in uniques if numbers[u] is None and u.strip() and u not in excel_values]
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
    bad = np.isnan(values) & ~blank & ~excel
    labelled = text.isin(labelled_values).to_numpy()
    used = len(LABEL_SCALES[family]) if family and labelled.any() else None
    return Scores(values, blank, excel, bad, labelled, used)


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
