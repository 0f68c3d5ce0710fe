"""Progress answers: each stakeholder's view of the change on each objective, per wave.

A table ``wave, rater, objective, progress`` (+ ``comment``), headers in English or French
(:mod:`~alliance_graph.ingest.schema`). ``progress`` is −3 (much worse) … +3 (much better),
written as a number (``+2``, ``−1``) or in words (``much better``, ``pas de changement``);
"don't know" and "no opportunity to observe" are no answer. Every row is used or
reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import PurePath

import pandas as pd

from alliance_graph.ingest.cells import dont_know_issues
from alliance_graph.ingest.objectives import parse_progress_number
from alliance_graph.ingest.read import RawTable
from alliance_graph.ingest.schema import header_columns, missing_column, needed_columns
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "PROGRESS_COLUMNS",
    "check_answers",
    "check_objectives",
    "looks_like_progress",
    "not_rated",
    "objective_keys",
    "once_each",
    "parse_progress",
    "progress_value",
]

#: The columns of the canonical progress table, in order.
PROGRESS_COLUMNS = ("wave", "rater", "objective", "progress", "comment", "file", "line")
#: Words for the points of the scale, folded (English and French).
_WORDS = {
    **dict.fromkeys(("much worse", "beaucoup moins bien", "bien pire", "nettement moins bien"), -3),
    **dict.fromkeys(("worse", "moins bien", "pire"), -2),
    **dict.fromkeys(
        ("slightly worse", "a little worse", "un peu moins bien", "legerement moins bien"), -1
    ),
    **dict.fromkeys(
        ("no change", "same", "unchanged", "pas de changement", "aucun changement", "inchange"),
        0,
    ),
    **dict.fromkeys(("slightly better", "a little better", "un peu mieux", "legerement mieux"), 1),
    **dict.fromkeys(("better", "mieux"), 2),
    **dict.fromkeys(("much better", "beaucoup mieux", "nettement mieux", "bien mieux"), 3),
}
#: Answers that say "I cannot tell" (folded): no answer, not an error.
_NOT_RATED = frozenset(
    {
        "don't know", "dont know", "do not know", "no opportunity to observe", "not observed",
        "n a", "na", "je ne sais pas", "ne sait pas", "nsp", "pas eu l'occasion d'observer",
        "pas l'occasion d'observer", "pas d'occasion d'observer", "pas observe", "sans objet",
    }
)  # fmt: skip
_LEADING_NUMBER = re.compile(r"^\s*([+−–-]?\s*\d+(?:[.,]\d+)?)\b")
#: The code of a blank cell beside an answer, in a column other than the rater's.
_BLANK = {"wave": IssueCode.MISSING_WAVE, "objective": IssueCode.UNKNOWN_OBJECTIVE}


def looks_like_progress(headers: Sequence[str]) -> bool:
    """Whether a table's headers name progress answers: an objective and a progress."""
    return {"objective", "progress"} <= set(header_columns("progress", headers))


def parse_progress(raw: RawTable) -> tuple[pd.DataFrame, list[Issue]]:
    """The answers of ``raw`` (rows without an answer left out silently, rows with one
    that cannot be read reported and left out), and the issues.

    >>> raw = RawTable("progress.csv", pd.DataFrame({"Vague": ["T2", "T2", "T2"],
    ...     "Répondant": ["ana", "ben", "cy"], "Objectif": ["1", "1", "1"],
    ...     "Progrès": ["+2", "beaucoup mieux", "je ne sais pas"]}), "utf-8", ",")
    >>> table, issues = parse_progress(raw)
    >>> table[["rater", "objective", "progress"]].values.tolist()
    [['ana', '1', 2.0], ['ben', '1', 3.0]]
    >>> [issue.code.value for issue in issues]  # "je ne sais pas": no answer, and said so
    ['DONT_KNOW_ANSWERS']
    """
    column = header_columns("progress", raw.frame.columns)
    needed = needed_columns("progress", column)
    if needed:
        return _empty(), [missing_column(raw.name, raw.frame.columns, needed)]
    frame = pd.DataFrame(
        {name: raw.frame[column[name]].str.strip() if name in column else "" for name in column}
    )
    frame = frame.reindex(columns=list(PROGRESS_COLUMNS[:-2]), fill_value="")
    frame["file"], frame["line"] = raw.name, raw.frame.index + raw.first_line
    frame["column"] = column["progress"]
    keep = ~(raw.frame == "").all(axis=1)
    named = {name: column[name] for name in ("wave", "rater", "objective")}
    return check_answers(frame, keep, named, raw.name)


def check_answers(
    frame: pd.DataFrame, keep: pd.Series, named: Mapping[str, str | None], file: str
) -> tuple[pd.DataFrame, list[Issue]]:
    """The answers among the rows ``keep`` of ``frame`` that can be counted, as
    :data:`PROGRESS_COLUMNS`, and the issues of the others.

    ``frame`` has :data:`PROGRESS_COLUMNS` (``progress`` as written) and ``column``, the
    header each answer comes from. ``named`` maps ``wave``, ``rater`` and ``objective``
    to the header named when that cell is blank beside an answer (once per line); a
    column not in ``named`` is not checked. An answer that says "don't know" is no
    answer, and said so once per column (``DONT_KNOW_ANSWERS``).
    """
    issues: list[Issue] = []
    for name, header in named.items():
        gap = keep & (frame[name] == "") & (frame["progress"] != "")
        code = IssueCode.MISSING_NAME if name == "rater" else _BLANK[name]
        issues += [
            Issue(code, file=file, line=int(n), column=header)
            for n in pd.unique(frame.loc[gap, "line"])
        ]
        keep = keep & ~gap
    unsure = keep & frame["progress"].map(not_rated)
    said = frame.loc[unsure, ["column", "line"]].assign(answer=frame.loc[unsure, "progress"])
    issues += dont_know_issues(file, said)  # counted as no answer, and said so
    values = [
        progress_value(text, file, int(line), issues, str(column)) if ok else None
        for text, line, column, ok in zip(frame["progress"], frame["line"], frame["column"], keep)
    ]
    frame = frame.assign(progress=pd.Series(values, index=frame.index, dtype=float))
    kept = frame[keep & frame["progress"].notna()]
    return kept[list(PROGRESS_COLUMNS)].reset_index(drop=True), issues


