"""Answer labels and numbers to scores; the scale inferred from them."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from alliance_graph.ingest.likert import LABEL_SCALES, convert_scores
from alliance_graph.ingest.validate import infer_scale


@pytest.mark.parametrize("family", sorted(LABEL_SCALES))
def test_every_wording_of_every_scale_maps_to_its_rank(family: str) -> None:
    levels = LABEL_SCALES[family]
    # the first wording of each level, written as a user would (capitalised, curly quote)
    answers = pd.Series([w[0].capitalize().replace("'", "’") for w in levels])
    scores = convert_scores(answers)
    assert scores.values.tolist() == list(range(1, len(levels) + 1))
    assert scores.points == len(levels)


@pytest.mark.parametrize(
    ("answers", "expected", "points"),
    [
        (["Tout à fait d'accord", "Plutôt d'accord", "Pas du tout d'accord"], [5, 4, 1], 5),
        (["Plutôt pas d'accord", "Pas d'accord", "D'accord"], [3, 2, 6], 7),
        (["Jamais", "Parfois", "Toujours"], [1, 3, 5], 5),
        (["Never", "Occasionally", "Always"], [1, 3, 7], 7),
        (["STRONGLY AGREE ", "neutral"], [5, 3], 5),
    ],
)
def test_label_scales_are_told_apart(answers, expected, points) -> None:
    scores = convert_scores(pd.Series(answers))
    assert scores.values.tolist() == expected
    assert scores.points == points


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,5", 3.5),
        ("3.5", 3.5),
        (" 4 ", 4.0),
        ("-2", -2.0),
        ("+1", 1.0),
        (",5", 0.5),
        ("1\u202f000", 1000.0),
        ("4 - Agree", 4.0),
        ("5 – Tout à fait d'accord", 5.0),
        ("2) Rarely", 2.0),
    ],
)
def test_numbers_in_many_writings(text: str, value: float) -> None:
    assert convert_scores(pd.Series([text])).values[0] == value


def test_blank_excel_errors_and_unknown_text_are_told_apart() -> None:
    scores = convert_scores(pd.Series(["", "#N/A", "#DIV/0!", "bof", "=A2+1", "4"]))
    assert scores.blank.tolist() == [True, False, False, False, False, False]
    assert scores.excel.tolist() == [False, True, True, False, False, False]
    assert scores.bad.tolist() == [False, False, False, True, True, False]
    assert np.isnan(scores.values[:5]).all()


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1, 2, 5], (1, 5)),
        ([1, 6], (1, 7)),
        ([0, 3], (0, 5)),
        ([2, 9], (1, 10)),
        ([0, 10], (0, 10)),
        ([0.2, 0.9], (0, 1)),
        ([0, 1], (0, 1)),
        ([-3, 2], (-3, 3)),
        ([-1, 1], (-1, 1)),
        ([-4, 0], (-5, 5)),
        ([12, 80], (0, 100)),
    ],
)
def test_infer_scale(values, expected) -> None:
    scale = infer_scale(convert_scores(pd.Series([str(v) for v in values])))
    assert (scale.min, scale.max) == expected and scale.inferred


def test_labels_imply_one_to_points() -> None:
    scale = infer_scale(convert_scores(pd.Series(["Agree", "Somewhat agree"])))
    assert (scale.min, scale.max) == (1, 7)


def test_seven_french_agreement_labels_are_not_read_as_five_points() -> None:
    answers = [
        "Pas du tout d'accord",
        "Pas d'accord",
        "Plutôt pas d'accord",
        "Ni d'accord ni pas d'accord",
        "Plutôt d'accord",
        "D'accord",
        "Tout à fait d'accord",
    ]
    scores = convert_scores(pd.Series(answers))
    assert scores.values.tolist() == [1, 2, 3, 4, 5, 6, 7] and scores.points == 7


def test_a_declared_seven_point_scale_reads_labels_on_seven_points() -> None:
    answers = pd.Series(["Strongly disagree", "Disagree", "Agree", "Strongly agree"])
    assert convert_scores(answers).values.tolist() == [1, 2, 4, 5]
    assert convert_scores(answers, 7).values.tolist() == [1, 2, 6, 7]


def test_excel_errors_in_any_case() -> None:
    assert convert_scores(pd.Series(["#n/a", "#Div/0!"])).excel.tolist() == [True, True]


def test_only_ones_is_not_a_zero_one_scale() -> None:
    scale = infer_scale(convert_scores(pd.Series(["1", "1"])))
    assert (scale.min, scale.max) == (1, 5)
