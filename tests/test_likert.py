"""Answer labels and numbers to scores; the scale inferred from them, or asked for."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from alliance_graph.ingest import read_survey
from alliance_graph.ingest.likert import LABEL_SCALES, convert_scores
from alliance_graph.ingest.validate import infer_scale
from alliance_graph.model import IssueCode, Survey


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
    assert scale is not None and (scale.min, scale.max) == expected and scale.inferred


def test_labels_imply_one_to_points() -> None:
    scale = infer_scale(convert_scores(pd.Series(["Agree", "Somewhat agree"])))
    assert scale is not None and (scale.min, scale.max) == (1, 7)


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


# -- one value cannot tell the scale (issue 12, point 5) ----------------------------------


@pytest.mark.parametrize(
    "answers",
    [["1", "1", "1"], ["0", "0"], ["3", "3,0"], ["-2"], ["0.5", "0,5"], ["7"]],
    ids=["ones", "zeros", "threes", "minus-two", "half", "seven"],
)
def test_one_distinct_number_tells_no_scale(answers: list[str]) -> None:
    # all 1s used to give 1:5, so that "fully trusted" on 0:1 read as maximal distrust
    assert infer_scale(convert_scores(pd.Series(answers))) is None


def test_no_number_tells_no_scale() -> None:
    assert infer_scale(convert_scores(pd.Series(["", "#N/A"]))) is None


@pytest.mark.parametrize("answers", [["0", "1", "1", "0"], ["1", "0"], ["0", "1,0", " 1 "]])
def test_zero_one_answers_are_a_zero_one_scale(answers: list[str]) -> None:
    scale = infer_scale(convert_scores(pd.Series(answers)))
    assert scale is not None and (scale.min, scale.max) == (0, 1) and scale.inferred


@pytest.mark.parametrize(
    ("answers", "expected"),
    [(["Agree", "agree "], (1, 5)), (["Jamais"], (1, 5)), (["Somewhat agree"], (1, 7))],
)
def test_one_label_still_implies_its_scale(answers: list[str], expected: tuple) -> None:
    scale = infer_scale(convert_scores(pd.Series(answers)))
    assert scale is not None and (scale.min, scale.max) == expected


def _survey(*files: str, **options: object) -> Survey:
    sources = [(f"T{n}.csv", text.encode()) for n, text in enumerate(files, start=1)]
    return read_survey(sources, **options)  # type: ignore[arg-type]


ONES = "rater,ratee,score\nAlice,Bruno,1\nBruno,Chloé,1\nChloé,Alice,1\n"


def test_all_ones_stop_the_run_and_ask_for_the_scale() -> None:
    survey = _survey(ONES)
    assert not survey.ok and not survey.scale_known
    (issue,) = survey.errors
    where = (issue.code, issue.file, issue.line, issue.value)
    assert where == (IssueCode.SCALE_UNKNOWN, None, None, "1")
    assert "Every score read is 1" in issue.message("en") and "--scale 1:5" in issue.message("en")
    assert "Toutes les notes lues valent 1" in issue.message("fr")
    assert "--scale MIN:MAX" in issue.message("fr")
    assert IssueCode.SCALE_INFERRED not in {i.code for i in survey.issues}
    assert survey.to_dict()["scale"] is None  # no guessed scale is reported
    assert len(survey.ratings) == 3  # nothing is dropped: the answers wait for a scale


def test_only_zeros_stop_the_run_too() -> None:
    survey = _survey(ONES.replace(",1\n", ",0\n"))
    assert [(i.code, i.value) for i in survey.errors] == [(IssueCode.SCALE_UNKNOWN, "0")]


@pytest.mark.parametrize(("given", "strength"), [("1:5", 0.0), ("0:1", 1.0)])
def test_a_declared_scale_reads_one_value(given: str, strength: float) -> None:
    survey = _survey(ONES, scale=given)
    assert survey.ok and survey.scale_known and str(survey.scale) == given
    assert not survey.scale.inferred and survey.to_dict()["scale"]["inferred"] is False
    assert set(survey.scale.strength(survey.ratings["score"])) == {strength}


def test_zero_one_answers_read_as_zero_one() -> None:
    survey = _survey("rater,ratee,score\nAlice,Bruno,1\nBruno,Chloé,0\nChloé,Alice,1\n")
    assert survey.ok and (survey.scale.min, survey.scale.max) == (0, 1)
    inferred = [i for i in survey.issues if i.code is IssueCode.SCALE_INFERRED]
    assert [dict(i.params)["scale"] for i in inferred] == ["0:1"]


def test_the_scale_is_told_by_all_the_files_read_together() -> None:
    # one scale serves the survey: a wave of 1s beside a wave of 1 to 5 is on 1:5
    other = "rater,ratee,score\nAlice,Bruno,2\nBruno,Chloé,5\nChloé,Alice,4\n"
    survey = _survey(ONES, other)
    assert survey.ok and str(survey.scale) == "1:5" and survey.waves == ("T1", "T2")
    assert not _survey(ONES, ONES.replace("Alice,Bruno", "Bruno,Alice")).ok


def test_one_label_is_enough_to_tell_the_scale() -> None:
    survey = _survey(ONES.replace(",1\n", ",Tout à fait d'accord\n"))
    assert survey.ok and str(survey.scale) == "1:5"
    assert set(survey.ratings["score"]) == {5.0}
