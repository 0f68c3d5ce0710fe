"""Every issue code, each from a small fixture file: code, severity, line, column, value, text.

Lines are what a spreadsheet shows: the header is line 1, Excel's ``sep=`` first line is not
counted, and SurveyMonkey's two header rows make the data start at line 3.
"""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from alliance_graph.ingest import read_survey
from alliance_graph.model import Issue, IssueCode, Scale, Severity, Survey

ISSUES = Path(__file__).resolve().parent / "data" / "issues"
REGISTER = ISSUES / "register.csv"

E, W = Severity.ERROR, Severity.WARNING


@dataclass(frozen=True)
class Case:
    """What reading ``<code in lower case>.csv`` (with ``options``) must report."""

    code: IssueCode
    severity: Severity
    #: every issue of this code, in order, as (line, column, value)
    found: tuple[tuple[int | None, str | None, str | None], ...]
    params: dict[str, Any] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    #: False for issues about the whole survey rather than one file
    in_file: bool = True
    #: True when the fixture is a register, read with the ratings of :data:`RATINGS`
    register: bool = False
    #: inputs read before the fixture
    before: tuple[Path, ...] = ()
    #: the fixture's kind of file: ".xlsx" for the issues only a workbook can have
    suffix: str = ".csv"
    #: True when the fixture is an objectives register, read with :data:`OBJECTIVES_SURVEY`
    objectives: bool = False

    @property
    def path(self) -> Path:
        return ISSUES / f"{self.code.value.lower()}{self.suffix}"


#: How progress fixtures are read: after ratings of wave T1, with a register and objectives.
OBJECTIVES_SURVEY: dict[str, Any] = {
    "options": {"register": REGISTER, "objectives": ISSUES / "objectives.csv"},
    "before": (ISSUES / "objectives_ratings.csv",),
}

