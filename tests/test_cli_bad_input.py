"""``alliance-graph validate`` on bad input: exit codes, clear messages, never a traceback.

Exit codes (DESIGN.md section 7): 0 ok, 1 invalid input, 2 usage.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from alliance_graph.cli import cli

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "sample"

#: name → (file content, extra options, words the output must hold)
BAD_FILES: dict[str, tuple[str | bytes, list[str], list[str]]] = {
    "empty": (b"", [], ["EMPTY_FILE", "The file is empty."]),
    "binary": (bytes(range(256)) * 20, [], ["UNREADABLE_FILE", "cannot be read"]),
    "header-only": ("rater,ratee,score\n", [], ["NO_DATA_ROWS", "line 1", "no data rows"]),
    "no-score-column": (
        "rater,ratee,comment\nAlice,Bruno,helpful\n",
        [],
        ["MISSING_COLUMN", "line 1", "No column for the answers (score, note)", "comment"],
    ),
    "out-of-range": (
        "rater,ratee,score\nAlice,Bruno,4\nBruno,Alice,9\n",
        ["--scale", "1:5"],
        ["SCORE_OUT_OF_RANGE", "line 3", "Score 9 is outside the scale 1:5"],
    ),
    # two different scores, so that the scale can be inferred (one score cannot tell it)
    "not-a-number": (
        "rater,ratee,score\nAlice,Bruno,4\nBruno,Alice,beaucoup\nChloé,Alice,2\n",
        [],
        ["SCORE_NOT_A_NUMBER", "line 3", "“beaucoup”", "“score”"],
    ),
    # every score is 1: the top of 0:1, or the bottom of 1:5? The scale is asked for
    "one-value": (
        "rater,ratee,score\nAlice,Bruno,1\nBruno,Alice,1\nChloé,Alice,1\n",
        [],
        ["SCALE_UNKNOWN", "Every score read is 1", "--scale MIN:MAX", "--scale 1:5"],
    ),
}


def _invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, ["validate", *map(str, args)])


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "survey.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def _assert_clean_exit(result: Result, code: int) -> None:
    assert result.exit_code == code, result.output
    if code:  # CliRunner keeps the SystemExit of a non-zero exit only
        assert isinstance(result.exception, SystemExit), result.exception
    else:
        assert result.exception is None, result.exception
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_exits_1_with_a_clear_message(tmp_path: Path, name: str) -> None:
    content, options, words = BAD_FILES[name]
    path = _write(tmp_path, content)
    result = _invoke(path, *options)
    _assert_clean_exit(result, 1)
    for word in words:
        assert word in result.output
    assert str(path) in result.output
    assert "Not valid" in result.output


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_file_json_names_the_issue(tmp_path: Path, name: str) -> None:
    content, options, words = BAD_FILES[name]
    result = _invoke(_write(tmp_path, content), *options, "--json")
    _assert_clean_exit(result, 1)
    report = json.loads(result.stdout)
    assert report["ok"] is False
    errors = [i for i in report["issues"] if i["severity"] == "error"]
    assert [i["code"] for i in errors] == [words[0]]
    line = next((int(w.split()[1]) for w in words if w.startswith("line ")), None)
    assert errors[0]["line"] == line


def test_json_has_the_documented_keys(tmp_path: Path) -> None:
    content, options, _ = BAD_FILES["not-a-number"]
    path = _write(tmp_path, content)
    result = _invoke(path, *options, "--json")
    report = json.loads(result.stdout)
    assert {"ok", "ratings", "waves", "stakeholders", "scale", "files", "issues"} <= set(report)
    assert report["ratings"] == 2 and report["waves"] == ["survey"]
    assert report["stakeholders"] == 3
    assert report["scale"] == {"min": 1, "max": 5, "inferred": True}
    (file,) = report["files"]
    assert {"path", "encoding", "delimiter", "shape"} <= set(file)
    assert (file["path"], file["shape"]) == (str(path), "long")
    assert (file["encoding"], file["delimiter"]) == ("utf-8", "comma")
    issue = next(i for i in report["issues"] if i["code"] == "SCORE_NOT_A_NUMBER")
    assert {"code", "severity", "line", "column", "value", "message"} <= set(issue)
    assert (issue["severity"], issue["line"], issue["column"], issue["value"]) == (
        "error",
        3,
        "score",
        "beaucoup",
    )
    assert "beaucoup" in issue["message"]


def test_lang_fr_gives_french_messages(tmp_path: Path) -> None:
    content, options, _ = BAD_FILES["not-a-number"]
    path = _write(tmp_path, content)
    result = _invoke(path, *options, "--lang", "fr")
    _assert_clean_exit(result, 1)
    assert "ligne 3" in result.output
    assert "« beaucoup » dans la colonne « score » n’est ni un nombre" in result.output
    assert "neither a number" not in result.output
    report = json.loads(_invoke(path, *options, "--lang", "fr", "--json").stdout)
    messages = {i["code"]: i["message"] for i in report["issues"]}
    assert messages["SCORE_NOT_A_NUMBER"].startswith("« beaucoup »")
    assert messages["SCALE_INFERRED"].startswith("Aucune échelle")


@pytest.mark.parametrize("scale", ["5:1", "3:3", "one to five", "1-5"])
def test_a_bad_scale_is_a_usage_error(tmp_path: Path, scale: str) -> None:
    path = _write(tmp_path, "rater,ratee,score\nAlice,Bruno,4\n")
    result = _invoke(path, "--scale", scale)
    _assert_clean_exit(result, 2)
    assert "--scale" in result.output
    assert scale in result.output


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = _invoke(tmp_path / "nowhere.csv")
    _assert_clean_exit(result, 2)
    assert "nowhere.csv" in result.output and "does not exist" in result.output


def test_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = _invoke(tmp_path)
    _assert_clean_exit(result, 2)


def test_no_input_is_a_usage_error() -> None:
    _assert_clean_exit(_invoke(), 2)


def test_a_valid_sample_exits_0() -> None:
    result = _invoke(SAMPLE / "survey.csv", "--register", SAMPLE / "register.csv")
    _assert_clean_exit(result, 0)
    assert "Valid." in result.output
    assert "0 errors" in result.output


def test_a_valid_sample_as_json() -> None:
    result = _invoke(SAMPLE / "survey.csv", "--register", SAMPLE / "register.csv", "--json")
    _assert_clean_exit(result, 0)
    report = json.loads(result.stdout)
    assert report["ok"] is True
    assert report["ratings"] == 2746
    assert report["stakeholders"] == 30
    assert report["waves"] == ["2026-01", "2026-04", "2026-06"]
    assert report["scale"] == {"min": 1, "max": 5, "inferred": True}
    shapes = {Path(f["path"]).name: f["shape"] for f in report["files"]}
    assert shapes["survey.csv"] == "long"
    assert all(i["severity"] == "warning" for i in report["issues"])


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    path = _write(tmp_path, "rater,ratee,score\nAlice,Alice,4\nAlice,Bruno,4\n")
    result = _invoke(path, "--scale", "1:5")
    _assert_clean_exit(result, 0)
    assert "SELF_RATING" in result.output and "line 2" in result.output


# -- a scale the answers cannot tell (issue 12, point 5) ---------------------------------

ONES = BAD_FILES["one-value"][0]


def test_one_value_reports_no_scale_and_a_declared_one_is_used(tmp_path: Path) -> None:
    path = _write(tmp_path, ONES)
    result = _invoke(path)
    assert "scale unknown" in result.output and "1:5 (inferred)" not in result.output
    report = json.loads(_invoke(path, "--json").stdout)
    assert report["ok"] is False and report["scale"] is None
    french = _invoke(path, "--lang", "fr")
    _assert_clean_exit(french, 1)
    assert "Toutes les notes lues valent 1" in french.output and "--scale 1:5" in french.output
    for scale, (low, high) in (("1:5", (1, 5)), ("0:1", (0, 1))):
        given = _invoke(path, "--scale", scale, "--json")
        _assert_clean_exit(given, 0)
        assert json.loads(given.stdout)["scale"] == {"min": low, "max": high, "inferred": False}


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_metrics_on_one_value_exits_1_and_asks_for_the_scale(tmp_path: Path, fmt: str) -> None:
    path = _write(tmp_path, ONES)
    result = CliRunner().invoke(cli, ["metrics", str(path), "--format", fmt])
    _assert_clean_exit(result, 1)
    assert "SCALE_UNKNOWN" in result.stderr and "--scale MIN:MAX" in result.stderr
    assert result.stdout == ""  # no metrics on a guessed scale
    given = CliRunner().invoke(cli, ["metrics", str(path), "--format", fmt, "--scale", "0:1"])
    _assert_clean_exit(given, 0)


def test_a_library_error_inside_a_command_is_a_message_not_a_traceback(monkeypatch) -> None:
    """Library errors become CLI errors in one place, whatever command raises them."""
    from alliance_graph.analysis import Analysis
    from alliance_graph.errors import AllianceGraphError
    from tests.conftest import SAMPLE

    def fail(*args: object, **kwargs: object) -> str:
        raise AllianceGraphError("the figures cannot be computed: a test says so")

    monkeypatch.setattr(Analysis, "text", fail)
    result = CliRunner().invoke(
        cli, ["metrics", str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    )
    assert result.exit_code == 1
    assert "Error: the figures cannot be computed: a test says so" in result.output
    assert "Traceback" not in result.output and not isinstance(result.exception, AllianceGraphError)


def test_an_empty_file_says_nothing_was_read_not_an_empty_survey(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    result = CliRunner().invoke(cli, ["validate", str(tmp_path / "empty.csv")])
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [
        "Survey: no rating read.",
        "Issues: 1 error, 0 warnings",
    ]
    assert "Files:" not in result.output and "0 waves" not in result.output
