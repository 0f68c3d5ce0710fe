"""Comments read from the files that hold answers (DESIGN.md section 11): a long table's
comment column, a Google Forms export's "Un mot ?" and "Commentaires [person]" columns, a
progress table's comment column; each with its wave, its author and what it is about.

The fixture (tests/data/comments) is an engagement of two waves: T1 a long table with a
comment column, T2 a Google Forms export and progress answers with comments.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.ingest.comment_headers import comment_question, is_comment
from alliance_graph.model import IssueCode, Survey
from tests.conftest import DATA

COMMENTS = DATA / "comments"
FORM = COMMENTS / "Enquête T2.csv"
INPUTS = [COMMENTS / "survey.csv", FORM, COMMENTS / "progress.csv"]


def engagement(**options: object) -> Survey:
    """The fixture's survey: its register, its objectives, the form read as wave T2."""
    return read_survey(
        INPUTS,
        register=COMMENTS / "register.csv",
        objectives=COMMENTS / "objectives.csv",
        wave_labels=[None, "T2", None],
        scale="1:5",
        **options,  # type: ignore[arg-type]
    )


def _rows(survey: Survey, file: str) -> list[list[object]]:
    comments = survey.comments
    assert comments is not None
    mine = comments[comments["file"].astype(str).str.endswith(file)]
    return mine[["wave", "rater", "topic", "about", "text", "line"]].values.tolist()


@pytest.fixture(scope="module")
def survey() -> Survey:
    return engagement()


def test_a_long_tables_comments_are_about_the_ratee_of_their_row(survey: Survey) -> None:
    # by hand, from survey.csv: every non-blank comment, its author's id, its ratee's
    assert _rows(survey, "survey.csv") == [
        ["T1", "cbernard", "person", "hgarnier", "Note pour moi : relancer Hélène", 2],
        ["T1", "hgarnier", "person", "pdurand", "Philippe progresse", 4],
        ["T1", "lperrin", "person", "cbernard", "HÉLÈNE GARNIER tranche trop vite", 7],
        ["T1", "evasseur", "person", "pdurand", "helene ne délègue pas à durand", 10],
        ["T1", "fguerin", "person", "cbernard", "<script>alert(1)</script> Léna décide seule",
         11],
        ["T1", "alemaire", "person", "cbernard", "hgarnier et Fanfan; Philippe Durand écoute",
         12],
        # a row without a ratee: a comment on the survey as a whole
        ["T1", "jtessier", "", "", "Rien à ajouter, merci Camille", 14],
        ["T1", "nbesnard", "person", "cbernard", "Je préfère rester discrète (Noémie)", 15],
        ["T1", "tleclerc", "person", "cbernard", "Yacine et Maëlle sont d'accord", 16],
        ["T1", "mfournier", "person", "tleclerc", "Théo aide beaucoup", 18],
    ]  # fmt: skip


def test_a_google_forms_export_has_general_and_personal_comments(survey: Survey) -> None:
    # "Un mot ?" is about the survey as a whole; "Commentaires [Philippe Durand]" about him
    assert _rows(survey, "Enquête T2.csv") == [
        ["T2", "lperrin", "", "", "Merci à Loic Perrin pour l'organisation", 2],
        ["T2", "lperrin", "person", "pdurand", "Philippe ose davantage", 2],
        ["T2", "evasseur", "", "", "EDOUARD VASSEUR est content", 3],
        ["T2", "fguerin", "", "", "Mieux qu'avant", 4],
        ["T2", "alemaire", "", "", "Agnès espère une suite", 5],
        ["T2", "jtessier", "person", "pdurand", "jtessier : rien à signaler", 6],
        ["T2", "tleclerc", "", "", "Un mot de Théo", 7],
        ["T2", "ydiallo", "", "", "Pas d'avis pour Diallo", 8],
    ]
    # the comment columns are neither ratings nor unused columns
    codes = {(i.code, i.column) for i in survey.issues if str(i.file).endswith("T2.csv")}
    assert codes == set(), codes
    assert set(survey.ratings.loc[survey.ratings["wave"] == "T2", "dimension"]) == {"trust"}
    assert len(survey.ratings[survey.ratings["wave"] == "T2"]) == 10  # 2+2+2+1+2+1+0