CASES = [
    Case(IssueCode.EMPTY_FILE, E, ((None, None, None),)),
    Case(IssueCode.UNREADABLE_FILE, E, ((None, None, None),)),
    # a zip that holds a CSV file, not a workbook
    Case(
        IssueCode.UNREADABLE_WORKBOOK,
        E,
        ((None, None, None),),
        params={"reason": "reason.zip_not_workbook"},
        suffix=".xlsx",
    ),
    # sep=; line, then the header: the header is still line 1
    Case(IssueCode.NO_DATA_ROWS, E, ((1, None, None),)),
    Case(
        IssueCode.MISSING_COLUMN,
        E,
        ((1, None, "rater, ratee, comment"),),
        params={"needed": "score"},
    ),
    Case(IssueCode.MISSING_NAME, E, ((3, "Évaluateur", None), (4, "Évalué", None))),
    # sep=; line not counted: "Peut-être" is on the file's 4th line, spreadsheet line 3
    Case(IssueCode.SCORE_NOT_A_NUMBER, E, ((3, "Confiance", "Peut-être"),)),
    Case(
        IssueCode.SCORE_OUT_OF_RANGE,
        E,
        ((3, "listening", "7"),),
        params={"scale": "1:5"},
        options={"scale": "1:5"},
    ),
    Case(
        IssueCode.LABEL_SCALE_MISMATCH,
        E,
        ((None, None, None),),
        params={"points": 5, "scale": "0:10"},
        options={"scale": "0:10"},
        in_file=False,
    ),
    # every score is 1: the top of 0:1 or the bottom of 1:5? No scale is guessed
    Case(IssueCode.SCALE_UNKNOWN, E, ((None, None, "1"),), in_file=False),
    Case(IssueCode.UNKNOWN_ROLE, E, ((3, "role", "Boss"),)),
    # "sales" on line 3 is the same group as "Sales"; "Finance" on line 4 is not
    Case(
        IssueCode.CONFLICTING_GROUP,
        E,
        ((4, "group", "Finance"),),
        params={"name": "Alice", "other": "Sales"},
    ),
    # "Commanditaire" on line 3 is the French for sponsor; "coachee" on line 4 clashes
    Case(
        IssueCode.CONFLICTING_ROLE,
        E,
        ((4, "role", "coachee"),),
        params={"name": "Alice", "other": "sponsor"},
    ),
    Case(
        IssueCode.CONFLICTING_DUPLICATE,
        E,
        ((4, "score", "2"),),
        params={"rater": "Alice", "ratee": "Bruno", "wave": "T1", "other": "4", "other_line": 2},
    ),
    Case(IssueCode.SEVERAL_COACHES, E, ((None, None, "Claire, Marc"),), in_file=False),
    Case(
        IssueCode.UNKNOWN_COACH, E, ((None, None, "Zoé"),), options={"coach": "Zoé"}, in_file=False
    ),
    Case(IssueCode.RAGGED_ROW, E, ((3, None, None),), params={"expected": 3, "seen": 5}),
    Case(IssueCode.MISSING_WAVE, E, ((3, None, None),)),
    # two exports of the same name in two folders: both would be wave "same_wave_twice",
    # the second is refused whole (no flood of conflicting duplicates)
    Case(
        IssueCode.SAME_WAVE_TWICE,
        E,
        ((None, None, "same_wave_twice"),),
        params={"other": str(ISSUES / "other_folder" / "same_wave_twice.csv")},
        before=(ISSUES / "other_folder" / "same_wave_twice.csv",),
    ),
    # every score is blank: two MISSING_SCORE warnings, and nothing left to analyse
    Case(IssueCode.NO_RATINGS, E, ((None, None, None),), in_file=False),
    Case(
        IssueCode.SCALE_INFERRED, W, ((None, None, None),), params={"scale": "0:10"}, in_file=False
    ),
    # "alice " (lower case, trailing space) is Alice
    Case(IssueCode.SELF_RATING, W, ((3, None, "Alice"),)),
    Case(
        IssueCode.NOT_IN_REGISTER, W, ((4, "rater", "Zoé Blanc"),), options={"register": REGISTER}
    ),
    Case(
        IssueCode.LOW_RESPONSE_RATE,
        W,
        ((None, None, None),),
        params={"wave": "low_response_rate", "raters": 3, "total": 7},
        in_file=False,
    ),
    Case(
        IssueCode.FEW_RATERS,
        W,
        ((None, None, None),),
        params={"wave": "T2", "raters": 2},
        in_file=False,
    ),
    Case(IssueCode.DUPLICATE_ANSWER, W, ((4, "score", "4"),), params={"other_line": 2}),
    Case(IssueCode.MISSING_SCORE, W, ((3, None, "Bruno"),)),
    # SurveyMonkey: two header rows, Chloé's empty answers on the third data row, line 5
    Case(IssueCode.NO_ANSWERS, W, ((5, None, "Chloé"),)),
    Case(IssueCode.EXCEL_ERROR, W, ((3, "Note", "#N/A"),)),
    # written by a program that does not calculate (openpyxl): the formula has no value
    Case(
        IssueCode.FORMULA_WITHOUT_VALUE,
        W,
        ((3, "score", "=SUM(2,2)"),),
        options={"scale": "1:5"},
        suffix=".xlsx",
    ),
    Case(IssueCode.BAD_DATE, W, ((3, "date", "31/02/2026"),)),
    # "Notes" is blank in every row, so it is not worth a warning ("Commentaire" was the
    # unused column here: comments are read now, DESIGN.md section 11)
    Case(IssueCode.UNUSED_COLUMN, W, ((1, "Humeur", None),)),
    # a blank row at the end of the file is not reported
    Case(IssueCode.EMPTY_ROW, W, ((3, None, None), (5, None, None))),
    # a register: "Oui" and "yes" are consent, a blank cell is no consent without a warning
    # (one rating, so one score: the scale is declared)
    Case(
        IssueCode.INVALID_CONSENT,
        W,
        ((4, "consent", "peut-être"),),
        options={"scale": "1:5"},
        register=True,
    ),
    # a register: the coach's consent cell is blank, the sponsor said no, the coachee's
    # answer is neither (the stakeholder's blank cell leaves no figure out: no warning)
    Case(
        IssueCode.KEY_PERSON_NO_CONSENT,
        W,
        ((2, "consent", None), (3, "consent", "non"), (4, "consent", "peut-être")),
        options={"scale": "1:5"},
        register=True,
    ),
    # a register: "<alice.dupont@client.example>" is an address, a blank cell is none
    # without a warning, "bruno roux" is no address (the header as written is the column)
    Case(
        IssueCode.INVALID_EMAIL,
        W,
        ((4, "e-mail", "bruno roux"),),
        options={"scale": "1:5"},
        register=True,
    ),
    # an interaction log placed in one month: the May meeting is in no wave
    Case(
        IssueCode.EVENT_OUTSIDE_WAVES,
        W,
        ((3, "timestamp", "2026-05-04"),),
        options={"kind": "interactions", "window": "2026-01-01..2026-01-31"},
    ),
    # a register: P1 is Paul Roux (Sales) on line 2 and Pierre Rousseau (Finance) on
    # line 3; the second row is refused, not merged, and it is no "two groups" clash
    Case(
        IssueCode.DUPLICATE_ID,
        E,
        ((3, "id", "P1"),),
        params={"name": "Pierre Rousseau", "other_line": 2, "other": "Paul Roux"},
        options={"scale": "1:5"},
        register=True,
    ),
    # two people of the register are called Paul Roux: the rows naming one of them by
    # name are credited to no one; "proux2" (an id) is used
    Case(
        IssueCode.AMBIGUOUS_NAME,
        E,
        ((3, "rater", "Paul Roux"), (5, "ratee", "paul roux")),
        params={"ids": "proux, proux2", "lines": "3, 4"},
        options={"register": ISSUES / "register_homonyms.csv"},
    ),
    # tags only, or punctuation only, name no one; e-mail addresses in brackets are kept
    Case(IssueCode.UNUSABLE_NAME, E, ((3, "rater", "<b></b>"), (5, "ratee", "???"))),
    # over a million, or 400 digits (infinite as a float): not a rating
    Case(IssueCode.SCORE_TOO_LARGE, E, ((3, "score", "1000001"), (4, "score", "9" * 400))),
    # 1 and 1000000: the scale 1:1000000 is not guessed, it must be declared
    Case(
        IssueCode.SCALE_TOO_WIDE,
        E,
        ((None, None, "1000000"),),
        params={"scale": "1:1000000", "limit": 1000},
        in_file=False,
    ),
    # a UTF-8 file whose line 3 was typed in Windows-1252: the file stays UTF-8 (Léa, Zoé
    # and Hélène are read right), line 3 is left out and named
    Case(
        IssueCode.UNDECODABLE_ROW,
        W,
        ((3, "rater", "Jos\ufffd Ruiz"),),
        params={"encoding": "UTF-8"},
    ),
    # "LÃ©a Petit" on lines 3 and 4: named once, with what it was probably meant to be
    Case(
        IssueCode.GARBLED_TEXT,
        W,
        ((3, "rater", "LÃ©a Petit"),),
        params={"fixed": "Léa Petit"},
        options={"min_raters": 2},
    ),
    # a Google Forms grid export without a name or e-mail column: nobody answered
    Case(
        IssueCode.ANONYMOUS_FORM,
        E,
        ((1, None, "Horodateur, Confiance [Alice], Confiance [Bruno], Écoute [Alice]"),),
    ),
    # the quote opened on line 3 would swallow the rest of the file
    Case(IssueCode.UNCLOSED_QUOTE, E, ((3, None, None),)),
    # "sep=;" above comma-separated data: the commas are used, the sep= line is named
    Case(
        IssueCode.SEP_LINE_MISMATCH,
        W,
        ((None, None, "sep=;"),),
        params={"declared": ";", "used": ","},
    ),
    # "Je ne sais pas", "NSP", "Don't know", "N/A": not rated, named once per column with
    # their count; Chloé answered nothing else, and her row is listed by its line
    Case(
        IssueCode.DONT_KNOW_ANSWERS,
        W,
        ((1, "trust", "NSP, Don't know"), (1, "listening", "Je ne sais pas, N/A")),
        params={"count": 2},
    ),
    # a register: Bruno's alias "cmoreau" is Claire Moreau's id, and his alias "Alice" is
    # Alice Dupont's too; neither is used for anyone
    Case(
        IssueCode.ALIAS_COLLISION,
        E,
        ((4, "alias", "cmoreau"), (4, "alias", "Alice")),
        params={"name": "Bruno Roux"},
        options={"scale": "1:5"},
        register=True,
    ),
    # U+0001 in a rater's name, U+FFFE in a ratee's: removed, both are Alice (GraphML,
    # GEXF and XLSX cannot hold them)
    Case(
        IssueCode.CONTROL_CHARACTERS,
        W,
        ((3, "rater", "Alice"), (4, "ratee", "Alice")),
        options={"scale": "1:5"},
    ),
    # the objectives register (read with ratings and the register of issues/)
    Case(IssueCode.OBJECTIVE_WITHOUT_ID, E, ((3, "id", None),), objectives=True),
    Case(
        IssueCode.DUPLICATE_OBJECTIVE,
        E,
        ((4, "id", "1"),),
        params={"other_line": 2},
        objectives=True,
    ),
    # objective 2 is worded nowhere; objective 3 in French only, which is its wording
    Case(IssueCode.OBJECTIVE_WITHOUT_WORDING, E, ((3, "objective", "2"),), objectives=True),
    Case(IssueCode.UNKNOWN_OBSERVER_GROUP, E, ((2, "observers", "Sales"),), objectives=True),
    Case(
        IssueCode.TARGET_NOT_A_NUMBER,
        E,
        ((2, "target", "beaucoup"), (3, "target", "+4")),
        objectives=True,
    ),
    Case(IssueCode.UNKNOWN_AGREED_BY, W, ((2, "agreed_by", "the CEO"),), objectives=True),
    # progress answers, read among the inputs with issues/objectives.csv
    Case(IssueCode.UNKNOWN_OBJECTIVE, E, ((3, "objective", "3"),), **OBJECTIVES_SURVEY),
    Case(IssueCode.PROGRESS_NOT_A_NUMBER, E, ((3, "Progrès", "peut-être"),), **OBJECTIVES_SURVEY),
    Case(IssueCode.PROGRESS_OUT_OF_RANGE, E, ((2, "progress", "5"),), **OBJECTIVES_SURVEY),
    Case(IssueCode.PROGRESS_OUTSIDE_WAVES, W, ((3, "wave", "T9"),), **OBJECTIVES_SURVEY),
    # the sponsor named by name, then by id: the same rater twice
    Case(
        IssueCode.PROGRESS_TWICE,
        E,
        ((4, "progress", "-1"),),
        params={"rater": "adupont", "other": "+2", "other_line": 2},
        **OBJECTIVES_SURVEY,
    ),
    Case(
        IssueCode.DUPLICATE_PROGRESS,
        W,
        ((4, "progress", "+3"),),
        params={"other_file": "duplicate_progress.csv", "other_line": 3},
        **OBJECTIVES_SURVEY,
    ),
    # an objectives sheet in a workbook, beside the objectives register given
    Case(
        IssueCode.TWO_OBJECTIVE_REGISTERS,
        E,
        ((None, None, None),),
        params={"other": str(ISSUES / "objectives.csv")},
        suffix=".xlsx",
        **OBJECTIVES_SURVEY,
    ),
    # a stakeholder register given among the answers: said so, not "no column for…"
    Case(IssueCode.REGISTER_AS_ANSWERS, E, ((1, None, "id, name, group, role, email"),)),
    # months without their year may cross a new year: the file's order is kept, and said
    Case(
        IssueCode.WAVE_ORDER_GUESSED,
        W,
        ((None, None, "novembre, février"),),
        in_file=False,
    ),
]
#: The ratings read with a register fixture.
RATINGS = ("ratings.csv", b"rater,ratee,score\nAlice Dupont,Claire Moreau,4\n")

