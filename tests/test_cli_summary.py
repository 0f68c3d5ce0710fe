"""``report`` and ``metrics`` say when the data hold warnings: a short summary on the
error output, after the result and before the line naming the file written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

#: Three self-ratings (lines 4, 5 and 8) and a repeated answer (line 6), no error.
WARNED = (
    "rater,ratee,score\nAlice,Bruno,4\nBruno,Alice,2\nAlice,Alice,5\nChloé,Chloé,3\n"
    "Bruno,Alice,2\nChloé,Alice,4\nDavid,David,1\nAlice,Chloé,3\n"
)


@pytest.fixture
def warned(tmp_path: Path) -> Path:
    path = tmp_path / "t1.csv"
    path.write_text(WARNED, encoding="utf-8")
    return path


def _invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, [*args, "--scale", "1:5"])


def test_report_prints_the_warnings_before_the_file_it_wrote(warned: Path, tmp_path: Path):
    target = tmp_path / "r.html"
    result = _invoke("report", str(warned), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"Wrote {target}\n"  # standard output: the file written, only
    lines = result.stderr.splitlines()
    assert lines[0] == "4 warnings in the data: SELF_RATING (3), DUPLICATE_ANSWER (1)"
    assert lines[1:4] == [
        f"  {warned}, line 4: Alice rated themself; this answer is ignored.",
        f"  {warned}, line 5: Chloé rated themself; this answer is ignored.",
        f"  {warned}, line 6: The same answer already appears on line 3; it is counted once.",
    ]
    assert lines[4:] == [
        "  … and 1 more",
        "The full list is in the report's section “Data quality”.",
    ]
    assert result.output.splitlines()[-1] == f"Wrote {target}"  # the path stays last


def test_report_in_french_points_to_its_section(warned: Path, tmp_path: Path) -> None:
    result = _invoke("report", str(warned), "-o", str(tmp_path / "r.html"), "--lang", "fr")
    assert result.stderr.startswith("4 avertissements sur les données\u00a0: SELF_RATING (3)")
    assert f"{warned}, ligne 4\u00a0: Alice s’est évalué·e soi-même" in result.stderr
    assert "  … et 1 autre" in result.stderr
    assert "section «\u00a0Qualité des données\u00a0» du rapport." in result.stderr


def test_the_shared_report_has_no_list_so_validate_is_named(warned: Path, tmp_path: Path):
    args = ["report", str(warned), "-o", str(tmp_path / "s.html"), "--audience", "shared"]
    result = _invoke(*args, "--min-group-size", "2")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1] == (
        "For the full list, run alliance-graph validate on the same files."
    )


def test_quiet_leaves_the_summary_out(warned: Path, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    result = _invoke("report", str(warned), "-o", str(target), "--quiet")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout == f"Wrote {target}\n"
    metrics = _invoke("metrics", str(warned), "--quiet")
    assert metrics.exit_code == 0 and metrics.stderr == ""


def test_metrics_json_stays_pure_json(warned: Path) -> None:
    result = _invoke("metrics", str(warned), "--format", "json")
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)) >= {"scale", "waves"}
    assert result.stderr.startswith("4 warnings in the data")
    assert result.stderr.endswith("run alliance-graph validate on the same files.\n")


def test_metrics_table_then_summary_and_file_last(warned: Path, tmp_path: Path) -> None:
    table = _invoke("metrics", str(warned))
    assert table.stdout.startswith("Wave t1") and "warning" not in table.stdout
    assert table.output.index("Wave t1") < table.output.index("4 warnings")
    target = tmp_path / "m.csv"
    written = _invoke("metrics", str(warned), "--format", "csv", "-o", str(target))
    assert written.stdout == f"Wrote {target}\n"
    assert written.output.splitlines()[-1] == f"Wrote {target}"
    assert "4 warnings" in written.stderr


def test_no_warning_no_summary(tmp_path: Path) -> None:
    args = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    result = _invoke("report", *args, "-o", str(tmp_path / "r.html"))
    assert result.exit_code == 0 and result.stderr == ""


def test_demo_still_ends_with_the_report_path(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("Open the report: ")


def test_compare_ends_with_the_summary_unless_quiet(warned: Path) -> None:
    result = _invoke("compare", str(warned), "--permutations", "0")
    assert result.exit_code == 0, result.output
    assert "warning" not in result.stdout
    assert result.stderr.startswith("4 warnings in the data: SELF_RATING (3), DUPLICATE_ANSWER (1)")
    quiet = _invoke("compare", str(warned), "--permutations", "0", "--quiet")
    assert quiet.exit_code == 0 and quiet.stderr == "" and quiet.stdout == result.stdout
