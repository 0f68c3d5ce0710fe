"""Who is who: register ids are checked, never merged; a written name names exactly one
person, or no one with an issue and its line."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli
from alliance_graph.ingest import read_survey
from alliance_graph.ingest.distributed import survey_of_ties
from alliance_graph.ingest.text import fold
from alliance_graph.model import IssueCode, Survey

#: the repro: P1 twice, so Pierre Rousseau's ratings were credited to Paul Roux
REGISTER = (
    "id,name,group\n"
    "P1,Paul Roux,Sales\n"
    "P1,Pierre Rousseau,Sales\n"
    "A1,Anne Martin,Sales\n"
    "B1,Bea Costa,Sales\n"
)
RATINGS = (
    "rater,ratee,score\n"
    "Paul Roux,Anne Martin,4\n"
    "Pierre Rousseau,Bea Costa,2\n"
    "Anne Martin,Paul Roux,3\n"
    "Bea Costa,Pierre Rousseau,5\n"
)


def _files(tmp_path: Path, register: str, ratings: str = RATINGS) -> list[str]:
    (tmp_path / "register.csv").write_text(register, encoding="utf-8")
    (tmp_path / "T1.csv").write_text(ratings, encoding="utf-8")
    return [str(tmp_path / "T1.csv"), "--register", str(tmp_path / "register.csv")]


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _read(tmp_path: Path, register: str, ratings: str = RATINGS) -> Survey:
    files = _files(tmp_path, register, ratings)
    return read_survey(files[0], register=files[2], scale="1:5")


def _codes(survey: Survey) -> list[tuple[IssueCode, int | None]]:
    return [(i.code, i.line) for i in survey.errors]


@pytest.mark.parametrize("command", ["validate", "metrics", "report", "compare"])
def test_an_id_used_twice_stops_every_command(tmp_path: Path, command: str) -> None:
    extra = ["-o", str(tmp_path / "r.html")] if command == "report" else []
    result = _run(command, *_files(tmp_path, REGISTER), "--scale", "1:5", *extra)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Valid." not in result.output and "Traceback" not in result.output
    words = result.output + (result.stderr or "")
    assert "DUPLICATE_ID" in words and "line 3" in words and "on line 2" in words
    assert "Paul Roux" in words and "Pierre Rousseau" in words


def test_an_id_twice_in_two_groups_is_an_id_used_twice(tmp_path: Path) -> None:
    register = REGISTER.replace("Pierre Rousseau,Sales", "Pierre Rousseau,Finance")
    survey = _read(tmp_path, register)
    assert _codes(survey) == [(IssueCode.DUPLICATE_ID, 3)]
    (issue,) = survey.errors
    assert "used twice" in issue.message() and "deux fois" in issue.message("fr")
    assert "two groups" not in issue.message()


def test_ids_are_compared_as_names_are(tmp_path: Path) -> None:
    survey = _read(tmp_path, REGISTER.replace("P1,Pierre", " p1 ,Pierre"))
    assert _codes(survey) == [(IssueCode.DUPLICATE_ID, 3)]


def test_one_name_under_two_ids_credits_no_one_when_answers_use_the_name(
    tmp_path: Path,
) -> None:
    register = "id,name\nP1,Paul Roux\nP2,Paul Roux\nA1,Anne Martin\n"
    ratings = "rater,ratee,score\nPaul Roux,Anne Martin,4\nAnne Martin,P2,3\nP1,Anne Martin,2\n"
    survey = _read(tmp_path, register, ratings)
    assert _codes(survey) == [(IssueCode.AMBIGUOUS_NAME, 2)]
    issue = survey.errors[0]
    assert dict(issue.params) == {"ids": "P1, P2", "lines": "2, 3"}
    assert "Write the person's id" in issue.message()
    assert set(survey.ratings["line"]) == {3, 4}  # the ids are used, line 2 is not
    by_ids = "rater,ratee,score\nP1,Anne Martin,4\nAnne Martin,P2,3\nP2,Anne Martin,2\n"
    assert _read(tmp_path, register, by_ids).ok  # homonyms written by id are no problem


def test_a_name_that_is_another_persons_id_is_ambiguous(tmp_path: Path) -> None:
    register = "id,name\nPaul,Paul Roux\nPaul Roux,Paul R.\nA1,Anne Martin\n"
    ratings = "rater,ratee,score\nPaul Roux,Anne Martin,4\nAnne Martin,Paul,3\n"
    assert _codes(_read(tmp_path, register, ratings)) == [(IssueCode.AMBIGUOUS_NAME, 2)]


def test_e_mail_addresses_in_brackets_are_people_not_tags(tmp_path: Path) -> None:
    ratings = (
        "rater,ratee,score\n"
        "<anne@corp.example>,<bob@corp.example>,4\n"
        "<bob@corp.example>,anne@corp.example,2\n"
        "<carl@corp.example>,<Anne@Corp.example>,5\n"
    )
    (tmp_path / "T1.csv").write_text(ratings, encoding="utf-8")
    survey = read_survey(tmp_path / "T1.csv", scale="1:5")
    assert survey.ok, survey.errors
    ids = list(survey.stakeholders["id"])
    assert ids == ["anne@corp.example", "bob@corp.example", "carl@corp.example"]


def test_two_addresses_never_fold_together() -> None:
    assert fold("a.b@c.example") != fold("a@b.c.example")
    assert fold("anne_d@corp.example") != fold("anne.d@corp.example")
    assert fold("<Anne@Corp.example>") == fold("anne@corp.example")
    assert fold("Anne Dupont <anne@corp.example>") == fold("Anne Dupont")


def test_names_that_clean_to_nothing_are_refused_with_their_line(tmp_path: Path) -> None:
    ratings = (
        "rater,ratee,score\n"
        "<b></b>,Anne Martin,4\n"
        "<i>,Anne Martin,3\n"
        "Anne Martin,…,2\n"
        "Anne Martin,<anne@corp.example>,5\n"
    )
    (tmp_path / "T1.csv").write_text(ratings, encoding="utf-8")
    survey = read_survey(tmp_path / "T1.csv", scale="1:5")
    assert [(i.code, i.line, i.value) for i in survey.errors] == [
        (IssueCode.UNUSABLE_NAME, 2, "<b></b>"),
        (IssueCode.UNUSABLE_NAME, 3, "<i>"),
        (IssueCode.UNUSABLE_NAME, 4, "..."),
    ]
    assert "" not in set(survey.stakeholders["id"])
    assert list(survey.ratings["line"]) == [5]  # nothing merged into one blank person


def test_register_rows_that_clean_to_nothing_are_refused(tmp_path: Path) -> None:
    register = "id,name\n<anne@corp.example>,\n<br>,Someone\nB1,<b></b>\nA1,Anne Martin\n"
    ratings = "rater,ratee,score\nanne@corp.example,Anne Martin,4\nB1,Anne Martin,2\n"
    survey = _read(tmp_path, register, ratings)
    assert [(i.code, i.line, i.column, i.value) for i in survey.errors] == [
        (IssueCode.UNUSABLE_NAME, 3, "id", "<br>"),
        (IssueCode.UNUSABLE_NAME, 4, "name", "<b></b>"),
    ]
    assert "anne@corp.example" in set(survey.stakeholders["id"])


def test_a_log_name_that_cleans_to_nothing_is_an_issue_with_its_line(tmp_path: Path) -> None:
    log = (
        "source,target,timestamp\n"
        "Anne,Bruno,2026-01-05\n"
        "<br>,Bruno,2026-01-06\n"
        "Bruno,<p></p>,2026-01-07\n"
    )
    (tmp_path / "meetings.csv").write_text(log, encoding="utf-8")
    survey = read_survey(tmp_path / "meetings.csv", kind="interactions", window="month")
    assert [(i.code, i.line, i.column) for i in survey.errors] == [
        (IssueCode.UNUSABLE_NAME, 3, "source"),
        (IssueCode.UNUSABLE_NAME, 4, "target"),
    ]
    assert survey.interactions is not None and list(survey.interactions["line"]) == [2]


def test_aggregated_ties_report_names_that_name_no_one() -> None:
    ties = pd.DataFrame(
        {
            "wave": ["w", "w", "w"],
            "source": ["Anne", "<br>", "?"],
            "target": ["Bruno", "Bruno", "Anne"],
            "amount": [1.0, 2.0, 3.0],
            "events": [1, 2, 3],
        }
    )
    survey, kept = survey_of_ties(ties, "count", [])
    assert sorted(i.value for i in survey.errors) == ["<br>", "?"]
    assert list(zip(kept["source"], kept["target"])) == [("Anne", "Bruno")]
