"""Every accepted shape reads to the same canonical ratings table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from alliance_graph import read_survey
from alliance_graph.ingest.headers import match_header, role_of
from alliance_graph.model import IssueCode

SHAPES = Path(__file__).resolve().parent / "data" / "shapes"
EXPECTED = {
    ("Alice", "Bob", 4.0),
    ("Bob", "Alice", 2.0),
    ("Alice", "Carl", 5.0),
    ("Carl", "Alice", 3.0),
}


def _triples(survey, dimension: str = "trust") -> set[tuple[str, str, float]]:
    rows = survey.ratings[survey.ratings["dimension"] == dimension]
    return set(zip(rows["rater"], rows["ratee"], rows["score"]))


@pytest.mark.parametrize(
    ("name", "shape"),
    [
        ("long.csv", "long"),
        ("long_dimension.csv", "long"),
        ("google_forms.csv", "wide"),
        ("surveymonkey.csv", "wide"),
        ("microsoft_forms.csv", "wide"),
        ("typeform.csv", "wide"),
        ("matrix.csv", "matrix"),
    ],
)
def test_each_shape_gives_the_same_trust_ratings(name: str, shape: str) -> None:
    survey = read_survey(SHAPES / name, scale="1:5")
    assert survey.ok, [i.describe() for i in survey.errors]
    assert survey.files[0].shape == shape
    assert _triples(survey) == EXPECTED
    assert survey.waves == (Path(name).stem,)
    assert not [i for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN]


def test_long_with_several_dimension_columns_is_melted() -> None:
    survey = read_survey(SHAPES / "long_french.csv", scale="1:5")
    assert survey.ok
    assert survey.files[0].delimiter == "semicolon"
    assert survey.waves == ("T1",)
    assert _triples(survey) == EXPECTED
    assert _triples(survey, "listening") == {
        ("Alice", "Bob", 3.0),
        ("Alice", "Carl", 4.0),
        ("Carl", "Alice", 2.0),
    }
    assert survey.missing_answers == {str(SHAPES / "long_french.csv"): 1}


def test_surveymonkey_lines_start_after_two_header_rows() -> None:
    survey = read_survey(SHAPES / "surveymonkey.csv", scale="1:5")
    assert sorted(survey.ratings["line"].unique().tolist()) == [3, 4, 5]


def test_google_forms_timestamp_becomes_the_date() -> None:
    survey = read_survey(SHAPES / "google_forms.csv", scale="1:5")
    dates = survey.ratings.set_index("rater")["date"]
    assert dates["Carl"] == pd.Timestamp("2026-01-15")


def test_english_labels_on_a_tab_separated_file() -> None:
    survey = read_survey(SHAPES / "labels_tab.csv")
    assert survey.ok
    assert survey.files[0].delimiter == "tab"
    assert (survey.scale.min, survey.scale.max, survey.scale.inferred) == (1, 5, True)
    assert _triples(survey) == {
        ("Alice", "Bob", 5.0),
        ("Bob", "Alice", 2.0),
        ("Alice", "Carl", 4.0),
        ("Carl", "Alice", 3.0),
    }


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("rater", "rater"),
        ("Évaluateur", "rater"),
        ("RÉPONDANT", "rater"),
        ("from", "rater"),
        ("ratee", "ratee"),
        ("Évalué(e)", "ratee"),
        ("cible", "ratee"),
        ("To", "ratee"),
        ("score", "score"),
        ("Note", "score"),
        ("valeur", "score"),
        ("value", "score"),
        ("wave", "wave"),
        ("Vague", "wave"),
        ("round", "wave"),
        ("temps", "wave"),
        ("group", "group"),
        ("Groupe", "group"),
        ("role", "role"),
        ("Rôle", "role"),
        ("Horodateur", "date"),
        ("Timestamp", "date"),
        ("id", "id"),
        ("Nom", "name"),
        ("Rater group", "rater_group"),
        ("Groupe de l'évaluateur", "rater_group"),
        ("ratee role", "ratee_role"),
        ("Rôle évalué", "ratee_role"),
        ("comment", "comment"),  # read as comments (DESIGN.md section 11)
        ("Un mot ?", "comment"),
        ("Humeur", None),
    ],
)
def test_header_aliases(header: str, field: str | None) -> None:
    assert match_header(header) == field


@pytest.mark.parametrize(
    ("label", "role"),
    [
        ("coach", "coach"),
        ("Sponsor", "sponsor"),
        ("Commanditaire", "sponsor"),
        ("prescripteur", "sponsor"),
        ("Payeur", "sponsor"),
        ("coachee", "coachee"),
        ("Coaché", "coachee"),
        ("coachée", "coachee"),
        ("Coaché·e", "coachee"),
        ("stakeholder", "stakeholder"),
        ("Partie prenante", "stakeholder"),
        ("boss", None),
    ],
)
def test_roles_in_english_and_french(label: str, role: str | None) -> None:
    assert role_of(label) == role


def test_register_columns_inside_a_ratings_file(write_csv) -> None:
    path = write_csv(
        "w.csv",
        "rater,rater_group,rater_role,ratee,score\n"
        "Alice,Direction,Commanditaire,Bob,4\nBob,Équipe,coach,Alice,2\n"
        "Carl,Équipe,,Alice,3\n",
    )
    survey = read_survey(path, scale="1:5")
    people = survey.stakeholders.set_index("id")
    assert people.loc["Alice", "role"] == "sponsor"
    assert people.loc["Bob", "role"] == "coach"
    assert people.loc["Carl", "group"] == "Équipe"
    assert survey.coach == "Bob"


def test_register_names_map_to_ids(write_csv) -> None:
    register = write_csv(
        "reg.csv",
        "id,name,group,role\na1,Alice Martin,Direction,sponsor\nb2,Bob Roux,Équipe,coach\n",
    )
    ratings = write_csv("r.csv", "rater,ratee,score\nalice martin,B2,4\nBOB  ROUX,a1,2\n")
    survey = read_survey(ratings, register=register, scale="1:5")
    assert survey.ok
    assert set(zip(survey.ratings["rater"], survey.ratings["ratee"])) == {
        ("a1", "b2"),
        ("b2", "a1"),
    }
    assert survey.coach == "b2"
    assert survey.stakeholders["in_register"].all()


def test_register_consent_is_a_yes_or_a_no(write_csv) -> None:
    register = write_csv(
        "reg.csv",
        "id,name,group,consent\na,Ann,T,yes\nb,Bob,T,no\nc,Cy,T,\nd,Dee,T,maybe\n"
        "e,Eve,T, Oui \nf,Fay,T,NON\ng,Gus,T,✓\nh,Hal,T,Vrai\n",
    )
    ratings = write_csv("r.csv", "rater,ratee,score\nAnn,Bob,4\nBob,Ann,2\nZoé,Ann,3\n")
    survey = read_survey(ratings, register=register, scale="1:5")
    consent = survey.stakeholders.set_index("id")["consent"]
    assert consent.dtype == bool and consent.notna().all()
    assert consent.to_dict() == {
        "a": True,
        "b": False,
        "c": False,  # blank: no consent, and no warning
        "d": False,
        "e": True,
        "f": False,
        "g": True,
        "h": True,
        "Zoé": False,  # not in a register that asks for consent
    }
    (issue,) = [i for i in survey.issues if i.code is IssueCode.INVALID_CONSENT]
    assert (issue.file, issue.line, issue.column, issue.value) == (
        str(register),
        5,
        "consent",
        "maybe",
    )
    assert issue.severity.value == "warning" and survey.ok
    assert issue.describe().endswith(
        "line 5: Consent “maybe” is not yes or no; this person will not be named."
    )
    assert issue.message("fr").startswith("Le consentement « maybe » n’est ni oui ni non")
    assert "ligne 5" in issue.describe("fr")


def test_everyone_consents_without_a_consent_column(write_csv) -> None:
    ratings = write_csv("r.csv", "rater,ratee,score\nAnn,Bob,4\nZoé,Ann,3\n")
    register = write_csv("reg.csv", "Identifiant;Nom;Groupe\na;Ann;T\nb;Bob;T\n")
    with_register = read_survey(ratings, register=register, scale="1:5")
    for survey in (with_register, read_survey(ratings, scale="1:5")):
        assert survey.stakeholders["consent"].dtype == bool
        assert survey.stakeholders["consent"].all()
    french = write_csv("fr.csv", "Identifiant;Nom;Consentement\na;Ann;oui\nb;Bob;non\n")
    consent = read_survey(ratings, register=french, scale="1:5").stakeholders["consent"]
    assert consent.tolist() == [True, False, False]  # a, b, Zoé


def test_one_file_per_wave_named_after_the_file(write_csv) -> None:
    first = write_csv("T2.csv", "rater,ratee,score\nA,B,4\n")
    second = write_csv("T10.csv", "rater,ratee,score\nA,B,5\n")
    third = write_csv("T1.csv", "rater,ratee,score\nA,B,3\n")
    survey = read_survey([first, second, third], scale="1:5")
    assert survey.waves == ("T1", "T2", "T10")


def test_waves_are_ordered_by_date_when_every_wave_has_one(write_csv) -> None:
    path = write_csv(
        "d.csv",
        "wave,date,rater,ratee,score\nend,2026-06-01,A,B,4\n"
        "kick-off,14/01/2026,A,B,3\nmid,2026-04-02,A,B,4\n",
    )
    assert read_survey(path, scale="1:5").waves == ("kick-off", "mid", "end")


def test_wave_selection_and_an_unknown_wave(write_csv) -> None:
    from alliance_graph import AllianceGraphError

    path = write_csv("d.csv", "wave,rater,ratee,score\nT1,A,B,4\nT2,A,B,3\nT2,B,A,3\n")
    survey = read_survey(path, scale="1:5", waves=["T2"])
    assert survey.waves == ("T2",) and len(survey.ratings) == 2
    with pytest.raises(AllianceGraphError, match="T9"):
        read_survey(path, scale="1:5", waves=["T9"])


def test_month_first_dates_are_recognised_per_file(write_csv) -> None:
    us = write_csv("us.csv", "date,rater,ratee,score\n01/14/2026,A,B,4\n02/03/2026,B,A,3\n")
    eu = write_csv("eu.csv", "date,rater,ratee,score\n14/01/2026,A,B,4\n02/03/2026,B,A,3\n")
    dates = read_survey([us, eu], scale="1:5").ratings.set_index(["wave", "rater"])["date"]
    assert dates[("us", "A")] == pd.Timestamp("2026-01-14")
    assert dates[("us", "B")] == pd.Timestamp("2026-02-03")
    assert dates[("eu", "A")] == pd.Timestamp("2026-01-14")
    assert dates[("eu", "B")] == pd.Timestamp("2026-03-02")


def test_form_metadata_and_id_columns_are_never_dimensions(write_csv) -> None:
    path = write_csv(
        "m.csv",
        "#,Respondent ID,ID,Pouvoir,rater,ratee,trust,listening\n"
        "1,101,7,3,A,B,4,3\n2,102,8,4,B,A,2,5\n",
    )
    survey = read_survey(path, scale="1:5")
    assert survey.ok, [i.describe() for i in survey.errors]
    assert set(survey.ratings["dimension"]) == {"trust", "listening"}
    unused = {i.column for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN}
    assert unused == {"Pouvoir"}  # form metadata (#, IDs) is expected and not reported


def test_matrix_reports_columns_it_does_not_use(write_csv) -> None:
    path = write_csv("m.csv", "Nom,Pouvoir,Alice,Bob\nAlice,3,,4\nBob,5,2,\n")
    survey = read_survey(path, scale="1:5")
    assert survey.files[0].shape == "matrix" and len(survey.ratings) == 2
    unused = {i.column for i in survey.issues if i.code is IssueCode.UNUSED_COLUMN}
    assert unused == {"Pouvoir"}
