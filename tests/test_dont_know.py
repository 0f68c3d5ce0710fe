"""'Don't know' is an answer meaning "not rated": a missing answer, never an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from alliance_graph.ingest import read_survey
from alliance_graph.ingest.likert import convert_scores, is_dont_know
from alliance_graph.model import IssueCode


@pytest.mark.parametrize(
    "answer",
    [
        "Je ne sais pas",
        "je ne sais pas.",
        "Ne se prononce pas",
        "NSP",
        "nsp",
        "Sans avis",
        "Pas concerné",
        "Pas concernée",
        "Non applicable",
        "Ne sais pas",
        "N/A",
        "n/a",
        "N.A.",
        "NA",
        "Don't know",
        "Don’t know",  # a curly apostrophe, as Word and phones type it
        "DON'T KNOW",
        "Prefer not to say",
        "Not applicable",
        "No opinion",
    ],
)
def test_dont_know_labels(answer: str) -> None:
    assert is_dont_know(answer)


@pytest.mark.parametrize(
    "answer", ["#N/A", "None", "3", "", "Neutre", "Neutral", "Peut-être", "Jamais", "No"]
)
def test_other_answers_are_not_dont_know(answer: str) -> None:
    assert not is_dont_know(answer)


def test_dont_know_is_neither_a_score_nor_a_bad_answer() -> None:
    scores = convert_scores(pd.Series(["4", "NSP", "Peut-être", "#N/A", ""]))
    assert scores.dont_know.tolist() == [False, True, False, False, False]
    assert scores.bad.tolist() == [False, False, True, False, False]
    assert scores.excel.tolist() == [False, False, False, True, False]


LONG = (
    "rater,ratee,trust,listening\n"
    "Alice,Bruno,4,Je ne sais pas\n"
    "Bruno,Alice,NSP,3\n"
    "Chloé,Alice,Don't know,NSP\n"
    "Alice,Chloé,5,4\n"
    "Bruno,Chloé,Je ne sais pas,2\n"
)


def test_dont_know_answers_are_missing_answers_named_once_per_column(
    write_csv: Callable[..., Path],
) -> None:
    survey = read_survey(write_csv("T1.csv", LONG), scale="1:5")
    assert survey.ok, [i.describe() for i in survey.errors]
    assert len(survey.ratings) == 5  # 10 answer cells, 5 of them "not rated"
    assert survey.missing_answers == {str(write_csv("T1.csv", LONG)): 5}
    found = [i for i in survey.issues if i.code is IssueCode.DONT_KNOW_ANSWERS]
    assert [(i.line, i.column, dict(i.params)["count"]) for i in found] == [
        (1, "trust", 3),
        (1, "listening", 2),
    ]
    assert dict(found[0].params)["lines"] == "3, 4, 6"
    assert found[0].value == "NSP, Don't know, Je ne sais pas"
    assert "3 answers meaning “not rated”" in found[0].message("en")
    assert "comptent comme des réponses manquantes" in found[0].message("fr")
    # Chloé's row holds only "don't know": no "no score" warning for it
    assert not [i for i in survey.issues if i.code is IssueCode.MISSING_SCORE]


def test_a_form_export_with_dont_know_in_its_grid(write_csv: Callable[..., Path]) -> None:
    text = (
        "Horodateur,Votre nom,Confiance [Alice],Confiance [Bruno],Confiance [Chloé]\n"
        "2026-01-10,Alice,,4,Je ne sais pas\n"
        "2026-01-10,Bruno,3,,Je ne sais pas\n"
        "2026-01-11,Chloé,Je ne sais pas,Je ne sais pas,\n"
    )
    survey = read_survey(write_csv("form.csv", text), scale="1:5")
    assert survey.ok and len(survey.ratings) == 2
    found = [(i.column, dict(i.params)["count"]) for i in survey.issues if i.line == 1]
    assert found == [
        ("Confiance [Alice]", 1),
        ("Confiance [Bruno]", 1),
        ("Confiance [Chloé]", 2),
    ]
    assert not [i for i in survey.issues if i.code is IssueCode.NO_ANSWERS]


def test_sans_avis_is_no_longer_the_midpoint(write_csv: Callable[..., Path]) -> None:
    text = (
        "évaluateur,évalué,confiance\n"
        "Alice,Bruno,Plutôt d'accord\n"
        "Bruno,Alice,Sans avis\n"
        "Chloé,Alice,Tout à fait d'accord\n"
        "Alice,Chloé,Pas du tout d'accord\n"
    )
    survey = read_survey(write_csv("T1.csv", text))
    assert survey.ok
    assert sorted(survey.ratings["score"]) == [1.0, 4.0, 5.0]


def test_an_unknown_label_says_what_to_do_in_both_languages(
    write_csv: Callable[..., Path],
) -> None:
    text = "rater,ratee,score\nAlice,Bruno,Peut-être\nBruno,Alice,None\nChloé,Alice,4\n"
    survey = read_survey(write_csv("T1.csv", text), scale="1:5")
    errors = [i for i in survey.errors if i.code is IssueCode.SCORE_NOT_A_NUMBER]
    assert [i.value for i in errors] == ["Peut-être", "None"]  # "None" may mean no trust
    english, french = errors[0].message("en"), errors[0].message("fr")
    assert "Write a number on the scale" in english and "Don't know" in english
    assert "or empty the cell" in english
    assert "Écrivez un nombre de l’échelle" in french and "« Je ne sais pas »" in french
    assert "videz la cellule" in french


def test_an_excel_na_stays_a_spreadsheet_error(write_csv: Callable[..., Path]) -> None:
    text = "rater,ratee,score\nAlice,Bruno,#N/A\nBruno,Alice,N/A\nChloé,Alice,4\n"
    codes = [i.code for i in read_survey(write_csv("T1.csv", text), scale="1:5").issues]
    assert IssueCode.EXCEL_ERROR in codes and IssueCode.DONT_KNOW_ANSWERS in codes
