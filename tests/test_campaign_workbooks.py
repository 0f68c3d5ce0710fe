"""A respondent's workbook for answering offline (DESIGN.md section 11): what it holds and
how it is locked, in each language, the same bytes for the same campaign; and returned
workbooks read back, the respondent taken from the file, every problem located."""

from __future__ import annotations

import io
import time
import zipfile
from typing import Any

import pytest
from openpyxl import load_workbook

from alliance_graph.campaigns import Answers, Campaign, Objective, Person, Questions, Respondent
from alliance_graph.campaigns import default_ratees as ratees
from alliance_graph.campaigns.offline import workbooks_zip
from alliance_graph.campaigns.returned import Returned, read_returned
from alliance_graph.campaigns.workbook import person_code, respondent_workbook, survey_code
from alliance_graph.ingest.workbook import Limits
from alliance_graph.template import kit_content
from alliance_graph.template_workbook import kit_workbook
from tests.workbook_support import fill_workbook, with_cells

ROSTER = (
    Person("c", "Claire", "Coach", "coach"),
    Person("s", "Sam", "Board", "sponsor"),
    Person("e", "Eva", "Board", "coachee"),
    Person("m1", "Marc", "Team"),
    Person("m2", "Nina", "Team", lang="fr", consent=False),
)
OBJECTIVES = (
    Objective("O1", {"en": "Delegate more", "fr": "Déléguer davantage"}, ("Team",)),
    Objective("O2", {"en": "Speak up", "fr": "Prendre la parole"}),
)
QUESTIONS = Questions(("trust", "respect"), 1, 5, ROSTER, OBJECTIVES)


def campaign(number: int = 3, secret: str = "s3cret", wave: str = "T2") -> Campaign:
    return Campaign(
        number, 1, wave, "open", QUESTIONS, secret, created_at="2026-03-01T09:00:00+00:00"
    )


CAMPAIGN = campaign()
RESPONDENTS = [
    Respondent(n, CAMPAIGN.id, p.id, f"token-of-{p.id}-" + "x" * 30, ratees(p, ROSTER))
    for n, p in enumerate(ROSTER, start=1)
]


def book(person: str, lang: str = "en", of: Campaign = CAMPAIGN) -> bytes:
    return respondent_workbook(of, next(r for r in RESPONDENTS if r.person == person), lang)


def read(*files: tuple[str, bytes], **options: Any) -> Returned:
    return read_returned(CAMPAIGN, RESPONDENTS, list(files), **options)


def problems(returned: Returned) -> list[tuple[str, str, dict[str, Any]]]:
    return [(r.file, p.code, dict(p.params)) for r in returned.refused for p in r.problems]


MARC = {"Claire": [4, 5], "Sam": ["Don't know", 3], "Eva": [2, None]}


# -- what the workbook holds ------------------------------------------------------------


def test_the_workbook_says_who_it_is_for_and_lists_whom_they_rate() -> None:
    data = book("m1")
    wb = load_workbook(io.BytesIO(data))
    assert wb.sheetnames == ["Read me", "Your answers", "Objectives", "Consent and comment",
                             "alliance-graph"]  # fmt: skip
    assert [s.sheet_state for s in wb.worksheets] == ["visible"] * 4 + ["veryHidden"]
    intro = wb["Read me"]
    assert [(intro[f"A{r}"].value, intro[f"B{r}"].value) for r in (3, 4, 5)] == [
        ("For", "Marc"), ("Person id", "m1"), ("Survey (wave)", "T2")
    ]  # fmt: skip
    said = " ".join(str(c.value) for row in intro.iter_rows() for c in row if c.value)
    assert "Claire, the coach working with your organisation" in said
    assert "send it back to Claire" in said and "On the sheet “Objectives”" in said
    answers = wb["Your answers"]
    rows = [tuple(c.value for c in row) for row in answers.iter_rows(min_row=4, max_row=8)]
    assert rows == [
        ("#", "Person", "Group", "I trust this person.", "This person respects me."),
        (0, "Claire", "Coach", None, None),
        (1, "Sam", "Board", None, None),
        (2, "Eva", "Board", None, None),
        (4, "Nina", "Team", None, None),
    ]
    assert answers["B1"].value.startswith("For each sentence: 1 = strongly disagree")
    objectives = wb["Objectives"]
    assert [objectives.cell(r, 2).value for r in (5, 6)] == [
        "Since the coaching started, what change do you see in Eva on: Delegate more?",
        "Since the coaching started, what change do you see in Eva on: Speak up?",
    ]
    consent = wb["Consent and comment"]
    assert consent["A3"].value == "May the coach's own report show your name?"
    assert consent["A4"].value.startswith("I have read how my answers are used")
    assert consent["A6"].value == "Anything to add? (optional)"
    assert "at least 5 people" in consent["A7"].value