#: Files whose every line is named by one issue about the whole file.
WHOLE_FILE = {
    IssueCode.EMPTY_FILE,
    IssueCode.UNREADABLE_FILE,
    IssueCode.NO_DATA_ROWS,
    IssueCode.RAGGED_ROW,
    IssueCode.MISSING_COLUMN,
    IssueCode.ANONYMOUS_FORM,
    IssueCode.SAME_WAVE_TWICE,
    IssueCode.UNCLOSED_QUOTE,
    IssueCode.REGISTER_AS_ANSWERS,
}
MESSY = {"messy_long.csv": {"scale": "1:5"}, "messy_form.csv": {}, "messy_one_header_row.csv": {}}


OPTIONS = {**MESSY, **{case.path.name: case.options for case in CASES}}
REGISTERS = {case.path.name for case in CASES if case.register}
OBJECTIVE_REGISTERS = {case.path.name for case in CASES if case.objectives}
BEFORE = {case.path.name: case.before for case in CASES}


@functools.cache
def _survey(name: str) -> Survey:
    """Each fixture is read once per session (tests only look at the result)."""
    if name in REGISTERS:
        return read_survey(RATINGS, register=ISSUES / name, **OPTIONS[name])
    if name in OBJECTIVE_REGISTERS:
        return read_survey(
            ISSUES / "objectives_ratings.csv", register=REGISTER, objectives=ISSUES / name
        )
    return read_survey([*BEFORE.get(name, ()), ISSUES / name], **OPTIONS[name])


