"""Wave names a coach chooses (FILE=LABEL), names taken from form titles, and two files
that would be one wave refused with one sentence."""

from __future__ import annotations

import json
import shutil
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask

from alliance_graph.cli import cli
from alliance_graph.errors import WaveNameError
from alliance_graph.ingest import read_survey
from alliance_graph.ingest.wave_names import (
    check_label,
    clean_title,
    name_waves,
    waves_from_names,
)
from alliance_graph.model import IssueCode
from alliance_graph.store import Workspace
from tests.web_support import create, log_in, make_app, ratings_csv, text, upload

FORMS = Path(__file__).resolve().parents[1] / "data" / "sample" / "forms"
REGISTER = FORMS.parent / "register.csv"
GOOGLE = "Enquête confiance (réponses) - Réponses au formulaire 1.csv"


# -- names from form titles --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "wave"),
    [
        (GOOGLE, "Enquête confiance"),
        ("Trust survey (Responses) - Form Responses 1.csv", "Trust survey"),
        ("Enquête confiance - Lancement (réponses).csv", "Enquête confiance - Lancement"),
        ("Enquête confiance - Lancement (réponses).xlsx", "Enquête confiance - Lancement"),
        # a browser's second download of the same name
        ("Enquête confiance (réponses) - Réponses au formulaire 1 (1).csv", "Enquête confiance"),
        ("Bilan équipe(1-16).xlsx", "Bilan équipe"),  # Microsoft Forms
        ("exports/2026/T1.csv", "T1"),
        ("T1", "T1"),
        ("Vague (2).csv", "Vague (2)"),  # a counter without a form's ending is the coach's
        ("Vague (2026-01).csv", "Vague (2026-01)"),
        ("survey.2026.01", "survey.2026.01"),  # not an extension: kept
        ("  Mi   parcours .CSV", "Mi parcours"),
        ("(réponses).csv", "(réponses)"),  # nothing left: the name as it is
        (unicodedata.normalize("NFD", GOOGLE), "Enquête confiance"),  # macOS writes NFD
    ],
)
def test_a_file_name_is_cleaned_of_what_forms_tools_add(name: str, wave: str) -> None:
    assert clean_title(name) == wave


@pytest.mark.parametrize(
    ("names", "waves"),
    [
        (
            [
                "Enquête confiance - Lancement (réponses).csv",
                "Enquête confiance - Fin (réponses).csv",
            ],
            ["Lancement", "Fin"],
        ),
        (["Lancement - Acme.csv", "Clôture - ACME.csv"], ["Lancement", "Clôture"]),
        (["Équipe - T1 – juin.csv", "equipe - T2 – Juin.csv"], ["T1", "T2"]),  # case, accents
        (["Enquête - Lancement.csv"], ["Enquête - Lancement"]),  # one file: the whole title
        (["Enquête.csv", "Enquête - Fin.csv"], ["Enquête", "Enquête - Fin"]),  # each keeps one
        ([GOOGLE, GOOGLE], ["Enquête confiance", "Enquête confiance"]),
        (["2026-01.csv", "2026-04.csv"], ["2026-01", "2026-04"]),  # no spaces: no parts
        (["調査 - 一.csv", "調査 - 二.csv"], ["一", "二"]),
        (["一 - A.csv", "二 - B.csv"], ["一 - A", "二 - B"]),
    ],
)
def test_a_title_shared_by_the_files_is_left_out(names: list[str], waves: list[str]) -> None:
    assert waves_from_names(names) == waves


def test_a_chosen_label_is_checked() -> None:
    assert check_label("  T1   kick-off ") == "T1 kick-off"
    assert check_label("x" * 60) == "x" * 60
    for bad in ("", "   ", "x" * 61, "T\x001", "T\x811"):
        with pytest.raises(WaveNameError):
            check_label(bad)
    with pytest.raises(ValueError):  # WaveNameError is a ValueError too
        read_survey(FORMS / "2026-01.csv", wave_labels=["a", "b"])


# -- two files, one wave ----------------------------------------------------------------


def test_only_a_wave_named_after_a_file_is_that_files_alone() -> None:
    waves, issues = name_waves([("a/x.csv", "T1"), ("b/y.csv", "T1")], {})
    assert (waves, issues) == (["T1", "T1"], [])  # chosen twice: merged on purpose
    waves, issues = name_waves([("T1.csv", None), ("b/y.csv", "T1")], {})
    assert waves == [None, "T1"]
    assert [(i.code, i.file, dict(i.params)["other"]) for i in issues] == [
        (IssueCode.SAME_WAVE_TWICE, "T1.csv", "b/y.csv")
    ]
    waves, issues = name_waves([("T2.csv", None)], {"T2": "all.csv"})  # a wave column's
    assert waves == [None] and dict(issues[0].params)["other"] == "all.csv"


@pytest.fixture
def two_folders(tmp_path: Path) -> tuple[Path, Path]:
    """Two waves of a Google form, each downloaded with the form's default name."""
    first, second = tmp_path / "janvier" / GOOGLE, tmp_path / "avril" / GOOGLE
    for source, target in ((FORMS / "2026-01.csv", first), (FORMS / "2026-04.csv", second)):
        target.parent.mkdir()
        shutil.copyfile(source, target)
    return first, second


