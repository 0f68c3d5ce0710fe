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

from alliance_graph.errors import InputFileError, WindowError
from alliance_graph.ingest._encoding import (
    garbled_text,
    left_out_alone,
    may_be_garbled,
    parquet_reason,
)
from alliance_graph.ingest.headers import dimension_of, match_header
from alliance_graph.ingest.likert import convert_scores
from alliance_graph.ingest.read import RawTable, read_table, sniff_delimiter
from alliance_graph.ingest.schema import LOG_LOOKUP, needed_columns, required_columns
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

# folded header -> canonical column, and the columns a log needs, from the input schema
_LOOKUP = LOG_LOOKUP
_NEEDED = required_columns("log")

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


def read_log(item: Source, encoding: str | None = None) -> tuple[pd.DataFrame | None, list[Issue]]:
    """One log file (CSV or ``.parquet``) as text cells with canonical column names,
    ``file`` and ``line``; ``None`` with the issues when it cannot be used."""
    name = item[0] if isinstance(item, tuple) else Path(item).name
    if str(name).lower().endswith(".parquet"):
        return _read_parquet(item, name)
    if not isinstance(item, tuple) and encoding is None:
        fast = _read_arrow(Path(item))
        if fast is not None:
            frame, found = _rename_frame(fast, str(item), 2)
            if may_be_garbled(item):  # read_table looks for garbled text in the other files
                found = garbled_text(fast, list(fast.columns), str(item), 2) + found
            return frame, found
    raw, issues = read_table(item, encoding=encoding)
    if raw is None:
        return None, issues
    frame, found = log_frame(raw)
    return frame, issues + found


def log_frame(raw: RawTable) -> tuple[pd.DataFrame | None, list[Issue]]:
    """A CSV table already read, as a log (see :func:`read_log`)."""
    return _rename_frame(raw.frame, raw.name, raw.first_line)


def _rename_frame(
    cells: pd.DataFrame, name: str, first_line: int
) -> tuple[pd.DataFrame | None, list[Issue]]:
    frame, missing = _rename(cells, name)
    if frame is None:
        return None, missing
    files = pd.Categorical.from_codes(np.zeros(len(frame), dtype=np.int8), pd.Index([name]))
    return frame.assign(file=files, line=np.arange(len(frame)) + first_line), []


#: Logs from this size up are read by pyarrow's multithreaded CSV reader (UTF-8 files
#: without blank lines or an Excel ``sep=`` line; others take the full reader).
ARROW_BYTES = 1 << 20