def _read(case: Case) -> Survey:
    return _survey(case.path.name)


def _of(survey: Survey, code: IssueCode) -> list[Issue]:
    return [issue for issue in survey.issues if issue.code is code]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.code.value)
def test_issue(case: Case) -> None:
    survey = _read(case)
    found = _of(survey, case.code)
    assert [(i.line, i.column, i.value) for i in found] == list(case.found), survey.issues
    for issue in found:
        assert issue.severity is case.severity
        assert issue.code.severity is case.severity
        if case.in_file:
            assert issue.file == str(case.path)
        params = dict(issue.params)
        assert {k: params.get(k) for k in case.params} == case.params
        english, french = issue.message("en"), issue.message("fr")
        assert english.strip() and french.strip()
        assert english != french
        assert "{" not in english + french, "a placeholder was left unfilled"
        if issue.line is not None:
            assert f"line {issue.line}" in issue.describe("en")
            assert f"ligne {issue.line}" in issue.describe("fr")
    # warnings are reported and the run goes on; each warning fixture holds no error
    assert survey.ok is (case.severity is W), [i.describe() for i in survey.errors]


def test_every_issue_code_has_a_case_and_a_fixture() -> None:
    assert {case.code for case in CASES} == set(IssueCode)
    assert len(CASES) == len(IssueCode)
    for case in CASES:
        assert case.path.is_file(), case.path


