"""The command line as a user runs it: validate, demo, help, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from alliance_graph.cli import cli


def test_validate_sample_json(sample: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "validate",
            str(sample / "survey.csv"),
            "--register",
            str(sample / "register.csv"),
            "--json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["ok"] is True
    assert data["ratings"] == 2746
    assert data["waves"] == ["2026-01", "2026-04", "2026-06"]
    assert data["stakeholders"] == 30
    assert data["scale"] == {"min": 1, "max": 5, "inferred": True}
    assert [f["shape"] for f in data["files"]] == ["register", "long"]
    assert data["issues"][0]["code"] == "SCALE_INFERRED"


def test_validate_table_in_french_with_declared_scale(sample: Path) -> None:
    result = CliRunner().invoke(
        cli, ["validate", str(sample / "survey-fr-excel.csv"), "--scale", "1:5", "--lang", "fr"]
    )
    assert result.exit_code == 0, result.output
    # thousands marked as French does, with a narrow no-break space
    assert "2\u202f746 réponses" in result.output and "cp1252" in result.output
    assert "Fichiers\u00a0:" in result.output and "Valide." in result.output


def test_validate_wave_filter_and_unknown_wave(sample: Path) -> None:
    args = ["validate", str(sample / "survey.csv"), "--json", "--wave", "2026-04"]
    result = CliRunner().invoke(cli, args)
    assert json.loads(result.output)["waves"] == ["2026-04"]
    result = CliRunner().invoke(cli, [*args[:-1], "2030-01"])
    assert result.exit_code == 2
    assert "2030-01" in result.output and "Traceback" not in result.output


def test_demo_writes_the_overview(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    target = tmp_path / "sample-overview.json"
    assert f"Wrote {target}" in result.output
    data = json.loads(target.read_text(encoding="utf-8"))
    assert list(data["waves"]) == ["2026-01", "2026-04", "2026-06"]
    assert data["waves"]["2026-01"]["ties"] == 241
    assert "2026-06" in result.output


def test_demo_without_data_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--data", str(tmp_path)])
    assert result.exit_code == 1 and "sample data" in result.output


def test_every_command_has_help() -> None:
    for name, command in cli.commands.items():
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help and "Example" in command.help, name


def test_help_is_fast_and_imports_no_heavy_library() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); from alliance_graph.cli import cli; "
        "print(time.perf_counter() - t); "
        "heavy = ('pandas', 'networkx', 'scipy', 'numpy'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[1] == "[]"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "alliance_graph", "--help"], check=True, capture_output=True
    )
    assert time.perf_counter() - start < 2.0


def test_public_api_is_exactly_all() -> None:
    import alliance_graph

    assert alliance_graph.__all__ == sorted(alliance_graph.__all__)
    for name in alliance_graph.__all__:
        assert getattr(alliance_graph, name) is not None
    public = {n for n in dir(alliance_graph) if not n.startswith("_")}
    assert public <= set(alliance_graph.__all__)


def test_all_matches_the_lazy_exports() -> None:
    import alliance_graph

    assert set(alliance_graph.__all__) == set(alliance_graph._EXPORTS) | {"__version__"}


def test_unknown_encoding_is_a_usage_error(sample: Path) -> None:
    result = CliRunner().invoke(cli, ["validate", str(sample / "survey.csv"), "--encoding", "x"])
    assert result.exit_code == 2 and "unknown encoding 'x'" in result.output


def test_the_command_uses_one_blas_thread_unless_told(monkeypatch) -> None:
    # OpenBLAS's threads cost more than they give on these small matrices (issue 17,
    # point 7): the console entry asks for one before numpy loads, unless the user chose
    import alliance_graph.cli as command

    ran: list[str | None] = []
    monkeypatch.setattr(command, "cli", lambda **_: ran.append(os.environ["OPENBLAS_NUM_THREADS"]))
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    command.main()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    command.main()
    assert ran == ["1", "2"]
    code = "import alliance_graph.cli, sys; print('numpy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"  # so the setting is read when numpy loads
