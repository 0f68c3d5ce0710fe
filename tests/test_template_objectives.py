"""The survey kit's workbook: the objectives register and the progress answers sheets, their
notes and lists, in English and French, and read back once filled in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from alliance_graph import read_survey
from alliance_graph.i18n import translate
from alliance_graph.ingest.objectives import parse_objectives
from alliance_graph.ingest.progress import parse_progress
from alliance_graph.ingest.read import RawTable, read_table
from alliance_graph.ingest.schema import header_columns
from alliance_graph.ingest.workbook import read_workbook
from alliance_graph.template import kit_content, write_kit
from alliance_graph.template_workbook import REGISTER_ROWS

SHEETS = {"en": ("Objectives", "Progress"), "fr": ("Objectifs", "Progrès")}
REGISTER = {"en": "Register", "fr": "Parties prenantes"}
OBJECTIVES = ["id", "objective", "agreed_on", "agreed_by", "observers", "target", "indicator"]
PROGRESS = ["wave", "rater", "objective", "progress", "comment"]


def _rules(sheet) -> dict[str, tuple]:
    """Each rule's cells → (type, operator, formula1, formula2, error style)."""
    return {
        str(v.sqref): (v.type, v.operator, v.formula1, v.formula2, v.errorStyle)
        for v in sheet.data_validations.dataValidation
    }


