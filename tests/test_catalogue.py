"""The metric catalogue: one declaration per headline figure, read by every output; and
the figure added through it, the alliance on the "agreement on goals" dimension alone."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from alliance_graph import Analysis, Audience, load_survey
from alliance_graph.cli import cli
from alliance_graph.i18n import en, fr
from alliance_graph.metrics import catalogue
from alliance_graph.metrics.catalogue import FIGURES, Figure, shown_in, value_of
from alliance_graph.metrics.dimensions import dimension_level
from tests.conftest import SAMPLE

REGISTER = """id,name,group,role,consent
c,Carla Coach,Coach,coach,yes
s,Sam Sponsor,Board,sponsor,{SPONSOR_CONSENT}
a1,Ava Team,Team A,stakeholder,yes
a2,Abe Team,Team A,stakeholder,yes
a3,Ada Team,Team A,stakeholder,yes
b1,Bo Other,Team B,stakeholder,yes
"""

# On 1:5 a tie's strength is (x − 1)/4. Goals answers: a1 → c 3 (.5), c → a1 1 (0),
# a2 → c 5 (1), a3 gave none, s → c 4 (.75), c → s 2 (.25), b1 → c 5 (1).
RATINGS = """wave,rater,ratee,dimension,score
T1,a1,c,trust,5
T1,a1,c,goals,3
T1,c,a1,trust,3
T1,c,a1,goals,1
T1,a2,c,trust,4
T1,a2,c,goals,5
T1,a3,c,trust,4
T1,s,c,trust,5
T1,s,c,goals,4
T1,c,s,trust,4
T1,c,s,goals,2
T1,b1,c,trust,5
T1,b1,c,goals,5
T1,a1,a2,trust,4
"""


def _survey(tmp_path: Path, *, sponsor_consent: str = "yes", ratings: str = RATINGS):
    register = tmp_path / "register.csv"
    register.write_text(REGISTER.format(SPONSOR_CONSENT=sponsor_consent), encoding="utf-8")
    answers = tmp_path / "survey.csv"
    answers.write_text(ratings, encoding="utf-8")
    return load_survey(answers, register=register, scale="1:5")


# -- the catalogue --------------------------------------------------------------------


def test_every_figure_has_its_words_in_both_languages() -> None:
    for messages in (en.MESSAGES, fr.MESSAGES):
        wanted = set()
        for figure in FIGURES:
            if figure.glossary:
                wanted |= {
                    f"report.glossary.{figure.key}.{p}" for p in ("term", "formula", "meaning")
                }
            if figure.text:
                wanted |= {f"text.{figure.key}", f"text.{figure.key}_help"}
            if figure.card:
                wanted |= {f"report.card.{figure.card}", f"report.card.{figure.card}.help"}
        assert sorted(wanted - set(messages)) == []


def test_every_figure_is_where_it_says_in_the_outputs() -> None:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    analysis = Analysis(survey)
    coach = json.loads(analysis.text("json"))
    wave = next(iter(coach["waves"].values()))
    for figure in FIGURES:
        if figure.section != "response":  # the response facts, beside the figures
            assert figure.name in wave[figure.section], figure.key
    pair = next(iter(coach["changes"].values()))
    assert list(pair["deltas"]) == [f.name for f in shown_in("compare")]
    shared = Analysis(survey, audience=Audience("shared")).shared
    shared_wave = next(iter(shared["waves"].values()))
    for figure in shown_in("shared"):
        assert value_of(figure, shared_wave, shared=True) is not None, figure.key


def test_keys_are_unique_and_places_are_known() -> None:
    assert len({f.key for f in FIGURES}) == len(FIGURES)
    assert len({(f.section, f.name) for f in FIGURES}) == len(FIGURES)
    with pytest.raises(ValueError, match="no place"):
        list(shown_in("sidebar"))


def test_a_figure_declared_in_the_catalogue_reaches_every_output(monkeypatch) -> None:
    """What adding a figure takes: its function, one declaration, its words."""
    figure = Figure(
        "listening_level",
        "alliance",
        "listening_level",
        glance=True,
        text=True,
        privacy="groups",
        optional=True,
        compute=lambda G, coach, **o: dimension_level(G, coach, "listening", **o),
    )
    monkeypatch.setattr(catalogue, "FIGURES", (*FIGURES, figure))
    for lang, messages in (("en", en.MESSAGES), ("fr", fr.MESSAGES)):
        monkeypatch.setitem(messages, "text.listening_level", f"Listening alliance {lang}")
        monkeypatch.setitem(messages, "text.listening_level_help", "on listening alone")
        for part in ("term", "formula", "meaning"):
            monkeypatch.setitem(
                messages, f"report.glossary.listening_level.{part}", f"Listening {part}"
            )
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    analysis = Analysis(survey)
    result = json.loads(analysis.text("json"))
    values = [w["alliance"]["listening_level"] for w in result["waves"].values()]
    assert all(0 < v < 1 for v in values)
    waves = list(result["waves"])
    change = result["changes"][f"{waves[0]}->{waves[-1]}"]
    assert change["deltas"]["listening_level"] == pytest.approx(values[-1] - values[0])
    assert "Listening alliance en" in analysis.text("table")
    html = analysis.report_html()
    assert "Listening term" in html and "Listening meaning" in html


# -- the alliance on goals ------------------------------------------------------------


def test_goals_level_by_hand(tmp_path) -> None:
    wave = Analysis(_survey(tmp_path)).metrics().waves["T1"].alliance
    # A_goals: a1 (.5 + 0)/2 = .25, a2 1 → Team A .625; sponsor (.75 + .25)/2 = .5;
    # Team B 1; a3 gave no goals answer and is not counted in that figure
    assert wave["goals_level"] == pytest.approx((0.625 + 0.5 + 1.0) / 3)
    assert wave["level"] != pytest.approx(wave["goals_level"])


def test_goals_level_on_the_sample_matches_a_computation_from_the_file() -> None:
    answers = pd.read_csv(SAMPLE / "survey.csv")
    people = pd.read_csv(SAMPLE / "register.csv").set_index("id")
    coach = people.index[people["role"] == "coach"][0]
    answers["t"] = (answers["goals"] - 1) / 4
    result = Analysis(load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv"))
    for wave, rows in answers.groupby("wave"):
        to_coach = rows[rows["ratee"] == coach].set_index("rater")["t"]
        from_coach = rows[rows["rater"] == coach].set_index("ratee")["t"]
        alliance = pd.concat([to_coach, from_coach], axis=1).mean(axis=1)
        role = people["role"].reindex(alliance.index)
        group = (
            people["group"].reindex(alliance.index).where(~role.isin(["sponsor", "coachee"]), role)
        )
        expected = alliance.groupby(group).mean().mean()
        got = result.metrics().waves[str(wave)].alliance["goals_level"]
        assert got == pytest.approx(expected, abs=1e-12)


def test_goals_level_is_absent_without_a_goals_question(tmp_path) -> None:
    trust_only = "\n".join(line for line in RATINGS.splitlines() if ",goals," not in line)
    analysis = Analysis(_survey(tmp_path, ratings=trust_only + "\n"))
    assert analysis.metrics().waves["T1"].alliance["goals_level"] is None
    assert "Alliance on goals" not in analysis.text("table")
    assert "Alliance on goals" not in analysis.report_html()


def test_goals_level_shows_in_text_report_and_comparison() -> None:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    run = CliRunner().invoke(
        cli,
        [
            "metrics",
            str(SAMPLE / "survey.csv"),
            "--register",
            str(SAMPLE / "register.csv"),
            "--lang",
            "fr",
        ],
    )
    assert run.exit_code == 0, run.output
    assert "Alliance sur les objectifs" in run.output
    html = Analysis(survey, lang="fr").report_html()
    assert "Alliance sur les objectifs" in html and "Bordin 1979" in html
    shared = Analysis(survey, audience=Audience("shared")).report_html()
    assert "Alliance on goals" in shared


def test_a_withheld_sponsor_leaves_the_goals_figure(tmp_path) -> None:
    """The sponsor's group of one would show their answer: it is left out, and the figure
    is redone over the other groups."""
    wave = Analysis(_survey(tmp_path, sponsor_consent="no")).metrics().waves["T1"].alliance
    assert wave["goals_level"] == pytest.approx((0.625 + 1.0) / 2)


def test_shared_goals_level_counts_groups_with_k_goals_answers(tmp_path) -> None:
    survey = _survey(tmp_path)
    # K = 2: Team A (three raters of the coach, two on goals) is the only group shown
    two = Analysis(survey, audience=Audience("shared", 2)).shared["waves"]["T1"]["alliance"]
    assert two["groups_shown"] == 1
    assert two["goals_level"] == pytest.approx(0.625)
    # K = 3: Team A is shown, but only two of its people answered on goals
    three = Analysis(survey, audience=Audience("shared", 3)).shared["waves"]["T1"]["alliance"]
    assert three["groups_shown"] == 1 and three["goals_level"] is None
