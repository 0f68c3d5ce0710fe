"""Plain data: scales, issue messages in both languages, wave order."""

from __future__ import annotations

import pytest

from alliance_graph.errors import ScaleError
from alliance_graph.model import Issue, IssueCode, Scale, natural_key


@pytest.mark.parametrize(
    ("text", "bounds"),
    [("1:5", (1, 5)), (" -3 : 3 ", (-3, 3)), ("0:1", (0, 1)), ("0,5:4,5", (0.5, 4.5))],
)
def test_scale_parse(text: str, bounds: tuple[float, float]) -> None:
    scale = Scale.parse(text)
    assert (scale.min, scale.max) == bounds and not scale.inferred


@pytest.mark.parametrize("text", ["5:1", "3:3", "1-5", "a:b", ""])
def test_bad_scales_name_the_value(text: str) -> None:
    with pytest.raises(ScaleError, match="not"):
        Scale.parse(text)


def test_strength_and_sign_formulas() -> None:
    scale = Scale(-3, 3)
    assert scale.strength(-3) == 0.0 and scale.strength(3) == 1.0 and scale.strength(0) == 0.5
    assert scale.sign(-3) == -1.0 and scale.sign(0) == 0.0 and scale.sign(1.5) == 0.5
    assert Scale(1, 5).sign(3) == 0.0


def test_percent_follows_the_language() -> None:
    issue = Issue(
        IssueCode.LOW_RESPONSE_RATE,
        params=(("wave", "T1"), ("raters", 3), ("total", 7), ("share", 3 / 7)),
    )
    assert "(43%)" in issue.message("en")
    assert "(43\u202f%)" in issue.message("fr")


def test_describe_puts_file_and_line_first() -> None:
    issue = Issue(IssueCode.MISSING_SCORE, file="s.csv", line=4)
    assert issue.describe() == "s.csv, line 4: This row has no score, so it is not used."
    assert issue.describe("fr").startswith("s.csv, ligne 4\u00a0: ")


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="'de'"):
        Issue(IssueCode.EMPTY_FILE).message("de")


def test_natural_wave_order() -> None:
    labels = ["T10", "T2", "t1", "2026-10", "2026-9"]
    assert sorted(labels, key=natural_key) == ["2026-9", "2026-10", "t1", "T2", "T10"]
