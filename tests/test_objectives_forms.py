"""Progress answers read from form exports whose columns name an objective (DESIGN.md
section 10): a Google Forms grid ``Progrès : [objectif]`` beside the ratings grid, a
Microsoft Forms workbook with one question per objective, and a form about progress alone.
The answers are the ones a long table of the same answers gives."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.model import IssueCode

REGISTER = """id,name,group,role
cmoreau,Claire Moreau,Coach,coach
pdurand,Philippe Durand,Direction,sponsor
hgarnier,Hélène Garnier,Direction,coachee
lperrin,Loïc Perrin,Managers,stakeholder
cmercier,Céline Mercier,Managers,stakeholder
"""
OBJECTIVES = """N°;Objectif;Objectif (EN);Observateurs;Cible
1;Déléguer davantage aux managers;Delegate more to the managers;Managers;1
2;Prendre la parole au comité de direction;Speak up at the executive committee;Direction;1,5
"""
#: Google's default name for the export of a form titled "Enquête confiance".
GOOGLE = "Enquête confiance (réponses) - Réponses au formulaire 1.csv"
WAVE = "Enquête confiance"
TRUST = "Ma confiance envers cette personne"
FORM = f"""Horodateur,Votre nom,{TRUST} [Claire Moreau],{TRUST} [Hélène Garnier],\
Progrès : [Déléguer davantage aux managers],Progrès : [2]
12/01/2026 15:14:06,Philippe Durand,4,5,Beaucoup mieux,Un peu moins bien
13/01/2026 09:42:10,Loïc Perrin,3,4,Pas eu l'occasion d'observer,+2
13/01/2026 10:30:00,Céline Mercier,,3,mieux,
13/01/2026 11:00:00,Hélène Garnier,4,,−1,Pas eu l'occasion d'observer
"""
#: The same answers as a long table.
LONG = f"""vague,répondant,objectif,progrès
{WAVE},Philippe Durand,1,Beaucoup mieux
{WAVE},Philippe Durand,2,Un peu moins bien
{WAVE},Loïc Perrin,1,Pas eu l'occasion d'observer
{WAVE},Loïc Perrin,2,+2
{WAVE},Céline Mercier,1,mieux
{WAVE},Hélène Garnier,1,−1
{WAVE},Hélène Garnier,2,Pas eu l'occasion d'observer
"""
#: Each answer as counted, by hand: the words of the scale, "+2", the minus sign.
EXPECTED = [
    [WAVE, "cmercier", "1", 2.0],
    [WAVE, "hgarnier", "1", -1.0],
    [WAVE, "lperrin", "2", 2.0],
    [WAVE, "pdurand", "1", 3.0],
    [WAVE, "pdurand", "2", -1.0],
]


@pytest.fixture
def kit(tmp_path: Path) -> dict[str, Path]:
    paths = {"register": tmp_path / "registre.csv", "objectives": tmp_path / "objectifs.csv"}
    paths["register"].write_text(REGISTER, encoding="utf-8")
    paths["objectives"].write_text(OBJECTIVES, encoding="utf-8")
    (tmp_path / "forms").mkdir()
    paths["form"] = tmp_path / "forms" / GOOGLE
    paths["form"].write_text(FORM, encoding="utf-8")
    return paths


def _read(kit: dict[str, Path], *inputs: Path | tuple[str, bytes]):
    return read_survey(list(inputs), register=kit["register"], objectives=kit["objectives"])


def _answers(survey) -> list[list]:
    table = survey.progress.sort_values(["rater", "objective"])
    return table[["wave", "rater", "objective", "progress"]].values.tolist()


def test_a_google_form_in_french_gives_the_progress_of_the_long_table(kit, tmp_path) -> None:
    form = _read(kit, kit["form"])
    assert form.ok, [i.describe() for i in form.issues]
    assert _answers(form) == EXPECTED
    # the ratings of the same file, without the progress columns, and the long table
    ratings = tmp_path / GOOGLE
    lines = (line.rsplit(",", 2)[0] for line in FORM.splitlines())
    ratings.write_text("\n".join(lines), encoding="utf-8")
    long = tmp_path / "progres.csv"
    long.write_text(LONG, encoding="utf-8")
    flat = _read(kit, ratings, long)
    columns = ["wave", "rater", "objective", "progress", "comment"]
    pd.testing.assert_frame_equal(
        form.progress.sort_values(["rater", "objective"])[columns].reset_index(drop=True),
        flat.progress.sort_values(["rater", "objective"])[columns].reset_index(drop=True),
    )
    ratings_of = [survey.ratings.drop(columns="file") for survey in (form, flat)]
    pd.testing.assert_frame_equal(*ratings_of)
    assert form.waves == (WAVE,)  # the file's name, cleaned of what Google adds


def test_progress_columns_are_neither_ratings_nor_unused(kit) -> None:
    survey = _read(kit, kit["form"])
    assert set(survey.ratings["ratee"]) == {"cmoreau", "hgarnier"}
    assert len(survey.ratings) == 6
    codes = {i.code for i in survey.issues}
    assert IssueCode.UNUSED_COLUMN not in codes and IssueCode.NO_ANSWERS not in codes
    unsure = {
        i.column: dict(i.params)["lines"]
        for i in survey.issues
        if i.code is IssueCode.DONT_KNOW_ANSWERS
    }
    assert unsure == {"Progrès : [Déléguer davantage aux managers]": "3", "Progrès : [2]": "5"}
    assert [f.shape for f in survey.files] == ["register", "objectives", "wide"]


def test_each_defect_is_reported_with_its_line(kit, tmp_path) -> None:
    path = tmp_path / "T1.csv"
    path.write_text(
        f"""Horodateur,Votre nom,{TRUST} [Claire Moreau],Progrès : [delegate more to THE managers],\
