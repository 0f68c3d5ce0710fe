"""Other spellings of a register person's name: the register's aliases column.

A coach accepts a correction ("Karim" is Karim Ouali) by adding the spelling to the
person's aliases, without editing the answers. An alias never merges two people: one
that already names someone else is an error and is not used.
"""

from __future__ import annotations

import pandas as pd

from alliance_graph.ingest.text import fold, person_text
from alliance_graph.model import Issue, IssueCode

__all__ = ["ALIAS_SEPARATOR", "check_aliases", "split_aliases"]

#: Several aliases in one cell are separated by this character.
ALIAS_SEPARATOR = ";"


def split_aliases(cell: str) -> tuple[str, ...]:
    """The aliases written in one cell, cleaned, in order, each once.

    >>> split_aliases(" Karim ; K. Ouali;;karim ")
    ('Karim', 'K. Ouali')
    """
    found: dict[str, str] = {}
    for part in str(cell).split(ALIAS_SEPARATOR):
        text = person_text(part)
        if text:
            found.setdefault(fold(text) or text, text)
    return tuple(found.values())


def check_aliases(frame: pd.DataFrame, file: str, column: str) -> tuple[pd.DataFrame, list[Issue]]:
    """The register with ``aliases`` as a tuple of usable spellings per person, and the
    issues of the others.

    ``frame`` has ``id, name, line`` and ``aliases`` (the cell as written). An alias is
    compared as names are (case, accents and spaces aside). One that is the person's
    own id or name is dropped (it changes nothing); one with nothing left once cleaned
    is ``UNUSABLE_NAME``; one that is another person's id, name or alias is
    ``ALIAS_COLLISION``, named on the line of the person it was given to (for an alias
    given twice, on the second line), and is used for no one. ``column`` is the file's
    aliases header.
    """
    rows = frame[["id", "name", "line"]].assign(alias=frame["aliases"].map(split_aliases))
    rows = rows.explode("alias").dropna(subset=["alias"])
    rows = rows.assign(key=rows["alias"].map(fold)).reset_index(drop=True)
    blank = rows["key"] == ""
    issues = [
        Issue(IssueCode.UNUSABLE_NAME, file=file, line=int(line), column=column, value=alias)
        for line, alias in zip(rows.loc[blank, "line"], rows.loc[blank, "alias"])
    ]
    holders = rows[~blank].merge(_own_keys(frame), on="key", how="left")
    mine = holders.loc[holders["other_id"] == holders["id"], ["key", "id"]]
    holders = _without(holders, mine)
    clash = holders[holders["other_id"].notna()].drop_duplicates(["key", "id"])
    rows = _without(rows[~blank], mine).drop_duplicates(["key", "id"])
    twice = rows[rows["key"].duplicated(keep="first") & ~rows["key"].isin(clash["key"])]
    firsts = rows.drop_duplicates("key").set_index("key")
    twice = twice.assign(
        other_name=twice["key"].map(firsts["name"]), other_line=twice["key"].map(firsts["line"])
    )
    for found in (clash, twice):
        issues += [
            _collision(file, column, r.line, r.alias, r.name, r.other_name, r.other_line)
            for r in found.itertuples(index=False)
        ]
    rows = rows[~rows["key"].isin(set(clash["key"]) | set(twice["key"]))]
    kept = rows.groupby("id", sort=False)["alias"].agg(tuple)
    aliases = frame["id"].map(kept).map(lambda v: v if isinstance(v, tuple) else ())
    return frame.assign(aliases=aliases), issues


def _own_keys(frame: pd.DataFrame) -> pd.DataFrame:
    """Every folded id and name of the register, with its person (``other_…``)."""
    parts = [
        frame[["id", "name", "line"]].assign(key=frame[source].map(fold))
        for source in ("id", "name")
    ]
    keys = pd.concat(parts, ignore_index=True).drop_duplicates(["key", "id"])
    keys = keys[keys["key"] != ""]
    return keys.rename(columns={"id": "other_id", "name": "other_name", "line": "other_line"})


def _without(rows: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    """``rows`` but those whose ``(key, id)`` is one of ``pairs``."""
    index = pd.MultiIndex.from_frame(rows[["key", "id"]])
    return rows[~index.isin(pd.MultiIndex.from_frame(pairs[["key", "id"]]))]


def _collision(
    file: str, column: str, line: int, alias: str, name: str, other: str, other_line: int
) -> Issue:
    params = (("name", name), ("other", other), ("other_line", int(other_line)))
    return Issue(
        IssueCode.ALIAS_COLLISION,
        file=file,
        line=int(line),
        column=column,
        value=alias,
        params=params,
    )