def test_progress_comments_are_about_their_objective(survey: Survey) -> None:
    # "don't know" is no answer, but its comment is kept
    assert _rows(survey, "progress.csv") == [
        ["T2", "tleclerc", "objective", "1", "Maëlle a plus d'autonomie", 2],
        ["T2", "mfournier", "objective", "1", "Les réunions sont plus courtes", 3],
        ["T2", "ydiallo", "objective", "2", "Je n'étais pas au comité avec Hélène", 4],
        ["T2", "pdurand", "objective", "1", "Je délègue le lundi", 5],
    ]
    assert survey.progress is not None and len(survey.progress) == 3  # unchanged


def test_a_row_with_only_a_comment_is_used_not_reported(survey: Survey) -> None:
    # survey.csv line 14 (jtessier, no ratee, no score) and the form's line 8 (Yacine
    # Diallo, no answer) used to be MISSING_SCORE and NO_ANSWERS; they are comments now
    assert survey.ok, [i.describe() for i in survey.errors]
    left = {(str(i.file).rsplit("/", 1)[-1], i.line, i.code) for i in survey.issues}
    assert ("survey.csv", 14, IssueCode.MISSING_SCORE) not in left
    assert ("Enquête T2.csv", 8, IssueCode.NO_ANSWERS) not in left
    assert not [i for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN]


def test_validate_counts_the_comments(survey: Survey) -> None:
    assert survey.to_dict()["comments"] == 22  # 10 + 8 + 4
    args = [str(p) for p in INPUTS[:1]] + [f"{FORM}=T2", str(INPUTS[2])]
    args += ["--register", str(COMMENTS / "register.csv"), "--scale", "1:5"]
    args += ["--objectives", str(COMMENTS / "objectives.csv")]
    result = CliRunner().invoke(cli, ["validate", *args])
    assert result.exit_code == 0, result.output
    # 22 comments by 12 people: each of the register's 12 people wrote at least one
    assert "Comments: 22 from 12 people in waves T1, T2." in result.output
    french = CliRunner().invoke(cli, ["validate", *args, "--lang", "fr"]).output
    assert "Commentaires : 22 de 12 personnes dans les vagues T1, T2." in french
    record = json.loads(CliRunner().invoke(cli, ["validate", *args, "--json"]).output)
    assert record["comments"] == 22


def test_a_survey_without_comment_columns_has_none(write_csv) -> None:
    survey = read_survey(write_csv("s.csv", "rater,ratee,score\nA,B,4\nB,A,3\n"), scale="1:5")
    assert survey.comments is None and "comments" not in survey.to_dict()


@pytest.mark.parametrize(
    "header",
    ["comment", "Comments", "Commentaire", "COMMENTAIRES", "Remarques", "remarks",
     "Un mot ?", "Un mot", "Any comments?", "Autres commentaires", "Vos commentaires"],
)  # fmt: skip
def test_comment_headers_in_english_and_french(header: str) -> None:
    assert is_comment(header)


@pytest.mark.parametrize(
    "header", ["Note", "Notes", "Score", "Remarques / suggestions", "Commentaire du coach"]
)
def test_other_headers_are_not_comments(header: str) -> None:
    """Conservative: a score's French name ("note") and longer titles are not comments."""
    assert not is_comment(header)


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Comments", True), ("Comment about", True), ("Commentaire sur", True),
     ("Un mot pour", True), ("Commentaire à propos de", True), ("Confiance", False),
     ("Notes", False)],
)  # fmt: skip
def test_a_form_question_about_a_person_may_ask_for_a_comment(
    question: str, expected: bool
) -> None:
    assert comment_question(question) is expected


