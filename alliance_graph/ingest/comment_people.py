"""Comments put together: their authors and the people they are about named by their
ids (as the ratings name them), their objectives by the register's ids, in the survey's
waves; and every spelling of each person's name, which a shared output masks."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from alliance_graph.ingest.comments import COMMENT_COLUMNS
from alliance_graph.ingest.identity import NameIndex, Problem
from alliance_graph.ingest.people import Register
from alliance_graph.ingest.progress import objective_keys
from alliance_graph.ingest.suggest import not_in_register
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = ["settle_comments", "spellings"]


def settle_comments(
    found: list[pd.DataFrame],
    register: Register,
    stakeholders: pd.DataFrame,
    objectives: pd.DataFrame | None,
    waves: Sequence[str],
    said: Sequence[Issue] = (),
) -> tuple[pd.DataFrame | None, list[Issue]]:
    """The comments of every file (``None`` when there is none), named by ids, and the
    issues not in ``said`` already.

    An author or a person commented on is named as in the ratings (an id, a name or an
    alias of the register, or a name the ratings use); one that names several people of
    the register is ``AMBIGUOUS_NAME`` (the comment is left out), one missing from the
    register ``NOT_IN_REGISTER`` (once per name, as for the ratings). An objective is
    named by its id or wording. Comments of waves not chosen are not kept.
    """
    comments = pd.concat(found, ignore_index=True) if found else None
    if comments is None or comments.empty:
        return None, []
    comments = comments[comments["wave"].isin(list(waves))]
    names = _names(register, stakeholders)
    problems: dict[str, Problem] = {}
    raters = pd.Series(names.resolve(comments["rater"], problems), index=comments.index)
    person = comments["topic"] == "person"
    written = comments["about"].astype(str)
    about = written.copy()
    about[person] = names.resolve(written[person], problems)
    bad = comments["rater"].isin(list(problems)) | (person & written.isin(list(problems)))
    bad = bad.to_numpy()
    issues = _problems(comments[bad], person[bad], problems)
    if objectives is not None:
        keys = objective_keys(objectives)
        aims = comments["topic"] == "objective"
        about[aims] = [keys.get(fold(text), text) for text in about[aims]]
    comments = comments.assign(rater=raters, about=about)[~bad]
    comments = comments[list(COMMENT_COLUMNS)].reset_index(drop=True)
    issues += _strangers(comments, person[~bad].to_numpy(), register, said)
    return (None if comments.empty else comments), [i for i in issues if i not in said]


def spellings(
    stakeholders: pd.DataFrame, register: Register, comments: pd.DataFrame | None
) -> dict[str, tuple[str, ...]]:
    """Each person's id → every way the data names them: the id, the name and the
    register's aliases; the authors and people commented on that are nobody else
    (named only in a comment) are their own spelling.

    >>> people = pd.DataFrame({"id": ["hg"], "name": ["Hélène Garnier"]})
    >>> spellings(people, Register(), None)
    {'hg': ('hg', 'Hélène Garnier')}
    """
    frame = register.frame
    aliases = dict(zip(frame["id"].astype(str), frame["aliases"])) if register.given else {}
    found = {
        str(person): tuple(
            dict.fromkeys(s for s in (str(person), str(name), *aliases.get(str(person), ())) if s)
        )
        for person, name in zip(stakeholders["id"], stakeholders["name"])
    }
    if comments is not None:
        named = comments.loc[comments["topic"] == "person", "about"]
        for person in pd.unique(pd.concat([comments["rater"], named]).astype(str)):
            found.setdefault(person, (person,))
    return found


def _names(register: Register, stakeholders: pd.DataFrame) -> NameIndex:
    """The register's names, and the ids and names of the ratings: a name a comment
    writes as a rating does is the same person."""
    index = NameIndex.of(register)
    known = {
        fold(str(text)): str(person)
        for person, name in zip(stakeholders["id"], stakeholders["name"])
        for text in (name, person)
        if fold(str(text))
    }
    return NameIndex({**known, **index.known}, index.ambiguous)


def _problems(rows: pd.DataFrame, person: pd.Series, problems: dict[str, Problem]) -> list[Issue]:
    """One issue per line and name that names no one (as for the ratings' rows)."""
    issues: list[Issue] = []
    for file, line, rater, about, named in zip(
        rows["file"], rows["line"], rows["rater"], rows["about"], person
    ):
        for column, name in (("rater", str(rater)), ("ratee", str(about) if named else "")):
            if name in problems:
                code, params = problems[name]
                issue = Issue(
                    code, file=str(file), line=int(line), column=column, value=name, params=params
                )
                if issue not in issues:
                    issues.append(issue)
    return issues


def _strangers(
    comments: pd.DataFrame, person: Sequence[bool], register: Register, said: Sequence[Issue]
) -> list[Issue]:
    """``NOT_IN_REGISTER`` for the authors and people commented on the register does not
    have, unless the ratings named them already."""
    named = {i.value for i in said if i.code is IssueCode.NOT_IN_REGISTER}
    ratee = comments["about"].where(pd.Series(person, index=comments.index), comments["rater"])
    found = not_in_register(comments.assign(ratee=ratee), register)
    return [i for i in found if i.value not in named]
