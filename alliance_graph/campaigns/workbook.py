"""A respondent's workbook, to answer a campaign offline (DESIGN.md section 11): who it is
for and how to fill it in and return it, the people they rate with a dropdown list per
question, the objectives they are asked about, consent and the comment.

Their identity (person id, name, wave) is written in locked cells, and a check code made
from the campaign's secret in a hidden sheet, so that a changed identity is noticed when
the workbook comes back (:mod:`.returned`). Everything but the answer cells is locked,
without a password: a guard against slips, not a lock against someone who wants in.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from alliance_graph.campaigns.answers import COMMENT_LIMIT
from alliance_graph.campaigns.model import Campaign, Person, Respondent, asked_objectives, form_key
from alliance_graph.campaigns.wording import (
    PROGRESS_POINTS,
    answer_by,
    legend,
    progress_label,
    progress_question,
    question_text,
)
from alliance_graph.campaigns.workbook_cells import (
    FIRST_ROW,
    IDENTITY_FILL,
    answer_cells,
    fit,
    safe,
    table,
    text,
    wrapped,
)
from alliance_graph.files import workbook_bytes
from alliance_graph.i18n import translate
from alliance_graph.template_workbook import list_formula, validation

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

__all__ = [
    "AGREED",
    "CHECK_SHEET",
    "COMMENT",
    "FIRST_ROW",
    "FORMAT",
    "IDENTITY",
    "NAMED",
    "identity",
    "person_code",
    "respondent_workbook",
    "survey_code",
    "workbook_moment",
]

#: What the hidden sheet ``CHECK_SHEET`` says the workbook is, in its cell B1.
FORMAT = "alliance-graph respondent workbook 1"
CHECK_SHEET = "alliance-graph"
#: The identity, in column B of the first sheet, by row.
IDENTITY = {"name": 3, "person": 4, "wave": 5}
#: The consent sheet's answer cells, and the comment's.
NAMED, AGREED, COMMENT = "B3", "B4", "A8"
#: Columns of the answers sheet: the person's number (hidden), name, group, then one per
#: dimension; of the objectives sheet: the number, the question, the answer.
_FIRST_DIMENSION = 4
_WIDTHS = {"label": 24, "text": 90, "consent": 36}


def survey_code(campaign: Campaign) -> str:
    """What every workbook of ``campaign`` carries: made from its secret, so that a
    workbook of another survey (or another workspace) is told apart."""
    return form_key(campaign.secret, f"workbook survey {campaign.id}")


def person_code(campaign: Campaign, person: str, name: str, wave: str) -> str:
    """The check code of a workbook's identity cells (as written: :func:`identity`),
    made from the campaign's secret: whoever changes one of them cannot make the code
    that goes with it."""
    return form_key(
        campaign.secret, "\x1f".join(("workbook", str(campaign.id), person, name, wave))
    )


def identity(campaign: Campaign, me: Person) -> dict[str, str]:
    """The identity cells' text: ``name``, ``person`` (id) and ``wave``, as a sheet holds
    them (no character XML cannot hold, no space around)."""
    said = {"name": me.name, "person": me.id, "wave": campaign.wave}
    return {key: str(safe(value)).strip() for key, value in said.items()}


def respondent_workbook(campaign: Campaign, respondent: Respondent, lang: str) -> bytes:
    """The workbook of ``respondent``, in their register language, else ``lang``. The
    same campaign and respondent give the same bytes (dated when the campaign was made)."""
    from openpyxl import Workbook
    from openpyxl.workbook.protection import WorkbookProtection

    questions = campaign.questions
    me = questions.person(respondent.person)
    lang = me.lang or lang
    objectives = asked_objectives(me, questions)
    keys = ("intro", "answers", *(("objectives",) if objectives else ()), "consent")
    names = {key: translate(f"offline.sheet.{key}", lang) for key in keys}
    book = Workbook()
    _intro(book.active, campaign, me, names, lang)
    _people(book.create_sheet(names["answers"]), campaign, respondent, lang)
    if objectives:
        _objectives(book.create_sheet(names["objectives"]), campaign, me, lang)
    _consent(book.create_sheet(names["consent"]), campaign, me, lang)
    _check(book.create_sheet(CHECK_SHEET), campaign, me, names)
    for sheet in book.worksheets:
        sheet.protection.sheet = True
        sheet.protection.formatColumns = sheet.protection.formatRows = False  # widths: free
    book.security = WorkbookProtection(lockStructure=True)
    return workbook_bytes(book, workbook_moment(campaign))


def _intro(
    sheet: Worksheet, campaign: Campaign, me: Person, names: dict[str, str], lang: str
) -> None:
    """Who the workbook is for (under the title, by when to answer, when the survey has
    a closing date), then how to fill it in and return it."""
    from openpyxl.styles import Font, PatternFill

    coach = next((p.name for p in campaign.questions.roster if p.role == "coach"), None)
    sheet.title = names["intro"]
    text(sheet["A1"], translate("offline.title", lang, wave=campaign.wave)).font = Font(
        bold=True, size=14
    )
    if campaign.closes_on is not None:
        text(sheet["A2"], answer_by(campaign.closes_on, lang)).font = Font(bold=True)
    for key, value in identity(campaign, me).items():
        row = IDENTITY[key]
        text(sheet.cell(row, 1), translate(f"offline.identity.{key}", lang))
        cell = text(sheet.cell(row, 2), value)
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=IDENTITY_FILL)
    text(sheet.cell(IDENTITY["wave"] + 1, 2), translate("offline.identity.note", lang)).font = Font(
        italic=True
    )
    if coach:
        intro = translate("offline.intro", lang, coach=coach)
    else:
        intro = translate("offline.intro_no_coach", lang)
    row = IDENTITY["wave"] + 3
    wrapped(sheet, text(sheet.cell(row, 2), intro), _WIDTHS["text"])
    for number, line in enumerate(_steps(campaign, coach, names, lang), start=1):
        text(sheet.cell(row + number, 1), f"{number}.")
        wrapped(sheet, text(sheet.cell(row + number, 2), line), _WIDTHS["text"])
    sheet.column_dimensions["A"].width = _WIDTHS["label"]
    sheet.column_dimensions["B"].width = _WIDTHS["text"]


def _steps(campaign: Campaign, coach: str | None, names: dict[str, str], lang: str) -> list[str]:
    """How to fill the workbook in, sheet by sheet, and return it."""
    said = {
        **names,
        "dont_know": translate("kit.answer.dont_know", lang),
        "legend": legend(campaign.questions, lang),
        "coach": coach or translate("offline.the_coach", lang),
        "worst": progress_label(-3, lang),
        "best": progress_label(3, lang),
        "not_observed": translate("kit.progress.not_observed", lang),
    }
    steps = ["answers", *(["objectives"] if "objectives" in names else [])]
    steps.append("consent_comment" if campaign.questions.comment else "consent")
    return [
        translate(f"offline.step.{step}", lang, **said)
        for step in (*steps, "return", "locked", "own")
    ]


def _people(sheet: Worksheet, campaign: Campaign, respondent: Respondent, lang: str) -> None:
    """One row per person rated (name, group), one answer cell per dimension."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    questions = campaign.questions
    index = {p.id: n for n, p in enumerate(questions.roster)}
    dont_know = translate("kit.answer.dont_know", lang)
    text(sheet["B1"], legend(questions, lang)).font = Font(bold=True)
    text(sheet["B2"], translate("offline.people_hint", lang, dont_know=dont_know))
    heads = [
        "#",
        translate("offline.head.person", lang),
        translate("offline.head.group", lang),
        *(question_text(d, lang) for d in questions.dimensions),
    ]
    people = [questions.person(p) for p in respondent.rates]
    rows = [(index[p.id], p.name, p.group) for p in people]
    table(sheet, heads, rows, _FIRST_DIMENSION)
    choices = (*(str(p) for p in questions.points), dont_know)
    rule = validation(list_formula(choices), translate("kit.book.answer_error", lang))
    rule.prompt = translate("offline.answer_prompt", lang, legend=legend(questions, lang),
                            dont_know=dont_know)[:255]  # fmt: skip
    last = get_column_letter(_FIRST_DIMENSION + len(questions.dimensions) - 1)
    answer_cells(sheet, rule, f"D{FIRST_ROW}:{last}{FIRST_ROW + max(len(rows), 1) - 1}")
    sheet.column_dimensions["B"].width = fit([h for _, h, _ in rows], 14, 40)
    sheet.column_dimensions["C"].width = fit([g for _, _, g in rows], 10, 30)
    sheet.freeze_panes = f"D{FIRST_ROW}"


