"""One returned workbook read back (its layout: :mod:`.workbook`): whose it is, from its
identity cells and their check code, never from a name typed in a sheet; then the
answers in its cells, each checked against the campaign."""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from alliance_graph.campaigns.answers import COMMENT_LIMIT, DONT_KNOW, Answers, consent_missing
from alliance_graph.campaigns.model import Campaign, Person, Respondent, asked_objectives
from alliance_graph.campaigns.wording import PROGRESS_POINTS, progress_label
from alliance_graph.campaigns.workbook import (
    AGREED,
    CHECK_SHEET,
    COMMENT,
    FORMAT,
    IDENTITY,
    NAMED,
    person_code,
    survey_code,
)
from alliance_graph.campaigns.workbook_cells import FIRST_ROW
from alliance_graph.i18n import LANGUAGES, translate
from alliance_graph.ingest.text import fold

__all__ = ["BookProblem", "Rows", "read_book"]

#: A sheet's cell values, rows from row 1, cells from column A.
Rows = list[list[Any]]
_NUMBER = re.compile(r"[+\-−]?\d+(?:[.,]0+)?")
_FIRST_DIMENSION = 3  # column D, counted from 0
_PROGRESS = 2  # column C


@dataclass(frozen=True)
class BookProblem:
    """Why a returned workbook is refused: ``code`` (worded as
    ``web.offline.problem.<code>``) and its parameters (``sheet``, ``cell``, ``row``,
    ``value``…)."""

    code: str
    params: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, **params: Any) -> BookProblem:
        return cls(code, tuple(params.items()))


def read_book(
    campaign: Campaign, respondents: Mapping[str, Respondent], sheets: Mapping[str, Rows]
) -> tuple[Respondent, Answers] | list[BookProblem]:
    """Whose workbook ``sheets`` (cell values by sheet name) is, and their answers; or
    the problems that refuse it: whose it is cannot be trusted, or cells whose values
    the campaign does not take, or consent not given."""
    check = {str(r[0]): _text(r[1]) for r in sheets.get(CHECK_SHEET, []) if len(r) > 1}
    names = {k.removeprefix("sheet."): v for k, v in check.items() if k.startswith("sheet.")}
    if check.get("format") != FORMAT or not {"intro", "answers", "consent"} <= set(names):
        return [BookProblem.of("not_ours")]
    intro = sheets.get(names["intro"], [])
    said = {key: _text(_cell(intro, row - 1, 1)) for key, row in IDENTITY.items()}
    if not _same(check.get("survey", ""), survey_code(campaign)):
        return [BookProblem.of("other_survey", wave=said["wave"])]
    code = person_code(campaign, said["person"], said["name"], said["wave"])
    respondent = respondents.get(said["person"])
    if not _same(check.get("code", ""), code) or respondent is None:
        first, last = min(IDENTITY.values()), max(IDENTITY.values())
        return [BookProblem.of("identity_changed", sheet=names["intro"], cells=f"B{first}:B{last}")]
    me = campaign.questions.person(respondent.person)
    problems: list[BookProblem] = []
    answers = Answers(
        _ratings(campaign, respondent, _Sheet(names["answers"], sheets, problems)),
        _progress(campaign, me, _Sheet(names.get("objectives", ""), sheets, problems)),
        *_consent(campaign, me, _Sheet(names["consent"], sheets, problems)),
    )
    return problems or (respondent, answers)


class _Sheet:
    """A sheet's cells by position, and the list its problems go to."""

    def __init__(self, name: str, sheets: Mapping[str, Rows], problems: list[BookProblem]):
        self.name, self.rows, self.problems = name, sheets.get(name, []), problems

    def cell(self, row: int, column: int) -> Any:
        return _cell(self.rows, row, column)

    def at(self, ref: str) -> Any:
        return _cell(self.rows, int(ref[1:]) - 1, ord(ref[0]) - ord("A"))

    def problem(self, code: str, **params: Any) -> None:
        self.problems.append(BookProblem.of(code, sheet=self.name, **params))


def _ratings(
    campaign: Campaign, respondent: Respondent, sheet: _Sheet
) -> dict[tuple[str, str], str]:
    """The answers on each person's row, by (person, dimension)."""
    questions = campaign.questions
    columns = range(_FIRST_DIMENSION, _FIRST_DIMENSION + len(questions.dimensions))
    choices = {str(p): str(p) for p in questions.points} | _words(DONT_KNOW, "kit.answer.dont_know")
    found: dict[tuple[str, str], str] = {}
    for row, person in _rows(sheet, columns, questions.roster, respondent.rates):
        for column, dimension in zip(columns, questions.dimensions):
            value = _answer(sheet, row, column, choices)
            if value:
                found[person.id, dimension] = value
    return found