def _validate(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(cli, ["validate", *args, "--register", str(REGISTER), "--json"])
    return result.exit_code, json.loads(result.output) if result.output.startswith("{") else {}


def test_two_default_exports_are_refused_with_one_sentence(two_folders: tuple[Path, Path]):
    first, second = two_folders
    result = CliRunner().invoke(cli, ["validate", str(first), str(second), "--scale", "1:5"])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.strip().startswith("error")]
    assert len(errors) == 1 and "SAME_WAVE_TWICE" in errors[0], result.output
    assert "CONFLICTING_DUPLICATE" not in result.output
    code, report = _validate(str(first), str(second))
    (issue,) = [i for i in report["issues"] if i["severity"] == "error"]
    message = issue["message"]
    assert code == 1 and issue["file"] == str(second) and issue["value"] == "Enquête confiance"
    assert str(first) in message and str(second) in message and "=" in message
    assert message.count(".") == message.count(".csv") + 1  # one sentence
    french = CliRunner().invoke(cli, ["validate", str(first), str(second), "--lang", "fr"])
    assert french.exit_code == 1 and "seraient tous deux la vague" in french.output


def test_file_equals_label_names_the_waves(two_folders: tuple[Path, Path]) -> None:
    first, second = two_folders
    code, report = _validate(f"{first}=Lancement", f"{second}=Mi-parcours")
    assert code == 0 and report["waves"] == ["Lancement", "Mi-parcours"]
    code, report = _validate(f"{first}=Lancement", str(second))  # the other from its name
    assert code == 0 and report["waves"] == ["Lancement", "Enquête confiance"]
    result = CliRunner().invoke(
        cli,
        [
            "metrics",
            f"{first}=T1",
            f"{second}=T2",
            "--wave",
            "T2",
            "--format",
            "json",
            "--scale",
            "1:5",
        ],
    )
    assert result.exit_code == 0 and list(json.loads(result.stdout)["waves"]) == ["T2"]


def test_a_file_name_with_an_equals_sign_is_a_file(tmp_path: Path) -> None:
    odd = tmp_path / "vague=1.csv"
    shutil.copyfile(FORMS / "2026-01.csv", odd)
    assert _validate(str(odd))[1]["waves"] == ["vague=1"]
    assert _validate(f"{odd}=Début")[1]["waves"] == ["Début"]  # split at the last =


@pytest.mark.parametrize("label", ["", "   ", "x" * 61])
def test_a_bad_label_or_a_missing_file_is_a_usage_error(tmp_path: Path, label: str) -> None:
    result = CliRunner().invoke(cli, ["validate", f"{FORMS / '2026-01.csv'}={label}"])
    assert result.exit_code == 2 and "wave name" in result.output
    missing = CliRunner().invoke(cli, ["validate", f"{tmp_path / 'none.csv'}=T1"])
    assert missing.exit_code == 2 and "none.csv" in missing.output


def test_exports_that_share_the_form_title_are_named_by_what_differs(tmp_path: Path) -> None:
    names = [
        "Enquête confiance - Lancement (réponses).csv",
        "Enquête confiance - Fin (réponses).csv",
    ]
    for source, name in zip(("2026-01.csv", "2026-06.csv"), names):
        shutil.copyfile(FORMS / source, tmp_path / name)
    code, report = _validate(*(str(tmp_path / name) for name in names))
    assert code == 0 and report["waves"] == ["Lancement", "Fin"]  # in time order


# -- the web app -------------------------------------------------------------------------


def test_the_web_app_names_a_default_export_by_its_title_and_refuses_it_twice(
    tmp_path: Path,
) -> None:
    app: Flask = make_app(tmp_path / "ws.sqlite3")
    client = log_in(app.test_client())
    engagement = create(client)
    assert upload(client, engagement, ratings_csv(), GOOGLE).status_code == 303
    again = upload(client, engagement, ratings_csv(1), GOOGLE)
    assert again.status_code == 422
    assert "already has a wave or an upload named “Enquête confiance”" in text(again)
    # labels as typed stay as typed, even when they look like form titles
    for label in ("Acme - T2 (réponses)", "Acme - T3"):
        assert upload(client, engagement, ratings_csv(2), "x.csv", wave=label).status_code == 303
    waves = Workspace(app.config["WORKSPACE"]).survey(engagement).waves
    assert sorted(waves) == ["Acme - T2 (réponses)", "Acme - T3", "Enquête confiance"]


# -- long labels in charts ----------------------------------------------------------------


def test_charts_shorten_long_wave_labels_in_their_middle() -> None:
    import base64
    import re

    from alliance_graph.report.charts import balance_chart

    base = "Enquête de confiance du comité de direction : "
    waves = [base + "lancement $2026$", base + "mi-parcours 2026"]  # $…$ is no mathtext
    title = "Équilibre, vague " + waves[1]
    uri = balance_chart(dict.fromkeys(waves, 0.5), lang="fr", title=title, ylabel="")
    svg = base64.b64decode(uri.split(",", 1)[1]).decode()
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert texts[:2] == ["Enquête de…cement $2026$", "Enquête de…parcours 2026"]
    assert texts[-1] == "Équilibre, vague Enquête de confiance du comité de direction : mi-par…"
    assert max(map(len, texts)) == 70 and not any(wave in svg for wave in waves)


def test_a_sheet_of_a_workbook_takes_a_label(tmp_path: Path) -> None:
    import pandas as pd

    book = tmp_path / "enquete.xlsx"
    with pd.ExcelWriter(book) as sheets:
        pd.read_csv(FORMS / "2026-01.csv").to_excel(sheets, sheet_name="Réponses", index=False)
        pd.read_csv(FORMS / "2026-04.csv").to_excel(sheets, sheet_name="A=B", index=False)
    assert _validate(str(book))[1]["waves"] == ["Réponses", "A=B"]  # one wave per sheet
    code, report = _validate(f"{book}#Réponses=Lancement", f"{book}#A=B=Bilan")
    assert code == 0 and report["waves"] == ["Lancement", "Bilan"]
