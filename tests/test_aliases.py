"""Names with typos: "did you mean …?" everywhere a coach looks, and the register's
aliases column to accept a correction without editing the answers (never a merge)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient

from alliance_graph.cli import cli
from alliance_graph.ingest import read_survey
from alliance_graph.model import IssueCode, Survey
from tests.web_support import (
    AUTH,
    create,
    log_in,
    make_app,
    ratings_csv,
    register_csv,
    text,
    upload,
)

REGISTER = (
    "id,name,group,role{extra}\n"
    "cm,Claire Moreau,Coach,coach{c}\n"
    "bd,Bruno Durand,Direction,sponsor{b}\n"
    "ko,Karim Ouali,Managers,stakeholder{k}\n"
    "lp,Léa Petit,Managers,stakeholder{l}\n"
    "ar,Anne Roy,Team,stakeholder{a}\n"
)
PEOPLE = ["Bruno Durand", "Karim", "Léa Petit", "Anne Roy"]  # "Karim": Karim Ouali


def answers() -> str:
    rows = ["rater,ratee,trust"]
    for n, person in enumerate(PEOPLE):
        rows += [f"{person},Claire Moreau,{2 + n % 3}", f"Claire Moreau,{person},{4 - n % 2}"]
    return "\n".join(rows) + "\n"


def register(header: str = "", **aliases: str) -> str:
    cells = {k: f",{aliases.get(k, '')}" if header else "" for k in "cbkla"}
    return REGISTER.format(extra=f",{header}" if header else "", **cells)


@pytest.fixture
def files(write_csv: Callable[..., Path]) -> Callable[..., tuple[Path, Path]]:
    def make(reg: str) -> tuple[Path, Path]:
        return write_csv("T1.csv", answers()), write_csv("register.csv", reg)

    return make


def survey_of(paths: tuple[Path, Path]) -> Survey:
    return read_survey(paths[0], register=paths[1], scale="1:5")


def test_a_first_name_alone_gets_did_you_mean(files: Callable[..., tuple[Path, Path]]) -> None:
    survey = survey_of(files(register()))
    (issue,) = [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert issue.value == "Karim" and dict(issue.params)["suggestions"] == ("Karim Ouali",)
    assert issue.message("en").startswith(
        "Karim is not in the register — did you mean Karim Ouali?"
    )
    assert "vouliez-vous dire Karim Ouali\u00a0?" in issue.message("fr")
    assert issue.to_dict()["suggestions"] == ["Karim Ouali"]
    # a suggestion is no merge: Karim stays apart, Karim Ouali rated no one
    assert "Karim" in set(survey.ratings["rater"]) and "ko" not in set(survey.ratings["rater"])


def test_validate_says_did_you_mean_in_text_and_json(
    files: Callable[..., tuple[Path, Path]],
) -> None:
    answers_file, register_file = files(register())
    args = ["validate", str(answers_file), "--register", str(register_file), "--scale", "1:5"]
    shown = CliRunner().invoke(cli, args)
    assert shown.exit_code == 0, shown.output
    assert "Karim is not in the register — did you mean Karim Ouali?" in shown.output
    data = json.loads(CliRunner().invoke(cli, [*args, "--json"]).output)
    (issue,) = [i for i in data["issues"] if i["code"] == "NOT_IN_REGISTER"]
    assert issue["suggestions"] == ["Karim Ouali"] and issue["value"] == "Karim"
    assert "did you mean Karim Ouali?" in issue["message"]
    assert all("suggestions" not in i for i in data["issues"] if i is not issue)


def test_a_far_name_gets_no_suggestion(write_csv: Callable[..., Path]) -> None:
    text_ = answers().replace("Karim,", "Zoé Blanc,")
    survey = read_survey(
        write_csv("T1.csv", text_), register=write_csv("r.csv", register()), scale="1:5"
    )
    (issue,) = [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert dict(issue.params)["suggestions"] == ()
    assert "did you mean" not in issue.message("en")
    assert issue.to_dict()["suggestions"] == []


def test_the_report_names_the_suggestion(files: Callable[..., tuple[Path, Path]]) -> None:
    from alliance_graph.report import build_report

    page = build_report(survey_of(files(register())), lang="en")
    assert "Karim is not in the register — did you mean Karim Ouali?" in page
    french = build_report(survey_of(files(register())), lang="fr")
    assert "vouliez-vous dire Karim Ouali" in french


@pytest.mark.parametrize("header", ["alias", "aliases", "Autres noms", "Alias"])
def test_an_alias_maps_the_spelling_with_no_warning_left(
    files: Callable[..., tuple[Path, Path]], header: str
) -> None:
    survey = survey_of(files(register(header, k="K. Ouali; Karim")))
    assert survey.ok, [i.describe() for i in survey.errors]
    codes = {i.code for i in survey.issues}
    assert IssueCode.NOT_IN_REGISTER not in codes and IssueCode.UNUSED_COLUMN not in codes
    assert "ko" in set(survey.ratings["rater"]) and "Karim" not in set(survey.ratings["rater"])
    assert len(survey.stakeholders) == 5


def test_an_alias_names_a_person_in_a_form_question(write_csv: Callable[..., Path]) -> None:
    form = (
        "Horodateur,Votre nom,Confiance [Claire],Confiance [Karim]\n"
        "2026-01-10,Bruno Durand,4,3\n"
        "2026-01-10,Léa Petit,5,4\n"
    )
    reg = write_csv("r.csv", register("alias", c="Claire", k="Karim"))
    survey = read_survey(write_csv("form.csv", form), register=reg, scale="1:5")
    assert survey.ok and not [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert set(survey.ratings["ratee"]) == {"cm", "ko"}


@pytest.mark.parametrize(
    ("aliases", "found"),
    [
        # another person's name, id, or alias: an error on the line it was given on
        ({"a": "Karim Ouali"}, [(6, "Karim Ouali", "Karim Ouali", 4)]),
        ({"a": "LP"}, [(6, "LP", "Léa Petit", 5)]),
        ({"k": "Karim", "a": "karim"}, [(6, "karim", "Karim Ouali", 4)]),
    ],
)
def test_an_alias_that_names_someone_else_is_an_error(
    files: Callable[..., tuple[Path, Path]],
    aliases: dict[str, str],
    found: list[tuple[int, str, str, int]],
) -> None:
    survey = survey_of(files(register("alias", **aliases)))
    clashes = [i for i in survey.issues if i.code is IssueCode.ALIAS_COLLISION]
    assert [
        (i.line, i.value, dict(i.params)["other"], dict(i.params)["other_line"]) for i in clashes
    ] == found
    assert not survey.ok
    assert all(i.column == "alias" and i.file.endswith("register.csv") for i in clashes)
    assert "Anne Roy" in clashes[0].message("en") and "Anne Roy" in clashes[0].message("fr")


def test_a_colliding_alias_is_used_for_no_one(files: Callable[..., tuple[Path, Path]]) -> None:
    survey = survey_of(files(register("alias", k="Karim", a="Karim")))
    assert [i.code for i in survey.errors] == [IssueCode.ALIAS_COLLISION]
    assert "Karim" in set(survey.ratings["rater"])  # still apart, still suggested
    (issue,) = [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert dict(issue.params)["suggestions"] == ("Karim Ouali",)


def test_an_alias_that_is_the_persons_own_name_changes_nothing(
    files: Callable[..., tuple[Path, Path]],
) -> None:
    survey = survey_of(files(register("alias", k="Karim Ouali; KO; Karim")))
    assert survey.ok and not [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]


# -- the web app's check ---------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path) -> FlaskClient:
    app: Flask = make_app(tmp_path / "ws.sqlite3")
    return log_in(app.test_client())


def typo_ratings() -> bytes:
    """The helpers' ratings where the coachee ("lead", Hélène Lead) signs "Hélène"."""
    return ratings_csv().replace(b"\nlead,", "\nHélène,".encode())