def test_severities_are_the_documented_ones() -> None:
    warnings = {
        IssueCode.SELF_RATING,
        IssueCode.NOT_IN_REGISTER,
        IssueCode.LOW_RESPONSE_RATE,
        IssueCode.DUPLICATE_ANSWER,
    }  # named as warnings in DESIGN.md section 3
    assert all(code.severity is W for code in warnings)
    assert all(case.code.severity is case.severity for case in CASES)


# -- Survey.ok ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", list(IssueCode), ids=lambda c: c.value)
def test_ok_is_false_exactly_when_an_error_is_present(code: IssueCode) -> None:
    empty = pd.DataFrame()
    warning = Issue(IssueCode.SCALE_INFERRED)
    survey = Survey(empty, empty, Scale(1, 5), (), issues=(warning, Issue(code)))
    assert survey.ok is (code.severity is W)
    assert Survey(empty, empty, Scale(1, 5), (), issues=(warning,)).ok
    assert Survey(empty, empty, Scale(1, 5), ()).ok


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.code.value)
def test_ok_matches_the_issues_of_each_fixture(case: Case) -> None:
    survey = _read(case)
    assert survey.ok is not any(i.severity is E for i in survey.issues)
    assert survey.errors == tuple(i for i in survey.issues if i.severity is E)


# -- nothing is lost ---------------------------------------------------------------------