def test_only_the_answer_cells_can_be_changed_and_each_has_its_list() -> None:
    wb = load_workbook(io.BytesIO(book("m1")))
    assert wb.security.lockStructure
    assert all(s.protection.sheet for s in wb.worksheets)
    lists = {
        (sheet.title, str(v.sqref)): (v.formula1, v.errorStyle, v.allow_blank)
        for sheet in wb.worksheets
        for v in sheet.data_validations.dataValidation
    }
    assert lists == {
        ("Your answers", "D5:E8"): ('"1,2,3,4,5,Don\'t know"', "stop", True),
        ("Objectives", "C5:C6"): (
            '"−3 much worse,−2 worse,−1 slightly worse,0 no change,+1 slightly better,'
            '+2 better,+3 much better,no opportunity to observe"', "stop", True),
        ("Consent and comment", "B3"): ('"Yes,No: count my answers only in group figures"',
                                        "stop", True),
        ("Consent and comment", "B4"): ('"Yes,No"', "stop", True),
        ("Consent and comment", "A8"): ("0", "stop", True),  # at most 4000 characters
    }  # fmt: skip
    unlocked = {
        (sheet.title, cell.coordinate)
        for sheet in wb.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if not cell.protection.locked
    }
    answers = {("Your answers", f"{c}{r}") for c in "DE" for r in range(5, 9)}
    assert unlocked == answers | {("Objectives", "C5"), ("Objectives", "C6")} | {
        ("Consent and comment", ref)
        for ref in ("B3", "B4", "A8", "B8")  # A8:B8 merged
    }
    sheet = wb["Your answers"]
    assert sheet.column_dimensions["A"].hidden and sheet.freeze_panes == "D5"
    assert sheet.column_dimensions["B"].width == 14 and sheet.column_dimensions["D"].width == 18
    comment = wb["Consent and comment"]["A8"]
    assert comment.number_format == "@" and "A8:B8" in wb["Consent and comment"].merged_cells


def test_the_hidden_sheet_binds_the_identity_to_the_campaign() -> None:
    wb = load_workbook(io.BytesIO(book("m1")))
    check = dict(wb["alliance-graph"].iter_rows(values_only=True))
    assert check["format"] == "alliance-graph respondent workbook 1"
    assert check["survey"] == survey_code(CAMPAIGN) != survey_code(campaign(4))
    assert check["code"] == person_code(CAMPAIGN, "m1", "Marc", "T2")
    assert check["code"] != person_code(CAMPAIGN, "m2", "Marc", "T2")
    assert check["code"] != person_code(campaign(secret="other"), "m1", "Marc", "T2")


def test_the_workbook_holds_no_link_and_nothing_of_the_others() -> None:
    parts = zipfile.ZipFile(io.BytesIO(book("m1")))
    xml = b"".join(parts.read(name) for name in parts.namelist())
    assert b"token-of-" not in xml and b"s3cret" not in xml
    assert b"Marc" in xml and b"Nina" in xml  # whom he rates, by name and group


