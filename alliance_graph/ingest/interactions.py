"""Interaction logs: who met, called or wrote to whom, when, and for how long.

``read_interactions`` reads ``source, target, timestamp`` (+ optional ``duration`` or
``weight``, ``channel``, ``wave``) from CSV, in any dialect the survey reader handles, or
from Parquet, and places every event in a wave: the wave column, else a time window
(``month``, ``quarter`` or explicit ``YYYY-MM-DD..YYYY-MM-DD`` ranges). Every row is used
or reported with its line. ``interaction_ties`` turns the events into one strength per
pair and wave, in [0, 1].
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from alliance_graph.errors import InputFileError
from alliance_graph.ingest.likert import convert_scores
from alliance_graph.ingest.read import read_table
from alliance_graph.ingest.text import fold
from alliance_graph.ingest.validate import parse_dates
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "UNDIRECTED_CHANNELS",
    "InteractionLog",
    "interaction_ties",
    "looks_like_interactions",
    "read_interactions",
]

_ALIASES = {
    "source": ("source", "from", "sender", "organizer", "organiser", "de", "emetteur",
               "expediteur", "organisateur", "caller", "appelant"),
    "target": ("target", "to", "recipient", "attendee", "participant", "a", "destinataire",
               "invite", "callee", "appele"),
    "timestamp": ("timestamp", "date", "time", "datetime", "start", "when", "horodatage",
                  "debut", "quand", "heure"),
    "duration": ("duration", "minutes", "duree", "length", "temps passe"),
    "weight": ("weight", "poids", "count", "nombre", "volume"),
    "channel": ("channel", "medium", "type", "canal", "moyen", "kind"),
    "wave": ("wave", "vague", "round", "period", "periode", "phase"),
}  # fmt: skip
_LOOKUP = {alias: name for name, aliases in _ALIASES.items() for alias in aliases}
_NEEDED = ("source", "target", "timestamp")

#: Channels that are shared moments, counted in both directions (folded names).
UNDIRECTED_CHANNELS = frozenset(
    {"meeting", "reunion", "call", "appel", "visio", "video", "rendez vous", "rdv",
     "entretien", "one to one", "1 1", "workshop", "atelier", "lunch", "dejeuner"}
)  # fmt: skip

Source = str | Path | tuple[str, bytes]


@dataclass(frozen=True)
class InteractionLog:
    """Events placed in waves: ``wave, source, target, date, amount, channel, file,
    line``; ``measure`` says what ``amount`` is (``count``, ``duration`` or ``weight``)."""

    events: pd.DataFrame
    measure: str
    waves: tuple[str, ...]
    issues: tuple[Issue, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not any(i.severity.value == "error" for i in self.issues)


def looks_like_interactions(headers: Sequence[str]) -> bool:
    """Whether a table's headers name an interaction log (source, target and a time)."""
    found = {_LOOKUP.get(fold(str(h))) for h in headers}
    return set(_NEEDED) <= found


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
        frame, found = _read_one(item, encoding)
        issues += found
        if frame is not None:
            frames.append(frame)
    if not frames:
        empty = pd.DataFrame(columns=["wave", "source", "target", "date", "amount", "channel"])
        return InteractionLog(empty, "count", (), tuple(issues))
    cells = pd.concat(frames, ignore_index=True)
    measure = "duration" if "duration" in cells else "weight" if "weight" in cells else "count"
    events, found = _parse(cells, measure, window)
    waves = tuple(sorted(events["wave"].unique(), key=str))
    return InteractionLog(events, measure, waves, tuple(issues + found))


def _read_one(item: Source, encoding: str | None) -> tuple[pd.DataFrame | None, list[Issue]]:
    name = item[0] if isinstance(item, tuple) else Path(item).name
    if str(name).lower().endswith(".parquet"):
        return _read_parquet(item, name)
    raw, issues = read_table(item, encoding=encoding)
    if raw is None:
        return None, issues
    frame, missing = _rename(raw.frame, name)
    if frame is None:
        return None, missing
    return frame.assign(file=raw.name, line=np.arange(len(frame)) + raw.first_line), issues


def _read_parquet(item: Source, name: str) -> tuple[pd.DataFrame | None, list[Issue]]:
    import io

    try:
        data = item[1] if isinstance(item, tuple) else Path(item).read_bytes()
    except OSError as exc:
        raise InputFileError(f"cannot read {item}: {exc.strerror or exc}") from exc
    try:
        table = pd.read_parquet(io.BytesIO(data))
    except Exception as exc:  # pyarrow raises several types for a file that is not Parquet
        reason = (("reason", f"it is not a Parquet file ({type(exc).__name__})"),)
        return None, [Issue(IssueCode.UNREADABLE_FILE, file=name, params=reason)]
    cells = table.astype(object).where(table.notna(), "").astype(str)
    frame, missing = _rename(cells, name)
    if frame is None:
        return None, missing
    return frame.assign(file=name, line=np.arange(len(frame)) + 2), []  # as if a header row


def _rename(frame: pd.DataFrame, name: str) -> tuple[pd.DataFrame | None, list[Issue]]:
    columns: dict[str, str] = {}
    for header in frame.columns:
        known = _LOOKUP.get(fold(str(header)))
        if known and known not in columns.values():
            columns[str(header)] = known
    if not set(_NEEDED) <= set(columns.values()):
        headers = ", ".join(map(str, frame.columns))
        needed = (("needed", "source, target and timestamp"),)
        return None, [
            Issue(IssueCode.MISSING_COLUMN, file=name, line=1, value=headers, params=needed)
        ]
    return frame[list(columns)].rename(columns=columns), []


