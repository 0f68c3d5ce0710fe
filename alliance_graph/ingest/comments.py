"""Comments: the free text respondents add, read from the files that hold answers.

A comment is kept with its wave, its author (``rater``, as written until
:mod:`~alliance_graph.ingest.comment_people` names them by their ids) and what it is about
(``topic``): a person (``about`` their name), an objective (``about`` its id or wording),
or the survey as a whole (``topic`` and ``about`` blank). Where they come from
(:mod:`~alliance_graph.ingest.comment_headers` says which columns are comments):

- a long table's comment column: each row's comment is about that row's ratee (about
  the survey as a whole when the ratee is blank);
- a form export's comment column (``Un mot ?``) is about the survey as a whole; its
  ``Comments [Ana]`` columns are about Ana;
- a matrix's comment column is about the survey as a whole;
- a progress table's ``comment`` column is about that row's objective.

A row whose only content is a comment is used: the issue that would call it a row
without answers (``MISSING_SCORE``, ``NO_ANSWERS``) is not raised for it. A comment
written ``'=…`` (``'`` before ``=``, ``+``, ``-`` or ``@``, as a file is made safe for a
spreadsheet, the answers collected by the web app among them) is read without its ``'``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import pandas as pd

from alliance_graph.ingest import forms
from alliance_graph.ingest.comment_headers import is_comment
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.schema import header_columns, needed_columns
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "COMMENT_COLUMNS",
    "empty_comments",
    "file_comments",
    "has_wave_column",
    "progress_comments",
    "without_unanswered",
]

#: The columns of the comments table, in order: ``topic`` is ``person``, ``objective``
#: or blank (the survey as a whole), ``about`` the person or objective it names.
COMMENT_COLUMNS = ("wave", "rater", "topic", "about", "text", "file", "line")
#: Issues that call a row one without answers: not said of a row that holds a comment.
_UNANSWERED = frozenset({IssueCode.MISSING_SCORE, IssueCode.NO_ANSWERS})
#: The ``'`` that keeps a spreadsheet from running a comment as a formula
#: (:func:`~alliance_graph.safe_text.safe_cell`; its carriage return is written ``\n``).
_FORMULA_GUARD = re.compile(r"^'(?=[=+\-@\t\r\n])")


def empty_comments() -> pd.DataFrame:
    """A comments table without rows."""
    return pd.DataFrame({c: pd.Series(dtype=object) for c in COMMENT_COLUMNS})


def has_wave_column(raw: RawTable) -> bool:
    """Whether a ratings table says each row's wave (else the file is one wave)."""
    return any(match_header(str(h)) == "wave" for h in raw.frame.columns)


def file_comments(
    raw: RawTable, shape: str, known_names: Collection[str] = ()
) -> tuple[pd.DataFrame, list[Issue]]:
    """The comments of a ratings table read as ``shape`` (``long``, ``wide`` or
    ``matrix``), and a ``MISSING_NAME`` for each comment without its author, a
    ``MISSING_WAVE`` for each without its wave in a table with a wave column (both
    left out). ``wave`` is blank when the table has no wave column.

    >>> frame = pd.DataFrame({"rater": ["Ana", "Ben", ""], "ratee": ["Ben", "", "Ana"],
    ...     "score": ["4", "", "3"], "Commentaire": ["<b>Top</b>", "Bonne ambiance", "Hm"]})
    >>> found, issues = file_comments(RawTable("f.csv", frame, "utf-8", ","), "long")
    >>> found[["rater", "topic", "about", "text", "line"]].values.tolist()
    [['Ana', 'person', 'Ben', '<b>Top</b>', 2], ['Ben', '', '', 'Bonne ambiance', 3]]
    >>> [(i.code.value, i.line, i.column) for i in issues]
    [('MISSING_NAME', 4, 'rater')]
    """
    raw = forms.merge_two_header_rows(raw)
    frame = raw.frame
    fields = {str(h): match_header(str(h)) for h in frame.columns}
    rater, ratee = _authors(raw, shape, fields)
    if rater is None:
        return empty_comments(), []
    wave = next((h for h, f in fields.items() if f == "wave"), None)
    base = pd.DataFrame(
        {
            "wave": frame[wave] if wave else "",
            "rater": frame[rater],
            "file": raw.name,
            "line": frame.index + raw.first_line,
        }
    )
    parts = []
    for header in (h for h in frame.columns if is_comment(h)):
        about = frame[ratee] if ratee else pd.Series("", index=frame.index)
        topic = about.where(about == "", "person")
        parts.append(base.assign(topic=topic, about=about, text=frame[header]))
    if shape == "wide":
        names = set(known_names) | {v for v in frame[rater] if v}
        for header, person in forms.person_comments(frame.columns, names).items():
            parts.append(base.assign(topic="person", about=person, text=frame[header]))
    found, issues = _written(parts, raw.name, rater)
    if wave is None:
        return found, issues
    blank = found["wave"] == ""
    issues += [
        Issue(IssueCode.MISSING_WAVE, file=raw.name, line=int(n))
        for n in sorted(set(found.loc[blank, "line"]))
    ]
    return found[~blank].reset_index(drop=True), issues


def progress_comments(raw: RawTable) -> pd.DataFrame:
    """The comments of a table of progress answers (its ``comment`` column), each about
    its row's objective; none when the table cannot be read (its issues say why)."""
    column = header_columns("progress", raw.frame.columns)
    if "comment" not in column or needed_columns("progress", column):
        return empty_comments()
    frame = raw.frame
    base = pd.DataFrame(
        {
            "wave": frame[column["wave"]],
            "rater": frame[column["rater"]],
            "topic": "objective",
            "about": frame[column["objective"]],
            "text": frame[column["comment"]],
            "file": raw.name,
            "line": frame.index + raw.first_line,
        }
    )
    found, _ = _written([base], raw.name, column["rater"])
    return found


def without_unanswered(issues: Iterable[Issue], comments: pd.DataFrame) -> list[Issue]:
    """``issues`` without those that call a row holding a comment a row without answers."""
    lines = {(str(f), int(n)) for f, n in zip(comments["file"], comments["line"])}
    return [
        i for i in issues if not (i.code in _UNANSWERED and (str(i.file), i.line or 0) in lines)
    ]


def _authors(
    raw: RawTable, shape: str, fields: dict[str, str | None]
) -> tuple[str | None, str | None]:
    """The headers of the author and (in a long table) of the person rated."""
    first = {name: header for header, name in reversed(fields.items()) if name}
    if shape == "long":
        return first.get("rater"), first.get("ratee")
    if shape == "wide":
        return forms.respondent_column([str(h) for h in raw.frame.columns]), None
    if shape == "matrix" and len(raw.frame.columns):
        return str(raw.frame.columns[0]), None
    return None, None


def _written(parts: list[pd.DataFrame], file: str, rater: str) -> tuple[pd.DataFrame, list[Issue]]:
    """The comments of ``parts`` that say something, and a ``MISSING_NAME`` for each line
    whose comment has no author (left out)."""
    if not parts:
        return empty_comments(), []
    found = pd.concat(parts, ignore_index=True)
    found = found[found["text"].astype(str).str.strip() != ""]
    nameless = found["rater"] == ""
    issues = [
        Issue(IssueCode.MISSING_NAME, file=file, line=int(n), column=rater)
        for n in sorted(set(found.loc[nameless, "line"]))
    ]
    kept = found[~nameless].sort_values("line", kind="stable")
    kept = kept.assign(text=kept["text"].astype(str).str.replace(_FORMULA_GUARD, "", regex=True))
    return kept[list(COMMENT_COLUMNS)].reset_index(drop=True), issues