def _objectives(sheet: Worksheet, campaign: Campaign, me: Person, lang: str) -> None:
    """One row per objective ``me`` is asked about, and its answer: −3 … +3, or "no
    opportunity to observe"."""
    questions = campaign.questions
    coachee = next((p.name for p in questions.roster if p.role == "coachee"), None)
    numbers = {o.id: n for n, o in enumerate(questions.objectives)}
    not_observed = translate("kit.progress.not_observed", lang)
    text(sheet["B1"], translate("offline.objectives_hint", lang, not_observed=not_observed))
    heads = ["#", translate("offline.head.objective", lang), translate("offline.head.change", lang)]
    rows = [
        (numbers[o.id], progress_question(o.wording.get(lang, o.id), me, coachee, lang))
        for o in asked_objectives(me, questions)
    ]
    table(sheet, heads, rows, 3)
    choices = (*(progress_label(p, lang) for p in PROGRESS_POINTS), not_observed)
    rule = validation(list_formula(choices), translate("kit.book.answer_error", lang))
    answer_cells(sheet, rule, f"C{FIRST_ROW}:C{FIRST_ROW + len(rows) - 1}")
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["C"].width = max(len(c) for c in choices) + 3
    for row in range(FIRST_ROW, FIRST_ROW + len(rows)):
        wrapped(sheet, sheet.cell(row, 2), 60)


