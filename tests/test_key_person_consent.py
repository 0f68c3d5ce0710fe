"""The sponsor, the coachee or the coach without consent: their alliance (or the coach's
own ratings) leaves the figures by design, and the coach is told so, on the register's
line, worded by the cause, by ``validate``, the warnings of ``metrics`` and ``report``,
and the report's data quality section."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from alliance_graph import Analysis, read_survey
from alliance_graph.cli import cli
from alliance_graph.model import IssueCode, Survey
from alliance_graph.privacy import conceal, without_consent

KEY = IssueCode.KEY_PERSON_NO_CONSENT
#: One wave: the sponsor S and two teams rate the coach C, who rates them back.
RATINGS = """wave,rater,ratee,trust
T1,A,C,4
T1,C,A,5
T1,B,C,4
T1,C,B,4
T1,D,C,2
T1,C,D,2
T1,F,C,2
T1,S,C,5
T1,C,S,4
"""
REGISTER = """id,name,group,role,consent
C,Coach Carla,Coach,coach,{C}
S,Sam Sponsor,Direction,sponsor,{S}
E,Eve Coachee,Direction,coachee,{E}
A,Alice,Team A,stakeholder,yes
B,Bob,Team A,stakeholder,yes
D,Dan,Team B,stakeholder,yes
F,Fay,Team B,stakeholder,yes
"""


def _files(tmp_path: Path, **consent: str) -> tuple[Path, Path]:
    given = {"C": "yes", "S": "yes", "E": "yes", **consent}
    ratings, register = tmp_path / "s1.csv", tmp_path / "register.csv"
    ratings.write_text(RATINGS, encoding="utf-8")
    register.write_text(REGISTER.format(**given), encoding="utf-8")
    return ratings, register


def _survey(tmp_path: Path, **consent: str) -> Survey:
    ratings, register = _files(tmp_path, **consent)
    return read_survey(ratings, register=register, scale="1:5")


def _keys(survey: Survey) -> list[tuple[int | None, str | None, str, str]]:
    found = [i for i in survey.issues if i.code is KEY]
    return [(i.line, i.value, dict(i.params)["role"], dict(i.params)["cause"]) for i in found]


def test_the_audit_case_warns_for_the_blank_sponsor_and_the_coachee_who_said_no(tmp_path):
    survey = _survey(tmp_path, S="", E="no")
    assert survey.ok
    assert _keys(survey) == [(3, None, "sponsor", "blank"), (4, "no", "coachee", "no")]
    blank, no = (i for i in survey.issues if i.code is KEY)
    assert blank.column == "consent" and blank.file == str(tmp_path / "register.csv")
    assert blank.message() == (
        "The consent cell of the sponsor is blank, which counts as no: they are never named, "
        "even in your own report, and their alliance with you is left out of the alliance "
        "level, the balance index and “What to do now”. "
        "Write yes if they agreed to be named in your own report."
    )
    assert no.message().startswith("The register says the coachee does not consent (“no”): ")
    assert no.message("fr").startswith(
        "Le registre dit que la personne coachée ne consent pas («\u00a0no\u00a0»)\u00a0: "
    )


def test_what_the_warning_says_is_what_the_figures_do(tmp_path):
    """By hand, on 1:5 read as (x − 1) / 4: Team A's alliances are A (0.75 + 1.0) / 2 and
    B 0.75, mean 0.8125; Team B's 0.25; the sponsor's (1.0 + 0.75) / 2 = 0.875 would make
    the level (0.8125 + 0.25 + 0.875) / 3 = 0.6458; without consent it is 0.53125."""
    alliance = Analysis(_survey(tmp_path, S="")).metrics().waves["T1"].alliance
    assert alliance["groups"]["Team A"]["alliance"] == pytest.approx(0.8125)
    assert alliance["groups"]["Team B"]["alliance"] == pytest.approx(0.25)
    assert "sponsor" not in alliance["groups"]
    assert alliance["level"] == pytest.approx((0.8125 + 0.25) / 2)
    consenting = Analysis(_survey(tmp_path)).metrics().waves["T1"].alliance
    assert consenting["groups"]["sponsor"]["alliance"] == pytest.approx((1.0 + 0.75) / 2)
    assert consenting["level"] == pytest.approx((0.8125 + 0.25 + 0.875) / 3)
    assert _keys(_survey(tmp_path)) == []


@pytest.mark.parametrize(
    ("value", "cause", "start"),
    [
        ("", "blank", "Your own consent cell, as the coach, is blank, which counts as no: "),
        ("non", "no", "The register says you, the coach, do not consent (“non”): "),
        ("maybe", "invalid", "Your own consent cell, as the coach, “maybe”, is neither yes"),
    ],
)
def test_the_coach_is_told_their_own_ratings_leave(tmp_path, value, cause, start):
    survey = _survey(tmp_path, C=value)
    assert _keys(survey) == [(2, value or None, "coach", cause)]
    (issue,) = [i for i in survey.issues if i.code is KEY]
    assert issue.message().startswith(start)
    english, french = issue.message(), issue.message("fr")
    assert "your own ratings of each person are left out of what your figures show" in english
    assert "vos propres notes sur chaque personne sont retirées de ce que vos chiffres" in french


def test_someone_the_register_does_not_list_has_no_consent_either(tmp_path):
    ratings, register = _files(tmp_path)
    text = register.read_text(encoding="utf-8").replace("C,Coach Carla,Coach,coach,yes\n", "")
    register.write_text(text, encoding="utf-8")
    survey = read_survey(ratings, register=register, scale="1:5", coach="C")
    assert _keys(survey) == [(None, None, "coach", "absent")]
    (issue,) = [i for i in survey.issues if i.code is KEY]
    assert issue.message().startswith(
        "The register has a consent column but no row for you, the coach, which counts as no"
    )


def test_a_sponsor_among_consenting_sponsors_leaves_nothing_out(tmp_path):
    """The sponsors' balance group stays when one of them consents: no warning."""
    ratings, register = _files(tmp_path, S="no")
    with register.open("a", encoding="utf-8") as handle:
        handle.write("T,Tess Sponsor,Direction,sponsor,yes\n")
    assert _keys(read_survey(ratings, register=register, scale="1:5")) == []


