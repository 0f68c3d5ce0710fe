"""Wide exports of online forms: one row per respondent, one column per question and person.

Handles Google Forms grids (``Question [Person]``), SurveyMonkey's two header rows,
Microsoft Forms and Typeform columns whose title names the person (HTML tags removed).
Columns about an objective's progress (``Progress [objective]``) are taken out before, by
:mod:`~alliance_graph.ingest.progress_forms`.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import pandas as pd

from alliance_graph.ingest import schema
from alliance_graph.ingest.cells import Parsed, finish_cells, person_attributes
from alliance_graph.ingest.comment_headers import comment_question
from alliance_graph.ingest.headers import dimension_of
from alliance_graph.ingest.read import RawTable, is_unnamed
from alliance_graph.ingest.text import clean_text, fold
from alliance_graph.model import Issue, IssueCode

__all__ = [
    "is_anonymous",
    "is_meta",
    "merge_two_header_rows",
    "parse_wide",
    "person_comments",
    "respondent_column",
    "split_question",
]

_BRACKET = re.compile(r"^(?P<question>.*?)\s*\[(?P<person>[^\[\]]+)\]\s*$")
# the form's own columns, folded, from the input schema
_RESPONDENT = schema.folded_aliases("respondent", "form")  # in order of preference
_RESPONDENT_PARTS = tuple(fold(w) for w in schema.column("respondent", "form").contains)
_EMAIL = schema.folded_aliases("email", "form")
_META = frozenset({*schema.folded_aliases("meta", "form"), *_EMAIL})
_SUB_SKIP = schema.FORM_SUBHEADER_KEYS
_TWO_ROWS = fold(schema.TWO_ROW_MARKER)


def merge_two_header_rows(raw: RawTable) -> RawTable:
    """SurveyMonkey writes the question on line 1 and the person on line 2: join them."""
    headers = [fold(h) for h in raw.frame.columns]
    if _TWO_ROWS not in headers or raw.frame.empty:
        return raw
    if raw.frame.iloc[0, headers.index(_TWO_ROWS)]:  # a respondent, not a second header
        return raw
    subs = list(raw.frame.iloc[0])
    merged, question = [], ""
    for header, sub in zip(raw.frame.columns, subs):
        named = not is_unnamed(str(header))
        if named:
            question = str(header)
        sub_key = fold(sub)
        if sub and sub_key not in _SUB_SKIP and question and question != sub:
            merged.append(f"{question} [{sub}]")
        else:
            merged.append(str(header))
    frame = raw.frame.iloc[1:].reset_index(drop=True)
    frame.columns = pd.Index(merged)
    return RawTable(
        raw.name, frame, raw.encoding, raw.delimiter, header_rows=2, issues=list(raw.issues)
    )


def split_question(header: str, known_names: Collection[str]) -> tuple[str, str] | None:
    """``"Trust [Alice]"`` → ``("Trust", "Alice")``; also a known name inside the title.

    >>> split_question("Ma confiance envers cette personne [Paul Roux]", ())
    ('Ma confiance envers cette personne', 'Paul Roux')
    >>> split_question("How much do you trust <b>Léa Petit</b>?", ["Léa Petit"])
    ('How much do you trust ?', 'Léa Petit')
    """
    match = _BRACKET.match(str(header))
    if match and match.group("question").strip():
        return clean_text(match.group("question")), clean_text(match.group("person"))
    key = f" {fold(header)} "
    for name in sorted(known_names, key=len, reverse=True):
        folded = fold(name)
        if folded and f" {folded} " in key:
            question = clean_text(key.replace(f" {folded} ", " ")).strip()
            plain = re.sub(r"<[^>]*>", "", str(header))
            found = re.search(re.escape(name), plain, flags=re.IGNORECASE)
            if found:
                question = clean_text(plain[: found.start()] + plain[found.end() :])
            return question, clean_text(name)
    return None


def parse_wide(
    raw: RawTable, fields: dict[str, str | None], known_names: Collection[str]
) -> Parsed | None:
    """Melt a form export to cells, or ``None`` when the table is not one."""
    respondent = respondent_column(raw.frame.columns)
    names = set(known_names)
    if respondent is not None:
        names |= {v for v in raw.frame[respondent] if v}
    questions = _questions(raw, fields, names, respondent)
    if respondent is None or not questions:
        return None
    frame = raw.frame
    base = pd.DataFrame({"rater": frame[respondent], "line": frame.index + raw.first_line})
    for name in ("wave", "date"):
        source = next((h for h, f in fields.items() if f == name), None)
        base[name] = frame[source] if source else ""
    for key, series in person_attributes(raw, fields, "rater").items():
        base[key] = series
    cells = pd.concat(
        [
            base.assign(
                ratee=person,
                dimension=dimension_of(question) or fold(question),
                answer=frame[header],
                column=header,
            )
            for header, (question, person) in questions.items()
        ],
        ignore_index=True,
    )
    used = set(questions) | {respondent} | {h for h, f in fields.items() if f}
    used |= set(person_comments(frame.columns, names))  # read as comments
    issues = [
        Issue(IssueCode.UNUSED_COLUMN, file=raw.name, line=1, column=h)
        for h in frame.columns
        if h not in used and not is_meta(h) and (frame[h] != "").any()
    ]
    return finish_cells(
        raw,
        cells,
        "wide",
        issues,
        empty_code=IssueCode.NO_ANSWERS,
        name_columns=(respondent, "ratee"),
    )


def is_anonymous(
    raw: RawTable, fields: dict[str, str | None], known_names: Collection[str]
) -> bool:
    """Whether the table is a form export with questions about people (``Trust [Alice]``)
    but no column saying who answered: an anonymous form."""
    if respondent_column(raw.frame.columns) is not None:
        return False
    return bool(_questions(raw, fields, set(known_names), None))


def _questions(
    raw: RawTable, fields: dict[str, str | None], names: set[str], respondent: str | None
) -> dict[str, tuple[str, str]]:
    """Header → (question, person) of each column that asks about a person."""
    questions = {}
    for header in raw.frame.columns:
        if header == respondent or fields.get(header) or is_meta(header):
            continue
        split = split_question(header, names)
        # a bare name is a matrix column, not a question; a comment is no rating
        if split is not None and split[0] and not comment_question(split[0]):
            questions[header] = split
    return questions


def person_comments(headers: Collection[str], names: Collection[str]) -> dict[str, str]:
    """Header → person of each column that asks for a comment on one person
    (``Comments [Ana]``, ``Comment about Ana`` when Ana is a known name).

    >>> person_comments(["Trust [Ana]", "Commentaires [Ana]", "Un mot ?"], ())
    {'Commentaires [Ana]': 'Ana'}
    """
    found = {}
    for header in headers:
        split = split_question(str(header), names)
        if split is not None and split[0] and comment_question(split[0]):
            found[str(header)] = split[1]
    return found


def is_meta(header: str) -> bool:
    """Whether a column is form metadata (timestamp, respondent ID, e-mail, ``#`` …)."""
    return fold(header) in _META and not is_unnamed(header)


def respondent_column(headers: Collection[str]) -> str | None:
    """The column saying who answered: a name column of the form, else a header that
    contains "your name", else an e-mail column; ``None`` for an anonymous form."""
    folded = {h: fold(h) for h in headers}
    for alias in _RESPONDENT:
        for header, key in folded.items():
            if key == alias:
                return header
    for header, key in folded.items():
        if any(part in key for part in _RESPONDENT_PARTS):
            return header
    for header, key in folded.items():
        if key in _EMAIL:
            return header
    return None
