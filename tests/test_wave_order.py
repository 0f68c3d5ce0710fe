"""The order of the waves: dates, else labels that say it, else as the waves come (with a
warning), and that one order everywhere: validate, compare, metrics, the web app."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.ingest.wave_order import label_order
from alliance_graph.model import IssueCode, Survey
from tests.web_support import AUTH, ratings_csv

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"


def _guessed(survey: Survey) -> list[str | None]:
    return [i.value for i in survey.issues if i.code is IssueCode.WAVE_ORDER_GUESSED]


def _long(*waves: str) -> str:
    """Two raters rating each other in each wave, in the order given."""
    rows = [f"{w},A,C,{3 + n % 2}\n{w},C,A,4\n" for n, w in enumerate(waves)]
    return "wave,rater,ratee,trust\n" + "".join(rows)


@pytest.mark.parametrize(
    ("given", "ordered"),
    [
        (["10", "2", "1"], ["1", "2", "10"]),
        (["T10", "t2", "T1"], ["T1", "t2", "T10"]),
        (["Vague 10", "vague 2"], ["vague 2", "Vague 10"]),
        (["2026-06", "2026-01-15", "2025-11"], ["2025-11", "2026-01-15", "2026-06"]),
        (["Q3 2026", "Q1 2027", "2026-Q2"], ["2026-Q2", "Q3 2026", "Q1 2027"]),
        (["April 2026", "January 2026"], ["January 2026", "April 2026"]),
        (["avril 2026", "déc. 2025", "Janvier 2026"], ["déc. 2025", "Janvier 2026", "avril 2026"]),
        (["close", "Kick-off", "mid-point"], ["Kick-off", "mid-point", "close"]),
        (["clôture", "lancement", "mi-parcours"], ["lancement", "mi-parcours", "clôture"]),
        (["Enquête clôture", "Enquête lancement"], ["Enquête lancement", "Enquête clôture"]),
        (["Fin", "Point d'étape", "Démarrage"], ["Démarrage", "Point d'étape", "Fin"]),
    ],
)
def test_labels_of_one_ordered_kind_say_the_order(given: list[str], ordered: list[str]) -> None:
    assert label_order(given) == ordered


@pytest.mark.parametrize(
    "given",
    [
        ["Nord", "Sud"],
        ["T1", "lancement"],  # two kinds
        ["novembre", "février"],  # months without their year may cross a new year
        ["fin", "clôture"],  # two words for one stage
        ["T1", "V2"],  # two prefixes
        ["2026-01-01..2026-03-31", "2026-04-01..2026-06-30"],
    ],
)
def test_labels_that_do_not_say_an_order(given: list[str]) -> None:
    assert label_order(given) is None


def test_stage_words_order_the_waves_without_a_warning(write_csv) -> None:
    path = write_csv("ord4.csv", _long("clôture", "lancement", "mi-parcours"))
    survey = read_survey(path, scale="1:5")
    assert survey.waves == ("lancement", "mi-parcours", "clôture")
    assert _guessed(survey) == []


def test_month_names_with_their_year_order_the_waves(write_csv) -> None:
    path = write_csv("ord5.csv", _long("January 2026", "April 2026"))
    assert read_survey(path, scale="1:5").waves == ("January 2026", "April 2026")


def test_waves_that_say_no_order_keep_the_order_they_come_in(write_csv) -> None:
    south = write_csv("Sud.csv", "rater,ratee,trust\nA,C,4\nC,A,3\n")
    north = write_csv("Nord.csv", "rater,ratee,trust\nA,C,2\nC,A,3\n")
    survey = read_survey([south, north], scale="1:5")
    assert survey.waves == ("Sud", "Nord")  # the files' order, not the alphabet's
    assert _guessed(survey) == ["Sud, Nord"]
    (issue,) = [i for i in survey.issues if i.code is IssueCode.WAVE_ORDER_GUESSED]
    assert issue.file is None and issue.severity.value == "warning"
    assert "order they first appear in the files: Sud, Nord" in issue.message("en")
    assert "T1, T2" in issue.message("en") and "T1, T2" in issue.message("fr")
    assert read_survey([north, south], scale="1:5").waves == ("Nord", "Sud")


def test_in_one_file_the_first_row_of_each_wave_says_its_place(write_csv) -> None:
    text = "wave,rater,ratee,trust\nnovembre,A,C,4\nfévrier,C,A,3\nnovembre,C,A,4\nfévrier,A,C,2\n"
    path = write_csv("w.csv", text)
    survey = read_survey(path, scale="1:5")
    assert survey.waves == ("novembre", "février")
    assert _guessed(survey) == ["novembre, février"]
    one = read_survey(path, scale="1:5", waves=["février"])  # one wave kept: no order
    assert one.waves == ("février",) and _guessed(one) == []
    both = read_survey(path, scale="1:5", waves=["février", "novembre"])
    assert both.waves == ("novembre", "février") and _guessed(both) == ["novembre, février"]


def test_dates_still_come_first(write_csv) -> None:
    text = "wave,date,rater,ratee,trust\nSud,2026-04-02,A,C,4\nNord,14/01/2026,C,A,3\n"
    survey = read_survey(write_csv("d.csv", text), scale="1:5")
    assert survey.waves == ("Nord", "Sud") and _guessed(survey) == []


def test_one_wave_has_no_order_to_guess(write_csv) -> None:
    survey = read_survey(write_csv("Sud.csv", "rater,ratee,trust\nA,C,4\nC,A,3\n"), scale="1:5")
    assert survey.waves == ("Sud",) and _guessed(survey) == []


def test_the_sample_keeps_its_order() -> None:
    survey = read_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    assert survey.waves == ("2026-01", "2026-04", "2026-06") and _guessed(survey) == []


def test_compare_follows_the_order(write_csv) -> None:
    path = write_csv("ord4.csv", _long("lancement", "mi-parcours", "clôture"))
    run = CliRunner().invoke
    result = run(cli, ["compare", str(path), "--scale", "1:5", "--permutations", "0"])
    assert result.exit_code == 0, result.output
    heads = [line for line in result.stdout.splitlines() if line.startswith("From ")]
    assert heads == [
        "From lancement to mi-parcours",
        "From mi-parcours to clôture",
        "From lancement to clôture",
    ]
    assert "WAVE_ORDER_GUESSED" not in result.stderr  # the labels said the order
    one = ["--from", "lancement", "--to", "clôture", "--permutations", "0"]
    result = run(cli, ["compare", str(path), "--scale", "1:5", *one])
    assert result.exit_code == 0 and "From lancement to clôture" in result.stdout
    back = run(cli, ["compare", str(path), "--scale", "1:5", "--from", "clôture", "--to", "T1"])
    assert back.exit_code == 2 and "no wave 'T1'" in back.output


def test_compare_says_when_the_order_is_guessed(write_csv) -> None:
    path = write_csv("w.csv", _long("novembre", "février"))
    args = ["compare", str(path), "--scale", "1:5", "--permutations", "0"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("From novembre to février")
    assert "order they first appear in the files: novembre, février" in result.stderr


def test_metrics_give_the_waves_in_the_same_order(write_csv) -> None:
    path = write_csv("ord4.csv", _long("clôture", "mi-parcours", "lancement"))
    args = ["metrics", str(path), "--scale", "1:5", "--format", "json", "--quiet"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert list(json.loads(result.stdout)["waves"]) == ["lancement", "mi-parcours", "clôture"]


def test_the_web_app_orders_the_waves_as_the_survey_does(app: Flask) -> None:
    api = app.test_client()
    engagement = api.post("/api/engagements", json={"name": "x"}, headers=AUTH).json["id"]
    for n, label in enumerate(["clôture", "lancement", "Sud"]):
        data = {"file": (io.BytesIO(ratings_csv(n)), f"{n}.csv"), "wave": label}
        sent = api.post(f"/api/engagements/{engagement}/waves", data=data, headers=AUTH)
        assert sent.status_code == 201, sent.json
        if n == 1:  # two stage words: their order, whatever the uploads'
            detail = api.get(f"/api/engagements/{engagement}", headers=AUTH).json
            assert [w["wave"] for w in detail["waves"]] == ["lancement", "clôture"]
            listed = api.get("/api/engagements", headers=AUTH).json
            assert listed["engagements"][0]["waves"] == ["lancement", "clôture"]
    detail = api.get(f"/api/engagements/{engagement}", headers=AUTH).json
    assert [w["wave"] for w in detail["waves"]] == ["clôture", "lancement", "Sud"]  # uploads
    (issue,) = [i for i in detail["survey"]["issues"] if i["code"] == "WAVE_ORDER_GUESSED"]
    assert "order they were uploaded: clôture, lancement, Sud" in issue["message"]
    assert "“Wave label” field" in issue["message"] and "FILE=" not in issue["message"]
    compare = api.get(f"/api/engagements/{engagement}/compare", headers=AUTH).json
    assert compare["waves"] == ["clôture", "lancement", "Sud"]
