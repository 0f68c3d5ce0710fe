"""Scores and scales that cannot break anything: an absurd score is an error with its
line, a scale too wide to guess must be declared, an absurd ``--scale`` is a usage
error, and every scale's text form reads back as the same scale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import given
from hypothesis import strategies as st

from alliance_graph.cli import cli
from alliance_graph.errors import ScaleError
from alliance_graph.ingest import read_survey
from alliance_graph.model import SCORE_LIMIT, IssueCode, Scale

BOUNDS = st.floats(min_value=-SCORE_LIMIT, max_value=SCORE_LIMIT, allow_nan=False)
#: before: validate said "Valid." with the scale 1:1e+06, which could not be read back
MILLION = "rater,ratee,score\nAlice,Bruno,1\nBruno,Alice,1000000\nChloé,Alice,3\n"
#: before: read as inf, "Valid." with the scale 1:inf, then every analysis crashed
HUGE = "rater,ratee,score\nAlice,Bruno,1\nBruno,Alice," + "9" * 400 + "\nChloé,Alice,3\n"


@given(BOUNDS, BOUNDS)
def test_every_scale_reads_back_from_its_text(a: float, b: float) -> None:
    lo, hi = min(a, b), max(a, b)
    if hi - lo < 0.001:
        return
    scale = Scale(lo, hi)
    text = str(scale)
    assert re.fullmatch(r"-?\d+(\.\d+)?:-?\d+(\.\d+)?", text), text  # plain decimals
    again = Scale.parse(text)
    assert (again.min, again.max) == (scale.min, scale.max)
    assert str(again) == text


@given(st.integers(-SCORE_LIMIT, SCORE_LIMIT), st.integers(1, 2 * SCORE_LIMIT))
def test_whole_scales_are_written_as_whole_numbers(lo: int, span: int) -> None:
    hi = min(lo + span, SCORE_LIMIT)
    if hi <= lo:
        return
    assert str(Scale(lo, hi)) == f"{lo}:{hi}"


@pytest.mark.parametrize(
    ("text", "bounds"), [("0:1e+06", (0, 1e6)), ("1:1e+01", (1, 10)), ("-1e+03:1e+03", (-1e3, 1e3))]
)
def test_texts_stored_by_earlier_versions_are_read(text: str, bounds: tuple[float, float]) -> None:
    scale = Scale.parse(text)
    assert (scale.min, scale.max) == bounds


@pytest.mark.parametrize(
    "text",
    ["1:1e400", "nan:5", "1:nan", "-inf:5", "1:" + "9" * 400, "0:1000001", "-2e6:0", "0:0.0001"],
)
def test_absurd_scales_are_refused(text: str) -> None:
    with pytest.raises(ScaleError, match="not"):
        Scale.parse(text)


@pytest.mark.parametrize(
    ("lo", "hi"), [(1, float("inf")), (float("nan"), 5), (0, 2e6), (0, 1e-300), (3, 3)]
)
def test_absurd_scales_cannot_be_built(lo: float, hi: float) -> None:
    with pytest.raises(ScaleError):
        Scale(lo, hi)


def _invoke(tmp_path: Path, content: str, *args: str) -> Result:
    path = tmp_path / "survey.csv"
    path.write_text(content, encoding="utf-8")
    extra = ["-o", str(tmp_path / "out.html")] if args[0] == "report" else []
    return CliRunner().invoke(cli, [args[0], str(path), *args[1:], *extra])


def _no_traceback(result: Result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    words = result.output + (result.stderr or "")
    assert "Traceback" not in words
    return words


@pytest.mark.parametrize("command", ["validate", "metrics", "report", "compare"])
def test_a_million_without_a_scale_asks_for_it(tmp_path: Path, command: str) -> None:
    words = _no_traceback(_invoke(tmp_path, MILLION, command), 1)
    assert "SCALE_TOO_WIDE" in words and "--scale MIN:MAX" in words
    assert "1e+06" not in words and "Valid." not in words


def test_a_million_with_a_declared_scale_is_out_of_range(tmp_path: Path) -> None:
    words = _no_traceback(_invoke(tmp_path, MILLION, "validate", "--scale", "1:5"), 1)
    assert "SCORE_OUT_OF_RANGE" in words and "line 3" in words


@pytest.mark.parametrize("command", ["validate", "metrics", "report", "compare"])
def test_a_score_of_400_digits_is_an_error_with_its_line(tmp_path: Path, command: str) -> None:
    words = _no_traceback(_invoke(tmp_path, HUGE, command, "--scale", "1:5"), 1)
    assert "SCORE_TOO_LARGE" in words and "line 3" in words and "inf" not in words


def test_a_score_of_400_digits_is_never_a_scale(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(HUGE, encoding="utf-8")
    survey = read_survey(path)
    assert [(i.code, i.line) for i in survey.errors] == [(IssueCode.SCORE_TOO_LARGE, 3)]
    assert survey.scale_known and str(survey.scale) == "1:5"  # from 1 and 3
    (issue,) = survey.errors
    assert len(issue.message()) < 200 and issue.value == "9" * 400


@pytest.mark.parametrize("scale", ["1:1e400", "nan:5", "1:" + "9" * 400, "0:1000001"])
def test_an_absurd_scale_option_is_a_usage_error(tmp_path: Path, scale: str) -> None:
    words = _no_traceback(_invoke(tmp_path, MILLION, "validate", "--scale", scale), 2)
    assert "--scale" in words and scale[:20] in words


def test_scales_up_to_a_thousand_points_are_still_inferred(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("rater,ratee,score\nAlice,Bruno,0\nBruno,Alice,1000\n", encoding="utf-8")
    survey = read_survey(path)
    assert survey.scale_known and str(survey.scale) == "0:1000"
    assert [i.code for i in survey.issues if i.code is IssueCode.SCALE_INFERRED]
