"""Recognise a table's shape (long, wide form export, matrix) and reshape it to cells."""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd

from alliance_graph.ingest import forms
from alliance_graph.ingest.cells import CELL_COLUMNS, Parsed, finish_cells, person_attributes
from alliance_graph.ingest.headers import dimension_of, match_header
from alliance_graph.ingest.likert import convert_scores
from alliance_graph.ingest.people import looks_like_register
from alliance_graph.ingest.read import RawTable, is_unnamed
from alliance_graph.ingest.schema import missing_column, needed_columns
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = ["no_shape_issue", "parse_table"]

_DEFAULT_DIMENSION = "trust"
_MATRIX_FIELDS = {
    "wave",
    "date",
    "id",
    "power",
    "interest",
    "consent",
    "group",
    "role",
    "rater_group",
    "rater_role",
    "ratee_group",
    "ratee_role",
    "comment",
}
# comments are read apart (alliance_graph.ingest.comments)
_MATRIX_USED = {"wave", "date", "group", "role", "rater_group", "rater_role", "comment"}
_REGISTER_FIELDS = {"group", "role", "rater_group", "rater_role", "ratee_group", "ratee_role"}


def parse_table(raw: RawTable, known_names: Collection[str] = ()) -> Parsed | None:
    """Reshape one file's table to answer cells, whatever its shape.

    Tries, in order: long (rater and ratee columns), wide form export (questions about
    named people), matrix (first column raters, other headers ratees; recognised when
    at least half the other headers are names found in the first column or the
    register, or one when the first header is blank or says rater; then every other
    column is a ratee). Returns ``None`` when no shape
    fits; the caller reports the missing columns.
    """
    raw = forms.merge_two_header_rows(raw)
    if (raw.frame == "").to_numpy().all():
        return Parsed(
            "wide",
            pd.DataFrame(columns=list(CELL_COLUMNS)),
            [Issue(IssueCode.NO_DATA_ROWS, file=raw.name, line=1)],
        )
    fields = {header: match_header(header) for header in raw.frame.columns}
    names = set(fields.values())
    if {"rater", "ratee"} <= names:
        return _parse_long(raw, fields)
    wide = forms.parse_wide(raw, fields, known_names)
    if wide is not None:
        return wide
    return _parse_matrix(raw, fields, known_names)


def no_shape_issue(raw: RawTable, known_names: Collection[str] = ()) -> Issue:
    """What to say of a table that :func:`parse_table` cannot read: a form export
    without a respondent column (``ANONYMOUS_FORM``), a stakeholder register given as
    answers (``REGISTER_AS_ANSWERS``), or the columns it lacks (``MISSING_COLUMN``,
    ``needed`` listing them: ``"rater, ratee"``, ``"score"``)."""
    raw = forms.merge_two_header_rows(raw)
    headers = ", ".join(map(str, raw.frame.columns))
    fields = {header: match_header(header) for header in raw.frame.columns}
    if forms.is_anonymous(raw, fields, known_names):
        return Issue(IssueCode.ANONYMOUS_FORM, file=raw.name, line=1, value=headers)
    if looks_like_register([str(h) for h in raw.frame.columns]):
        return Issue(IssueCode.REGISTER_AS_ANSWERS, file=raw.name, line=1, value=headers)
    dimensions = any(dimension_of(str(h)) for h in raw.frame.columns)  # scores by dimension
    needed = [
        name
        for name in needed_columns("survey", fields.values())
        if name != "score" or not dimensions
    ]
    return missing_column(raw.name, raw.frame.columns, needed)