def _read_arrow(path: Path) -> pd.DataFrame | None:
    """A large UTF-8 log as text columns, or ``None`` for the full reader."""
    import csv

    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        if path.stat().st_size < ARROW_BYTES:
            return None
        with path.open("rb") as handle:
            head = handle.read(1 << 16).decode("utf-8", errors="ignore").lstrip("\ufeff")
    except (OSError, ValueError):
        return None
    if head[:4].lower() == "sep=":
        return None
    delimiter = sniff_delimiter(head)
    header = next(csv.reader([head.splitlines()[0]], delimiter=delimiter))
    strings = dict.fromkeys(header, pa.string())
    try:
        table = pacsv.read_csv(
            path,
            # a blank line is a row of one field, refused: the full reader counts blank
            # lines for the line numbers
            parse_options=pacsv.ParseOptions(
                delimiter=delimiter, newlines_in_values=True, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(column_types=strings, strings_can_be_null=False),
        )
    except (pa.ArrowInvalid, pa.ArrowKeyError):
        return None
    import pyarrow.compute as pc

    trimmed = pa.table([pc.utf8_trim_whitespace(c) for c in table.columns], names=header)
    frame = trimmed.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow")}.get)
    return frame.set_axis([str(h) for h in header], axis=1)


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
    except Exception:  # pyarrow raises several types for a file that is not Parquet
        reason = (("reason", parquet_reason(data)),)  # what the file is, not pyarrow's words
        return None, [Issue(IssueCode.UNREADABLE_FILE, file=name, params=reason)]
    cells = table.astype(object).where(table.notna(), "").astype(str)
    frame, missing = _rename(cells, name)
    if frame is None:
        return None, missing
    return frame.assign(file=name, line=np.arange(len(frame)) + 2), []  # as if a header row


def _rename_columns(headers: list[str]) -> dict[str, str] | None:
    """Header → canonical name of each column understood (the first of each kind), or
    ``None`` without a source, a target and a time."""
    columns: dict[str, str] = {}
    for header in headers:
        known = _LOOKUP.get(fold(str(header)))
        if known and known not in columns.values():
            columns[str(header)] = known
    return columns if set(_NEEDED) <= set(columns.values()) else None


def _needed(headers: list[str]) -> tuple[tuple[str, str], ...]:
    """The parameters of a log's ``MISSING_COLUMN``: the columns it lacks."""
    found = {_LOOKUP.get(fold(str(header))) for header in headers}
    return (("needed", ", ".join(needed_columns("log", found))),)


def _rename(frame: pd.DataFrame, name: str) -> tuple[pd.DataFrame | None, list[Issue]]:
    columns = _rename_columns([str(c) for c in frame.columns])
    if columns is None:
        headers = ", ".join(map(str, frame.columns))
        needed = _needed([str(c) for c in frame.columns])
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
    blank = (cells["source"] == "") | (cells["target"] == "")  # cells come stripped
    for _, row in cells[blank].iterrows():  # rare rows: one issue each
        where = {"file": row["file"], "line": int(row["line"])}
        if not row["source"] and not row["target"] and not row["timestamp"]:
            issues.append(Issue(IssueCode.EMPTY_ROW, **where))  # a blank line: a warning
            continue
        column = "source" if not row["source"] else "target"
        issues.append(Issue(IssueCode.MISSING_NAME, column=column, **where))
    dates, found = _dates(cells)
    issues += found
    amount = pd.Series(1.0, index=cells.index)
    if measure != "count":
        amount = _amounts(cells[measure])
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
    for _, row in cells[unplaced].iterrows():  # a blank wave cell, or no window holds it
        if "wave" in cells and not window:
            issues.append(Issue(IssueCode.MISSING_WAVE, file=row["file"], line=int(row["line"])))
        else:
            where = {"file": row["file"], "line": int(row["line"]), "column": "timestamp"}
            issues.append(Issue(IssueCode.EVENT_OUTSIDE_WAVES, value=row["timestamp"], **where))
    itself = ~blank & ~unplaced & _same(cells["source"], cells["target"])
    for _, row in cells[itself].iterrows():
        issues.append(
            Issue(
                IssueCode.SELF_RATING, file=row["file"], line=int(row["line"]), value=row["source"]
            )
        )
    used = ~blank & ~unplaced & ~itself
    events = pd.DataFrame(
        {
            "wave": waves[used]
            if isinstance(waves.dtype, pd.CategoricalDtype)
            else waves[used].astype(str),
            "source": cells.loc[used, "source"],
            "target": cells.loc[used, "target"],
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


def _dates(cells: pd.DataFrame) -> tuple[pd.Series, list[Issue]]:
    """The events' dates: ISO dates read in Arrow in one pass, the other rows (slashed
    dates, unreadable texts) by the survey's date reader, with its issues."""
    text = cells["timestamp"]
    if isinstance(text.dtype, pd.StringDtype) and text.dtype.storage == "pyarrow":
        import pyarrow as pa
        import pyarrow.compute as pc

        day = pc.utf8_slice_codeunits(pa.array(text.array), 0, 10)
        iso = pc.strptime(day, format="%Y-%m-%d", unit="s", error_is_null=True)
        dates = pd.Series(iso.to_numpy(zero_copy_only=False), index=cells.index)
        dates = dates.astype("datetime64[ns]")
        rest = dates.isna()
        if rest.any():
            others, issues = parse_dates(cells.loc[rest].rename(columns={"timestamp": "date"}))
            dates[rest] = others
            return dates, issues
        return dates, []
    return parse_dates(cells.rename(columns={"timestamp": "date"}))


def _same(a: pd.Series, b: pd.Series) -> pd.Series:
    """Row by row, whether two name columns hold the same name (categoricals of one
    set of categories are compared by their codes)."""
    if isinstance(a.dtype, pd.CategoricalDtype) and a.dtype == b.dtype:
        return pd.Series(a.cat.codes.to_numpy() == b.cat.codes.to_numpy(), index=a.index)
    return a.astype(str) == b.astype(str)


def _amounts(column: pd.Series) -> pd.Series:
    """Numbers (decimal comma allowed), vectorised (in Arrow for Arrow text); other texts
    through the answer-label reader once per distinct text; blanks and unreadable texts
    are NaN."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = column.astype("string[pyarrow]")
    arrow = pc.replace_substring(pc.utf8_trim_whitespace(pa.array(text.array)), ",", ".")
    plain = pc.fill_null(pc.match_substring_regex(arrow, r"^[-+]?\d+(\.\d*)?$"), False)
    number = pc.cast(pc.if_else(plain, arrow, pa.scalar(None, pa.string())), pa.float64())
    values = pd.Series(number.to_numpy(zero_copy_only=False), index=column.index, dtype=float)
    odd = pd.Series(~plain.to_numpy(zero_copy_only=False), index=column.index) & (
        text.str.strip() != ""
    )
    if odd.any():
        uniques = pd.Series(pd.unique(text[odd].astype(str)))
        labels = dict(zip(uniques, convert_scores(uniques).values))
        values[odd] = text[odd].astype(str).map(labels).astype(float)
    return values


def _periods(dates: pd.Series, window: str) -> pd.Series:
    """Month (``2026-03``) or quarter (``2026-Q1``) labels as a categorical: the label
    text is made once per period, not once per event."""
    step = 12 if window == "month" else 4
    part = dates.dt.month if window == "month" else dates.dt.quarter
    key = (dates.dt.year * step + part - 1).to_numpy(dtype=float)
    known = ~np.isnan(key)
    codes, periods = pd.factorize(key[known].astype(np.int64), sort=True)
    name = "{}-{:02d}" if window == "month" else "{}-Q{}"
    labels = [name.format(p // step, p % step + 1) for p in periods]
    full = np.full(len(key), -1, dtype=np.int64)
    full[known] = codes
    return pd.Series(pd.Categorical.from_codes(full, pd.Index(labels)), index=dates.index)


def wave_labels(dates: pd.Series, window: str | None) -> pd.Series:
    """The wave of each date: ``month`` → ``2026-03``, ``quarter`` → ``2026-Q1``, or
    ``A..B,C..D`` → the range holding the date (its text), else missing.

    >>> d = pd.Series(pd.to_datetime(["2026-02-03", "2026-05-01"]))
    >>> wave_labels(d, "quarter").tolist(), wave_labels(d, "2026-01-01..2026-03-31").tolist()
    (['2026-Q1', '2026-Q2'], ['2026-01-01..2026-03-31', nan])
    """
    window = (window or "month").strip()
    if window in ("month", "quarter"):
        return _periods(dates, window)
    labels = pd.Series(np.nan, index=dates.index, dtype=object)
    for part in window.split(","):
        try:
            start, end = (pd.Timestamp(p.strip()) for p in part.split(".."))
        except ValueError as exc:
            raise WindowError(
                f"a window is waves, month, quarter or YYYY-MM-DD..YYYY-MM-DD ranges, not {part!r}"
            ) from exc
        inside = (dates >= start) & (dates <= end) & labels.isna()
        labels[inside] = part.strip()
    return labels


def _codes(a: pd.Series, b: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Both name columns as codes into one sorted array of names (categoricals of one
    set of categories are recoded without looking at a single string)."""
    if isinstance(a.dtype, pd.CategoricalDtype) and a.dtype == b.dtype:
        categories = np.asarray(a.cat.categories, dtype=object)
        order = np.argsort(categories.astype(str), kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        return rank[a.cat.codes.to_numpy()], rank[b.cat.codes.to_numpy()], categories[order]
    codes, names = pd.factorize(pd.concat([a, b]), sort=True)
    return codes[: len(a)], codes[len(a) :], np.asarray(names, dtype=object)


def interaction_ties(
    log: InteractionLog,
    *,
    undirected: frozenset[str] = UNDIRECTED_CHANNELS,
    half_life_days: float | None = None,
) -> pd.DataFrame:
    """One row per wave, source and target: ``amount`` (events counted, or minutes or
    weights summed, each optionally decayed), ``events`` and ``strength`` in [0, 1];
    sorted by wave, source and target, which are categoricals.

    Events on an ``undirected`` channel (a meeting, a call) count in both directions.
    With ``half_life_days``, an event counts 0.5^(age / half-life), its age taken from
    the last event of its wave. ``strength = log(1 + amount) / log(1 + max amount of the
    wave)``: the logarithm keeps one daily meeting from flattening every other tie
    (collaboration volumes are heavy-tailed), and dividing by the wave's largest tie makes
    waves of different lengths comparable.
    """
    events = log.events
    kinds, channels = pd.factorize(events["channel"])  # blank channels: code -1
    shared = [i for i, c in enumerate(channels) if fold(str(c)) in undirected]  # per name
    both = np.isin(kinds, shared)
    waves, wave_names = pd.factorize(events["wave"], sort=True)
    source, target, names = _codes(events["source"], events["target"])
    n = max(len(names), 1)
    amount = events["amount"].to_numpy(dtype=float)
    if half_life_days:
        dates = events["date"]
        last = dates.groupby(waves).transform("max")
        age = (last - dates).dt.total_seconds().to_numpy() / 86_400
        amount = amount * np.power(0.5, np.nan_to_num(age) / half_life_days)
    key = np.concatenate(
        [
            (waves.astype(np.int64) * n + source) * n + target,
            (waves[both].astype(np.int64) * n + target[both]) * n + source[both],
        ]
    )
    codes, found = pd.factorize(key)  # a hash table, then the few distinct keys sorted
    order = np.argsort(found, kind="stable")
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))  # the inverse permutation, without a second sort
    unique, inverse = found[order], rank[codes]
    amounts = np.bincount(inverse, weights=np.concatenate([amount, amount[both]]))
    wave = unique // (n * n)  # sorted, so each wave's ties are one run
    starts = np.searchsorted(wave, np.arange(len(wave_names)))
    top = np.maximum.reduceat(amounts, starts)[wave] if len(wave) else amounts
    names_index = pd.Index(names)
    return pd.DataFrame(
        {
            "wave": pd.Categorical.from_codes(wave, pd.Index(wave_names)),
            "source": pd.Categorical.from_codes(unique // n % n, names_index),
            "target": pd.Categorical.from_codes(unique % n, names_index),
            "amount": amounts,
            "events": np.bincount(inverse),
            "strength": np.where(top > 0, np.log1p(amounts) / np.log1p(top), 0.0),
        }
    )
