"""Files given in the wrong place, said so: a stakeholder register given where answers
go, and a file named as a workbook (``.xlsx``) that is none."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from flask import Flask

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.model import IssueCode
from tests.web_support import AUTH, register_csv

REGISTER = "id,name,group,role,email,consent\nC,Coach Carla,Coach,coach,c@x.example,oui\n"


# -- a stakeholder register given as answers ----------------------------------------------


def test_a_register_among_the_answers_is_named_as_one(write_csv) -> None:
    answers = write_csv("survey.csv", "rater,ratee,score\nCoach Carla,Bob,4\nBob,Coach Carla,2\n")
    register = write_csv("register.csv", REGISTER)
    survey = read_survey([answers, register])
    (issue,) = survey.errors
    assert (issue.code, issue.file, issue.line) == (
        IssueCode.REGISTER_AS_ANSWERS,
        str(register),
        1,
    )
    assert issue.value == "id, name, group, role, email, consent"
    assert "give it with --register" in issue.message("en")
    assert "donnez-le avec --register" in issue.message("fr")
    result = CliRunner().invoke(cli, ["validate", str(answers), str(register)])
    assert result.exit_code == 1 and "looks like a stakeholder register" in result.output
    assert "No column for the person who answers" not in result.output


@pytest.mark.parametrize(
    "header",
    [
        "Nom,Groupe,Rôle",  # French headers, names only
        "ID,Name,Power,Interest",  # a register of the power map's columns
        "name,e-mail",
    ],
)
def test_registers_are_told_by_the_registers_own_headers(write_csv, header: str) -> None:
    path = write_csv("people.csv", f"{header}\n" + ",".join(["x"] * header.count(",")) + ",y\n")
    (issue,) = read_survey(path).errors
    assert issue.code is IssueCode.REGISTER_AS_ANSWERS


@pytest.mark.parametrize(
    "header",
    [
        "rater,ratee,comment",  # answers without scores: their column is missing
        "name,comment",  # a name alone is no register
        "id,group,score",  # answers of some kind, no register
    ],
)
def test_other_tables_still_say_what_is_missing(write_csv, header: str) -> None:
    path = write_csv("t.csv", f"{header}\n" + ",".join(["x"] * (header.count(",") + 1)) + "\n")
    codes = {i.code for i in read_survey(path).errors}
    assert IssueCode.REGISTER_AS_ANSWERS not in codes


@pytest.mark.parametrize(
    ("lang", "field"),
    [
        ("en", "“Stakeholder register” field"),
        ("fr", "«\u00a0Registre des parties prenantes\u00a0»"),
    ],
)
def test_the_web_app_names_its_register_field(app: Flask, lang: str, field: str) -> None:
    api = app.test_client()
    engagement = api.post("/api/engagements", json={"name": "x"}, headers=AUTH).json["id"]
    data = {"file": (io.BytesIO(register_csv()), "register.csv")}
    url = f"/api/engagements/{engagement}/waves?lang={lang}"
    refused = api.post(url, data=data, headers=AUTH)
    assert refused.status_code == 422
    (issue,) = [i for i in refused.json["issues"] if i["severity"] == "error"]
    assert issue["code"] == "REGISTER_AS_ANSWERS"
    assert field in issue["message"] and "--register" not in issue["message"]


# -- a file named .xlsx that is no workbook -----------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (bytes(range(256)) * 8, "reason.not_workbook"),  # random bytes
        (b"PK garbage\n", "reason.not_workbook"),  # a workbook's first bytes, then nothing
        (b"\xd0\xcf\x11\xe0" + bytes(200), "reason.not_workbook"),  # an old .xls renamed
        (b"id,name,group\nC,Carla,Coach\n", "reason.workbook_text"),  # a CSV file
    ],
)
def test_a_file_named_as_a_workbook_that_is_none(write_csv, content: bytes, reason: str) -> None:
    path = write_csv("enquete.xlsx", content)
    survey = read_survey(path)
    (issue,) = survey.issues
    assert (issue.code, issue.file, dict(issue.params)) == (
        IssueCode.UNREADABLE_WORKBOOK,
        str(path),
        {"reason": reason, "suffix": ".xlsx"},
    )
    english = issue.message("en")
    assert "cannot be read as a CSV" not in english and "no data rows" not in english
    if reason == "reason.not_workbook":
        assert "not a readable workbook (.xlsx); open it in Excel and save it again" in english
    else:
        assert "rename it .csv" in english
    assert "classeur" in issue.message("fr")


def test_a_register_named_as_a_workbook_that_is_none(write_csv) -> None:
    answers = write_csv("survey.csv", "rater,ratee,score\nA,B,4\nB,A,2\n")
    register = write_csv("register.xlsx", bytes(range(256)) * 8)
    (issue,) = read_survey(answers, register=register, scale="1:5").errors
    assert (issue.code, issue.file) == (IssueCode.UNREADABLE_WORKBOOK, str(register))


def test_an_empty_file_named_as_a_workbook_is_empty(write_csv) -> None:
    (issue,) = read_survey(write_csv("vide.xlsx", b"")).issues
    assert issue.code is IssueCode.EMPTY_FILE


def test_validate_says_the_workbook_cannot_be_read(write_csv) -> None:
    path = write_csv("rnd.xlsx", bytes(range(256)) * 8)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert "rnd.xlsx: The workbook cannot be read: it is not a readable workbook" in result.output
    assert "cannot be read as a CSV table" not in result.output
