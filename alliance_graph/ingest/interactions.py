"""Interaction logs: who met, called or wrote to whom, when, and for how long.

``read_interactions`` reads ``source, target, timestamp`` (+ optional ``duration`` or
``weight``, ``channel``, ``wave``) from CSV, in any dialect the survey reader handles, or
from Parquet, and places every event in a wave: the wave column, else a time window
(``month``, ``quarter`` or explicit ``YYYY-MM-DD..YYYY-MM-DD`` ranges). Every row is used
or reported with its line. ``interaction_ties`` turns the events into one strength per
pair and wave, in [0, 1].

This module is the front door; the work is done by ``_log_read`` (files and headers),
``_log_events`` (cells to events, placed in waves) and ``_log_ties`` (ties).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from alliance_graph.errors import WindowError
from alliance_graph.ingest._encoding import left_out_alone
from alliance_graph.ingest._log_events import (
    InteractionLog,
    empty_events,
    parse_log,
    wave_labels,
)
from alliance_graph.ingest._log_read import Source, log_frame, looks_like_interactions, read_log
from alliance_graph.ingest._log_ties import UNDIRECTED_CHANNELS, interaction_ties
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "UNDIRECTED_CHANNELS",
    "InteractionLog",
    "interaction_ties",
    "log_frame",
    "log_people",
    "looks_like_interactions",
    "parse_log",
    "place_log",
    "read_interactions",
    "read_log",
    "wave_labels",
]


def place_log(
    log: pd.DataFrame, ratings: pd.DataFrame, order: Sequence[str], window: str | None
) -> tuple[pd.DataFrame, str, list[Issue]]:
    """The events of a log read beside a survey: placed in the survey's waves (by the
    log's wave column, else ``window``, by default the survey wave each event falls in);
    an event in no survey wave is reported. A log alone keeps its own waves."""
    ends = ratings.groupby("wave")["date"].max().reindex(list(order)) if len(ratings) else None
    dated = ends is not None and ends.notna().any()
    if window is None and "wave" not in log:
        window = "waves" if dated else "month"
    if window == "waves" and not dated:
        raise WindowError("--window waves places events in the waves of a survey with dates")
    events, measure, issues = parse_log(log, window, ends)
    if len(ratings):
        outside = ~events["wave"].isin(list(order))
        issues += [
            Issue(
                IssueCode.EVENT_OUTSIDE_WAVES,
                file=f,
                line=int(n),
                column="timestamp",
                value=str(d.date()) if d == d else None,
            )
            for f, n, d in zip(
                events.loc[outside, "file"],
                events.loc[outside, "line"],
                events.loc[outside, "date"],
            )
        ]
        events = events[~outside].reset_index(drop=True)
    return events, measure, issues


def log_people(events: pd.DataFrame) -> pd.DataFrame:
    """The people of a log, as stakeholder mentions (``id, group, role, file, line``)."""
    sides = [
        events[[side, "file", "line"]].set_axis(["id", "file", "line"], axis=1)
        for side in ("source", "target")
    ]
    people = pd.concat(sides, ignore_index=True).drop_duplicates("id")
    return people.assign(group="", role="")[["id", "group", "role", "file", "line"]]


def read_interactions(
    sources: Source | Sequence[Source],
    *,
    window: str | None = None,
    encoding: str | None = None,
) -> InteractionLog:
    """Read interaction logs; ``window`` places events without a wave column in time
    windows (see :func:`wave_labels`)."""
    items = [sources] if isinstance(sources, (str, Path, tuple)) else list(sources)
    frames, issues = [], []
    for item in items:
        frame, found = read_log(item, encoding)
        issues += found
        if frame is not None:
            frames.append(frame)
    if not frames:
        return InteractionLog(empty_events(), "count", (), tuple(issues))
    events, measure, found = parse_log(pd.concat(frames, ignore_index=True), window)
    waves = tuple(sorted(events["wave"].unique(), key=str))
    return InteractionLog(events, measure, waves, tuple(left_out_alone(issues + found)))