Progrès : [Objectif inconnu]
12/01/2026,Philippe Durand,4,+5,mieux
12/01/2026,Zoé Inconnue,3,+1,
12/01/2026,Céline Mercier,,peut-être,
12/01/2026,Loïc Perrin,,Slightly better,
12/01/2026,,,mieux,
""",
        encoding="utf-8",
    )
    survey = _read(kit, path)
    found = sorted(
        (i.line, i.code.value, i.column, i.value) for i in survey.issues if i.file == str(path)
    )
    column = "Progrès : [delegate more to THE managers]"
    assert found == [
        (2, "PROGRESS_OUT_OF_RANGE", column, "+5"),
        (2, "UNKNOWN_OBJECTIVE", "Progrès : [Objectif inconnu]", "Objectif inconnu"),
        (3, "NOT_IN_REGISTER", "rater", "Zoé Inconnue"),
        (4, "PROGRESS_NOT_A_NUMBER", column, "peut-être"),
        (6, "MISSING_NAME", "Votre nom", None),
    ]
    # the English wording names objective 1; Zoé counts, without a group
    assert _answers(survey) == [["T1", "Zoé Inconnue", "1", 1.0], ["T1", "lperrin", "1", 1.0]]


def test_a_form_about_progress_alone(kit, tmp_path) -> None:
    """Its wave is the one chosen for it: the wave of the ratings form, shared (by people
    who did not answer the progress questions of that form: one answer per question)."""
    path = tmp_path / "Suivi.csv"
    path.write_text(
        """Horodateur,Votre nom,Progrès [1],Progrès [Prendre la parole au comité de direction],\
Un mot ?
12/06/2026,Hélène Garnier,,+3,Bravo
12/06/2026,Loïc Perrin,,,

12/06/2026,Claire Moreau,Un peu mieux,,
""",
        encoding="utf-8",
    )
    survey = read_survey(
        [kit["form"], path],
        register=kit["register"],
        objectives=kit["objectives"],
        wave_labels=[None, WAVE],
    )
    found = sorted(
        (i.line, i.code.value, i.column, i.value) for i in survey.issues if i.file == str(path)
    )
    # "Un mot ?" used to be an unused column: it is read as comments now (DESIGN.md
    # section 11), Hélène Garnier's "Bravo" about the survey as a whole
    assert found == [
        (3, "NO_ANSWERS", None, "Loïc Perrin"),
        (4, "EMPTY_ROW", None, None),
    ]
    later = survey.progress[survey.progress["file"] == str(path)]
    assert later[["wave", "rater", "objective", "progress"]].values.tolist() == [
        [WAVE, "cmoreau", "1", 1.0],
        [WAVE, "hgarnier", "2", 3.0],
    ]
    assert survey.waves == (WAVE,) and len(survey.progress) == len(EXPECTED) + 2
    assert survey.comments is not None
    assert survey.comments[["wave", "rater", "topic", "text"]].values.tolist() == [
        [WAVE, "hgarnier", "", "Bravo"]
    ]
    assert {f.path: f.shape for f in survey.files}[str(path)] == "progress"
    assert survey.missing_answers.keys() == {str(kit["form"])}


def _ms_forms() -> bytes:
    """A Microsoft Forms export: one question per person, one per objective."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Form1"
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name",
                  "How much do you trust Claire Moreau?", "Progress: Delegate more to the managers",
                  "Progress: 2"])  # fmt: skip
    sheet.append([1, "2026-06-01 09:00", "2026-06-01 09:05", "pd@example.org", "Philippe Durand",
                  4, "Better", "No opportunity to observe"])  # fmt: skip
    sheet.append([2, "2026-06-01 10:00", "2026-06-01 10:04", "lp@example.org", "Loïc Perrin",
                  3, 1, "−2"])  # fmt: skip
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_microsoft_forms_workbook(kit, tmp_path) -> None:
    path = tmp_path / "Bilan(1-16).xlsx"
    path.write_bytes(_ms_forms())
    survey = _read(kit, path)
    assert survey.ok, [i.describe() for i in survey.issues]
    assert _answers(survey) == [
        ["Bilan", "lperrin", "1", 1.0],
        ["Bilan", "lperrin", "2", -2.0],
        ["Bilan", "pdurand", "1", 2.0],
    ]
    assert len(survey.ratings) == 2
    assert not [i for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN]


def test_validate_shows_the_answers_of_a_form(kit) -> None:
    args = [str(kit["form"]), "--register", str(kit["register"])]
    args += ["--objectives", str(kit["objectives"]), "--lang", "fr"]
    result = CliRunner().invoke(cli, ["validate", *args])
    assert result.exit_code == 0, result.output
    assert "Objectifs : 2 (1, 2)." in result.output
    assert f"Progrès : 5 réponses sur 2 objectifs dans la vague {WAVE}." in result.output
