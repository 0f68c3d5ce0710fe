"""The input files read one by one: the register, ratings tables as cells, interaction
logs, and a record of each file read."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from alliance_graph.ingest.cells import CELL_COLUMNS
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.interactions import log_frame, looks_like_interactions, read_log
from alliance_graph.ingest.objectives import parse_objectives
from alliance_graph.ingest.people import Register, parse_register
from alliance_graph.ingest.progress import looks_like_progress, parse_progress
from alliance_graph.ingest.read import RawTable, read_table
from alliance_graph.ingest.shapes import no_shape_issue, parse_table
from alliance_graph.ingest.wave_names import place_waves
from alliance_graph.model import FileInfo, Issue, IssueCode

__all__ = ["Source", "read_cells", "read_objectives", "read_register"]

#: A path, or a ``(file name, content)`` pair for uploaded bytes.
Source = str | Path | tuple[str, bytes]


def read_register(
    source: Source | RawTable, encoding: str | None, files: list[FileInfo], issues: list[Issue]
) -> Register:
    """The register in ``source``, its issues added to ``issues`` and its record to
    ``files``; an empty register when it cannot be read."""
    raw, found = _table(source, encoding)
    issues += found
    if raw is None:
        return Register()
    reg, found = parse_register(raw)
    issues += found
    files.append(FileInfo(raw.name, raw.encoding, raw.delimiter_name, "register", len(raw.frame)))
    return reg


def read_objectives(
    source: Source,
    encoding: str | None,
    groups: set[str],
    files: list[FileInfo],
    issues: list[Issue],
) -> pd.DataFrame | None:
    """The objectives register in ``source`` (``groups``: the register's, to check the
    observers), its issues added to ``issues`` and its record to ``files``; ``None`` when
    it cannot be read."""
    raw, found = _table(source, encoding)
    issues += found
    if raw is None:
        return None
    table, found = parse_objectives(raw, groups)
    issues += found
    files.append(FileInfo(raw.name, raw.encoding, raw.delimiter_name, "objectives", len(raw.frame)))
    return table


def read_cells(
    sources: list[tuple[Source | RawTable, str | None]],
    reg: Register,
    encoding: str | None,
    files: list[FileInfo],
    issues: list[Issue],
    logs: list[pd.DataFrame],
    kind: str,
    progress: list[pd.DataFrame] | None = None,
) -> tuple[pd.DataFrame, dict]:
    """The answers of the ratings tables among ``sources`` as cells (with their file's
    name), and each file's missing answers; interaction logs go to ``logs`` (``kind`` as
    in :func:`~alliance_graph.ingest.load.read_survey`), issues to ``issues`` and a
    record of each file read to ``files``."""
    parts: list[pd.DataFrame] = []
    missing: dict = {}
    unnamed: list[tuple[int, str, str | None]] = []  # files without a wave column
    for source, chosen in sources:
        if not isinstance(source, RawTable) and (
            kind == "interactions" or _name(source).lower().endswith(".parquet")
        ):
            frame, found = read_log(source, encoding)
            issues += found
            _add_log(frame, logs, files)
            continue
        raw, found = _table(source, encoding)
        issues += found
        if raw is None:
            continue
        if progress is not None and looks_like_progress(list(raw.frame.columns)):
            frame, found = parse_progress(raw)
            issues += found
            progress.append(frame)
            info = FileInfo(raw.name, raw.encoding, raw.delimiter_name, "progress", len(raw.frame))
            files.append(info)
            continue
        if kind == "interactions" or (
            kind == "auto" and looks_like_interactions(list(raw.frame.columns))
        ):
            frame, found = log_frame(raw)
            issues += found
            _add_log(frame, logs, files, raw)
            continue
        parsed = parse_table(raw, reg.names)
        if parsed is None:
            issues.append(no_shape_issue(raw, reg.names))
            continue
        issues += parsed.issues
        cells, blanks = _label_waves(parsed.cells.assign(file=raw.name), raw)
        if blanks is None:  # no wave column: named below, with the other such files
            unnamed.append((len(parts), raw.name, chosen))
        issues += blanks or []
        parts.append(cells)
        missing[raw.name] = parsed.missing_answers
        files.append(
            FileInfo(raw.name, raw.encoding, raw.delimiter_name, parsed.shape, len(raw.frame))
        )
    issues += place_waves(parts, unnamed)
    columns = [*CELL_COLUMNS, "file"]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=str) for c in columns}), missing
    return pd.concat(parts, ignore_index=True)[columns], missing


def _name(source: Source) -> str:
    return str(source[0] if isinstance(source, tuple) else Path(source).name)


def _table(source: Source | RawTable, encoding: str | None) -> tuple[RawTable | None, list[Issue]]:
    """A CSV file read, or a workbook's sheet (read already)."""
    if isinstance(source, RawTable):
        return source, []
    return read_table(source, encoding=encoding)


def _add_log(
    frame: pd.DataFrame | None,
    logs: list[pd.DataFrame],
    files: list[FileInfo],
    raw: RawTable | None = None,
) -> None:
    if frame is None:
        return
    logs.append(frame)
    name = str(frame["file"].iloc[0]) if len(frame) else "log"
    encoding, delimiter = (raw.encoding, raw.delimiter_name) if raw else ("parquet", "—")
    files.append(FileInfo(name, encoding, delimiter, "interactions", len(frame)))


def _label_waves(cells: pd.DataFrame, raw: RawTable) -> tuple[pd.DataFrame, list[Issue] | None]:
    """In a file with a wave column, a row whose wave is blank cannot be placed and is
    reported; a file without one is one wave, named later (issues ``None``)."""
    if not any(match_header(h) == "wave" for h in raw.frame.columns):
        return cells, None
    blank = cells["wave"] == ""
    lines = sorted(set(cells.loc[blank, "line"]))
    issues = [Issue(IssueCode.MISSING_WAVE, file=raw.name, line=int(n)) for n in lines]
    return cells[~blank], issues