def test_without_a_consent_column_nobody_is_warned(tmp_path):
    ratings, register = _files(tmp_path)
    text = register.read_text(encoding="utf-8").replace(",consent\n", "\n")
    register.write_text(re.sub(r",yes$", "", text, flags=re.M), encoding="utf-8")
    assert _keys(read_survey(ratings, register=register, scale="1:5")) == []


def test_a_no_in_a_survey_form_warns_for_the_sponsor_only(tmp_path):
    survey = _survey(tmp_path)
    taken = without_consent(survey, frozenset({"S", "A"}))  # the sponsor and Alice said No
    assert _keys(taken) == [(None, None, "sponsor", "form")]
    (issue,) = [i for i in taken.issues if i.code is KEY]
    assert issue.message().startswith(
        "In their survey form, the sponsor answered “No” to “May the coach's own report show "
        "your name?”, which counts as no in the app, whatever the register says: "
    )
    # the register already said no: they were not asked, and the register's line says why
    said_no = without_consent(_survey(tmp_path, S="no"), frozenset({"S"}))
    assert _keys(said_no) == [(3, "no", "sponsor", "no")]


def test_the_warning_names_nobody(tmp_path):
    """Concealed, the issue still reads the same: it names the role, never the person."""
    survey = conceal(_survey(tmp_path, S="", E="no"))
    issues = [i for i in survey.issues if i.code is KEY]
    assert len(issues) == 2
    for issue in issues:
        assert "Sam" not in issue.describe() and "Eve" not in issue.describe()


def test_validate_counts_and_says_it(tmp_path):
    ratings, register = _files(tmp_path, S="", E="no")
    args = ["validate", str(ratings), "--register", str(register), "--scale", "1:5"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Issues: 0 errors, 2 warnings" in result.output
    assert f"KEY_PERSON_NO_CONSENT  {register}, line 3: The consent cell of the sponsor" in (
        result.output
    )


@pytest.mark.parametrize("command", ["metrics", "report"])
def test_metrics_and_report_quote_it_before_other_warnings(tmp_path, command):
    ratings, register = _files(tmp_path, S="")
    # three people outside the register come first in the file order, yet are quoted after
    ratings.write_text(RATINGS + "T1,X1,C,3\nT1,X2,C,3\nT1,X3,C,3\n", encoding="utf-8")
    out = ["-o", str(tmp_path / "report.html")] if command == "report" else []
    args = [command, str(ratings), "--register", str(register), "--scale", "1:5", *out]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    summary = result.stderr.splitlines()
    assert summary[0].startswith("4 warnings in the data: NOT_IN_REGISTER (3), KEY_PERSON")
    assert summary[1] == (
        f"  {register}, line 3: The consent cell of the sponsor is blank, which counts as no: "
        "they are never named, even in your own report, and their alliance with you is left "
        "out of the alliance level, the balance index and “What to do now”. "
        "Write yes if they agreed to be named in your own report."
    )


def test_the_report_data_quality_section_has_it(tmp_path):
    html = Analysis(_survey(tmp_path, S="")).report_html(lang="fr")
    assert "KEY_PERSON_NO_CONSENT" in html
    assert "La case de consentement est vide pour le commanditaire" in html


def test_the_stakeholders_keep_their_columns():
    """The cell as written stays with the register: no stakeholder column is added."""
    survey = read_survey(
        ("t.csv", b"rater,ratee,score\nA,C,4\n"),
        register=("r.csv", b"id,name,role,consent\nC,Carla,coach,\nA,Ann,,oui\n"),
        scale="1:5",
    )
    assert list(survey.stakeholders.columns) == [
        "id", "name", "group", "role", "power", "interest", "consent", "in_register",
    ]  # fmt: skip
    assert isinstance(survey.stakeholders, pd.DataFrame)