def _consent(sheet: Worksheet, campaign: Campaign, me: Person, lang: str) -> None:
    """How the answers are used, the two consent questions, then the comment box."""
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    text(sheet["A1"], translate("web.respond.privacy_title", lang)).font = bold
    wrapped(sheet, text(sheet["A2"], translate("web.respond.privacy_text", lang)), 90)
    yes = translate("offline.yes", lang)
    if me.consent:
        text(sheet[f"A{NAMED[1:]}"], translate("web.respond.named_question", lang))
        no = translate("web.respond.named_no", lang)
        answer_cells(sheet, validation(list_formula((yes, no)), _said(lang, yes, no)), NAMED)
    else:
        wrapped(sheet, text(sheet[f"A{NAMED[1:]}"], translate("web.respond.not_named", lang)), 90)
    wrapped(sheet, text(sheet[f"A{AGREED[1:]}"], translate("web.respond.agree", lang)), 90)
    no = translate("offline.no", lang)
    answer_cells(sheet, validation(list_formula((yes, no)), _said(lang, yes, no)), AGREED)
    sheet.column_dimensions["A"].width = _WIDTHS["text"]
    sheet.column_dimensions["B"].width = _WIDTHS["consent"]
    if not campaign.questions.comment:
        return
    row = int(COMMENT[1:])
    text(sheet.cell(row - 2, 1), translate("web.respond.comment_title", lang)).font = bold
    wrapped(sheet, text(sheet.cell(row - 1, 1), translate("web.respond.comment_note", lang)), 90)
    limit = translate("offline.comment_error", lang, limit=COMMENT_LIMIT)
    rule = validation(
        "0", limit, type="textLength", operator="between", formula2=str(COMMENT_LIMIT)
    )
    answer_cells(sheet, rule, COMMENT)
    sheet.merge_cells(f"{COMMENT}:B{row}")
    sheet[COMMENT].alignment = Alignment(wrap_text=True, vertical="top")
    sheet[COMMENT].number_format = "@"  # what is typed stays text: "= …" is no formula
    sheet.row_dimensions[row].height = 150


def _check(sheet: Worksheet, campaign: Campaign, me: Person, names: dict[str, str]) -> None:
    """The hidden sheet: what the workbook is, for which survey, its identity's check
    code, and the names of its sheets."""
    said = identity(campaign, me)
    rows = [
        ("format", FORMAT),
        ("survey", survey_code(campaign)),
        ("code", person_code(campaign, said["person"], said["name"], said["wave"])),
        *((f"sheet.{key}", name) for key, name in names.items()),
    ]
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            text(sheet.cell(number, column), value)
    sheet.sheet_state = "veryHidden"


def _said(lang: str, yes: str, no: str) -> str:
    return translate("offline.choose_error", lang, yes=yes, no=no)


def workbook_moment(campaign: Campaign) -> dt.datetime:
    """When the campaign was made (the workbooks' date), in UTC."""
    try:
        moment = dt.datetime.fromisoformat(campaign.created_at)
    except ValueError:
        return dt.datetime(2000, 1, 1)
    return moment.astimezone(dt.timezone.utc).replace(tzinfo=None) if moment.tzinfo else moment
