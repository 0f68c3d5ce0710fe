"""Progress answers: each stakeholder's view of the change on each objective, per wave.

A table ``wave, rater, objective, progress`` (+ ``comment``), headers in English or French
(:mod:`~alliance_graph.ingest.schema`). ``progress`` is −3 (much worse) … +3 (much better),
written as a number (``+2``, ``−1``) or in words (``much better``, ``pas de changement``);
"don't know" and "no opportunity to observe" are no answer. Every row is used or
reported with its line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    "check_objectives",
    "looks_like_progress",
    "once_each",
    "parse_progress",
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
    issues: list[Issue] = []
    blank = (raw.frame == "").all(axis=1)
    keep = ~blank
    for name in ("wave", "rater", "objective"):
        gap = keep & (frame[name] == "") & (frame["progress"] != "")
        issues += [
            Issue(IssueCode.MISSING_NAME if name == "rater" else _BLANK[name], file=raw.name,
                  line=int(n), column=name)
            for n in frame.loc[gap, "line"]
        ]  # fmt: skip
        keep &= ~gap
    unsure = keep & frame["progress"].map(lambda text: fold(text) in _NOT_RATED)
    said = pd.DataFrame({"column": column["progress"], "line": frame.loc[unsure, "line"],
                         "answer": frame.loc[unsure, "progress"]})  # fmt: skip
    issues += dont_know_issues(raw.name, said)  # counted as no answer, and said so
    values = [_value(text, raw.name, int(line), issues) if ok else None
              for text, line, ok in zip(frame["progress"], frame["line"], keep)]  # fmt: skip
    frame["progress"] = pd.Series(values, index=frame.index, dtype=float)
    keep &= frame["progress"].notna()
    return frame[keep].reset_index(drop=True), issues


#: The code of a blank cell in a column other than the rater's.
_BLANK = {"wave": IssueCode.MISSING_WAVE, "objective": IssueCode.UNKNOWN_OBJECTIVE}


def check_objectives(
    progress: pd.DataFrame, objectives: pd.DataFrame
) -> tuple[pd.DataFrame, list[Issue]]:
    """The answers about an objective of the register (its id as the register writes
    it); the others reported (``UNKNOWN_OBJECTIVE``) and left out."""
    known = {fold(str(k)): str(k) for k in objectives["id"]}
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


def _value(text: str, file: str, line: int, issues: list[Issue]) -> float | None:
    """One answer: a number, words of the scale, or "don't know" (``None``, no issue)."""
    if text == "" or fold(text) in _NOT_RATED:
        return None
    value: float | None = _WORDS.get(fold(text))
    if value is None:
        number = _LEADING_NUMBER.match(text)
        value = parse_progress_number(number.group(1).replace(" ", "")) if number else None
    if value is None:
        issues.append(
            Issue(IssueCode.PROGRESS_NOT_A_NUMBER, file=file, line=line, column="progress",
                  value=text)
        )  # fmt: skip
        return None
    if not -3 <= value <= 3:
        issues.append(
            Issue(IssueCode.PROGRESS_OUT_OF_RANGE, file=file, line=line, column="progress",
                  value=text)
        )  # fmt: skip
        return None
    return float(value)


def _empty() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in PROGRESS_COLUMNS})
