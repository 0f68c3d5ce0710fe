"""Pseudonyms: no name or id of the input anywhere in a pseudonymised output."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.privacy import pseudonymise
from tests.conftest import SAMPLE

ARGS = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]


def _people() -> list[dict[str, str]]:
    with (SAMPLE / "register.csv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_labels_are_stable_and_by_role_or_group() -> None:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    hidden, mapping = pseudonymise(survey)
    assert mapping["cmoreau"] == "Coach" and mapping["pdurand"] == "Sponsor"
    assert mapping["hgarnier"] == "Coachee" and mapping["alambert"] == "Managers 1"
    assert pseudonymise(survey)[1] == mapping  # the same labels every time
    assert set(hidden.ratings["rater"]) <= set(mapping.values())
    assert hidden.coach == "Coach" and len(set(mapping.values())) == len(mapping)
    assert pseudonymise(survey, "fr")[1]["pdurand"] == "Commanditaire"


def test_names_leave_the_issues_too(write_csv) -> None:
    path = write_csv("s.csv", "rater,ratee,score\nZoé Secret,Zoé Secret,4\nZoé Secret,Ana,3\n")
    survey = load_survey(path, scale="1:5")
    hidden, _ = pseudonymise(survey)
    assert "Zoé Secret" not in json.dumps(hidden.to_dict(), ensure_ascii=False)


@pytest.mark.parametrize(
    "command",
    [
        ["report", "-o", "{out}/r.html"],
        ["metrics", "--format", "json", "-o", "{out}/m.json"],
        ["export", "--format", "gexf", "-o", "{out}/n.gexf"],
    ],
)
def test_no_name_in_any_pseudonymised_output(tmp_path: Path, command: list[str]) -> None:
    args = [part.replace("{out}", str(tmp_path)) for part in command]
    result = CliRunner().invoke(cli, [args[0], *ARGS, *args[1:], "--pseudonymise"])
    assert result.exit_code == 0, result.output
    text = next(p for p in tmp_path.iterdir()).read_text(encoding="utf-8")
    for person in _people():
        assert person["name"] not in text and f'"{person["id"]}"' not in text


def test_the_key_is_written_only_when_asked(tmp_path: Path) -> None:
    key = tmp_path / "key.csv"
    result = CliRunner().invoke(
        cli,
        [
            "metrics",
            *ARGS,
            "--pseudonymise",
            "--mapping",
            str(key),
            "--format",
            "json",
            "-o",
            str(tmp_path / "m.json"),
        ],
    )
    assert result.exit_code == 0 and "keep it apart" in result.output
    rows = list(csv.DictReader(key.open(encoding="utf-8")))
    assert {"id": "pdurand", "name": "Philippe Durand", "label": "Sponsor"} in rows
    alone = CliRunner().invoke(cli, ["metrics", *ARGS, "--mapping", str(key)])
    assert alone.exit_code == 2 and "--pseudonymise" in alone.output