def test_a_french_workbook_for_whom_the_register_says_french() -> None:
    wb = load_workbook(io.BytesIO(book("m2", "en")))  # the coach's page is in English
    assert wb.sheetnames[:4] == ["À lire", "Vos réponses", "Objectifs", "Accord et commentaire"]
    assert wb["À lire"]["B3"].value == "Nina" and wb["À lire"]["A4"].value == "Identifiant"
    assert wb["Vos réponses"]["D4"].value == "J’ai confiance en cette personne."
    rules = {str(v.sqref): v.formula1 for v in wb["Vos réponses"].data_validations.dataValidation}
    assert rules == {"D5:E8": '"1,2,3,4,5,Je ne sais pas"'}
    consent = wb["Accord et commentaire"]
    assert consent["A3"].value.startswith("Vous ne serez nommé nulle part")  # not asked
    assert [str(v.sqref) for v in consent.data_validations.dataValidation] == ["B4", "A8"]
    sam = load_workbook(io.BytesIO(book("s", "fr")))  # no language: the coach's page's
    assert sam.sheetnames[0] == "À lire" and sam["À lire"]["A3"].value == "Pour"


def test_the_same_campaign_gives_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    first, bundle = book("m1"), workbooks_zip(CAMPAIGN, RESPONDENTS, "en")
    later = time.time() + 86_400
    monkeypatch.setattr(time, "time", lambda: later)  # what zip parts are dated with
    assert book("m1") == first and workbooks_zip(CAMPAIGN, RESPONDENTS, "en") == bundle
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    assert core.count("2026-03-01T09:00:00Z") == 2  # made and changed when the campaign was
    assert book("m1", "fr") != first  # Marc has no language: the coach's page's...
    assert book("m2", "en") == book("m2", "fr")  # ...Nina's register says French


def test_the_zip_holds_one_workbook_per_respondent_and_a_readme() -> None:
    bundle = zipfile.ZipFile(io.BytesIO(workbooks_zip(CAMPAIGN, RESPONDENTS, "fr")))
    people = ["Claire (c)", "Sam (s)", "Eva (e)", "Marc (m1)", "Nina (m2)"]
    assert bundle.namelist() == ["README.txt", *(f"T2 - {p}.xlsx" for p in people)]
    readme = bundle.read("README.txt").decode("utf-8-sig")
    assert readme.startswith("Enquête T2 : un classeur par répondant (5).")
    assert "\r\nSurvey T2: one workbook per respondent (5)." in readme
    assert bundle.read("T2 - Marc (m1).xlsx") == book("m1", "fr")


# -- read back ---------------------------------------------------------------------------


def test_a_filled_workbook_becomes_its_respondents_answers() -> None:
    filled = fill_workbook(
        book("m1"),
        {**MARC, "Nina": ["4", "Je ne sais pas"]},  # typed as text, or in French: the same
        progress=["+2 better", "no opportunity to observe"],
        named="No: count my answers only in group figures",
        comment="=Bravo\r\nà tous",
    )
    returned = read(("marc.xlsx", filled))
    assert returned.refused == ()
    [found] = returned.accepted
    assert (found.file, found.respondent.person) == ("marc.xlsx", "m1")
    assert found.answers == Answers(
        {
            ("c", "trust"): "4",
            ("c", "respect"): "5",
            ("s", "trust"): "dk",
            ("s", "respect"): "3",
            ("e", "trust"): "2",
            ("m2", "trust"): "4",
            ("m2", "respect"): "dk",
        },
        {"O1": "2", "O2": "dk"},
        "=Bravo\nà tous",
        agreed=True,
        named=False,
    )


def test_whom_it_is_for_comes_from_the_file_never_from_a_typed_name() -> None:
    filled = fill_workbook(book("m1"), MARC)
    swapped = with_cells(filled, {("intro", "B4"): "m2"})  # Marc says he is Nina
    renamed = with_cells(filled, {("intro", "B3"): "Nina", ("alliance-graph", "B3"): "é"})
    rewaved = with_cells(filled, {("intro", "B5"): "T1"})
    returned = read(("swapped.xlsx", swapped), ("renamed.xlsx", renamed), ("T1.xlsx", rewaved))
    assert returned.accepted == ()
    changed = {"sheet": "Read me", "cells": "B3:B5"}
    assert problems(returned) == [
        ("swapped.xlsx", "identity_changed", changed),
        ("renamed.xlsx", "identity_changed", changed),
        ("T1.xlsx", "identity_changed", changed),
    ]