def _parse_long(raw: RawTable, fields: dict[str, str | None]) -> Parsed:
    frame = raw.frame
    column = {name: header for header, name in reversed(fields.items()) if name}
    base = pd.DataFrame(
        {
            "wave": frame[column["wave"]] if "wave" in column else "",
            "date": frame[column["date"]] if "date" in column else "",
            "rater": frame[column["rater"]],
            "ratee": frame[column["ratee"]],
            "line": frame.index + raw.first_line,
        }
    )
    for key, series in {
        **person_attributes(raw, fields, "rater"),
        **person_attributes(raw, fields, "ratee"),
    }.items():
        base[key] = series
    used = {
        header
        for header, name in fields.items()
        if name
        in {"rater", "ratee", "wave", "date", "dimension", "score", "comment"}
        | _REGISTER_FIELDS  # comments are read apart (alliance_graph.ingest.comments)
    }
    issues: list[Issue] = []
    if "score" in column:
        dims = frame[column["dimension"]] if "dimension" in column else _DEFAULT_DIMENSION
        cells = base.assign(dimension=dims, answer=frame[column["score"]], column=column["score"])
        names = pd.unique(cells["dimension"])  # a long table repeats a few dimensions
        cells["dimension"] = cells["dimension"].map(dict(zip(names, map(_dimension_name, names))))
        extra = [h for h in frame.columns if h not in used]
    else:
        dimension_columns = [
            h
            for h in frame.columns
            if h not in used
            and fields[h] is None  # an ID or name column is never a dimension
            and not forms.is_meta(h)  # nor form metadata such as "#" or "Respondent ID"
            and (dimension_of(h) or _looks_like_scores(frame[h]))
        ]
        extra = [h for h in frame.columns if h not in used and h not in dimension_columns]
        if not dimension_columns:
            issues.append(
                Issue(
                    IssueCode.MISSING_COLUMN,
                    file=raw.name,
                    line=1,
                    value=", ".join(map(str, frame.columns)),
                    params=(("needed", "score"),),
                )
            )
            return Parsed("long", pd.DataFrame(columns=list(CELL_COLUMNS)), issues)
        cells = pd.concat(
            [
                base.assign(dimension=_dimension_name(h), answer=frame[h], column=h)
                for h in dimension_columns
            ],
            ignore_index=True,
        )
    issues += [
        Issue(IssueCode.UNUSED_COLUMN, file=raw.name, line=1, column=h)
        for h in extra
        if (frame[h] != "").any() and not forms.is_meta(h)  # timestamps, "#": expected
    ]
    return finish_cells(
        raw,
        cells,
        "long",
        issues,
        empty_code=IssueCode.MISSING_SCORE,
        name_columns=(column["rater"], column["ratee"]),
    )


def _parse_matrix(
    raw: RawTable, fields: dict[str, str | None], known_names: Collection[str]
) -> Parsed | None:
    frame = raw.frame
    first = frame.columns[0]
    others = [h for h in frame.columns[1:] if fields[h] not in _MATRIX_FIELDS]
    candidates = {fold(v) for v in frame[first]} | {fold(n) for n in known_names}
    hits = [h for h in others if fold(h) in candidates]
    corner = is_unnamed(first) or fields[first] in ("rater", "name")
    if not others or len(hits) < (1 if corner else max(2, len(others) / 2)):
        return None
    base = pd.DataFrame({"rater": frame[first], "line": frame.index + raw.first_line})
    for name in ("wave", "date"):
        source = next((h for h, field in fields.items() if field == name), None)
        base[name] = frame[source] if source else ""
    for key, series in person_attributes(raw, fields, "rater").items():
        base[key] = series
    cells = pd.concat(
        [
            base.assign(ratee=h, dimension=_DEFAULT_DIMENSION, answer=frame[h], column=h)
            for h in others
        ],
        ignore_index=True,
    )
    unused = [
        h
        for h in frame.columns[1:]
        if fields[h] in _MATRIX_FIELDS - _MATRIX_USED and (frame[h] != "").any()
    ]
    issues = [Issue(IssueCode.UNUSED_COLUMN, file=raw.name, line=1, column=h) for h in unused]
    return finish_cells(
        raw, cells, "matrix", issues, empty_code=IssueCode.NO_ANSWERS, name_columns=(first, "ratee")
    )


def _dimension_name(header: str) -> str:
    """``"Confiance"`` → ``"trust"``; an unknown dimension keeps its folded header."""
    text = str(header)
    return dimension_of(text) or fold(text) or _DEFAULT_DIMENSION


def _looks_like_scores(column: pd.Series) -> bool:
    filled = column[column != ""]
    if filled.empty:
        return False
    scores = convert_scores(filled)
    return bool((~scores.bad).mean() >= 0.9)
