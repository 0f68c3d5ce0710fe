"""Read → parse → validate: from input files to one :class:`~alliance_graph.model.Survey`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from alliance_graph.errors import SurveyValidationError, WaveNotFoundError
from alliance_graph.files import check_input
from alliance_graph.ingest import validate
from alliance_graph.ingest._encoding import left_out_alone
from alliance_graph.ingest._inputs import (
    Progress,
    Source,
    read_cells,
    read_objectives,
    read_register,
)
from alliance_graph.ingest.comment_people import settle_comments, spellings
from alliance_graph.ingest.identity import assign_ids
from alliance_graph.ingest.interactions import log_people, place_log
from alliance_graph.ingest.objective_answers import objective_answers
from alliance_graph.ingest.people import Register, build_stakeholders
from alliance_graph.ingest.sheets import open_workbooks
from alliance_graph.ingest.suggest import not_in_register
from alliance_graph.ingest.wave_names import chosen_labels
from alliance_graph.ingest.wave_order import order_waves
from alliance_graph.model import (
    RATING_COLUMNS,
    FileInfo,
    Issue,
    IssueCode,
    Scale,
    Severity,
    Survey,
)

__all__ = ["Source", "load_survey", "read_survey"]


def load_survey(inputs: Source | Sequence[Source], **options: object) -> Survey:
    """Read a survey and raise :class:`SurveyValidationError` if it has any error.

    Takes the same arguments as :func:`read_survey`.
    """
    survey = read_survey(inputs, **options)  # type: ignore[arg-type]
    if not survey.ok:
        raise SurveyValidationError(survey)
    return survey


def read_survey(
    inputs: Source | Sequence[Source],
    *,
    register: Source | None = None,
    scale: Scale | str | None = None,
    coach: str | None = None,
    waves: Iterable[str] | None = None,
    encoding: str | None = None,
    min_raters: int = 3,
    min_response_rate: float = 0.5,
    kind: str = "auto",
    window: str | None = None,
    wave_labels: Sequence[str | None] | None = None,
    objectives: Source | None = None,
) -> Survey:
    """Read ratings files (and a register) into canonical tables, collecting every issue.

    A ratings file without a wave column is one wave: ``wave_labels`` (one per input,
    ``None`` for "from the file name") names it, else its file name does, cleaned of
    what forms tools add; two files that would be the same wave are refused (see
    :mod:`~alliance_graph.ingest.wave_names`).

    Interaction logs may come among the inputs: ``.parquet`` files and tables whose
    columns name a source, a target and a time (and no score) are read as logs, or every
    input with ``kind="interactions"``. Events are placed in waves by their wave column,
    else by ``window`` (``waves``: the survey wave each falls in, the default beside dated
    ratings; ``month``, ``quarter`` or date ranges, see
    :func:`~alliance_graph.ingest.interactions.wave_labels`).

    Never raises for problems in the data: they are issues of the returned survey
    (``survey.ok`` is false when any is an error). Raises
    :class:`~alliance_graph.errors.InputFileError` when a file cannot be opened, and
    :class:`~alliance_graph.errors.WaveNotFoundError` for a wave that is not in the data,
    :class:`~alliance_graph.errors.WaveNameError` for a wave label that cannot be used.

    ``objectives`` is the register of the objectives agreed at the kick-off
    (:mod:`~alliance_graph.ingest.objectives`): a CSV file, a workbook (its objectives
    sheet) or one sheet of a workbook; else an objectives sheet of an input workbook is
    the register (a second register is an issue, ``TWO_OBJECTIVE_REGISTERS``). Progress
    answers on them come among the inputs, as tables recognised by their headers
    (:mod:`~alliance_graph.ingest.progress`), workbook sheets of such tables, or columns
    of form exports (:mod:`~alliance_graph.ingest.progress_forms`). Without a register of
    objectives, the objectives are those the answers name.

    Comment columns of these files (:mod:`~alliance_graph.ingest.comments`) give the
    survey's ``comments``.
    """
    sources = [inputs] if isinstance(inputs, (str, Path, tuple)) else list(inputs)
    labels = chosen_labels(wave_labels, len(sources))
    for item in [*sources, register, objectives]:  # a pipe or a device would hang
        if isinstance(item, (str, Path)):
            check_input(item)
    declared = Scale.parse(scale) if isinstance(scale, str) else scale
    issues: list[Issue] = []
    files: list[FileInfo] = []
    if kind not in ("auto", "survey", "interactions"):
        raise ValueError(f"kind is auto, survey or interactions, not {kind!r}")
    books = open_workbooks(list(zip(sources, labels)), register, objectives=objectives)
    issues += books.issues  # sheets become tables
    reg = Register()
    if books.register is not None:
        reg = read_register(books.register, encoding, files, issues)
    answers = Progress()
    if books.objectives is not None:
        groups = {str(g) for g in reg.frame["group"] if g} if reg.given else set()
        answers.objectives = read_objectives(books.objectives, encoding, groups, files, issues)
    logs: list[pd.DataFrame] = []
    found_comments: list[pd.DataFrame] = []
    cells, missing = read_cells(
        books.named, reg, encoding, files, issues, logs, kind, answers, found_comments
    )
    log = pd.concat(logs, ignore_index=True) if logs else None
    cells, log, found = assign_ids(cells, log, reg)
    issues += found
    values, used_scale, usable, found = validate.score_cells(cells, declared)
    issues += found
    cells = cells.assign(score=values)[usable].reset_index(drop=True)
    for check in (validate.check_self_ratings, validate.check_duplicates):
        keep, found = check(cells)
        issues += found
        cells = cells[keep].reset_index(drop=True)
    cells["date"], found = validate.parse_dates(cells)
    issues += found
    events, measure = None, None
    if log is not None:
        events, measure, found = place_log(log, cells, _select_waves(cells, None)[1], window)
        issues += found
    people = _people(cells) if events is None else pd.concat([_people(cells), log_people(events)])
    stakeholders, found = build_stakeholders(reg, people, coach)
    issues += found + not_in_register(cells, reg)
    if events is not None:
        issues += not_in_register(
            events.rename(columns={"source": "rater", "target": "ratee"}), reg
        )
    cells, order, found = _select_waves(cells, waves, events)
    issues += found
    agreed, progress, found = objective_answers(answers.objectives, answers.answers, reg, order)
    said = {i for i in issues if i.code is IssueCode.NOT_IN_REGISTER}  # a form's rater once
    issues += [i for i in found if i not in said]
    comments, found = settle_comments(found_comments, reg, stakeholders, agreed, order, issues)
    issues += found
    if events is not None:
        events = events[events["wave"].isin(order)].reset_index(drop=True)
    expected = len(reg.frame) if reg.given else len(stakeholders)
    issues += validate.check_coverage(
        cells, expected, min_raters=min_raters, min_response_rate=min_response_rate
    )
    nothing = cells.empty and (events is None or events.empty)
    if nothing and not any(i.severity is Severity.ERROR for i in issues):
        issues.append(Issue(IssueCode.NO_RATINGS))
    return Survey(
        ratings=_canonical(cells, order),
        stakeholders=stakeholders,
        scale=used_scale,
        waves=order,
        files=tuple(books.files(files)),
        issues=tuple(books.locate(_sorted(left_out_alone(issues)))),
        missing_answers=missing,
        interactions=events,
        interaction_measure=measure,
        objectives=agreed,
        progress=progress,
        comments=comments,
        spellings=spellings(stakeholders, reg, comments),
    )


def _people(cells: pd.DataFrame) -> pd.DataFrame:
    sides = []
    for side in ("rater", "ratee"):
        part = cells[[side, f"{side}_group", f"{side}_role", "file", "line"]]
        sides.append(part.set_axis(["id", "group", "role", "file", "line"], axis=1))
    people = pd.concat(sides, ignore_index=True).fillna("")
    return people.drop_duplicates(["id", "group", "role"])


def _select_waves(
    cells: pd.DataFrame, waves: Iterable[str] | None, events: pd.DataFrame | None = None
) -> tuple[pd.DataFrame, tuple[str, ...], list[Issue]]:
    """The cells of the waves chosen (all by default), the waves in order
    (:mod:`~alliance_graph.ingest.wave_order`), and the issue of an order guessed (for
    two waves kept or more)."""
    dated = cells[["wave", "date", "file", "line"]]
    if cells.empty and events is not None:  # a log alone: its own waves
        dated = events[["wave", "date", "file", "line"]]
    labels = list(pd.unique(dated["wave"]))
    order, issues = order_waves(dated)
    if waves is None:
        return cells, order, issues
    chosen = list(dict.fromkeys(waves))
    unknown = [w for w in chosen if w not in labels]
    if unknown:
        raise WaveNotFoundError(
            f"no wave {', '.join(map(repr, unknown))} in the data; waves are "
            f"{', '.join(order) or 'none'}"
        )
    kept = tuple(w for w in order if w in chosen)
    return cells[cells["wave"].isin(chosen)], kept, issues if len(kept) > 1 else []


def _canonical(cells: pd.DataFrame, order: tuple[str, ...]) -> pd.DataFrame:
    rank = {wave: i for i, wave in enumerate(order)}
    out = cells.assign(_rank=cells["wave"].map(rank)).sort_values(
        ["_rank", "rater", "ratee", "dimension"], kind="stable"
    )
    out = out[list(RATING_COLUMNS)].reset_index(drop=True)
    out["score"] = out["score"].astype(float)
    out["line"] = out["line"].astype(np.int64)
    return out


def _sorted(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda i: (i.file is not None, i.file or "", i.line or 0))
