"""Interaction-log events: log cells parsed into events (names, dates, amounts), each
placed in a wave, and the :class:`InteractionLog` that holds them (pure: tables in,
tables out)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from alliance_graph.errors import WindowError
from alliance_graph.ingest.likert import convert_scores
from alliance_graph.ingest.validate import parse_dates
from alliance_graph.model import Issue, IssueCode

__all__ = ["InteractionLog", "empty_events", "parse_log", "wave_labels"]


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
