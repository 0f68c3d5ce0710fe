"""Who is who: the register's ids checked (never merged), written names resolved to
exactly one person, or to no one with an issue."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from alliance_graph.ingest.text import fold, person_text
from alliance_graph.model import Issue, IssueCode

if TYPE_CHECKING:
    from alliance_graph.ingest.people import Register

__all__ = [
    "NameIndex",
    "assign_ids",
    "check_register",
    "name_issues",
    "resolve_names",
    "resolve_rows",
]

Problem = tuple[IssueCode, tuple[tuple[str, Any], ...]]


def check_register(
    frame: pd.DataFrame, file: str, headers: dict[str, str]
) -> tuple[pd.DataFrame, list[Issue]]:
    """Each row of a register is one person.

    An e-mail address in angle brackets loses them (``<anne@corp.example>``). An id or
    a name with nothing left once cleaned (``<br>``, ``?``) is ``UNUSABLE_NAME``; an id
    used again (compared as names are: case, accents and spaces aside) is
    ``DUPLICATE_ID``, which names both lines. Both are errors: the rows without a usable
    id and the repeated ids are left out. ``headers`` gives the file's ``id`` and ``name``
    headers, for the messages.
    """
    frame = frame.assign(id=_each(frame["id"], person_text), name=_each(frame["name"], person_text))
    ids, names = _each(frame["id"], fold), _each(frame["name"], fold)
    no_id, no_name = (ids == "").to_numpy(), ((names == "") & (ids != "")).to_numpy()
    issues = _unusable(frame[no_id], "id", file, headers)
    issues += _unusable(frame[no_name], "name", file, headers)
    frame = frame.assign(name=frame["name"].where(~no_name, frame["id"]))[~no_id]
    ids = ids[~no_id]
    repeated = ids.duplicated().to_numpy()
    firsts = frame.groupby(ids.to_numpy(), sort=False)[["line", "name"]].transform("first")
    for row, first in zip(frame[repeated].itertuples(), firsts[repeated].itertuples()):
        params = (("name", row.name), ("other_line", int(first.line)), ("other", first.name))
        issues.append(
            Issue(
                IssueCode.DUPLICATE_ID,
                file=file,
                line=int(row.line),
                column=headers["id"],
                value=row.id,
                params=params,
            )
        )
    return frame[~repeated].reset_index(drop=True), issues


def _unusable(rows: pd.DataFrame, field: str, file: str, headers: dict[str, str]) -> list[Issue]:
    return [
        Issue(IssueCode.UNUSABLE_NAME, file=file, line=int(line), column=headers[field], value=v)
        for line, v in zip(rows["line"], rows[field])
    ]


def _each(values: pd.Series, function: Callable[[str], str]) -> pd.Series:
    """``function`` of each cell, computed once per distinct value."""
    uniques = pd.unique(values)
    return values.map(dict(zip(uniques, map(function, uniques))))


@dataclass(frozen=True)
class NameIndex:
    """The register's folded ids, names and aliases → the one id each names
    (``known``), and the keys that name several people → those ids with their register
    lines."""

    known: dict[str, str]
    ambiguous: dict[str, tuple[tuple[str, int], ...]]

    @classmethod
    def of(cls, register: Register) -> NameIndex:
        frame = register.frame
        written = frame["aliases"] if "aliases" in frame else pd.Series((), dtype=object)
        aliases = frame[["id", "line"]].assign(aliases=written).explode("aliases").dropna()
        keys = pd.concat(
            [
                frame[["id", "line"]].assign(key=_each(frame["id"], fold)),
                frame[["id", "line"]].assign(key=_each(frame["name"], fold)),
                aliases[["id", "line"]].assign(key=aliases["aliases"].map(fold)),
            ],
            ignore_index=True,
        )
        keys = keys[keys["key"] != ""].drop_duplicates(["key", "id"])
        many = keys["key"].duplicated(keep=False).to_numpy()
        known = dict(zip(keys["key"][~many], keys["id"][~many]))
        ambiguous = {
            key: tuple(zip(group["id"], group["line"].astype(int)))
            for key, group in keys[many].groupby("key", sort=False)
        }
        return cls(known, ambiguous)

    def resolve(self, names: Any, problems: dict[str, Problem]) -> list[str]:
        """The id each distinct written name stands for: the register's person it names,
        else itself (cleaned, spelt as first written); ``""`` for a blank name, and for
        one that names no one, added to ``problems`` with the reason: nothing left once
        cleaned (``UNUSABLE_NAME``), or several people of the register
        (``AMBIGUOUS_NAME``)."""
        lookup, out = dict(self.known), []
        for name in names:
            key = fold(name)
            if key and key not in self.ambiguous:
                out.append(lookup.setdefault(key, person_text(name)))
                continue
            out.append("")
            if name:
                problems[name] = self._problem(key)
        return out

    def _problem(self, key: str) -> Problem:
        if not key:
            return IssueCode.UNUSABLE_NAME, ()
        people = self.ambiguous[key]
        ids = ", ".join(person for person, _ in people)
        lines = ", ".join(str(line) for _, line in people)
        return IssueCode.AMBIGUOUS_NAME, (("ids", ids), ("lines", lines))


def resolve_names(
    names: pd.Series, register: Register, problems: dict[str, Problem] | None = None
) -> pd.Series:
    """Map every written name to a stakeholder id, as a categorical Series (one
    category per id, so millions of log rows cost one integer each).

    A name matches a register id, name or alias case-, accent- and space-insensitively;
    other names become their own id, spelt as first written. A name that names no
    one gets the blank id ``""``, and its reason in ``problems`` (see
    :meth:`NameIndex.resolve`).
    """
    codes, uniques = pd.factorize(names)  # once per distinct name, then one take
    resolved = NameIndex.of(register).resolve(uniques, {} if problems is None else problems)
    remap, categories = pd.factorize(np.asarray([*resolved, ""], dtype=object))
    ids = pd.Categorical.from_codes(remap[codes], pd.Index(categories))  # code -1 (missing) → ""
    return pd.Series(ids, index=names.index)


def name_issues(problems: dict[str, Problem]) -> list[Issue]:
    """One issue (without a line) per written name that names no one, for tables
    that no longer have lines (aggregated ties)."""
    return [Issue(code, value=name, params=params) for name, (code, params) in problems.items()]


def assign_ids(
    cells: pd.DataFrame, log: pd.DataFrame | None, register: Register
) -> tuple[pd.DataFrame, pd.DataFrame | None, list[Issue]]:
    """The answer cells and the log with ids in place of written names, all sides
    resolved in one lookup (a name spelt two ways in two files is one person).

    A row whose rater or ratee (source or target) names no one is reported with its
    line and left out: ``UNUSABLE_NAME`` or ``AMBIGUOUS_NAME``.
    """
    sides = [(cells, "rater"), (cells, "ratee")]
    sides += [(log, "source"), (log, "target")] if log is not None else []
    coded = [pd.factorize(frame[column].fillna("")) for frame, column in sides]
    written = np.concatenate([np.asarray(u, dtype=object) for _, u in coded])
    problems: dict[str, Problem] = {}
    ids = resolve_names(pd.Series(written, dtype=object), register, problems)
    id_codes, categories = ids.cat.codes.to_numpy(), ids.cat.categories
    issues: list[Issue] = []
    left_out = {"cells": np.zeros(len(cells), bool), "log": np.zeros(_length(log), bool)}
    start = 0
    for (codes, uniques), (frame, column) in zip(coded, sides):
        named = pd.Categorical.from_codes(id_codes[start + codes], categories)
        start += len(uniques)
        if problems:  # rare: most surveys name everyone
            bad = np.isin(codes, [i for i, name in enumerate(uniques) if name in problems])
            issues += _row_issues(frame[bad], uniques[codes[bad]], column, problems)
            left_out["log" if frame is log else "cells"] |= bad
        # logs keep the categorical, ratings take plain objects
        frame[column] = named if frame is log else np.asarray(named, dtype=object)
    cells = cells[~left_out["cells"]].reset_index(drop=True)
    if log is not None:
        log = log[~left_out["log"]].reset_index(drop=True)
    return cells, log, issues


def resolve_rows(
    frame: pd.DataFrame, column: str, register: Register
) -> tuple[pd.DataFrame, list[Issue]]:
    """``frame`` with the names of ``column`` replaced by ids (as :func:`assign_ids`
    does), the rows whose name names no one reported with their line and left out."""
    problems: dict[str, Problem] = {}
    written = frame[column].fillna("").astype(str)
    ids = resolve_names(written, register, problems)
    bad = written.isin(list(problems)).to_numpy()
    issues = _row_issues(frame[bad], written[bad], column, problems) if problems else []
    named = frame.assign(**{column: np.asarray(ids, dtype=object)})
    return named[~bad].reset_index(drop=True), issues


def _length(frame: pd.DataFrame | None) -> int:
    return 0 if frame is None else len(frame)


def _row_issues(
    rows: pd.DataFrame, names: Any, column: str, problems: dict[str, Problem]
) -> list[Issue]:
    """One issue per line and name (a wide form's row holds many cells)."""
    where = pd.DataFrame(
        {"file": rows["file"].astype(str).to_numpy(), "line": rows["line"].to_numpy()}
    )
    where["name"] = np.asarray(names, dtype=object)
    issues = []
    for file, line, name in where.drop_duplicates().itertuples(index=False):
        code, params = problems[name]
        issues.append(
            Issue(code, file=file, line=int(line), column=column, value=name, params=params)
        )
    return issues
