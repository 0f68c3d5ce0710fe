"""``--share-viewpoints``: refused without ``--audience shared``; with it the coachee's,
the sponsor's and the coach's views of the objectives are shared, without it they are
not; a group under K leaves no trace either way (the engagement of
tests/test_shared_objectives.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from tests.test_shared_objectives import _survey


def _args(folder: Path, small=(-3, -2)) -> list[str]:
    _survey(folder, small=small)  # writes the files
    return [
        str(folder / "ratings.csv"),
        str(folder / "progress.csv"),
        "--register",
        str(folder / "register.csv"),
        "--objectives",
        str(folder / "objectives.csv"),
        "--scale",
        "1:5",
    ]


@pytest.mark.parametrize("command", ["metrics", "compare", "report", "export"])
def test_the_flag_goes_with_the_shared_audience(tmp_path, command) -> None:
    extra = {
        "report": ["-o", str(tmp_path / "out.html")],
        "export": ["-o", str(tmp_path / "out"), "--format", "json"],
    }.get(command, [])
    result = CliRunner().invoke(cli, [command, *_args(tmp_path), *extra, "--share-viewpoints"])
    assert result.exit_code == 2
    assert "--share-viewpoints goes with --audience shared" in result.output
    assert "Traceback" not in result.output


def _shared_json(folder: Path, *flags: str, small=(-3, -2)) -> str:
    args = [*_args(folder, small), "--audience", "shared", *flags, "--format", "json"]
    result = CliRunner().invoke(cli, ["metrics", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_with_the_flag_the_three_views_are_shared(tmp_path) -> None:
    data = json.loads(_shared_json(tmp_path, "--share-viewpoints"))
    assert data["share_viewpoints"] is True
    one = data["waves"]["T1"]["objectives"]["O1"]
    assert [one[v]["mean"] for v in ("self", "sponsor", "coach")] == [3.0, 0.0, 2.0]
    change = data["changes"]["T1->T2"]["objectives"]["O1"]
    assert change["sponsor"] == {"before": 0.0, "after": 2.0, "delta": 2.0}


def test_without_the_flag_they_are_not(tmp_path) -> None:
    text = _shared_json(tmp_path)
    data = json.loads(text)
    assert "share_viewpoints" not in data
    for wave in data["waves"].values():
        for record in wave["objectives"].values():
            assert not {"self", "sponsor", "coach"} & set(record)
    for change in data["changes"].values():
        for record in change["objectives"].values():
            assert set(record) == {"stakeholders", "groups"}
    assert '"coach"' not in text.replace('"(coach)"', "")


@pytest.mark.parametrize("flags", [(), ("--share-viewpoints",)])
def test_a_group_of_two_leaves_every_output_as_it_was(tmp_path, flags) -> None:
    """Small (x1, x2) is a group of two: whatever they answer, the shared figures, the
    changes and the report are the same, byte for byte."""
    first = _shared_json(tmp_path / "a", *flags)
    assert first == _shared_json(tmp_path / "b", *flags, small=(3, 3))
    assert "Small" in first  # named among the groups left out, with no figure

    def page(folder: Path, small) -> str:
        out = folder / "shared.html"
        args = [*_args(folder, small), "--audience", "shared", *flags, "-o", str(out)]
        assert CliRunner().invoke(cli, ["report", *args]).exit_code == 0
        return out.read_text(encoding="utf-8")

    assert page(tmp_path / "c", (-3, -2)) == page(tmp_path / "d", (3, 3))


def test_compare_says_the_views_are_shared(tmp_path) -> None:
    args = [*_args(tmp_path), "--audience", "shared", "--format", "json"]
    shared = json.loads(CliRunner().invoke(cli, ["compare", *args, "--share-viewpoints"]).stdout)
    assert shared["share_viewpoints"] is True
    assert shared["changes"]["T1->T2"]["objectives"]["O1"]["coach"]["delta"] == 1.0
    plain = json.loads(CliRunner().invoke(cli, ["compare", *args]).stdout)
    assert "share_viewpoints" not in plain
    assert "coach" not in plain["changes"]["T1->T2"]["objectives"]["O1"]
