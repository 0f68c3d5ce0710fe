"""Interaction logs beyond one machine: the ties aggregated by Dask DataFrame.

``dask_ties`` reads many CSV or Parquet files (one partition per block), places events
in waves by month, quarter or date ranges, counts shared channels both ways and sums the
amounts per wave, source and target on a Dask cluster: a local one by default, or the
scheduler at ``scheduler``. Only the ties come back to this process, and the strength is
computed as by :func:`~alliance_graph.ingest.interactions.interaction_ties`, so the same
files give the same ties whichever engine aggregates them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from alliance_graph.errors import WindowError
from alliance_graph.ingest._log_events import wave_labels
from alliance_graph.ingest._log_read import needed_params, rename_columns
from alliance_graph.ingest._log_ties import UNDIRECTED_CHANNELS
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = ["dask_ties"]


def dask_ties(
    paths: Sequence[str | Path],
    *,
    window: str | None = None,
    scheduler: str | None = None,
    workers: int = 2,
) -> tuple[pd.DataFrame, str, list[Issue]]:
    """The ties of the logs at ``paths`` (``wave, source, target, amount, events,
    strength``), what ``amount`` measures, and one issue per kind of row left out (with
    how many: Dask does not keep line numbers)."""
    import dask.dataframe as dd

    explicit, window = window is not None, window or "month"

    files = [str(p) for p in paths]
    parquet = [f.lower().endswith(".parquet") for f in files]
    if any(parquet) and not all(parquet):
        raise WindowError("--engine dask reads CSV files or Parquet files, not both at once")
    if all(parquet):
        frame = dd.read_parquet(files)
    else:
        frame = dd.read_csv(files, dtype=str, keep_default_na=False, blocksize="64MB")
    columns = rename_columns([str(c) for c in frame.columns])
    if columns is None:
        headers = ", ".join(map(str, frame.columns))
        needed = needed_params([str(c) for c in frame.columns])
        return _empty(), "count", [Issue(IssueCode.MISSING_COLUMN, value=headers, params=needed)]
    frame = frame[list(columns)].rename(columns=columns)
    if "wave" in columns.values() and window == "month" and not explicit:
        window = "column"
    measure = (
        "duration"
        if "duration" in columns.values()
        else "weight"
        if "weight" in columns.values()
        else "count"
    )
    shared = sorted(UNDIRECTED_CHANNELS)
    events = frame.map_partitions(_events, measure, window, shared, meta=_meta())
    with _client(scheduler, workers):
        kept = events[events["ok"]]
        ties = kept.groupby(["wave", "source", "target"]).agg(
            {"amount": "sum", "events": "sum"},
            split_out=1,  # a tree reduction, no shuffle
        )
        ties, dropped = dd.compute(ties, events["reason"].value_counts())
    codes = {
        "wave": (IssueCode.EVENT_OUTSIDE_WAVES, "timestamp"),
        "name": (IssueCode.MISSING_NAME, "source, target"),
        "amount": (IssueCode.SCORE_NOT_A_NUMBER, measure),
        "self": (IssueCode.SELF_RATING, "source, target"),
    }
    issues = [
        Issue(codes[r][0], column=codes[r][1], value=f"× {int(n)}", params=(("count", int(n)),))
        for r, n in sorted(dropped.items())
        if r
    ]
    return _strength(ties.reset_index()), measure, issues


@contextmanager
def _client(scheduler: str | None, workers: int) -> Any:
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _events(part: pd.DataFrame, measure: str, window: str, shared: list[str]) -> pd.DataFrame:
    """One partition's events, each shared-channel event also the other way, with
    ``ok`` and the ``reason`` a row is left out."""
    source = part["source"].astype(str).str.strip()
    target = part["target"].astype(str).str.strip()
    dates = pd.to_datetime(
        part["timestamp"].astype(str).str.strip().str[:10], format="%Y-%m-%d", errors="coerce"
    )
    if measure == "count":
        amount = pd.Series(1.0, index=part.index)
    else:
        text = part[measure].astype(str).str.strip().str.replace(",", ".", regex=False)
        amount = pd.to_numeric(text, errors="coerce").astype(float)
    if "wave" in part and window == "column":  # the log's own wave column
        column = part["wave"].astype(str).str.strip()
        waves = column.where(column != "")
    else:
        waves = wave_labels(dates, window)
    named = (source != "") & (target != "")
    number = amount.notna() & (amount >= 0)
    itself = source == target
    placed = waves.notna()
    reason = np.select(
        [~named, ~number, itself, ~placed], ["name", "amount", "self", "wave"], default=""
    )
    named &= number & ~itself
    channel = part["channel"].astype(str) if "channel" in part else pd.Series("", index=part.index)
    both = channel.map({c: fold(c) in shared for c in pd.unique(channel)}).astype(bool)
    out = pd.DataFrame(
        {
            "wave": waves.astype(object),
            "source": source,
            "target": target,
            "amount": amount,
            "events": 1,
            "ok": named & placed,
            "reason": reason,
        }
    )
    mirrored = out[both & out["ok"]].rename(columns={"source": "target", "target": "source"})
    return pd.concat([out, mirrored.assign(reason="")], ignore_index=True)[list(_meta())]


def _meta() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "wave": pd.Series(dtype=object),
            "source": pd.Series(dtype=object),
            "target": pd.Series(dtype=object),
            "amount": pd.Series(dtype=float),
            "events": pd.Series(dtype=np.int64),
            "ok": pd.Series(dtype=bool),
            "reason": pd.Series(dtype=object),
        }
    )


def _strength(ties: pd.DataFrame) -> pd.DataFrame:
    ties = ties.sort_values(["wave", "source", "target"], kind="stable").reset_index(drop=True)
    ties["events"] = ties["events"].astype(np.int64)
    top = ties.groupby("wave", observed=True)["amount"].transform("max").to_numpy()
    ties["strength"] = np.where(top > 0, np.log1p(ties["amount"]) / np.log1p(top), 0.0)
    people = pd.Index(sorted(set(ties["source"]) | set(ties["target"])))
    ties["wave"] = pd.Categorical(ties["wave"], categories=sorted(set(ties["wave"])))
    ties["source"] = pd.Categorical(ties["source"], categories=people)
    ties["target"] = pd.Categorical(ties["target"], categories=people)
    return ties[["wave", "source", "target", "amount", "events", "strength"]]


def _empty() -> pd.DataFrame:
    return _strength(
        pd.DataFrame({"wave": [], "source": [], "target": [], "amount": [], "events": []})
    )


def survey_of_ties(
    ties: pd.DataFrame,
    measure: str,
    issues: list[Issue],
    *,
    register: str | Path | None = None,
    coach: str | None = None,
) -> tuple[Any, pd.DataFrame]:
    """A survey without answers around aggregated ``ties`` (its stakeholders from the
    register and the people of the ties; names resolved to register ids, ties of two
    spellings of one person added up), and those ties."""
    from alliance_graph.ingest._inputs import read_register
    from alliance_graph.ingest.identity import name_issues
    from alliance_graph.ingest.people import Register, build_stakeholders, resolve_names
    from alliance_graph.ingest.wave_order import label_order
    from alliance_graph.model import FileInfo, Scale, Survey, natural_key

    files: list[FileInfo] = []
    found: list[Issue] = list(issues)
    reg = read_register(register, None, files, found) if register is not None else Register()
    problems: dict = {}  # names that name no one: reported, their ties left out
    written = pd.concat([ties["source"], ties["target"]], ignore_index=True)
    names = resolve_names(written, reg, problems)
    found += name_issues(problems)
    m = len(ties)
    ties = ties.assign(source=names.iloc[:m].to_numpy(), target=names.iloc[m:].to_numpy())
    ties = ties[(ties["source"] != "") & (ties["target"] != "")]
    ties = ties.groupby(["wave", "source", "target"], as_index=False, observed=True)[
        ["amount", "events"]
    ].sum()
    people = pd.DataFrame({"id": pd.unique(names), "group": "", "role": "", "file": "", "line": 0})
    stakeholders, more = build_stakeholders(reg, people, coach)
    labels = [str(w) for w in pd.unique(ties["wave"])]
    waves = tuple(label_order(labels) or sorted(labels, key=natural_key))
    survey = Survey(
        ratings=pd.DataFrame(columns=["wave", "rater", "ratee", "dimension", "score"]),
        stakeholders=stakeholders,
        scale=Scale(0, 1),
        waves=waves,
        files=tuple(files),
        issues=tuple(found + more),
        interaction_measure=measure,
    )
    return survey, _strength(ties)