def _tables(path: Path) -> dict[str, RawTable]:
    """The workbook's sheets as the ingest reads them, by sheet name."""
    return {t.sheet: t for t in read_workbook(path.name, path.read_bytes()).tables}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_objectives_sheet_holds_the_register_of_objectives_csv(tmp_path: Path, lang: str) -> None:
    write_kit(tmp_path, lang)
    objectives, _ = SHEETS[lang]
    sheet = load_workbook(tmp_path / "survey-kit.xlsx")[objectives]
    head = [c.value for c in sheet[1]]
    assert list(header_columns("objectives", head)) == OBJECTIVES
    assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
    # the same register as objectives.csv, once read
    book, _ = parse_objectives(_tables(tmp_path / "survey-kit.xlsx")[objectives])
    csv, _ = parse_objectives(read_table(tmp_path / "objectives.csv")[0])
    assert book is not None and csv is not None
    pd.testing.assert_frame_equal(book.drop(columns="file"), csv.drop(columns="file"))
    assert book.loc[0, "agreed_on"] == "2026-01-12" and sheet["C2"].is_date
    assert book.loc[0, "agreed_by"] == ("coachee", "sponsor", "coach")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_objectives_sheet_rules_and_notes(tmp_path: Path, lang: str) -> None:
    write_kit(tmp_path, lang)
    sheet = load_workbook(tmp_path / "survey-kit.xlsx")[SHEETS[lang][0]]
    kit = kit_content(lang)
    choices = '"' + ",".join(kit.agreed_by) + '"'
    # 2000-01-01 and 2100-12-31 as Excel stores dates: days since 1899-12-30
    assert _rules(sheet) == {
        "A2:A51": ("custom", None, "COUNTIF($A$2:$A$51,A2)<=1", None, "stop"),
        "B2:B51": (None, None, None, None, None),
        "C2:C51": ("date", "between", "36526", "73415", "stop"),
        "D2:D51": ("list", None, choices, None, "warning"),
        "E2:E51": (None, None, None, None, None),
        "F2:F51": ("decimal", "between", "-3", "3", "stop"),
        "G2:G51": (None, None, None, None, None),
    }
    # each header's note is the input message of its column's cells, within Excel's limits
    for cell, rule in zip(sheet[1], sheet.data_validations.dataValidation):
        assert cell.comment.text == rule.prompt and rule.showInputMessage
        assert len(rule.prompt) <= 255 and len(rule.error or "") <= 225
        assert rule.promptTitle == cell.value
    assert REGISTER[lang] in sheet["E1"].comment.text  # observers: its groups
    # every choice of who agreed is read as the parties it names
    parsed, issues = parse_objectives(
        RawTable("o.csv", pd.DataFrame({"id": ["1", "2", "3", "4", "5", "6", "7"],
                 "objective": ["x"] * 7, "agreed by": list(kit.agreed_by)}), "utf-8", ",")
    )  # fmt: skip
    assert issues == [] and parsed is not None
    assert parsed["agreed_by"].tolist() == [
        ("coachee", "sponsor", "coach"),
        ("coachee", "sponsor"),
        ("coachee", "coach"),
        ("sponsor", "coach"),
        ("coachee",),
        ("sponsor",),
        ("coach",),
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_progress_sheet_lists_and_the_answers_they_hold(tmp_path: Path, lang: str) -> None:
    write_kit(tmp_path, lang)
    objectives, progress = SHEETS[lang]
    sheet = load_workbook(tmp_path / "survey-kit.xlsx")[progress]
    assert list(header_columns("progress", [c.value for c in sheet[1]])) == PROGRESS
    kit = kit_content(lang)
    choices = (*kit.progress_labels, kit.not_observed)
    assert _rules(sheet) == {
        "A2:A2001": (None, None, None, None, None),
        "B2:B2001": ("list", None, f"'{REGISTER[lang]}'!$B$2:$B${REGISTER_ROWS + 1}", None,
                     "warning"),
        "C2:C2001": ("list", None, f"'{objectives}'!$A$2:$A$51", None, "warning"),
        "D2:D2001": ("list", None, '"' + ",".join(choices) + '"', None, "stop"),
        "E2:E2001": (None, None, None, None, None),
    }  # fmt: skip
    for cell, rule in zip(sheet[1], sheet.data_validations.dataValidation):
        assert cell.comment.text == rule.prompt and len(rule.prompt) <= 255
        assert len(rule.error or "") <= 225
    assert sheet.column_dimensions["D"].width > max(map(len, choices))
    # the list's answers are read as −3 … +3; "no opportunity to observe" as no answer
    table, issues = parse_progress(
        RawTable("p.csv", pd.DataFrame({"wave": "T1", "rater": "a", "objective": "1",
                 "progress": list(choices)}), "utf-8", ",")
    )  # fmt: skip
    assert table["progress"].tolist() == [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
    assert [(i.code.value, dict(i.params)) for i in issues] == [
        ("DONT_KNOW_ANSWERS", {"count": 1, "lines": "9"})
    ]
    # the example answers: progress.csv's, people by name and answers as the list words them
    book, _ = parse_progress(_tables(tmp_path / "survey-kit.xlsx")[progress])
    csv, _ = parse_progress(read_table(tmp_path / "progress.csv")[0])
    assert book["progress"].tolist() == csv["progress"].tolist() == [1.0, 2.0, 2.0]
    names = {row[0]: row[1] for row in kit.register[1:]}
    assert [c.value for c in sheet["B"][1:]] == [names[r] for r in csv["rater"]]
    assert book["comment"].tolist() == csv["comment"].tolist()


def _fill(path: Path, lang: str) -> dict[str, str]:
    """A person added to the register, a second objective to the register of objectives,
    and progress answers chosen in the lists; returns the names used, by id."""
    book = load_workbook(path)
    kit = kit_content(lang)
    register, objectives, progress = book.worksheets[1], *(book[n] for n in SHEETS[lang])
    register.append(["p1", "Zoé Lefèvre", "Équipe A", kit.roles[3], kit.yes_no[0], "Zoé"])
    names = {row[0].value: row[1].value for row in register.iter_rows(min_row=2)}
    board = register["C3"].value  # the sponsor's group
    objectives.append(["2", "Speak up", dt.datetime(2026, 2, 2), kit.agreed_by[1], board, 1.5])
    labels = _rules(progress)["D2:D2001"][2].strip('"').split(",")
    for row in (
        ["T1", names["p1"], "2", labels[6], "Spoke first twice"],  # +3
        ["T1", names["s1"], "2", labels[1], None],  # −2
        ["T1", names["c1"], "2", labels[7], None],  # no opportunity to observe, line 7
        ["T1", "Zoé", "1", labels[3], None],  # 0, by her other name
    ):
        progress.append(row)
    book.save(path)
    return names


#: (rater, objective, progress) of the filled-in workbook: the kit's three answers, then
#: the four added but the one not observed.
FILLED = [
    ("s1", "1", 1.0), ("m1", "1", 2.0), ("e1", "1", 2.0),
    ("p1", "2", 3.0), ("s1", "2", -2.0), ("p1", "1", 0.0),
]  # fmt: skip


def _progress(survey) -> list[tuple]:
    table = survey.progress[["rater", "objective", "progress"]]
    return [tuple(row) for row in table.itertuples(index=False)]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_filled_progress_sheet_reads_back(tmp_path: Path, lang: str) -> None:
    """Found among the workbook's sheets by its headers, the sheet is read with the
    workbook's register: names and other names become ids."""
    write_kit(tmp_path, lang)
    book = tmp_path / "survey-kit.xlsx"
    _fill(book, lang)
    survey = read_survey(book, scale="1:5")
    assert [i.describe() for i in survey.errors] == []
    assert _progress(survey) == FILLED
    assert survey.progress["wave"].unique().tolist() == ["T1"]
    assert survey.progress["comment"].tolist()[3] == "Spoke first twice"
    said = [dict(i.params) for i in survey.issues if i.code.value == "DONT_KNOW_ANSWERS"]
    assert said == [{"count": 1, "lines": "7"}]
    assert "NOT_IN_REGISTER" not in {i.code.value for i in survey.issues}
    assert len(survey.ratings) == 15  # the answers sheet as before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_filled_objectives_sheet_reads_back(tmp_path: Path, lang: str) -> None:
    """The register of objectives read from its sheet: found among the workbook's sheets,
    or named (``--objectives survey-kit.xlsx#Objectives``)."""
    write_kit(tmp_path, lang)
    book = tmp_path / "survey-kit.xlsx"
    names = _fill(book, lang)
    found = read_survey(book, scale="1:5")
    named = read_survey(book, scale="1:5", objectives=f"{book}#{SHEETS[lang][0]}")
    assert [i.describe() for i in found.errors + named.errors] == []
    assert found.objectives.drop(columns=["file"]).equals(named.objectives.drop(columns=["file"]))
    agreed = found.objectives
    assert agreed["id"].tolist() == ["1", "2"] and agreed["target"].tolist() == [1.0, 1.5]
    assert agreed["agreed_on"].tolist() == ["2026-01-12", "2026-02-02"]
    assert agreed["agreed_by"].tolist() == [("coachee", "sponsor", "coach"), ("coachee", "sponsor")]
    team, board = translate("kit.example.team", lang), translate("kit.example.board", lang)
    assert agreed["observers"].tolist() == [(team,), (board,)]
    assert agreed["objective"].tolist()[1] == "Speak up" and names["p1"] == "Zoé Lefèvre"
