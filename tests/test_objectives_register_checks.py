"""The objectives register's cells checked as the other objectives issues are: a date of
agreement that is not a date, an objective worded nowhere, and a missing wording column
whose message names the headers it would take (DESIGN.md section 10)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.model import IssueCode, Severity
from tests.conftest import SAMPLE

REGISTER = """id,objective,objective_fr,agreed_on,agreed_by,target
O1,Delegate more,,notadate,coachee,1
O2,Speak up,,12/01/2026,coachee,1
O3,,Parler au comité,2026-01-13,coachee,1
"""
PROGRESS = "wave,rater,objective,progress\n2026-04,ibenali,O1,+1\n"


def _files(folder: Path, register: str = REGISTER) -> list[str]:
    (folder / "objectives.csv").write_text(register, encoding="utf-8")
    (folder / "progress.csv").write_text(PROGRESS, encoding="utf-8")
    return [
        str(SAMPLE / "survey.csv"),
        str(folder / "progress.csv"),
        "--register",
        str(SAMPLE / "register.csv"),
        "--objectives",
        str(folder / "objectives.csv"),
        "--scale",
        "1:5",
    ]


def _survey(folder: Path, register: str = REGISTER):
    _files(folder, register)
    return read_survey(
        [SAMPLE / "survey.csv", folder / "progress.csv"],
        register=SAMPLE / "register.csv",
        objectives=folder / "objectives.csv",
        scale="1:5",
    )


def test_a_date_of_agreement_that_is_not_a_date_is_a_warning(tmp_path) -> None:
    survey = _survey(tmp_path)
    bad = [i for i in survey.issues if i.code is IssueCode.BAD_DATE]
    assert [(i.file, i.line, i.column, i.value) for i in bad] == [
        (str(tmp_path / "objectives.csv"), 2, "agreed_on", "notadate")
    ]
    assert bad[0].severity is Severity.WARNING and survey.ok
    said = bad[0].describe()
    assert said.endswith("line 2: “notadate” is not a date; the date of this row is left empty.")
    # left blank; a date written day first is read as the survey's dates are, 12 January
    assert survey.objectives["agreed_on"].tolist() == [None, "2026-01-12", "2026-01-13"]


def test_the_pack_no_longer_prints_a_date_that_is_not_one(tmp_path) -> None:
    out = tmp_path / "pack.html"
    args = [*_files(tmp_path), "--stage", "kickoff", "--date", "2026-01-14", "-o", str(out)]
    result = CliRunner().invoke(cli, ["pack", *args])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "notadate" not in page
    assert "Agreed on 12 Jan 2026 by the coachee." in page  # O2: 12/01/2026, day first


def test_an_objective_worded_nowhere_is_an_error(tmp_path) -> None:
    register = REGISTER + "O4,,,2026-01-13,coachee,1\n"
    survey = _survey(tmp_path, register)
    found = [i for i in survey.issues if i.code is IssueCode.OBJECTIVE_WITHOUT_WORDING]
    assert [(i.line, i.column, i.value) for i in found] == [(5, "objective", "O4")]
    assert not survey.ok
    said = found[0].describe()
    assert said.endswith(
        "line 5: Objective “O4” has no wording, so no report can say what it is. "
        "Write the objective as agreed in the objective column."
    )
    assert "ligne 5\u00a0: L’objectif « O4 » n’a pas de libellé" in found[0].describe("fr")
    # O3 is worded in French only: that is its wording, no issue
    assert survey.objectives.set_index("id").loc["O3", "objective"] == "Parler au comité"


def test_a_missing_wording_column_names_the_headers_it_takes(tmp_path) -> None:
    register = "id,objective_en,objective_fr,target\nO1,Delegate more,Déléguer davantage,1\n"
    survey = _survey(tmp_path, register)
    [missing] = [i for i in survey.issues if i.code is IssueCode.MISSING_COLUMN]
    assert "No column for the objective (objective, objectif); the headers are: id, " in (
        missing.message("en")
    )
    assert "Aucune colonne pour l’objectif (objectif, objective)\u00a0;" in missing.message("fr")
    without_id = "objective,target\nDelegate more,1\n"
    [missing] = [
        i for i in _survey(tmp_path, without_id).issues if i.code is IssueCode.MISSING_COLUMN
    ]
    assert missing.message("en").startswith("No column for the objective's short id (id, n°);")
