"""The input files read one by one: the register, the objectives register, ratings tables
as cells, progress answers, interaction logs, and a record of each file read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from alliance_graph.ingest import comments as notes
from alliance_graph.ingest.cells import CELL_COLUMNS
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.interactions import log_frame, looks_like_interactions, read_log
from alliance_graph.ingest.objectives import parse_objectives
from alliance_graph.ingest.people import Register, parse_register
from alliance_graph.ingest.progress import looks_like_progress, parse_progress
from alliance_graph.ingest.progress_forms import FormProgress, alone_issues, split_progress
from alliance_graph.ingest.read import RawTable, Source, read_table
from alliance_graph.ingest.shapes import no_shape_issue, parse_table
from alliance_graph.ingest.wave_names import clean_title, place_waves
from alliance_graph.model import FileInfo, Issue, IssueCode

__all__ = ["Progress", "Source", "read_cells", "read_objectives", "read_register"]


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
    source: Source | RawTable,
    encoding: str | None,
    groups: set[str],
    files: list[FileInfo],
    issues: list[Issue],
) -> pd.DataFrame | None:
    """The objectives register in ``source`` (a file, or a workbook's sheet; ``groups``:
    the register's, to check the observers), its issues added to ``issues`` and its
    record to ``files``; ``None`` when it cannot be read."""
    raw, found = _table(source, encoding)
    issues += found
    if raw is None:
        return None
    table, found = parse_objectives(raw, groups)
    issues += found
    files.append(FileInfo(raw.name, raw.encoding, raw.delimiter_name, "objectives", len(raw.frame)))
    return table


@dataclass
class Progress:
    """The progress answers read among the inputs, one table per file, and the
    objectives register that form columns name (``None``: not given)."""

    objectives: pd.DataFrame | None = None
    answers: list[pd.DataFrame] = field(default_factory=list)


@dataclass
class _Answers:
    """The ratings files' cells as read, each file's missing answers, the files without
    a wave column (index in ``parts``, name, wave chosen), the progress answers of form
    exports with ratings (each with the index of its file's cells), those of forms
    about progress alone, and the comments (with the index of their file's cells when
    the file is one wave, named later)."""

    parts: list[pd.DataFrame] = field(default_factory=list)
    missing: dict = field(default_factory=dict)
    unnamed: list[tuple[int, str, str | None]] = field(default_factory=list)
    forms: list[tuple[int, FormProgress]] = field(default_factory=list)
    alone: list[pd.DataFrame] = field(default_factory=list)
    comments: list[tuple[int | None, pd.DataFrame]] = field(default_factory=list)


def read_cells(
    sources: list[tuple[Source | RawTable, str | None]],
    reg: Register,
    encoding: str | None,
    files: list[FileInfo],
    issues: list[Issue],
    logs: list[pd.DataFrame],
    kind: str,
    progress: Progress | None = None,
    comments: list[pd.DataFrame] | None = None,
) -> tuple[pd.DataFrame, dict]:
    """The answers of the ratings tables among ``sources`` as cells (with their file's
    name), and each file's missing answers; interaction logs go to ``logs`` (``kind`` as
    in :func:`~alliance_graph.ingest.load.read_survey`), progress answers (tables of
    them, and progress columns of form exports) to ``progress``, comments
    (:mod:`~alliance_graph.ingest.comments`) to ``comments``, issues to ``issues`` and a
    record of each file read to ``files``."""
    read = _Answers()
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
            progress.answers.append(frame)
            read.comments.append((None, notes.progress_comments(raw)))
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
        form = split_progress(raw, progress.objectives) if progress is not None else None
        _read_ratings(raw, chosen, form, reg, read, files, issues)
    placed, found = place_waves(read.parts, read.unnamed)
    issues += found
    if progress is not None:
        progress.answers += [_in_wave(form, placed.get(index)) for index, form in read.forms]
        progress.answers += read.alone
    if comments is not None:
        comments += [_placed(found, index, placed) for index, found in read.comments]
    columns = [*CELL_COLUMNS, "file"]
    if not read.parts:
        return pd.DataFrame({c: pd.Series(dtype=str) for c in columns}), read.missing
    return pd.concat(read.parts, ignore_index=True)[columns], read.missing


def _read_ratings(
    raw: RawTable,
    chosen: str | None,
    form: FormProgress | None,
    reg: Register,
    read: _Answers,
    files: list[FileInfo],
    issues: list[Issue],
) -> None:
    """One ratings table (with progress columns when ``form`` has them; or progress
    columns alone) read into ``read``.

    A form about progress alone is the wave its wave column says, else the one chosen
    for it, else the one its name says (:func:`~.wave_names.clean_title`): it shares
    the wave of a ratings file, and never claims it (see :func:`~.wave_names.name_waves`).
    """
    parsed = parse_table(form.rest if form else raw, reg.names)
    if parsed is None and form is not None:
        _read_alone(raw, form, chosen or clean_title(raw.name), reg, read, issues)
        info = FileInfo(raw.name, raw.encoding, raw.delimiter_name, "progress", len(raw.frame))
        files.append(info)
        return
    if parsed is None:
        issues.append(no_shape_issue(raw, reg.names))
        return
    cells, blanks = _label_waves(parsed.cells.assign(file=raw.name), raw)
    written, said = notes.file_comments(form.rest if form else raw, parsed.shape, reg.names)
    found = parsed.issues + (blanks or []) + (form.issues if form else [])
    found = notes.without_unanswered(form.clean(found) if form else found, written)
    issues += _new(said, found)
    read.comments.append((len(read.parts) if blanks is None else None, written))
    if blanks is None:  # no wave column: named below, with the other such files
        read.unnamed.append((len(read.parts), raw.name, chosen))
    if form is not None:
        read.forms.append((len(read.parts), form))
    read.parts.append(cells)
    read.missing[raw.name] = parsed.missing_answers
    files.append(FileInfo(raw.name, raw.encoding, raw.delimiter_name, parsed.shape, len(raw.frame)))


def _read_alone(
    raw: RawTable, form: FormProgress, wave: str, reg: Register, read: _Answers, issues: list[Issue]
) -> None:
    """A form about progress alone (and its comments) read into ``read``, in ``wave``
    when it has no wave column."""
    written, said = notes.file_comments(form.rest, "wide", reg.names)
    if not form.waved:
        written = written.assign(wave=wave)
    read.comments.append((None, written))
    found = form.clean(form.issues + alone_issues(form))
    issues += _new(said, notes.without_unanswered(found, written))
    read.alone.append(_in_wave(form, wave))


def _in_wave(form: FormProgress, wave: str | None) -> pd.DataFrame:
    """The progress answers of a form export, in its file's wave when it has no wave
    column (none when the file was refused: it would be a wave already read)."""
    if form.waved:
        return form.answers
    return form.answers.iloc[0:0] if wave is None else form.answers.assign(wave=wave)


def _placed(
    comments: pd.DataFrame, index: int | None, placed: dict[int, str | None]
) -> pd.DataFrame:
    """A file's comments in their wave: the file's when it is one wave (none when the
    file was refused), else each row's (none for a blank one)."""
    if index is not None:
        wave = placed.get(index)
        comments = comments.iloc[0:0] if wave is None else comments.assign(wave=wave)
    return comments[comments["wave"] != ""]


def _new(said: list[Issue], found: list[Issue]) -> list[Issue]:
    """``found`` and the issues of ``said`` it does not hold already."""
    return found + [i for i in said if i not in found]


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
