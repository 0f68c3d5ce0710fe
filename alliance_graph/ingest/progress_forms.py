"""Progress answers in an online form export: one column per objective (DESIGN.md section 10).

A Google Forms grid titled "Progress" (or "Progrès") writes one column per objective,
``Progress [Delegate more]`` or ``Progrès : [Déléguer davantage]``; Microsoft Forms and
Typeform, one question per objective titled ``Progress: Delegate more``. On each row, such
a column holds the change its respondent sees on that objective, −3 … +3 in numbers or
words. The objective is named by its id or its wording (English or French; case, accents
and spaces aside). The answers' wave is the file's: its wave column, else the wave the
file is (named later, as its ratings are). The rest of the file (a grid of ratings, or
nothing more) is read as before, without these columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from alliance_graph.ingest import forms, schema
from alliance_graph.ingest.cells import empty_rows
from alliance_graph.ingest.headers import match_header
from alliance_graph.ingest.progress import PROGRESS_COLUMNS, check_answers, objective_keys
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.text import clean_text, fold
from alliance_graph.model import Issue, IssueCode

__all__ = ["FormProgress", "alone_issues", "progress_objective", "split_progress"]

#: The titles of a progress question, folded (``Progress``, ``Progrès``…).
_WORDS = frozenset(schema.folded_aliases("progress", "form"))
#: ``Progress [objective]``, ``Progrès : [objectif]``: a grid row between brackets.
_BRACKETED = re.compile(r"^(?P<word>[^\[\]:]+?)\s*:?\s*\[(?P<objective>[^\[\]]+)\]$")
#: ``Progress: objective``, ``Progrès - objectif``: one question per objective.
_TITLED = re.compile(r"^(?P<word>[^\[\]:]+?)\s*(?::|\s[-–—]\s)\s*(?P<objective>[^\[\]]+?)\s*\??$")
_TAG = re.compile(r"<[^>]{0,200}>")
#: Issues a row with progress answers does not have: it is neither empty nor unanswered.
_ANSWERED = frozenset({IssueCode.EMPTY_ROW, IssueCode.NO_ANSWERS})
#: Issues said once per line, though the ratings and the progress answers both find them.
_ONCE = frozenset({IssueCode.MISSING_NAME, IssueCode.MISSING_WAVE})


@dataclass
class FormProgress:
    """The progress answers of a form export (``wave`` blank when the file has no wave
    column: :attr:`waved` false), their issues, the lines that hold one (in a known
    objective's column or not), the table without the progress columns (``rest``), and
    the table as read (``raw``)."""

    raw: RawTable
    rest: RawTable
    answers: pd.DataFrame
    issues: list[Issue]
    lines: frozenset[int]
    waved: bool

    def clean(self, issues: list[Issue]) -> list[Issue]:
        """The file's issues (its ratings' and its progress answers'), without those a
        row with progress answers does not have, and each blank name or wave said once."""
        seen: set[tuple[IssueCode, int | None]] = set()
        out = []
        for issue in issues:
            if issue.code in _ANSWERED and issue.line in self.lines:
                continue
            if issue.code in _ONCE:
                if (issue.code, issue.line) in seen:
                    continue
                seen.add((issue.code, issue.line))
            out.append(issue)
        return out


def progress_objective(header: str) -> str | None:
    """The objective a form column asks the progress of, as the header names it;
    ``None`` for any other column.

    >>> progress_objective("Progrès : [Déléguer davantage]")
    'Déléguer davantage'
    >>> progress_objective("Progress: <b>Speak up</b>?"), progress_objective("Trust [Ana]")
    ('Speak up', None)
    """
    text = clean_text(_TAG.sub(" ", str(header)))
    for pattern in (_BRACKETED, _TITLED):
        match = pattern.match(text)
        if match and fold(match.group("word")) in _WORDS:
            return clean_text(match.group("objective")) or None
    return None


def split_progress(raw: RawTable, objectives: pd.DataFrame | None = None) -> FormProgress | None:
    """The progress answers of a form export with progress columns; ``None`` for a table
    without any, or without a column saying who answered (read as before: an anonymous
    form is refused whole).

    ``objectives`` is the objectives register (``None``: not given, an answer's objective
    is named as its column names it). A column naming an objective the register does
    not have is not read: each of its answers is an ``UNKNOWN_OBJECTIVE`` on its line.

    >>> frame = pd.DataFrame({"Votre nom": ["Ana", "Ben"], "Confiance [Ana]": ["", "4"],
    ...     "Progrès : [O1]": ["Beaucoup mieux", "Pas eu l'occasion d'observer"]})
    >>> form = split_progress(RawTable("f.csv", frame, "utf-8", ","))
    >>> form.answers[["rater", "objective", "progress"]].values.tolist()
    [['Ana', 'O1', 3.0]]
    >>> list(form.rest.frame.columns), [i.code.value for i in form.issues]
    (['Votre nom', 'Confiance [Ana]'], ['DONT_KNOW_ANSWERS'])
    """
    raw = forms.merge_two_header_rows(raw)
    named = {str(h): o for h in raw.frame.columns if (o := progress_objective(str(h)))}
    respondent = forms.respondent_column(list(raw.frame.columns))
    if not named or respondent is None:
        return None
    wave = next((h for h in raw.frame.columns if match_header(str(h)) == "wave"), None)
    frame = _melt(raw, named, respondent, wave)
    issues: list[Issue] = []
    keep = frame["progress"] != ""
    if objectives is not None:
        keys = objective_keys(objectives)
        ids = frame["objective"].map(lambda text: keys.get(fold(text)))
        unknown = keep & ids.isna()
        issues += [
            Issue(IssueCode.UNKNOWN_OBJECTIVE, file=raw.name, line=int(n), column=c, value=o)
            for n, c, o in zip(*(frame.loc[unknown, k] for k in ("line", "column", "objective")))
        ]
        frame["objective"] = ids.fillna("")
        keep &= ~unknown
    checked = {"rater": respondent} | ({"wave": None} if wave else {})
    answers, found = check_answers(frame, keep, checked, raw.name)
    rest = RawTable(
        raw.name,
        raw.frame.drop(columns=list(named)),
        raw.encoding,
        raw.delimiter,
        header_rows=raw.header_rows,
        issues=list(raw.issues),
    )
    lines = frozenset(int(n) for n in frame.loc[frame["progress"] != "", "line"])
    return FormProgress(raw, rest, answers, issues + found, lines, wave is not None)


def alone_issues(form: FormProgress) -> list[Issue]:
    """The issues of a form export that asks about progress alone: its empty rows, the
    rows of a respondent without any answer, and the columns not read."""
    frame, raw = form.rest.frame, form.raw
    respondent = forms.respondent_column(list(frame.columns))
    issues = empty_rows(raw)
    filled = (raw.frame != "").any(axis=1)
    lines = raw.frame.index + raw.first_line
    issues += [
        Issue(IssueCode.NO_ANSWERS, file=raw.name, line=int(n), value=rater or None)
        for n, rater, row in zip(lines, frame[respondent], filled)
        if row and int(n) not in form.lines
    ]
    comments = forms.person_comments(frame.columns, set(frame[respondent]))
    issues += [
        Issue(IssueCode.UNUSED_COLUMN, file=raw.name, line=1, column=h)
        for h in frame.columns
        if h != respondent
        and not forms.is_meta(h)
        and match_header(str(h)) is None
        and h not in comments
        and (frame[h] != "").any()
    ]
    return issues


def _melt(raw: RawTable, named: dict[str, str], respondent: str, wave: str | None) -> pd.DataFrame:
    """One row per progress cell: the respondent, the objective as named, the answer."""
    frame = raw.frame
    base = {
        "wave": frame[wave].str.strip() if wave else "",
        "rater": frame[respondent],
        "comment": "",
        "file": raw.name,
        "line": frame.index + raw.first_line,
    }
    parts = [
        pd.DataFrame(base | {"objective": text, "progress": frame[header].str.strip()}).assign(
            column=header
        )
        for header, text in named.items()
    ]
    return pd.concat(parts, ignore_index=True)[[*PROGRESS_COLUMNS, "column"]]