def test_a_workbook_of_another_survey_or_no_survey_is_refused() -> None:
    other = fill_workbook(book("m1", of=campaign(4, "another secret", "T1")), MARC)
    kit = kit_workbook(kit_content("en"))
    not_zip = b"rater,ratee\n"
    zip_of_text = io.BytesIO()
    with zipfile.ZipFile(zip_of_text, "w") as archive:
        archive.writestr("notes.txt", "hello")
    returned = read(("other.xlsx", other), ("survey-kit.xlsx", kit), ("fake.xlsx", not_zip),
                    ("answers.csv", not_zip), ("zipped.xlsx", zip_of_text.getvalue()))  # fmt: skip
    assert problems(returned) == [
        ("other.xlsx", "other_survey", {"wave": "T1"}),
        ("survey-kit.xlsx", "not_ours", {}),
        ("fake.xlsx", "not_workbook", {}),
        ("answers.csv", "not_workbook", {}),
        ("zipped.xlsx", "unreadable", {"reason_key": "reason.zip_not_workbook"}),
    ]


def test_answers_off_the_lists_and_changed_rows_are_located() -> None:
    filled = fill_workbook(book("m1"), {"Claire": [4, "maybe"], "Sam": [7, 2.5], "Eva": [3, 3]})
    moved = with_cells(filled, {("answers", "A7"): 3, ("objectives", "C5"): "+4 excellent"})
    returned = read(("marc.xlsx", moved))
    sheet = {"sheet": "Your answers"}
    assert problems(returned) == [
        ("marc.xlsx", "off_list", {**sheet, "cell": "E5", "value": "maybe"}),
        ("marc.xlsx", "off_list", {**sheet, "cell": "D6", "value": "7"}),
        ("marc.xlsx", "off_list", {**sheet, "cell": "E6", "value": "2.5"}),
        ("marc.xlsx", "unknown_row", {**sheet, "row": 7}),  # row 7 now says Marc himself
        ("marc.xlsx", "off_list", {"sheet": "Objectives", "cell": "C5", "value": "+4 excellent"}),
    ]
    twice = with_cells(fill_workbook(book("m1"), MARC), {("answers", "A6"): 0})
    assert problems(read(("twice.xlsx", twice))) == [
        ("twice.xlsx", "same_row", {**sheet, "row": 6, "first": 5})
    ]


def test_someone_no_longer_on_the_list_is_a_row_refused() -> None:
    filled = fill_workbook(book("m1"), MARC)
    fewer = [r if r.person != "m1" else Respondent(r.id, r.campaign_id, "m1", r.token, ("c", "s"))
             for r in RESPONDENTS]  # fmt: skip
    returned = read_returned(CAMPAIGN, fewer, [("marc.xlsx", filled)])
    assert problems(returned) == [("marc.xlsx", "unknown_row", {"sheet": "Your answers", "row": 7})]


def test_consent_is_read_as_the_form_asks_it() -> None:
    sheet = {"sheet": "Consent and comment"}
    cases = {
        "no-agree.xlsx": fill_workbook(book("m1"), MARC, agreed=None),
        "said-no.xlsx": fill_workbook(book("e"), {"Claire": [3]}, agreed="No"),
        "no-named.xlsx": fill_workbook(book("s"), {"Claire": [3]}, named=None),
        "odd.xlsx": fill_workbook(book("c"), {"Sam": [3]}, agreed="perhaps"),
        "long.xlsx": fill_workbook(book("m1", of=CAMPAIGN), {}, comment="x" * 4001),
    }
    returned = read(*cases.items())
    assert problems(returned) == [
        ("no-agree.xlsx", "need_agree", {**sheet, "cell": "B4"}),
        ("said-no.xlsx", "need_agree", {**sheet, "cell": "B4"}),
        ("no-named.xlsx", "need_named", {**sheet, "cell": "B3"}),
        ("odd.xlsx", "off_list", {**sheet, "cell": "B4", "value": "perhaps"}),
        ("long.xlsx", "comment_too_long", {**sheet, "cell": "A8", "limit": 4000}),
    ]
    nina = fill_workbook(book("m2"), {"Marc": [4, 4]}, agreed="Oui", named=None)
    [found] = read(("nina.xlsx", nina)).accepted  # the register says not to name her: not asked
    assert (found.answers.agreed, found.answers.named) == (True, None)


