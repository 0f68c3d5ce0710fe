"""The survey kit: written in both languages, opened as each language's Excel expects, and
read back by the ingest as it is and once filled in."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.i18n import translate
from alliance_graph.ingest.headers import dimension_of, match_header, role_of
from alliance_graph.ingest.likert import convert_scores, is_dont_know
from alliance_graph.template import KIT_FILES, csv_bytes, kit_content, write_kit
from alliance_graph.template_workbook import ANSWER_ROWS, REGISTER_ROWS

BOM = b"\xef\xbb\xbf"
SHEETS = {
    "en": ("Instructions", "Register", "Answers", "Objectives", "Progress"),
    "fr": ("Mode d’emploi", "Parties prenantes", "Réponses", "Objectifs", "Progrès"),
}


def _reads_workbooks() -> bool:
    """Whether the ingest reads an ``.xlsx`` answers sheet: one is written and read."""
    import tempfile

    book = Workbook()
    for row in (("rater", "ratee", "score"), ("Ann", "Bob", 4), ("Bob", "Ann", 3)):
        book.active.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "probe.xlsx"
        book.save(path)
        try:
            survey = read_survey(path)
        except Exception:
            return False
    return not survey.errors and len(survey.ratings) == 2


READS_WORKBOOKS = _reads_workbooks()


def _validate(*args: str | Path) -> dict:
    result = CliRunner().invoke(cli, ["validate", *map(str, args), "--scale", "1:5", "--json"])
    assert "Traceback" not in result.output, result.output
    report = json.loads(result.output)
    errors = [i for i in report["issues"] if i["severity"] == "error"]
    assert result.exit_code == 0 and not errors, errors
    return report


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_kit_reads_back_as_it_is(tmp_path: Path, lang: str) -> None:
    files = write_kit(tmp_path / "kit", lang)
    assert [f.name for f in files] == list(KIT_FILES)
    survey = read_survey(
        tmp_path / "kit" / "survey.csv", register=tmp_path / "kit" / "register.csv"
    )
    assert not survey.errors, [i.describe() for i in survey.errors]
    assert survey.coach == "c1" and survey.waves == ("T1",)
    assert set(survey.ratings["dimension"]) == {"trust", "listening", "respect", "goals"}
    people = survey.stakeholders.set_index("id")
    assert people.loc["s1", "role"] == "sponsor" and people.loc["e1", "role"] == "coachee"
    assert people["consent"].all()
    assert len(survey.ratings) == 15  # 4 rows × 4 dimensions, one left blank


def test_questionnaire_in_french(tmp_path: Path) -> None:
    write_kit(tmp_path, "fr")
    text = (tmp_path / "questionnaire.txt").read_text(encoding="utf-8")
    assert "J’ai confiance en cette personne" in text and "tout à fait d’accord" in text


# -- CSV files in the dialect of each language's Excel ------------------------------------


@pytest.mark.parametrize(("lang", "delimiter"), [("fr", b";"), ("en", b",")])
def test_csv_files_open_in_the_language_s_excel(
    tmp_path: Path, lang: str, delimiter: bytes
) -> None:
    write_kit(tmp_path, lang)
    for name in ("register.csv", "survey.csv"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(BOM), name
        header = data[len(BOM) :].split(b"\r\n")[0]
        other = b"," if delimiter == b";" else b";"
        assert header.count(delimiter) >= 4 and other not in header, header
        assert b"\n" not in data.replace(b"\r\n", b""), "Windows line ends only"
    register = (tmp_path / "register.csv").read_bytes().decode("utf-8-sig")
    if lang == "fr":
        assert register.startswith("id;nom;groupe;rôle;consentement;autres noms;courriel\r\n")
        assert "Le Commanditaire;Comité de direction;commanditaire;oui;;\r\n" in register


def test_french_csv_numbers_have_a_decimal_comma() -> None:
    data = csv_bytes((("note", "date"), (3.5, dt.date(2026, 1, 15)), (4, None)), "fr")
    assert data.decode("utf-8-sig") == "note;date\r\n3,5;2026-01-15\r\n4;\r\n"
    assert csv_bytes(((3.5,),), "en") == BOM + b"3.5\r\n"


def test_filled_french_csv_files_validate(tmp_path: Path) -> None:
    """Filled in as a French coach would: a person with accents and another spelling of
    her name, answers as labels, "don't know" and a decimal comma."""
    write_kit(tmp_path, "fr")
    with (tmp_path / "register.csv").open("a", encoding="utf-8", newline="") as register:
        register.write("p1;Zoé Lefèvre;Équipe A;partie prenante;oui;Zoé\r\n")
    with (tmp_path / "survey.csv").open("a", encoding="utf-8", newline="") as survey:
        survey.write("T1;2026-01-17;Zoé;c1;Plutôt d’accord;4,5;;Tout à fait d’accord\r\n")
        survey.write("T1;2026-01-17;c1;p1;3;Plutôt pas d’accord;Je ne sais pas;3\r\n")
    report = _validate(tmp_path / "survey.csv", "--register", tmp_path / "register.csv")
    assert report["ratings"] == 15 + 6 and report["stakeholders"] == 5
    assert [f["delimiter"] for f in report["files"]] == ["semicolon", "semicolon"]
    assert "NOT_IN_REGISTER" not in {i["code"] for i in report["issues"]}  # Zoé: an alias


# -- the workbook ---------------------------------------------------------------------------


def _book(tmp_path: Path, lang: str):
    write_kit(tmp_path, lang)
    return load_workbook(tmp_path / "survey-kit.xlsx")


def _lists(sheet) -> dict[str, str]:
    return {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_workbook_answers_are_chosen_in_dropdown_lists(tmp_path: Path, lang: str) -> None:
    book = _book(tmp_path, lang)
    _, register, answers, _, _ = SHEETS[lang]
    assert book.sheetnames == list(SHEETS[lang])
    kit = kit_content(lang)
    last = ANSWER_ROWS + 1
    labels = [translate(f"kit.answer.{point}", lang) for point in range(1, 6)]
    dont_know = translate("kit.answer.dont_know", lang)
    assert _lists(book[answers]) == {
        f"C2:D{last}": f"'{register}'!$B$2:$B${REGISTER_ROWS + 1}",
        f"E2:H{last}": '"' + ",".join([*labels, dont_know]) + '"',
    }
    assert match_header(book[register]["B1"].value) == "name"
    # the labels of the list are labels the ingest reads, in scale order, then "not rated"
    assert convert_scores(pd.Series(labels)).values.tolist() == [1, 2, 3, 4, 5]
    assert tuple(labels) == kit.labels and is_dont_know(dont_know)
    validation = book[answers].data_validations.dataValidation[1]
    assert validation.errorStyle == "stop" and validation.allow_blank and validation.error


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_workbook_register_lists_roles_and_consent(tmp_path: Path, lang: str) -> None:
    book = _book(tmp_path, lang)
    sheet = book[SHEETS[lang][1]]
    lists = _lists(sheet)
    roles = lists[f"D2:D{REGISTER_ROWS + 1}"].strip('"').split(",")
    assert [role_of(r) for r in roles] == ["coach", "sponsor", "coachee", "stakeholder"]
    yes, no = lists[f"E2:E{REGISTER_ROWS + 1}"].strip('"').split(",")
    assert (yes, no) == (("yes", "no") if lang == "en" else ("oui", "non"))


def test_workbook_headers_are_french_and_read_as_such(tmp_path: Path) -> None:
    book = _book(tmp_path, "fr")
    register, answers = (book[name] for name in SHEETS["fr"][1:3])
    head = [c.value for c in answers[1]]
    assert head[:4] == ["vague", "date", "évaluateur", "évalué"]
    assert [match_header(h) for h in head[:4]] == ["wave", "date", "rater", "ratee"]
    assert [dimension_of(h) for h in head[4:]] == ["trust", "listening", "respect", "goals"]
    assert [match_header(c.value) for c in register[1]] == [
        "id",
        "name",
        "group",
        "role",
        "consent",
        "aliases",
        "email",
    ]
    for sheet in (register, answers):
        assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(w >= len(str(c.value)) for w, c in zip(widths, sheet[1])), widths
    assert answers.column_dimensions["E"].width > len("Ni d’accord ni pas d’accord")
    assert answers["B2"].is_date and answers["C2"].value == "Le Commanditaire"


def test_workbook_instructions_in_french(tmp_path: Path) -> None:
    text = "\n".join(c.value for c in _book(tmp_path, "fr")["Mode d’emploi"]["A"] if c.value)
    assert "Feuille « Parties prenantes »" in text and "Feuille « Réponses »" in text
    assert "4. Feuille « Objectifs »" in text and "5. Feuille « Progrès »" in text
    assert translate("kit.q.progress", "fr") in text and "« pas eu l’occasion d’observer »" in text
    assert "(register.csv, survey.csv, objectives.csv, progress.csv)" in text
    assert "J’ai confiance en cette personne" in text
    assert "alliance-graph validate survey-kit.xlsx" in text
    assert " the " not in text and "Sheet" not in text


def _fill(path: Path, lang: str) -> None:
    """Add a person to the register and answers picked in the dropdown lists."""
    book = load_workbook(path)
    _, register, answers = (book[name] for name in SHEETS[lang][:3])
    labels = _lists(answers)[f"E2:H{ANSWER_ROWS + 1}"].strip('"').split(",")
    role, yes = kit_content(lang).roles[3], kit_content(lang).yes_no[0]
    register.append(["p1", "Zoé Lefèvre", "Équipe A", role, yes, "Zoé"])
    coach = register["B2"].value
    when = dt.datetime(2026, 1, 17)
    answers.append(["T1", when, "Zoé", coach, labels[3], labels[4], None, labels[1]])
    answers.append(["T1", when, coach, "Zoé Lefèvre", labels[2], labels[5], labels[3], 4])
    book.save(path)


@pytest.mark.skipif(not READS_WORKBOOKS, reason="the ingest does not read .xlsx files yet")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_filled_workbook_validates(tmp_path: Path, lang: str) -> None:
    write_kit(tmp_path, lang)
    book = tmp_path / "survey-kit.xlsx"
    _fill(book, lang)
    report = _validate(book)
    assert report["ratings"] == 15 + 6 and report["stakeholders"] == 5
    assert "NOT_IN_REGISTER" not in {i["code"] for i in report["issues"]}  # Zoé: an alias
    assert report["waves"] == ["T1"]


@pytest.mark.skipif(not READS_WORKBOOKS, reason="the ingest does not read .xlsx files yet")
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_workbook_and_csv_files_hold_the_same_ratings(tmp_path: Path, lang: str) -> None:
    """Names and labels in the workbook, ids and numbers in the CSV files: one survey."""
    write_kit(tmp_path, lang)
    book = read_survey(tmp_path / "survey-kit.xlsx")
    csv = read_survey(tmp_path / "survey.csv", register=tmp_path / "register.csv")
    assert not book.errors, [i.describe() for i in book.errors]
    columns = ["wave", "date", "rater", "ratee", "dimension", "score"]

    def table(survey) -> pd.DataFrame:
        return survey.ratings[columns].sort_values(columns).reset_index(drop=True)

    pd.testing.assert_frame_equal(table(book), table(csv))
    assert book.coach == csv.coach == "c1"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_kit_s_objectives_and_progress_read_back(tmp_path: Path, lang: str) -> None:
    kit = tmp_path / "kit"
    write_kit(kit, lang)
    survey = read_survey(
        [kit / "survey.csv", kit / "progress.csv"],
        register=kit / "register.csv",
        objectives=kit / "objectives.csv",
        scale="1:5",
    )
    assert survey.issues == (), [i.describe() for i in survey.issues]
    assert survey.objectives["id"].tolist() == ["1"]
    assert survey.objectives.loc[0, "agreed_by"] == ("coachee", "sponsor", "coach")
    assert survey.objectives.loc[0, "observers"] == (translate("kit.example.team", lang),)
    assert survey.progress["progress"].tolist() == [1.0, 2.0, 2.0]  # "+1", "better", "+2"
    questions = (kit / "questionnaire.txt").read_text(encoding="utf-8")
    assert translate("kit.q.progress", lang) in questions