def test_the_web_check_says_did_you_mean(client: FlaskClient) -> None:
    engagement = create(client)
    response = upload(client, engagement, typo_ratings(), wave="T1", register=register_csv())
    assert response.status_code == 303, text(response)
    page = text(client.get(f"/engagements/{engagement}"))
    assert "Hélène is not in the register — did you mean Hélène Lead?" in page
    french = text(client.get(f"/engagements/{engagement}?lang=fr"))
    assert "vouliez-vous dire Hélène Lead" in french
    data = client.get(f"/api/engagements/{engagement}", headers=AUTH).json
    (issue,) = [i for i in data["survey"]["issues"] if i["code"] == "NOT_IN_REGISTER"]
    assert issue["suggestions"] == ["Hélène Lead"]


def test_the_web_check_takes_the_alias_from_the_register(client: FlaskClient) -> None:
    rows = register_csv().decode().splitlines()
    rows = [
        rows[0] + ",autres noms",
        *(r + (",Hélène" if r.startswith("lead,") else ",") for r in rows[1:]),
    ]
    engagement = create(client)
    reg = ("\n".join(rows) + "\n").encode()
    upload(client, engagement, typo_ratings(), wave="T1", register=reg)
    data = client.get(f"/api/engagements/{engagement}", headers=AUTH).json
    assert not [i for i in data["survey"]["issues"] if i["code"] == "NOT_IN_REGISTER"]
    assert data["survey"]["ok"] is True


def test_a_suggested_person_without_consent_is_not_named(
    files: Callable[..., tuple[Path, Path]],
) -> None:
    from alliance_graph.privacy import conceal

    reg = register("consent", c="yes", b="yes", k="no", l="yes", a="yes")
    hidden = conceal(survey_of(files(reg)))
    (issue,) = [i for i in hidden.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert dict(issue.params)["suggestions"] == ("Managers (anonymous 1)",)
    assert "Ouali" not in issue.message("en") and "Ouali" not in str(issue.to_dict())
