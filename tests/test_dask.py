"""The Dask engine aggregates the same ties as the local engine, on a two-process cluster."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from alliance_graph.cli import cli
from alliance_graph.ingest.distributed import dask_ties
from alliance_graph.ingest.interactions import interaction_ties, read_interactions

pytest.importorskip("distributed")

PEOPLE = ["ana", "bob", "cy", "dee", "eve", "fay", "gus"]


@pytest.fixture(scope="module")
def logs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Three CSV files of one log (with a few rows to leave out) and the same as Parquet."""
    rng = random.Random(7)
    rows = []
    for _ in range(900):
        a, b = rng.sample(PEOPLE, 2)
        day = f"2026-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
        rows.append(
            (day, a, b, str(rng.randint(5, 90)), rng.choice(["meeting", "e-mail", "Appel"]))
        )
    rows += [("2026-02-01", "ana", "", "10", "email"), ("not a date", "bob", "cy", "5", "call")]
    return _write(tmp_path_factory.mktemp("logs"), rows)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory, logs: list[Path]) -> list[Path]:
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in logs]
    rows = [
        r for f in frames for r in f.itertuples(index=False) if r.target and r.timestamp[0] == "2"
    ]
    return _write(tmp_path_factory.mktemp("clean"), rows)


def _write(folder: Path, rows: list) -> list[Path]:
    paths = []
    for i in range(3):
        path = folder / f"part-{i}.csv"
        frame = pd.DataFrame(
            rows[i::3], columns=["timestamp", "source", "target", "duration", "channel"]
        )
        frame.to_csv(path, index=False)
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    "window", ["month", "quarter", "2026-01-01..2026-03-31,2026-04-01..2026-06-30"]
)
def test_dask_and_local_ties_are_identical(logs, window) -> None:
    ties, measure, issues = dask_ties(logs, window=window, workers=2)
    local = interaction_ties(read_interactions(logs, window=window))
    assert measure == "duration"
    pd.testing.assert_frame_equal(ties, local)
    counts = {i.code.value: dict(i.params)["count"] for i in issues}
    assert counts == {"MISSING_NAME": 1, "EVENT_OUTSIDE_WAVES": 1}  # every row used or counted


def test_dask_from_the_command_line(clean) -> None:
    args = [*map(str, clean), "--window", "quarter", "--format", "json"]
    dask = CliRunner().invoke(cli, ["metrics", *args, "--engine", "dask"])
    local = CliRunner().invoke(cli, ["metrics", *args])
    assert dask.exit_code == 0, dask.output

    def rounded(text: str) -> dict:  # sums in another order differ in the last digit
        return json.loads(text, parse_float=lambda x: round(float(x), 9))["waves"]

    assert rounded(dask.stdout) == rounded(local.stdout)
    alone = CliRunner().invoke(cli, ["metrics", *args, "--scheduler", "tcp://127.0.0.1:1"])
    assert alone.exit_code == 2 and "--engine dask" in alone.output


def test_dask_keeps_consent_and_reports_each_kind_of_row(tmp_path, clean) -> None:
    register = tmp_path / "register.csv"
    register.write_text("id,name,group,consent\nana,Ana,A,no\nbob,Bob,A,yes\n", encoding="utf-8")
    args = [*map(str, clean), "--window", "quarter", "--register", str(register)]
    result = CliRunner().invoke(cli, ["metrics", *args, "--engine", "dask", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"ana"' not in result.stdout and "A (anonymous 1)" in result.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "timestamp,source,target,duration\n2026-01-02,ana,ana,5\n2026-01-03,ana,bob,x\n"
        "2026-01-04,ana,bob,5\n",
        encoding="utf-8",
    )
    _, _, issues = dask_ties([bad], window="month", workers=1)
    assert {i.code.value: dict(i.params)["count"] for i in issues} == {
        "SCORE_NOT_A_NUMBER": 1,
        "SELF_RATING": 1,
    }
    unknown = CliRunner().invoke(cli, ["metrics", *args, "--engine", "dask", "--wave", "2027-Q1"])
    assert unknown.exit_code == 2 and "2027-Q1" in unknown.output
