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
from alliance_graph.ingest.headers import dimension_of, match_header
from alliance_graph.ingest.likert import convert_scores
from alliance_graph.ingest.read import RawTable, read_table
from alliance_graph.ingest.text import fold
from alliance_graph.ingest.validate import parse_dates
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
    """Whether a table's headers name an interaction log: a source, a target and a
    time, and no score or question column (a survey with a date is not a log)."""
    found = {_LOOKUP.get(fold(str(h))) for h in headers}
    answers = any(match_header(str(h)) == "score" or dimension_of(str(h)) for h in headers)
    return set(_NEEDED) <= found and not answers


def place_log(
    log: pd.DataFrame, ratings: pd.DataFrame, order: Sequence[str], window: str | None
) -> tuple[pd.DataFrame, str, list[Issue]]:
    """The events of a log read beside a survey: placed in the survey's waves (by the
    log's wave column, else ``window``, by default the survey wave each event falls in);
    an event in no survey wave is reported. A log alone keeps its own waves."""
    ends = ratings.groupby("wave")["date"].max().reindex(list(order)) if len(ratings) else None
    if window is None and "wave" not in log:
        window = "waves" if ends is not None and ends.notna().any() else "month"
    events, measure, issues = parse_log(log, window, ends)
    if len(ratings):
        outside = ~events["wave"].isin(list(order))
        issues += [
            Issue(IssueCode.MISSING_WAVE, file=f, line=int(n))
            for f, n in zip(events.loc[outside, "file"], events.loc[outside, "line"])
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
    return InteractionLog(events, measure, waves, tuple(issues + found))


def read_log(item: Source, encoding: str | None = None) -> tuple[pd.DataFrame | None, list[Issue]]:
    """One log file (CSV or ``.parquet``) as text cells with canonical column names,
    ``file`` and ``line``; ``None`` with the issues when it cannot be used."""
    name = item[0] if isinstance(item, tuple) else Path(item).name
    if str(name).lower().endswith(".parquet"):
        return _read_parquet(item, name)
    raw, issues = read_table(item, encoding=encoding)
    if raw is None:
        return None, issues
    return log_frame(raw)


def log_frame(raw: RawTable) -> tuple[pd.DataFrame | None, list[Issue]]:
    """A CSV table already read, as a log (see :func:`read_log`)."""
    frame, missing = _rename(raw.frame, raw.name)
    if frame is None:
        return None, missing
    return frame.assign(file=raw.name, line=np.arange(len(frame)) + raw.first_line), []


def empty_events() -> pd.DataFrame:
    """An events table without rows."""
    columns = {c: pd.Series(dtype=object) for c in ("wave", "source", "target", "channel")}
    return pd.DataFrame(
        {
            **columns,
            "date": pd.Series(dtype="datetime64[ns]"),
            "amount": pd.Series(dtype=float),
            "file": pd.Series(dtype=object),
            "line": pd.Series(dtype=int),
        }
    )


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


def parse_log(
    cells: pd.DataFrame, window: str | None = None, wave_ends: pd.Series | None = None
) -> tuple[pd.DataFrame, str, list[Issue]]:
    """The events of log cells (from :func:`read_log`), what their amount measures, and
    the issues of the rows left out. ``window="waves"`` places each event in the first
    survey wave whose last answer (``wave_ends``: wave → date, in order) is on or after it."""
    measure = "duration" if "duration" in cells else "weight" if "weight" in cells else "count"
    events, issues = _parse(cells, measure, window, wave_ends)
    return events, measure, issues


def _parse(
    cells: pd.DataFrame, measure: str, window: str | None, wave_ends: pd.Series | None
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
    if "wave" in cells and not window:
        waves = cells["wave"].str.strip()
    elif window == "waves":
        waves = _by_survey_wave(dates, wave_ends)
    else:
        waves = wave_labels(dates, window)
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


def _by_survey_wave(dates: pd.Series, wave_ends: pd.Series | None) -> pd.Series:
    """Each date → the first wave ending on or after it (``wave_ends`` in wave order)."""
    labels = pd.Series(np.nan, index=dates.index, dtype=object)
    if wave_ends is None or wave_ends.dropna().empty:
        return labels
    ends = wave_ends.dropna().sort_values()
    position = np.searchsorted(ends.to_numpy(), dates.to_numpy(), side="left")
    inside = dates.notna().to_numpy() & (position < len(ends))
    labels[inside] = ends.index.to_numpy()[position[inside]]
    return labels


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