def _parse(
    cells: pd.DataFrame, measure: str, window: str | None
) -> tuple[pd.DataFrame, list[Issue]]:
    issues: list[Issue] = []
    blank = (cells["source"].str.strip() == "") | (cells["target"].str.strip() == "")
    for _, row in cells[blank].iterrows():  # rare rows: one issue each
        column = "source" if not row["source"].strip() else "target"
        issues.append(
            Issue(IssueCode.MISSING_NAME, file=row["file"], line=int(row["line"]), column=column)
        )
    dates, found = parse_dates(cells.rename(columns={"timestamp": "date"}))
    issues += found
    amount = pd.Series(1.0, index=cells.index)
    if measure != "count":
        scores = convert_scores(cells[measure])
        amount = pd.Series(scores.values, index=cells.index)
        bad = ~np.isfinite(amount) | (amount < 0)
        for _, row in cells[bad & ~blank].iterrows():
            where = {"file": row["file"], "line": int(row["line"]), "column": measure}
            issues.append(Issue(IssueCode.SCORE_NOT_A_NUMBER, value=row[measure], **where))
        blank |= bad
    waves = (
        wave_labels(dates, window) if "wave" not in cells or window else cells["wave"].str.strip()
    )
    unplaced = ~blank & (waves.isna() | (waves == ""))
    for _, row in cells[unplaced].iterrows():
        issues.append(Issue(IssueCode.MISSING_WAVE, file=row["file"], line=int(row["line"])))
    itself = ~blank & ~unplaced & (cells["source"].str.strip() == cells["target"].str.strip())
    for _, row in cells[itself].iterrows():
        issues.append(
            Issue(
                IssueCode.SELF_RATING, file=row["file"], line=int(row["line"]), value=row["source"]
            )
        )
    used = ~blank & ~unplaced & ~itself
    events = pd.DataFrame(
        {
            "wave": waves[used].astype(str),
            "source": cells.loc[used, "source"].str.strip(),
            "target": cells.loc[used, "target"].str.strip(),
            "date": dates[used],
            "amount": amount[used].astype(float),
            "channel": cells["channel"][used].str.strip() if "channel" in cells else "",
            "file": cells.loc[used, "file"],
            "line": cells.loc[used, "line"].astype(int),
        }
    ).reset_index(drop=True)
    return events, issues


def wave_labels(dates: pd.Series, window: str | None) -> pd.Series:
    """The wave of each date: ``month`` → ``2026-03``, ``quarter`` → ``2026-Q1``, or
    ``A..B,C..D`` → the range holding the date (its text), else missing.

    >>> d = pd.Series(pd.to_datetime(["2026-02-03", "2026-05-01"]))
    >>> wave_labels(d, "quarter").tolist(), wave_labels(d, "2026-01-01..2026-03-31").tolist()
    (['2026-Q1', '2026-Q2'], ['2026-01-01..2026-03-31', nan])
    """
    window = (window or "month").strip()
    if window == "month":
        return dates.dt.strftime("%Y-%m").where(dates.notna())
    if window == "quarter":
        return (
            dates.dt.year.astype("Int64").astype(str)
            + "-Q"
            + dates.dt.quarter.astype("Int64").astype(str)
        ).where(dates.notna())
    labels = pd.Series(np.nan, index=dates.index, dtype=object)
    for part in window.split(","):
        try:
            start, end = (pd.Timestamp(p.strip()) for p in part.split(".."))
        except ValueError as exc:
            raise ValueError(
                f"a window is month, quarter or YYYY-MM-DD..YYYY-MM-DD ranges, not {part!r}"
            ) from exc
        inside = (dates >= start) & (dates <= end) & labels.isna()
        labels[inside] = part.strip()
    return labels


def interaction_ties(
    log: InteractionLog,
    *,
    undirected: frozenset[str] = UNDIRECTED_CHANNELS,
    half_life_days: float | None = None,
) -> pd.DataFrame:
    """One row per wave, source and target: ``amount`` (events counted, or minutes or
    weights summed, each optionally decayed), ``events`` and ``strength`` in [0, 1].

    Events on an ``undirected`` channel (a meeting, a call) count in both directions.
    With ``half_life_days``, an event counts 0.5^(age / half-life), its age taken from
    the last event of its wave. ``strength = log(1 + amount) / log(1 + max amount of the
    wave)``: the logarithm keeps one daily meeting from flattening every other tie
    (collaboration volumes are heavy-tailed), and dividing by the wave's largest tie makes
    waves of different lengths comparable.
    """
    events = log.events
    both = events["channel"].map(lambda c: fold(str(c)) in undirected)
    mirrored = events[both].rename(columns={"source": "target", "target": "source"})
    events = pd.concat([events, mirrored], ignore_index=True)
    amount = events["amount"].to_numpy(dtype=float)
    if half_life_days:
        last = events.groupby("wave")["date"].transform("max")
        age = (last - events["date"]).dt.total_seconds().to_numpy() / 86_400
        amount = amount * np.power(0.5, np.nan_to_num(age) / half_life_days)
    ties = (
        events.assign(amount=amount)
        .groupby(["wave", "source", "target"], sort=True)
        .agg(amount=("amount", "sum"), events=("amount", "size"))
        .reset_index()
    )
    top = ties.groupby("wave")["amount"].transform("max")
    ties["strength"] = np.where(top > 0, np.log1p(ties["amount"]) / np.log1p(top), 0.0)
    return ties.reset_index(drop=True)
