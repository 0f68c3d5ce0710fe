"""The objectives register and the progress answers read from workbook sheets (DESIGN.md
section 10): found by their headers or the sheet's name, given with ``--objectives`` as a
workbook or one of its sheets, each issue located at its sheet and line, and a second
register of objectives refused."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.model import IssueCode

PEOPLE = [
    ("Claire Moreau", "Coach", "coach"),
    ("Philippe Durand", "Direction", "commanditaire"),
    ("Hélène Garnier", "Direction", "coachée"),
    ("Loïc Perrin", "Managers", ""),
    ("Céline Mercier", "Managers", ""),
]
RATINGS = [
    ("Philippe Durand", "Hélène Garnier", 4),
    ("Loïc Perrin", "Hélène Garnier", 3),
    ("Céline Mercier", "Hélène Garnier", 5),
    ("Hélène Garnier", "Philippe Durand", 4),
    ("Claire Moreau", "Hélène Garnier", 4),
]
OBJECTIVES = [
    (1, "Déléguer davantage aux managers", "Managers", 1),
    (2, "Prendre la parole au comité de direction", "Direction", 1.5),
]
PROGRESS = [
    ("T1", "Philippe Durand", 2, "Beaucoup mieux"),
    ("T1", "Loïc Perrin", 1, "+1"),
    ("T1", "Céline Mercier", "Déléguer davantage aux managers", "Un peu moins bien"),
]
#: Rows with a defect each, below the others: line 4 of "Objectifs", lines 5-7 of "Progrès".
BAD_OBJECTIVES = [(3, "Rapprocher la direction des équipes", "", "beaucoup")]
BAD_PROGRESS = [
    ("T1", "Zoé Inconnue", 1, "mieux"),
    ("T1", "Loïc Perrin", 9, "+1"),
    ("T1", "Philippe Durand", 1, "+4"),
]


def _book(sheets: dict[str, list[tuple]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _sheets(*, defects: bool = False, objectives: bool = True) -> dict[str, list[tuple]]:
    sheets = {
        "Réponses": [("Évaluateur", "Évalué", "Confiance", "Vague")]
        + [(*row, "T1") for row in RATINGS],
        "Parties prenantes": [("Nom", "Groupe", "Rôle"), *PEOPLE],
        "Progrès": [("Vague", "Répondant", "Objectif", "Progrès"), *PROGRESS]
        + (BAD_PROGRESS if defects else []),
    }
    if objectives:
        sheets["Objectifs"] = [("N°", "Objectif", "Observateurs", "Cible"), *OBJECTIVES] + (
            BAD_OBJECTIVES if defects else []
        )
    return sheets


@pytest.fixture
def book(tmp_path: Path) -> Path:
    path = tmp_path / "enquete.xlsx"
    path.write_bytes(_book(_sheets()))
    return path


def _progress(survey: Any) -> list[list]:
    table = survey.progress.sort_values(["rater", "objective"])
    return table[["wave", "rater", "objective", "progress"]].values.tolist()


def test_a_workbook_with_every_sheet(book: Path) -> None:
    survey = read_survey(book, scale="1:5")
    assert survey.ok, [i.describe() for i in survey.issues]
    assert survey.objectives["id"].tolist() == ["1", "2"]
    assert survey.objectives["target"].tolist() == [1.0, 1.5]
    assert survey.objectives["observers"].tolist() == [("Managers",), ("Direction",)]
    assert _progress(survey) == [  # a register without ids: people named by their names
        ["T1", "Céline Mercier", "1", -1.0],  # the objective named by its wording
        ["T1", "Loïc Perrin", "1", 1.0],
        ["T1", "Philippe Durand", "2", 3.0],
    ]
    shapes = {f.sheet: f.shape for f in survey.files}
    assert shapes == {
        "Parties prenantes": "register",
        "Objectifs": "objectives",
        "Réponses": "long",
        "Progrès": "progress",
    }
    assert {f.path for f in survey.files} == {str(book)}
    assert len(survey.ratings) == len(RATINGS)


def test_each_defect_is_located_at_its_sheet_and_line(tmp_path: Path) -> None:
    path = tmp_path / "enquete.xlsx"
    path.write_bytes(_book(_sheets(defects=True)))
    survey = read_survey(path, scale="1:5")
    found = sorted(
        (i.sheet, i.line, i.code.value, i.value) for i in survey.issues if i.sheet is not None
    )
    assert found == [
        ("Objectifs", 4, "TARGET_NOT_A_NUMBER", "beaucoup"),
        ("Progrès", 5, "NOT_IN_REGISTER", "Zoé Inconnue"),
        ("Progrès", 6, "UNKNOWN_OBJECTIVE", "9"),
        ("Progrès", 7, "PROGRESS_OUT_OF_RANGE", "+4"),
    ]
    assert all(i.file == str(path) for i in survey.issues if i.sheet)
    assert ["T1", "Zoé Inconnue", "1", 2.0] in _progress(survey)  # counted, without a group


def test_progress_sheet_beside_ratings_without_objectives(tmp_path: Path) -> None:
    """The answers name the objectives; the progress sheet is not left unread."""
    path = tmp_path / "enquete.xlsx"
    path.write_bytes(_book(_sheets(objectives=False)))
    survey = read_survey(path, scale="1:5")
    assert survey.ok, [i.describe() for i in survey.issues]
    assert survey.objectives["id"].tolist() == ["2", "1", "Déléguer davantage aux managers"]
    assert len(survey.progress) == 3


def test_validate_shows_the_objectives_and_progress_of_a_workbook(book: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(book), "--scale", "1:5"])
    assert result.exit_code == 0, result.output
    assert "Objectives: 2 (1, 2)." in result.output
    assert "Progress: 3 answers on 2 objectives in wave T1." in result.output
    assert f"{book}, sheet “Objectifs”  (objectives, xlsx, 2 rows)" in result.output
    assert f"{book}, sheet “Progrès”  (progress, xlsx, 3 rows)" in result.output
    data = json.loads(
        CliRunner().invoke(cli, ["validate", str(book), "--scale", "1:5", "--json"]).stdout
    )
    assert data["objectives"] == ["1", "2"] and data["progress"] == 3


def test_objectives_given_as_a_workbook_or_its_sheet(tmp_path: Path) -> None:
    answers = tmp_path / "enquete.xlsx"
    sheets = _sheets(objectives=False)
    answers.write_bytes(_book(sheets))
    register = tmp_path / "objectifs.xlsx"
    objectives = [("id", "objective"), (1, "Déléguer davantage aux managers"), (2, "Speak up")]
    register.write_bytes(_book({"Notes": [("Note",), ("agreed on 12 January",)],
                                "Objectives": objectives}))  # fmt: skip
    for given in (register, f"{register}#Objectives"):
        survey = read_survey(answers, scale="1:5", objectives=given)
        assert survey.ok, [i.describe() for i in survey.issues]
        assert survey.objectives["id"].tolist() == ["1", "2"]
        assert len(survey.progress) == 3
        read = {(f.path, f.sheet): (f.shape, f.reason) for f in survey.files}
        assert read[(str(register), "Objectives")] == ("objectives", None)
        assert read[(str(register), "Notes")] == ("ignored", "not_objectives")
    result = CliRunner().invoke(
        cli, ["validate", str(answers), "--scale", "1:5", "--objectives", f"{register}#Objectives"]
    )
    assert result.exit_code == 0, result.output
    assert "Objectives: 2 (1, 2)." in result.output


def test_a_second_register_of_objectives_is_refused(book: Path, tmp_path: Path) -> None:
    csv = tmp_path / "objectifs.csv"
    csv.write_text("id,objective\n1,Delegate more\n2,Speak up\n", encoding="utf-8")
    survey = read_survey(book, scale="1:5", objectives=csv)
    refused = [i for i in survey.issues if i.code is IssueCode.TWO_OBJECTIVE_REGISTERS]
    assert [(i.file, i.sheet, dict(i.params)["other"]) for i in refused] == [
        (str(book), "Objectifs", str(csv))
    ]
    assert not survey.ok
    assert survey.objectives["objective"].tolist() == ["Delegate more", "Speak up"]
    assert {(f.sheet, f.reason) for f in survey.files if f.shape == "ignored"} == {
        ("Objectifs", "other_objectives")
    }
    # two input workbooks with an objectives sheet each: the first one is the register
    other = tmp_path / "autre.xlsx"
    other.write_bytes(_book({"Objectifs": [("N°", "Objectif"), (7, "Autre chose")]}))
    survey = read_survey([book, other], scale="1:5")
    refused = [i for i in survey.issues if i.code is IssueCode.TWO_OBJECTIVE_REGISTERS]
    assert [(i.file, i.sheet, dict(i.params)["other"]) for i in refused] == [
        (str(other), "Objectifs", f"{book}#Objectifs")
    ]
    assert "second register of objectives" in refused[0].describe("en")
    assert "Gardez un seul registre des objectifs" in refused[0].describe("fr")