def not_rated(text: str) -> bool:
    """Whether an answer says "I cannot tell": no answer, not an error.

    >>> not_rated("Pas eu l'occasion d'observer"), not_rated("No opportunity to observe")
    (True, True)
    """
    return fold(text) in _NOT_RATED


def objective_keys(objectives: pd.DataFrame) -> dict[str, str]:
    """Each way an answer may name an objective of the register, folded (case, accents
    and spaces aside) → its id: the id, or its wording in any language kept; an id
    wins over a wording that reads the same.

    >>> table = pd.DataFrame({"id": ["1"], "objective": ["Déléguer davantage"],
    ...                       "objective_fr": [None], "objective_en": ["Delegate more"]})
    >>> objective_keys(table)
    {'delegate more': '1', 'deleguer davantage': '1', '1': '1'}
    """
    keys: dict[str, str] = {}
    for name in ("objective_en", "objective_fr", "objective"):
        for text, key in zip(objectives[name], objectives["id"]):
            if isinstance(text, str) and fold(text):
                keys[fold(text)] = str(key)
    keys.update({fold(str(key)): str(key) for key in objectives["id"]})
    return keys


def check_objectives(
    progress: pd.DataFrame, objectives: pd.DataFrame
) -> tuple[pd.DataFrame, list[Issue]]:
    """The answers about an objective of the register (its id as the register writes
    it, or named by its wording); the others reported (``UNKNOWN_OBJECTIVE``) and left
    out."""
    known = objective_keys(objectives)
    ids = progress["objective"].map(lambda v: known.get(fold(str(v))))
    unknown = ids.isna()
    issues = [
        Issue(IssueCode.UNKNOWN_OBJECTIVE, file=str(f), line=int(n), column="objective",
              value=str(v))
        for f, n, v in zip(progress.loc[unknown, "file"], progress.loc[unknown, "line"],
                           progress.loc[unknown, "objective"])
    ]  # fmt: skip
    kept = progress.assign(objective=ids)[~unknown].reset_index(drop=True)
    return kept, issues


def once_each(progress: pd.DataFrame) -> tuple[pd.DataFrame, list[Issue]]:
    """Each rater's answer on an objective in a wave, once: the same answer again is
    counted once (``DUPLICATE_PROGRESS``), a different one is ``PROGRESS_TWICE`` (the
    later row left out: which one holds is the coach's call)."""
    key = ["wave", "rater", "objective"]
    repeated = progress.duplicated(key, keep="first").to_numpy()
    if not repeated.any():
        return progress, []
    firsts = progress[~repeated].set_index(key)
    issues = []
    for row in progress[repeated].itertuples(index=False):  # only the repeated rows
        first = firsts.loc[(row.wave, row.rater, row.objective)]
        where = {"other_file": PurePath(str(first["file"])).name, "other_line": int(first["line"])}
        if first["progress"] == row.progress:
            code, params = IssueCode.DUPLICATE_PROGRESS, where
        else:
            said = {"rater": row.rater, "objective": row.objective, "wave": row.wave}
            code, params = (
                IssueCode.PROGRESS_TWICE,
                {**said, **where, "other": _signed(first["progress"])},
            )
        issues.append(
            Issue(code, file=str(row.file), line=int(row.line), column="progress",
                  value=_signed(row.progress), params=tuple(params.items()))
        )  # fmt: skip
    return progress[~repeated].reset_index(drop=True), issues


def _signed(value: float) -> str:
    return f"{value:+g}"


def progress_value(
    text: str, file: str, line: int, issues: list[Issue], column: str = "progress"
) -> float | None:
    """One answer as a number from −3 to +3: a number, a number followed by words, or
    the words of the scale; ``None`` for a blank or "don't know" (no issue) and for an
    answer that cannot be read (reported in ``issues``, on ``line`` and ``column``).

    >>> found = []
    >>> progress_value("Un peu moins bien", "f.csv", 2, found)
    -1.0
    >>> progress_value("+2 (better)", "f.csv", 3, found)
    2.0
    >>> progress_value("+5", "f.csv", 4, found), [i.code.value for i in found]
    (None, ['PROGRESS_OUT_OF_RANGE'])
    """
    if text == "" or not_rated(text):
        return None
    value: float | None = _WORDS.get(fold(text))
    if value is None:
        number = _LEADING_NUMBER.match(text)
        value = parse_progress_number(number.group(1).replace(" ", "")) if number else None
    if value is None or not -3 <= value <= 3:
        code = IssueCode.PROGRESS_NOT_A_NUMBER if value is None else IssueCode.PROGRESS_OUT_OF_RANGE
        issues.append(Issue(code, file=file, line=line, column=column, value=text))
        return None
    return float(value)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PROGRESS_COLUMNS})