def _progress(campaign: Campaign, me: Person, sheet: _Sheet) -> dict[str, str]:
    """The answer on each objective's row, by objective."""
    if not sheet.name:
        return {}
    asked = tuple(o.id for o in asked_objectives(me, campaign.questions))
    choices = {str(p): str(p) for p in PROGRESS_POINTS}
    choices |= {
        fold(progress_label(p, lang)): str(p) for p in PROGRESS_POINTS for lang in LANGUAGES
    }
    choices |= _words(DONT_KNOW, "kit.progress.not_observed", "kit.answer.dont_know")
    found = {}
    for row, objective in _rows(
        sheet, range(_PROGRESS, _PROGRESS + 1), campaign.questions.objectives, asked
    ):
        value = _answer(sheet, row, _PROGRESS, choices)
        if value:
            found[objective.id] = value
    return found


def _rows(
    sheet: _Sheet, columns: range, items: Sequence[Any], allowed: Sequence[str]
) -> Iterator[tuple[int, Any]]:
    """The rows holding answers, each with its item (a person of the roster, an
    objective) by the number in its hidden column A. A row of answers about an item
    that is not ``allowed``, or about one answered on a row above, is a problem."""
    taken: dict[str, int] = {}
    for row in range(FIRST_ROW - 1, len(sheet.rows)):
        if all(_text(sheet.cell(row, c)) == "" for c in columns):
            continue
        number = _whole(sheet.cell(row, 0))
        item = items[number] if number is not None and 0 <= number < len(items) else None
        if item is None or item.id not in allowed:
            sheet.problem("unknown_row", row=row + 1)
        elif item.id in taken:
            sheet.problem("same_row", row=row + 1, first=taken[item.id])
        else:
            taken[item.id] = row + 1
            yield row, item


def _answer(sheet: _Sheet, row: int, column: int, choices: Mapping[str, str]) -> str:
    """The answer in a cell as stored (``"4"``, ``"-2"``, :data:`DONT_KNOW`), ``""``
    for an empty cell; a value its list does not offer is a problem."""
    value = sheet.cell(row, column)
    text = _text(value)
    number = _whole(value)
    key = str(number) if number is not None else fold(text)
    if text == "" or key in choices:
        return choices.get(key, "")
    sheet.problem("off_list", cell=f"{_letter(column)}{row + 1}", value=text[:40])
    return ""


def _consent(campaign: Campaign, me: Person, sheet: _Sheet) -> tuple[str, bool | None, bool | None]:
    """The comment, whether they agree to take part (``True`` or ``None``, as the form
    says it), and whether they may be named (``None`` when not asked)."""
    yes = set(_words("", "offline.yes", "web.respond.named_yes"))
    no = set(_words("", "offline.no", "web.respond.named_no"))
    said: dict[str, bool | None] = {}
    unread = set()
    for key, ref in (("agreed", AGREED), ("named", NAMED)):
        value = _text(sheet.at(ref))
        said[key] = fold(value) in yes if fold(value) in yes | no else None
        if value and said[key] is None and (key == "agreed" or me.consent):
            sheet.problem("off_list", cell=ref, value=value[:40])
            unread.add(ref)
    comment = ""
    if campaign.questions.comment:
        comment = _text(sheet.at(COMMENT)).replace("\r\n", "\n").strip()
    if len(comment) > COMMENT_LIMIT:
        sheet.problem("comment_too_long", cell=COMMENT, limit=COMMENT_LIMIT)
    agreed, named = said["agreed"] or None, said["named"] if me.consent else None
    missing = consent_missing(me, Answers(agreed=agreed, named=named))
    ref = AGREED if missing == "agree" else NAMED
    if missing and ref not in unread:
        sheet.problem(f"need_{missing}", cell=ref)
    return comment, agreed, named


def _same(given: str, expected: str) -> bool:
    """Constant-time comparison of a code read in a file (any text) with the right one."""
    return hmac.compare_digest(given.encode("utf-8", "replace"), expected.encode())


def _words(value: str, *keys: str) -> dict[str, str]:
    """The words of ``keys`` in every language, folded, each meaning ``value``."""
    words = {fold(translate(key, lang)) for key in keys for lang in LANGUAGES}
    return dict.fromkeys(words | ({"dk"} if value == DONT_KNOW else set()), value)


def _whole(value: Any) -> int | None:
    """A whole number, written as one (``4``, ``4.0``, ``"+2"``, ``"−1"``), else ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value) if float(value).is_integer() else None
    text = str(value).strip()
    if not _NUMBER.fullmatch(text):
        return None
    return int(re.split(r"[.,]", text.replace("−", "-"))[0])


def _text(value: Any) -> str:
    """A cell as text: a whole number without ``.0``, nothing for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _cell(rows: Rows, row: int, column: int) -> Any:
    if 0 <= row < len(rows) and 0 <= column < len(rows[row]):
        return rows[row][column]
    return ""


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column + 1)
