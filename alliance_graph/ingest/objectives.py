"""The objectives register: the objectives agreed at the kick-off (DESIGN.md section 10).

One row per objective: ``id``, ``objective`` (its wording; ``objective_fr`` and
``objective_en`` when both languages are kept), ``agreed_on``, ``agreed_by`` (coachee,
sponsor, coach, ``;`` between them), ``observers`` (register groups, ``;`` between them;
blank: everyone), ``target`` (the mean progress aimed at, −3 … +3, +1 when blank) and
``indicator``. Headers in English or French (:mod:`~alliance_graph.ingest.schema`).
Every row is used or reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

import pandas as pd

from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.schema import header_columns, missing_column, needed_columns
from alliance_graph.ingest.text import fold
from alliance_graph.ingest.validate import parse_dates
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "OBJECTIVE_COLUMNS",
    "looks_like_objectives",
    "parse_objectives",
    "parse_progress_number",
    "split_list",
]

#: The columns of the canonical objectives table, in order.
OBJECTIVE_COLUMNS = (
    "id",
    "objective",
    "objective_fr",
    "objective_en",
    "agreed_on",
    "agreed_by",
    "observers",
    "target",
    "indicator",
    "file",
    "line",
)
_PARTIES = {
    "coachee": "coachee",
    "coache": "coachee",
    "personne coachee": "coachee",
    "sponsor": "sponsor",
    "commanditaire": "sponsor",
    "coach": "coach",
}


def looks_like_objectives(headers: Sequence[str]) -> bool:
    """Whether a table's headers name an objectives register: an id and a wording.

    >>> looks_like_objectives(["N°", "Objectif", "Cible"]), looks_like_objectives(["id", "name"])
    (True, False)
    """
    return {"id", "objective"} <= set(header_columns("objectives", headers))


def parse_objectives(
    raw: RawTable, groups: Collection[str] = ()
) -> tuple[pd.DataFrame | None, list[Issue]]:
    """The objectives of ``raw`` as a canonical table (``None`` when a required column
    is missing), and the issues of its rows; ``groups`` are the register's groups (none:
    observers are not checked).

    >>> import pandas as pd
    >>> raw = RawTable("objectives.csv", pd.DataFrame({"N°": ["1"], "Objectif": ["Déléguer"],
    ...                "Cible": ["1,5"], "Convenu par": ["coachée; commanditaire"]}), "utf-8", ",")
    >>> table, issues = parse_objectives(raw)
    >>> table[["id", "objective", "target", "agreed_by"]].values.tolist(), issues
    ([['1', 'Déléguer', 1.5, ('coachee', 'sponsor')]], [])
    """
    column = header_columns("objectives", raw.frame.columns)
    needed = needed_columns("objectives", column)
    if needed:
        return None, [missing_column(raw.name, raw.frame.columns, needed)]
    frame = pd.DataFrame(
        {
            name: raw.frame[column[name]].str.strip() if name in column else ""
            for name in OBJECTIVE_COLUMNS[:-2]
        }
    )
    frame["file"], frame["line"] = raw.name, raw.frame.index + raw.first_line
    blank = (raw.frame == "").all(axis=1)
    issues: list[Issue] = []
    keep = ~blank
    keep &= _ids(frame, raw.name, issues)
    frame["target"] = _targets(frame, raw.name, issues, keep)
    keep &= frame["target"].notna()
    frame["observers"] = frame["observers"].map(split_list)
    if groups:
        keep &= _observers(frame, set(groups), raw.name, issues, keep)
    frame["agreed_by"] = [
        _parties(value, raw.name, int(line), issues)
        for value, line in zip(frame["agreed_by"], frame["line"])
    ]
    _wordings(frame, raw.name, issues, keep)
    frame["agreed_on"] = _agreed_on(frame, issues, keep)
    for name in ("agreed_on", "indicator", "objective_fr", "objective_en"):  # blank: None
        frame[name] = frame[name].astype(object).where(frame[name] != "", None)
    return frame[keep].reset_index(drop=True), issues


def split_list(text: str) -> tuple[str, ...]:
    """``"Team A; Board"`` → ``("Team A", "Board")``: ``;`` (or ``,`` or a new line)
    between the items, blanks dropped.

    >>> split_list(" Managers ;Équipes; ")
    ('Managers', 'Équipes')
    """
    return tuple(item.strip() for item in re.split(r"[;,\n]", str(text)) if item.strip())


def parse_progress_number(text: str) -> float | None:
    """A number as a person writes it: ``+2``, ``−1`` (the minus sign), ``1,5``;
    ``None`` when it is not one.

    >>> parse_progress_number("+2"), parse_progress_number("−1,5"), parse_progress_number("x")
    (2.0, -1.5, None)
    """
    cleaned = str(text).strip().replace("−", "-").replace("–", "-").replace(",", ".")
    cleaned = cleaned.removeprefix("+")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _ids(frame: pd.DataFrame, file: str, issues: list[Issue]) -> pd.Series:
    """Rows with an id of their own: a row without one, or with an id used above, is
    reported and left out."""
    filled = (frame.drop(columns=["file", "line"]) != "").any(axis=1)
    missing = filled & (frame["id"] == "")
    issues += [
        Issue(IssueCode.OBJECTIVE_WITHOUT_ID, file=file, line=int(n), column="id")
        for n in frame.loc[missing, "line"]
    ]
    key = frame["id"].map(fold)
    again = key.duplicated() & (frame["id"] != "")
    first = frame.loc[~key.duplicated()].set_index(key[~key.duplicated()])["line"]
    issues += [
        Issue(
            IssueCode.DUPLICATE_OBJECTIVE,
            file=file,
            line=int(line),
            column="id",
            value=value,
            params=(("other_line", int(first[k])),),
        )
        for value, k, line in zip(frame.loc[again, "id"], key[again], frame.loc[again, "line"])
    ]
    return ~missing & ~again


def _targets(frame: pd.DataFrame, file: str, issues: list[Issue], keep: pd.Series) -> pd.Series:
    """Each target as a number (+1 when blank), ``None`` (reported) when it is not one
    from −3 to +3."""
    values = []
    for text, line, kept in zip(frame["target"], frame["line"], keep):
        value = 1.0 if text == "" else parse_progress_number(text)
        if value is None or not -3 <= value <= 3:
            if kept:
                issues.append(
                    Issue(
                        IssueCode.TARGET_NOT_A_NUMBER,
                        file=file,
                        line=int(line),
                        column="target",
                        value=text,
                    )
                )
            value = None
        values.append(value)
    return pd.Series(values, index=frame.index, dtype=object)


def _observers(
    frame: pd.DataFrame, groups: set[str], file: str, issues: list[Issue], keep: pd.Series
) -> pd.Series:
    """Rows whose observers are all register groups (matched as the register writes
    them, case and accents aside); the others are reported and left out."""
    known = {fold(g): g for g in groups}
    ok, named = [], []
    for index, (observers, line) in enumerate(zip(frame["observers"], frame["line"])):
        strangers = [o for o in observers if fold(o) not in known]
        if strangers and keep.iloc[index]:
            issues += [
                Issue(
                    IssueCode.UNKNOWN_OBSERVER_GROUP,
                    file=file,
                    line=int(line),
                    column="observers",
                    value=o,
                )
                for o in strangers
            ]
        named.append(tuple(known.get(fold(o), o) for o in observers))
        ok.append(not strangers)
    frame["observers"] = pd.Series(named, index=frame.index, dtype=object)
    return pd.Series(ok, index=frame.index)


def _wordings(frame: pd.DataFrame, file: str, issues: list[Issue], keep: pd.Series) -> None:
    """A blank ``objective`` takes the wording of ``objective_en`` or ``objective_fr``; an
    objective worded in none of them is reported (an error: no report could say what it
    is), and kept, so that the answers naming it are not reported too."""
    for other in ("objective_en", "objective_fr"):
        frame["objective"] = frame["objective"].where(frame["objective"] != "", frame[other])
    unworded = keep & (frame["objective"] == "")
    issues += [
        Issue(
            IssueCode.OBJECTIVE_WITHOUT_WORDING,
            file=file,
            line=int(line),
            column="objective",
            value=oid,
        )
        for oid, line in zip(frame.loc[unworded, "id"], frame.loc[unworded, "line"])
    ]


def _agreed_on(frame: pd.DataFrame, issues: list[Issue], keep: pd.Series) -> pd.Series:
    """Each date of agreement as ``YYYY-MM-DD`` (written ``2026-01-12`` or ``12/01/2026``,
    as the survey's dates, :func:`~alliance_graph.ingest.validate.parse_dates`); one that
    is not a date is a ``BAD_DATE`` warning and left blank."""
    cells = frame[["file", "line"]].assign(date=frame["agreed_on"])
    dates, found = parse_dates(cells)
    lines = set(frame.loc[keep, "line"].astype(int))
    issues += [replace(i, column="agreed_on") for i in found if i.line in lines]
    return dates.dt.strftime("%Y-%m-%d").where(dates.notna(), "").astype(object)


def _parties(text: str, file: str, line: int, issues: list[Issue]) -> tuple[str, ...]:
    """Who agreed: coachee, sponsor, coach (English or French); others are reported."""
    found = []
    for item in split_list(text):
        party = _PARTIES.get(fold(item))
        if party is None:
            issues.append(
                Issue(
                    IssueCode.UNKNOWN_AGREED_BY,
                    file=file,
                    line=line,
                    column="agreed_by",
                    value=item,
                )
            )
        elif party not in found:
            found.append(party)
    return tuple(found)
