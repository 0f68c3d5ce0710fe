"""Interaction logs: dialects, Parquet, windows, undirected channels, strength by hand."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from alliance_graph.ingest.interactions import (
    interaction_ties,
    looks_like_interactions,
    read_interactions,
    wave_labels,
)

FRENCH = (
    "de;à;date;durée;canal\n"
    "Coach;Ana;14/01/2026;60;réunion\n"
    "Coach;Bob;20/01/2026;30,5;e-mail\n"
    "Ana;Coach;03/02/2026;15;Appel\n"
    "Bob;Ana;10/02/2026;45;email\n"
)


def _ties(log, **options):
    ties = interaction_ties(log, **options)
    return {(r.wave, r.source, r.target): r for r in ties.itertuples()}


def test_a_french_excel_log_by_month(write_csv) -> None:
    path = write_csv("journal.csv", FRENCH, encoding="cp1252")
    log = read_interactions(path, window="month")
    assert log.ok and log.issues == () and log.measure == "duration"
    assert log.waves == ("2026-01", "2026-02")
    ties = _ties(log)
    # the meeting counts both ways, the e-mail one way; 30,5 is a decimal comma
    assert (
        ties["2026-01", "Coach", "Ana"].amount == 60
        and ties["2026-01", "Ana", "Coach"].amount == 60
    )
    assert ties["2026-01", "Coach", "Bob"].amount == 30.5
    assert ("2026-01", "Bob", "Coach") not in ties
    assert ties["2026-02", "Coach", "Ana"].amount == 15  # "Appel" is a call: both ways
    # strength = log(1 + amount) / log(1 + the wave's largest amount)
    assert ties["2026-01", "Coach", "Ana"].strength == 1.0
    assert ties["2026-01", "Coach", "Bob"].strength == pytest.approx(
        math.log1p(30.5) / math.log1p(60)
    )


def test_parquet_gives_the_same_ties(tmp_path, write_csv) -> None:
    csv_log = read_interactions(
        write_csv("log.csv", FRENCH.replace(";", ",").replace("30,5", "30.5")), window="month"
    )
    frame = pd.DataFrame(
        {
            "source": ["Coach", "Coach", "Ana", "Bob"],
            "target": ["Ana", "Bob", "Coach", "Ana"],
            "timestamp": ["2026-01-14T09:00", "2026-01-20", "2026-02-03", "2026-02-10"],
            "duration": [60, 30.5, 15, 45],
            "channel": ["réunion", "e-mail", "Appel", "email"],
        }
    )
    frame.to_parquet(tmp_path / "log.parquet")
    parquet_log = read_interactions(tmp_path / "log.parquet", window="month")
    assert parquet_log.issues == ()
    columns = ["wave", "source", "target", "amount", "events", "strength"]
    pd.testing.assert_frame_equal(
        interaction_ties(parquet_log)[columns], interaction_ties(csv_log)[columns]
    )


def test_windows_and_rows_outside_them(write_csv) -> None:
    path = write_csv("log.csv", FRENCH)
    quarters = read_interactions(path, window="quarter")
    assert quarters.waves == ("2026-Q1",)
    ranged = read_interactions(path, window="2026-01-01..2026-01-31")
    assert ranged.waves == ("2026-01-01..2026-01-31",)
    assert [(i.code.value, i.line) for i in ranged.issues] == [
        ("EVENT_OUTSIDE_WAVES", 4),
        ("EVENT_OUTSIDE_WAVES", 5),
    ]
    with pytest.raises(ValueError, match="window"):
        wave_labels(pd.Series(pd.to_datetime(["2026-01-01"])), "weekly")


def test_a_wave_column_wins_and_counts_without_duration(write_csv) -> None:
    text = "from,to,when,wave\nA,B,2026-01-01,T1\nA,B,2026-01-02,T1\nB,A,2026-03-01,T2\n"
    log = read_interactions(write_csv("log.csv", text))
    assert log.measure == "count" and log.waves == ("T1", "T2")
    ties = _ties(log)
    assert ties["T1", "A", "B"].amount == 2 and ties["T1", "A", "B"].events == 2


def test_recency_decay_halves_an_event_one_half_life_old(write_csv) -> None:
    text = "source,target,timestamp\nA,B,2026-01-01\nA,C,2026-01-31\n"
    ties = _ties(read_interactions(write_csv("log.csv", text), window="month"), half_life_days=30)
    assert ties["2026-01", "A", "B"].amount == pytest.approx(0.5)
    assert ties["2026-01", "A", "C"].amount == pytest.approx(1.0)


def test_every_bad_row_is_reported_with_its_line(write_csv) -> None:
    text = (
        "source,target,timestamp,duration\n"
        "A,,2026-01-01,10\n"
        "A,B,not a date,10\n"
        "A,B,2026-01-02,ten\n"
        "A,A,2026-01-03,5\n"
        "A,B,2026-01-04,20\n"
    )
    log = read_interactions(write_csv("log.csv", text), window="month")
    found = sorted((i.line, i.code.value) for i in log.issues)
    assert found == [
        (2, "MISSING_NAME"),
        (3, "BAD_DATE"),
        (3, "EVENT_OUTSIDE_WAVES"),
        (4, "SCORE_NOT_A_NUMBER"),
        (5, "SELF_RATING"),
    ]
    assert log.events["line"].tolist() == [6]  # the one good row


def test_missing_columns_and_recognition(write_csv) -> None:
    log = read_interactions(write_csv("log.csv", "rater,ratee,score\nA,B,4\n"))
    assert [i.code.value for i in log.issues] == ["MISSING_COLUMN"] and log.waves == ()
    assert looks_like_interactions(["Expéditeur", "Destinataire", "Horodatage"])
    assert not looks_like_interactions(["rater", "ratee", "score"])


def test_large_logs_read_by_arrow_match_the_full_reader(tmp_path, monkeypatch) -> None:
    import numpy as np

    import alliance_graph.ingest._log_read as module

    rng = np.random.default_rng(4)
    rows = ["timestamp;source;target;duration;channel"]
    for i in range(30_000):
        day = f"2026-0{rng.integers(1, 7)}-{rng.integers(1, 29):02d}T09:30"
        if i % 5000 == 7:
            day = "14/03/2026"  # a slashed date: the full date reader's job
        if i % 7000 == 3:
            day = "never"
        target = "" if i % 9000 == 5 else f" p{rng.integers(0, 300)} "
        rows.append(f"{day};p{rng.integers(0, 300)};{target};{rng.integers(5, 90)},5;réunion")
    path = tmp_path / "big.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert path.stat().st_size > module.ARROW_BYTES
    fast = read_interactions(path, window="month")
    monkeypatch.setattr(module, "ARROW_BYTES", 1 << 40)
    full = read_interactions(path, window="month")
    assert [(i.code, i.line) for i in fast.issues] == [(i.code, i.line) for i in full.issues]
    assert fast.issues and fast.waves == full.waves
    assert isinstance(fast.events["source"].dtype, pd.StringDtype)  # read by Arrow
    columns = ["wave", "source", "target", "date", "amount", "channel", "line"]
    as_text = lambda log: log.events[columns].astype(str).reset_index(drop=True)  # noqa: E731
    pd.testing.assert_frame_equal(as_text(fast), as_text(full))
    pd.testing.assert_frame_equal(interaction_ties(fast), interaction_ties(full), check_dtype=False)


def test_a_large_log_with_blank_lines_keeps_its_line_numbers(tmp_path) -> None:
    rows = ["source,target,timestamp"] + [f"a{i % 50},b{i % 70},2026-01-05" for i in range(60_000)]
    rows.insert(30_000, "")  # a blank line in the middle: every later line is one further
    path = tmp_path / "blank.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    log = read_interactions(path, window="month")
    assert log.events["line"].iloc[-1] == 60_002
    assert [(i.code.value, i.line) for i in log.issues] == [("EMPTY_ROW", 30_001)]
    assert log.ok