def test_a_comment_without_its_author_or_wave_is_reported(write_csv) -> None:
    path = write_csv(
        "s.csv",
        "wave,rater,ratee,score,remarque\n"
        "T1,A,B,4,bien\n"
        ",B,A,,sans vague\n"  # line 3: a comment alone, its wave blank
        "T1,,A,,sans auteur\n"  # line 4: a comment alone, its author blank
        "T1,B,A,3,\n",
    )
    survey = read_survey(path, scale="1:5")
    assert _rows(survey, "s.csv") == [["T1", "A", "person", "B", "bien", 2]]
    found = sorted((i.line, i.code.value, i.column) for i in survey.issues if i.line)
    # neither row is used: no score, and a comment that cannot be kept (and why)
    assert found == [
        (3, "MISSING_SCORE", None),
        (3, "MISSING_WAVE", None),
        (4, "MISSING_NAME", "rater"),
        (4, "MISSING_SCORE", None),
    ]


def test_the_quote_that_keeps_a_spreadsheet_from_running_a_comment_is_taken_off(
    write_csv,
) -> None:
    """One ``'`` before ``=``, ``+``, ``-`` or ``@`` is a spreadsheet's guard, not the
    respondent's: the comment reads as they wrote it. Any other ``'`` is theirs."""
    path = write_csv(
        "s.csv",
        "rater,ratee,score,comment\n"
        "A,B,4,'=SUM(A1)\n"
        "A,,,'+1 to that\n"
        "B,A,3,'-- not enough time\n"
        "B,,,'@A thanks\n"
        "C,,,''=two quotes\n"  # a quote before a quote is the writer's
        "C,A,2,'tis fine\n"  # and before a letter
        "D,,,it's =ok\n",
    )
    survey = read_survey(path, scale="1:5")
    assert [row[4] for row in _rows(survey, "s.csv")] == [
        "=SUM(A1)",
        "+1 to that",
        "-- not enough time",
        "@A thanks",
        "''=two quotes",
        "'tis fine",
        "it's =ok",
    ]
    progress = write_csv("p.csv", "wave,rater,objective,progress,comment\ns,A,1,+1,'=1+1\n")
    objectives = write_csv("o.csv", "id,objective\n1,Delegate\n")
    with_progress = read_survey([path, progress], objectives=objectives, scale="1:5")
    assert _rows(with_progress, "p.csv") == [["s", "A", "objective", "1", "=1+1", 2]]


def test_a_matrix_comment_is_about_the_survey_as_a_whole(write_csv) -> None:
    path = write_csv("m.csv", "Nom,Alice,Bob,Commentaires\nAlice,,4,Très bien\nBob,2,,\n")
    survey = read_survey(path, scale="1:5")
    assert survey.files[0].shape == "matrix" and len(survey.ratings) == 2
    assert _rows(survey, "m.csv") == [["m", "Alice", "", "", "Très bien", 2]]
    assert not [i for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN]


def test_comments_are_named_as_the_ratings_and_the_register_name_people(write_csv) -> None:
    """Authors and people commented on are ids, whatever spelling (an alias, a name in
    capitals); an author missing from the register is said once, as for the ratings."""
    register = write_csv("r.csv", "id,name,aliases\nhg,Hélène Garnier,Léna\nlp,Loïc Perrin,\n")
    form = write_csv(
        "f.csv",
        "Votre nom,Confiance [Léna],Commentaire sur Hélène Garnier,Un mot ?\n"
        "LOIC PERRIN,4,Elle écoute,\n"
        "Zoé Inconnue,,,Bonjour\n",
    )
    survey = read_survey(form, register=register, scale="1:5")
    assert _rows(survey, "f.csv") == [
        ["f", "lp", "person", "hg", "Elle écoute", 2],
        ["f", "Zoé Inconnue", "", "", "Bonjour", 3],
    ]
    strangers = [i for i in survey.issues if i.code is IssueCode.NOT_IN_REGISTER]
    assert [(i.line, i.value) for i in strangers] == [(3, "Zoé Inconnue")]


def test_the_spellings_of_each_person_include_the_register_aliases(survey: Survey) -> None:
    assert survey.spellings["hgarnier"] == ("hgarnier", "Hélène Garnier", "Léna")
    assert survey.spellings["fguerin"] == ("fguerin", "François Guérin", "Fanfan")
    assert set(survey.spellings) == set(survey.stakeholders["id"])


def test_a_wave_left_out_leaves_its_comments_out() -> None:
    survey = engagement(waves=["T1"])
    assert survey.comments is not None and set(survey.comments["wave"]) == {"T1"}
    assert len(survey.comments) == 10