def _data_lines(path: Path) -> set[int]:
    """Spreadsheet lines of the data rows, up to the last row that is not blank."""
    text = path.read_bytes().decode("utf-8-sig", errors="replace")  # undecodable_row.csv
    delimiter = ","
    if text.lower().startswith("sep="):
        delimiter, text = text[4], text.split("\n", 1)[1]
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    headers = 1
    if len(rows) > 1 and "Respondent ID" in rows[0]:  # SurveyMonkey's second header row
        headers = 1 if rows[1][rows[0].index("Respondent ID")] else 2
    data = rows[headers:]
    while data and not any(cell.strip() for cell in data[-1]):
        data.pop()
    return set(range(headers + 1, headers + 1 + len(data)))


@pytest.mark.parametrize(
    "name",
    [
        *MESSY,
        *(
            c.path.name
            for c in CASES
            if c.code not in WHOLE_FILE and not c.register and c.suffix == ".csv"
        ),
    ],
)
def test_nothing_is_lost(name: str) -> None:
    path = ISSUES / name
    survey = _survey(name)
    used = set(survey.ratings.loc[survey.ratings["file"] == str(path), "line"])
    # objectives, progress answers and comments are used too
    for table in (survey.progress, survey.objectives, survey.comments):
        if table is not None:
            used |= set(table.loc[table["file"].astype(str) == str(path), "line"])
    if survey.interactions is not None:  # an interaction log's events are used rows too
        events = survey.interactions
        used |= set(events.loc[events["file"].astype(str) == str(path), "line"])
    named = {i.line for i in survey.issues if i.file == str(path) and i.line is not None}
    named |= {  # rows whose answers all mean "not rated" are listed by their column's issue
        int(line)
        for i in survey.issues
        if i.code is IssueCode.DONT_KNOW_ANSWERS and i.file == str(path)
        for line in dict(i.params)["lines"].split(", ")
        if line.isdigit()
    }
    lines = _data_lines(path)
    assert lines, "the fixture has data rows"
    assert lines - used - named == set()
    assert used <= lines and named <= lines | {1}


def test_messy_fixtures_mix_used_rows_and_problem_rows() -> None:
    survey = _survey("messy_long.csv")
    used = set(survey.ratings["line"])
    assert used == {2, 3, 4, 6, 10, 11, 14, 15, 16, 17}
    assert {(i.code, i.line) for i in survey.issues if i.line} >= {
        (IssueCode.SELF_RATING, 5),
        (IssueCode.EXCEL_ERROR, 6),
        (IssueCode.EMPTY_ROW, 7),
        (IssueCode.MISSING_SCORE, 8),
        (IssueCode.MISSING_NAME, 9),
        (IssueCode.SCORE_NOT_A_NUMBER, 10),
        (IssueCode.BAD_DATE, 11),
        (IssueCode.DUPLICATE_ANSWER, 12),
        (IssueCode.CONFLICTING_DUPLICATE, 13),
        (IssueCode.SCORE_OUT_OF_RANGE, 14),
    }
    # its "comment" column used to be an UNUSED_COLUMN: it holds comments (DESIGN.md 11)
    assert not [i for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN]
    assert survey.comments is not None and survey.comments["line"].tolist() == [15]
    form = _survey("messy_form.csv")
    assert set(form.ratings["line"]) == {2, 3, 7, 8}
    assert {(i.code, i.line) for i in form.issues if i.line} >= {
        (IssueCode.SCORE_NOT_A_NUMBER, 3),
        (IssueCode.EMPTY_ROW, 4),
        (IssueCode.NO_ANSWERS, 5),
        (IssueCode.MISSING_NAME, 6),
        (IssueCode.DUPLICATE_ANSWER, 7),
        (IssueCode.BAD_DATE, 8),
        (IssueCode.DUPLICATE_ANSWER, 9),
        (IssueCode.SELF_RATING, 10),
    }
    assert form.comments is not None  # "Remarques": Alice Dupont's "Merci"
    assert form.comments[["rater", "text", "line"]].values.tolist() == [
        ["Alice Dupont", "Merci", 3]
    ]
    # a "Respondent ID" column with one header row: the first respondent is data, not headers
    single = _survey("messy_one_header_row.csv")
    assert set(single.ratings["line"]) == {2, 3, 5}
    assert {(i.code, i.line) for i in single.issues if i.line} == {
        (IssueCode.SCORE_NOT_A_NUMBER, 3),
        (IssueCode.NO_ANSWERS, 4),
    }


