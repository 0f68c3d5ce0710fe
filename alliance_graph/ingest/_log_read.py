"""Interaction-log files: CSV (large UTF-8 files by pyarrow) or Parquet, read as text
cells with canonical column names, ``file`` and ``line``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from alliance_graph.errors import InputFileError
from alliance_graph.ingest._encoding import garbled_text, may_be_garbled, parquet_reason
from alliance_graph.ingest.headers import dimension_of, match_header
from alliance_graph.ingest.read import RawTable, Source, read_table, sniff_delimiter
from alliance_graph.ingest.schema import (
    LOG_LOOKUP,
    header_columns,
    missing_column,
    needed_columns,
    required_columns,
)
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "ARROW_BYTES",
    "Source",
    "log_frame",
    "looks_like_interactions",
    "needed_params",
    "read_log",
    "rename_columns",
]

# folded header -> canonical column, and the columns a log needs, from the input schema
_LOOKUP = LOG_LOOKUP
_NEEDED = required_columns("log")


def looks_like_interactions(headers: Sequence[str]) -> bool:
    """Whether a table's headers name an interaction log: a source, a target and a
    time, and no score or question column (a survey with a date is not a log)."""
    found = {_LOOKUP.get(fold(str(h))) for h in headers}
    answers = any(match_header(str(h)) == "score" or dimension_of(str(h)) for h in headers)
    return set(_NEEDED) <= found and not answers


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


def rename_columns(headers: list[str]) -> dict[str, str] | None:
    """Header → canonical name of each column understood (the first of each kind), or
    ``None`` without a source, a target and a time."""
    columns: dict[str, str] = {}
    for header in headers:
        known = _LOOKUP.get(fold(str(header)))
        if known and known not in columns.values():
            columns[str(header)] = known
    return columns if set(_NEEDED) <= set(columns.values()) else None


def needed_params(headers: list[str]) -> tuple[tuple[str, str], ...]:
    """The parameters of a log's ``MISSING_COLUMN``: the columns it lacks."""
    found = {_LOOKUP.get(fold(str(header))) for header in headers}
    return (("needed", ", ".join(needed_columns("log", found))),)


def _rename(frame: pd.DataFrame, name: str) -> tuple[pd.DataFrame | None, list[Issue]]:
    columns = rename_columns([str(c) for c in frame.columns])
    if columns is None:
        needed = needed_columns("log", header_columns("log", frame.columns))
        return None, [missing_column(name, frame.columns, needed)]
    return frame[list(columns)].rename(columns=columns), []