def test_two_workbooks_of_one_person_are_both_refused_the_same_one_twice_is_read_once() -> None:
    first = fill_workbook(book("m1"), MARC)
    second = fill_workbook(book("m1"), {**MARC, "Eva": [5, 5]})
    sam = fill_workbook(book("s"), {"Claire": [5, 5]})
    returned = read(
        ("a.xlsx", first), ("b.xlsx", second), ("sam.xlsx", sam), ("a copy.xlsx", first)
    )
    assert [b.file for b in returned.accepted] == ["sam.xlsx"]
    assert problems(returned) == [
        ("a.xlsx", "two_workbooks", {"other": "b.xlsx", "name": "Marc"}),
        ("b.xlsx", "two_workbooks", {"other": "a.xlsx", "name": "Marc"}),
    ]


def test_a_zip_of_returned_workbooks_is_unpacked_within_limits() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("back/marc.xlsx", fill_workbook(book("m1"), MARC))
        archive.writestr("back/sam.xlsx", fill_workbook(book("s"), {"Claire": [5, 5]}))
        archive.writestr("__MACOSX/back/._marc.xlsx", b"\x00\x05")
        archive.writestr("README.txt", "what the coach sent")
        archive.writestr("back/scan.pdf", b"%PDF")
    returned = read(("returned.zip", buffer.getvalue()))
    assert [(b.file, b.respondent.person) for b in returned.accepted] == [
        ("returned.zip › back/marc.xlsx", "m1"), ("returned.zip › back/sam.xlsx", "s")
    ]  # fmt: skip
    assert problems(returned) == [("returned.zip › back/scan.pdf", "not_workbook", {})]
    small = read(("returned.zip", buffer.getvalue()), limits=Limits(max_bytes=10_000))
    assert problems(small) == [("returned.zip", "zip_refused", {"files": 500, "limit": 0})]


def test_names_that_look_like_formulas_stay_text_and_still_identify() -> None:
    people = (
        Person("c", "Claire", "Coach", "coach"),
        Person("x", '=HYPERLINK("http://evil")', "=1+1"),
        Person("y", "Ana\x01 Lopez ", "=1+1"),
    )
    hostile = Campaign(9, 1, "=T2", "open", Questions(("trust",), 1, 5, people), "k")
    respondents = [
        Respondent(n, 9, p.id, "t" * 40, ratees(p, people)) for n, p in enumerate(people)
    ]
    data = respondent_workbook(hostile, respondents[2], "en")
    wb = load_workbook(io.BytesIO(data))
    cells = [
        wb["Read me"]["B3"],
        wb["Read me"]["B5"],
        wb["Your answers"]["B6"],
        wb["Your answers"]["C6"],
    ]
    assert [(c.value, c.data_type) for c in cells] == [
        ("Ana Lopez", "s"), ("=T2", "s"), ('=HYPERLINK("http://evil")', "s"), ("=1+1", "s")
    ]  # fmt: skip
    filled = fill_workbook(data, {'=HYPERLINK("http://evil")': [2]})
    [found] = read_returned(hostile, respondents, [("ana.xlsx", filled)]).accepted
    assert (found.respondent.person, found.answers.ratings) == ("y", {("x", "trust"): "2"})


def test_names_inside_a_zip_are_shown_without_control_characters() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("evil\u202e\x07.txt", b"")
    returned = read(("back.zip", buffer.getvalue()))
    assert problems(returned) == [("back.zip › evil .txt", "not_workbook", {})]