# -- what each issue does to the ratings --------------------------------------------------


def test_rows_with_warnings_are_kept_or_left_out_as_their_message_says() -> None:
    def pairs(name: str) -> list[tuple[str, str, int]]:
        r = _survey(name).ratings
        return list(zip(r["rater"], r["ratee"], r["line"]))

    assert ("Alice", "Alice", 3) not in pairs("self_rating.csv")
    assert [p for p in pairs("duplicate_answer.csv") if p[:2] == ("Alice", "Bruno")] == [
        ("Alice", "Bruno", 2)
    ]
    assert ("Bruno", "Alice", 3) not in pairs("excel_error.csv")
    dated = _survey("bad_date.csv").ratings.set_index("line")["date"]
    assert pd.isna(dated[3]) and dated[2] == pd.Timestamp("2026-01-14")


def test_a_name_spelt_two_ways_is_one_stakeholder() -> None:
    survey = _survey("self_rating.csv")
    assert list(survey.stakeholders["id"]) == ["Alice", "Bruno", "Chloé"]


def test_excel_sep_line_is_not_counted(tmp_path: Path) -> None:
    with_sep = ISSUES / "score_not_a_number.csv"
    without = tmp_path / "score_not_a_number.csv"
    without.write_bytes(with_sep.read_bytes().split(b"\n", 1)[1])
    lines = [[(i.code, i.line) for i in read_survey(p).issues] for p in (with_sep, without)]
    assert lines[0] == lines[1]
    assert (IssueCode.SCORE_NOT_A_NUMBER, 3) in lines[0]


def test_surveymonkey_data_starts_on_line_3() -> None:
    ratings = _survey("no_answers.csv").ratings
    assert set(ratings.loc[ratings["rater"] == "Alice", "line"]) == {3}
    assert set(ratings["line"]) == {3, 4, 6}


@pytest.mark.parametrize(
    "data",
    [b"", b"\n\n", b"   \r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"sep=;\r\n", b"sep=,"],
    ids=["nothing", "newlines", "spaces", "bom", "bom-newline", "sep-line", "sep-line-no-eol"],
)
def test_a_file_with_nothing_in_it_is_empty(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes(data)
    assert [(i.code, i.line) for i in read_survey(path).issues] == [(IssueCode.EMPTY_FILE, None)]


@pytest.mark.parametrize(
    "text",
    [
        "rater,ratee,score\n\n\n",
        "rater,ratee,score\r\n,,\r\n,,\r\n",
        "Respondent ID,Your name,Trust?,\n,Response,Alice,Bruno\n",
        "Respondent ID,Your name,Trust?,\n,Response,Alice,Bruno\n,,,\n",
    ],
    ids=["blank-lines", "blank-cells", "surveymonkey", "surveymonkey-blank-row"],
)
def test_headers_and_blank_rows_only_mean_no_data_rows(tmp_path: Path, text: str) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(text, encoding="utf-8")
    survey = read_survey(path)
    assert [(i.code, i.line) for i in survey.errors] == [(IssueCode.NO_DATA_ROWS, 1)]
    assert not survey.ok


def test_a_workbook_renamed_to_csv_says_so_in_both_languages() -> None:
    (issue,) = _survey("unreadable_file.csv").issues
    assert "spreadsheet" in issue.message("en")
    assert issue.message("fr").startswith("Le fichier ne peut pas être lu")


def test_binary_garbage_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "garbage.csv"
    path.write_bytes(bytes(range(256)) * 20)
    (issue,) = read_survey(path).issues
    assert issue.code is IssueCode.UNREADABLE_FILE and issue.file == str(path)


def test_cp1252_excel_file_reports_lines_and_values_as_written(tmp_path: Path) -> None:
    path = tmp_path / "vague.csv"
    text = "sep=;\r\nÉvaluateur;Évalué;Note\r\nAnaïs;Zoé;4\r\nZoé;Anaïs;Très bien\r\n"
    path.write_bytes(text.encode("cp1252"))
    (issue,) = _of(read_survey(path), IssueCode.SCORE_NOT_A_NUMBER)
    assert (issue.line, issue.column, issue.value) == (3, "Note", "Très bien")
