"""Checks on the answer cells: scores, scale, self-ratings, duplicates, dates, coverage.

Each check takes the cells table and returns issue records (and, where rows must go,
a mask of the rows to keep); none raises. Scores are read once per distinct value.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from alliance_graph.ingest.likert import Scores, convert_scores
from alliance_graph.model import SCORE_LIMIT, Issue, IssueCode, Scale

__all__ = [
    "INFERRED_SPAN_LIMIT",
    "check_coverage",
    "check_duplicates",
    "check_self_ratings",
    "infer_scale",
    "parse_dates",
    "score_cells",
]

_SYMMETRIC = (1, 2, 3, 5, 10)
_UPPER = (5, 7, 10, 100)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_DMY_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}")
#: Year first with slashes or dots (Google Forms: ``2026/01/20 10:00:00 AM GMT+1``),
#: or dashes without leading zeros (``2026-1-20``); what follows the date is not read.
_YMD_DATE = re.compile(r"^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})(?=$|[\sT,])")
#: The scale a survey carries when none is known (no score, ``SCALE_UNKNOWN`` or
#: ``SCALE_TOO_WIDE``).
_STAND_IN = Scale(1, 5, inferred=True)
#: The widest scale guessed from the answers (as 0:1000); a wider one must be declared.
INFERRED_SPAN_LIMIT = 1000


def _cell_issue(code: IssueCode, row: pd.Series, **params: object) -> Issue:
    return Issue(
        code,
        file=row["file"],
        line=int(row["line"]),
        column=str(row["column"]),
        value=str(row["answer"]),
        params=tuple(params.items()),
    )


def score_cells(
    cells: pd.DataFrame, declared: Scale | None
) -> tuple[np.ndarray, Scale, np.ndarray, list[Issue]]:
    """Numeric scores, the scale, a mask of usable cells, and the issues found.

    A number beyond ±:data:`~alliance_graph.model.SCORE_LIMIT` (or too long to be one)
    is ``SCORE_TOO_LARGE`` and is not used. When no scale is declared and the answers
    cannot tell it (one distinct number, no label: ``SCALE_UNKNOWN``; a guess wider than
    :data:`INFERRED_SPAN_LIMIT`: ``SCALE_TOO_WIDE``), the run stops and the scale returned
    is only a stand-in.
    """
    forced = (
        int(declared.max) if declared and declared.min == 1 and declared.max in (5, 7) else None
    )
    scores = convert_scores(cells["answer"], forced)
    issues = [_cell_issue(IssueCode.EXCEL_ERROR, row) for _, row in cells[scores.excel].iterrows()]
    issues += [
        _cell_issue(IssueCode.SCORE_NOT_A_NUMBER, row) for _, row in cells[scores.bad].iterrows()
    ]
    issues += _drop_huge(scores, cells)
    inferred = None if declared else infer_scale(scores)
    scale = declared or inferred
    issues += _scale_issues(scores, declared, scale)
    if scale is None or _too_wide(inferred):  # nothing to check the scores against
        return scores.values, _STAND_IN, ~np.isnan(scores.values), issues
    with np.errstate(invalid="ignore"):
        outside = (scores.values < scale.min) | (scores.values > scale.max)
    issues += [
        _cell_issue(IssueCode.SCORE_OUT_OF_RANGE, row, scale=str(scale))
        for _, row in cells[outside].iterrows()
    ]
    usable = ~np.isnan(scores.values) & ~outside
    return scores.values, scale, usable, issues


def _drop_huge(scores: Scores, cells: pd.DataFrame) -> list[Issue]:
    """``SCORE_TOO_LARGE`` for each number beyond ±SCORE_LIMIT (infinite when it has
    hundreds of digits), which then reads as no score."""
    with np.errstate(invalid="ignore"):
        huge = np.abs(scores.values) > SCORE_LIMIT  # NaN (no number) compares False
    scores.values = np.where(huge, np.nan, scores.values)
    return [
        _cell_issue(IssueCode.SCORE_TOO_LARGE, row, shown=_shortened(str(row["answer"])))
        for _, row in cells[huge].iterrows()
    ]


def _shortened(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


def _too_wide(scale: Scale | None) -> bool:
    return scale is not None and scale.max - scale.min > INFERRED_SPAN_LIMIT


def _scale_issues(scores: Scores, declared: Scale | None, scale: Scale | None) -> list[Issue]:
    """How the scale was found: inferred, undecidable, too wide to guess, or at odds
    with the labels."""
    values = scores.values[~np.isnan(scores.values)]
    if declared is None and len(values):
        if scale is None:
            return [Issue(IssueCode.SCALE_UNKNOWN, value=f"{float(values[0]):g}")]
        if _too_wide(scale):
            top = values[np.argmax(np.abs(values))]
            params = (("scale", str(scale)), ("limit", INFERRED_SPAN_LIMIT))
            return [Issue(IssueCode.SCALE_TOO_WIDE, value=f"{float(top):.15g}", params=params)]
        return [Issue(IssueCode.SCALE_INFERRED, params=(("scale", str(scale)),))]
    if scores.points and declared and (declared.min, declared.max) != (1, scores.points):
        points = (("points", scores.points), ("scale", str(declared)))
        return [Issue(IssueCode.LABEL_SCALE_MISMATCH, params=points)]
    return []


def infer_scale(scores: Scores) -> Scale | None:
    """The usual scale that holds every score: 1:5, 1:7, 1:10, 0:10, 0:100, 0:1, −k:k.

    Label answers imply 1:points. Without labels, it takes two different numbers to
    tell a scale: with one (all 1s: the top of 0:1 or the bottom of 1:5?) or none, the
    answer is ``None`` and the scale must be declared.
    """
    values = scores.values[~np.isnan(scores.values)]
    if scores.points:
        top = max(scores.points, float(values.max()) if len(values) else 0)
        return Scale(1, top if top in _UPPER else scores.points, inferred=True)
    if len(np.unique(values)) < 2:
        return None
    lo, hi = float(values.min()), float(values.max())
    if lo < 0:
        bound = max(-lo, hi)
        k = next((k for k in _SYMMETRIC if k >= bound), bound)
        return Scale(-k, k, inferred=True)
    if hi <= 1:
        return Scale(0, 1, inferred=True)  # shares, or 0/1 answers
    upper = next((u for u in _UPPER if u >= hi), hi)
    return Scale(0 if lo < 1 or upper == 100 else 1, upper, inferred=True)


def check_self_ratings(cells: pd.DataFrame) -> tuple[np.ndarray, list[Issue]]:
    """Self-ratings are reported once per row and left out."""
    own = (cells["rater"] == cells["ratee"]).to_numpy()
    rows = cells[own].drop_duplicates(["file", "line"])
    issues = [
        Issue(IssueCode.SELF_RATING, file=r["file"], line=int(r["line"]), value=str(r["rater"]))
        for _, r in rows.iterrows()
    ]
    return ~own, issues


def check_duplicates(cells: pd.DataFrame) -> tuple[np.ndarray, list[Issue]]:
    """The same rater, ratee, dimension and wave twice: identical → counted once
    (warning); different scores → error."""
    key = ["wave", "rater", "ratee", "dimension"]
    repeated = cells.duplicated(key, keep="first").to_numpy()
    if not repeated.any():
        return np.ones(len(cells), dtype=bool), []
    firsts = cells[~repeated].set_index(key)
    issues = []
    for _, row in cells[repeated].iterrows():
        first = firsts.loc[tuple(row[key])]
        if first["score"] == row["score"]:
            issues.append(
                Issue(
                    IssueCode.DUPLICATE_ANSWER,
                    file=row["file"],
                    line=int(row["line"]),
                    column=str(row["column"]),
                    value=str(row["answer"]),
                    params=(("other_line", int(first["line"])),),
                )
            )
        else:
            issues.append(
                _cell_issue(
                    IssueCode.CONFLICTING_DUPLICATE,
                    row,
                    rater=row["rater"],
                    ratee=row["ratee"],
                    dimension=row["dimension"],
                    wave=row["wave"],
                    other=first["answer"],
                    other_line=int(first["line"]),
                )
            )
    return ~repeated, issues


def parse_dates(cells: pd.DataFrame) -> tuple[pd.Series, list[Issue]]:
    """Dates written ISO (``2026-01-14``), year first with slashes (``2026/01/14``) or
    day or month first with slashes; times and time zones ignored (the day as written).

    Slashed dates are read day first (``14/01/2026``), as in Europe, unless a file
    shows they are month first (a second number above 12 and no first one above 12,
    as SurveyMonkey writes ``01/14/2026``): the order is decided per file.

    >>> cells = pd.DataFrame({"date": ["2026/01/20 11:30:00 PM GMT-5", "20/01/2026"],
    ...                       "file": "f.csv", "line": [2, 3]})
    >>> parse_dates(cells)[0].dt.strftime("%Y-%m-%d").tolist()
    ['2026-01-20', '2026-01-20']
    """
    text = cells["date"].fillna("").astype(str).str.strip()
    dates = pd.Series(pd.NaT, index=cells.index, dtype="datetime64[ns]")
    if not (text != "").any():
        return dates, []
    iso = text.str.match(_ISO_DATE)
    dates[iso] = pd.to_datetime(text[iso].str[:10], format="%Y-%m-%d", errors="coerce")
    ymd = text[~iso].str.extract(_YMD_DATE).dropna()
    if len(ymd):
        day = ymd[0] + "-" + ymd[2].str.zfill(2) + "-" + ymd[3].str.zfill(2)
        dates[ymd.index] = pd.to_datetime(day, format="%Y-%m-%d", errors="coerce")
    parts = text[text.str.match(_DMY_DATE)].str.extract(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})")
    if len(parts):
        first, second = parts[0].astype(int), parts[1].astype(int)
        files = cells.loc[parts.index, "file"]
        month_first = (second > 12).groupby(files).transform("any") & ~(first > 12).groupby(
            files
        ).transform("any")
        day = parts[0].where(~month_first, parts[1])
        month = parts[1].where(~month_first, parts[0])
        year = parts[2].where(parts[2].str.len() == 4, "20" + parts[2])
        dates[parts.index] = pd.to_datetime(
            year + "-" + month + "-" + day, format="%Y-%m-%d", errors="coerce"
        )
    bad = (text != "") & dates.isna()
    rows = cells[bad].drop_duplicates(["file", "line"])
    issues = [
        Issue(
            IssueCode.BAD_DATE,
            file=r["file"],
            line=int(r["line"]),
            column="date",
            value=str(r["date"]),
        )
        for _, r in rows.iterrows()
    ]
    return dates, issues


def check_coverage(
    ratings: pd.DataFrame, expected: int, *, min_raters: int = 3, min_response_rate: float = 0.5
) -> list[Issue]:
    """Warn about waves with few raters, or few of the stakeholders answering."""
    issues = []
    for wave, raters in ratings.groupby("wave", sort=False)["rater"].nunique().items():
        if raters < min_raters:
            issues.append(
                Issue(IssueCode.FEW_RATERS, params=(("wave", wave), ("raters", int(raters))))
            )
        elif expected and raters / expected < min_response_rate:
            issues.append(
                Issue(
                    IssueCode.LOW_RESPONSE_RATE,
                    params=(
                        ("wave", wave),
                        ("raters", int(raters)),
                        ("total", expected),
                        ("share", raters / expected),
                    ),
                )
            )
    return issues
