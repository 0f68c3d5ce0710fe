"""Dates as forms write them: Google Forms' "Download responses (.csv)" writes its
Timestamp year first with a 12-hour clock and a time zone (``2026/01/20 10:00:00 AM
GMT+1``); the day as written is the date, and the day-first rules stay as they were."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from alliance_graph import read_survey
from alliance_graph.ingest.validate import parse_dates
from alliance_graph.model import IssueCode

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"


def _dates(*texts: str, file: str = "f.csv") -> tuple[list[str | None], list[int]]:
    cells = pd.DataFrame({"date": list(texts), "file": file, "line": range(2, 2 + len(texts))})
    dates, issues = parse_dates(cells)
    shown = [None if pd.isna(d) else d.strftime("%Y-%m-%d") for d in dates]
    return shown, [i.line for i in issues if i.code is IssueCode.BAD_DATE]


def test_google_forms_year_first_timestamps_are_dates() -> None:
    survey = read_survey(SHAPES / "google_forms_year_first.csv", scale="1:5")
    assert not [i for i in survey.issues if i.code is IssueCode.BAD_DATE]
    dates = survey.ratings.groupby("line")["date"].first()
    # 11:30 PM at GMT-5 is 04:30 the next day in UTC: the day as written is kept
    assert dates.to_dict() == {
        2: pd.Timestamp("2026-01-20"),
        3: pd.Timestamp("2026-01-20"),
        4: pd.Timestamp("2026-01-21"),
    }


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026/01/20", "2026-01-20"),
        ("2026/01/20 10:00:00 AM GMT+1", "2026-01-20"),
        ("2026/01/20 12:30:00 AM GMT+1", "2026-01-20"),  # half past midnight
        ("2026/1/5 9:05:00 PM GMT-05:00", "2026-01-05"),
        ("2026/01/20 22:00:00 UTC", "2026-01-20"),
        ("2026/01/20 22:00", "2026-01-20"),
        ("2026.01.20", "2026-01-20"),
        ("2026-1-5", "2026-01-05"),
    ],
)
def test_year_first_dates_with_or_without_a_time(text: str, day: str) -> None:
    assert _dates(text) == ([day], [])


@pytest.mark.parametrize("text", ["2026/13/01", "2026/02/30", "2026/01/20/7", "20260/1/2"])
def test_a_year_first_text_that_is_no_date_is_a_bad_date(text: str) -> None:
    assert _dates(text) == ([None], [2])


def test_year_first_dates_leave_the_day_first_rule_as_it_was() -> None:
    # 05/01 stays 5 January (day first) beside a year-first date of the same file
    assert _dates("2026/01/20 10:00:00 AM GMT+1", "05/01/2026") == (
        ["2026-01-20", "2026-01-05"],
        [],
    )
    # a second number above 12 still makes the file's slashed dates month first
    assert _dates("2026/01/20", "01/14/2026", "02/03/2026") == (
        ["2026-01-20", "2026-01-14", "2026-02-03"],
        [],
    )


def test_year_first_dates_order_the_waves(write_csv) -> None:
    header = "Timestamp,rater,ratee,score\n"
    april = write_csv("avril.csv", header + "2026/04/02 9:00:00 AM GMT+2,A,B,4\n")
    january = write_csv("janvier.csv", header + "2026/01/20 9:00:00 AM GMT+1,A,B,3\n")
    assert read_survey([april, january], scale="1:5").waves == ("janvier", "avril")
