"""Each group's alliance on the "agreement on goals" question alone, beside its alliance
on every question, for the coach and in the shared version (K rule), worked out by hand.

Scale 1:5, so a score x is the strength (x − 1)/4 on that question. Ratings of the coach
``c`` on goals: sponsor ``s`` 5 (1.0); Board ``d1`` 2 (0.25), ``d2`` 4 (0.75); Team A
``a1`` 5 (1.0), ``a2`` 3 (0.5), ``a3`` no goals answer; Team B ``b1`` 2 (0.25), ``b2`` 1
(0.0). The coach's own goals ratings: ``a1`` 1 (0.0), ``a2`` 3 (0.5).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alliance_graph import load_survey
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.shared import shared_metrics
from alliance_graph.report import build_report

REGISTER = """id,name,group,role
c,Carla,Coach,coach
s,Sam,Board,sponsor
d1,Dina,Board,stakeholder
d2,Dan,Board,stakeholder
a1,Ava,Team A,stakeholder
a2,Abe,Team A,stakeholder
a3,Ada,Team A,stakeholder
b1,Bo,Team B,stakeholder
b2,Bea,Team B,stakeholder
"""
RATINGS = """rater,ratee,trust,goals
s,c,3,5
d1,c,4,2
d2,c,4,4
a1,c,5,5
a2,c,5,3
a3,c,5,
c,a1,5,1
c,a2,3,3
b1,c,2,2
b2,c,2,1
"""


def _survey(folder: Path, ratings: str = RATINGS):
    (folder / "register.csv").write_text(REGISTER, encoding="utf-8")
    (folder / "ratings.csv").write_text(ratings, encoding="utf-8")
    return load_survey(folder / "ratings.csv", register=folder / "register.csv", scale="1:5")


def _only(waves: dict):
    (wave,) = waves.values()  # one wave, named after the file
    return wave


def test_the_coach_sees_each_group_on_goals(tmp_path) -> None:
    alliance = _only(compute_metrics(_survey(tmp_path)).waves).alliance
    goals = {g: r["goals_alliance"] for g, r in alliance["groups"].items()}
    # Team A: a1 (1.0 + 0.0)/2 = 0.5, a2 (0.5 + 0.5)/2 = 0.5, a3 none; the Board without
    # the sponsor (a group of their own): (0.25 + 0.75)/2
    assert goals == {
        "sponsor": 1.0,
        "Board": pytest.approx(0.5),
        "Team A": pytest.approx(0.5),
        "Team B": pytest.approx(0.125),
    }
    # the level on goals is the mean of the four: 2.125 / 4
    assert alliance["goals_level"] == pytest.approx(0.53125)
    # beside the alliance on both questions: Team A's a3 rated the coach on trust alone
    assert alliance["groups"]["Team A"]["alliance"] != goals["Team A"]


def test_without_a_goals_question_it_is_null(tmp_path) -> None:
    ratings = "\n".join(line.rsplit(",", 1)[0] for line in RATINGS.splitlines()) + "\n"
    alliance = _only(compute_metrics(_survey(tmp_path, ratings)).waves).alliance
    assert {r["goals_alliance"] for r in alliance["groups"].values()} == {None}


def test_the_shared_version_shows_it_from_k_goals_answers(tmp_path) -> None:
    wave = next(iter(shared_metrics(_survey(tmp_path), patterns=100)["waves"].values()))
    groups = wave["alliance"]["groups"]
    # the Board with its sponsor: three answers on goals, (1.0 + 0.25 + 0.75)/3
    assert groups["Board"]["goals_alliance"] == pytest.approx(2 / 3)
    # Team A is shown (three rated the coach) but only two answered on goals: null
    assert groups["Team A"]["shown"] is True and groups["Team A"]["goals_alliance"] is None
    # Team B (two people) is not shown at all
    assert groups["Team B"]["shown"] is False and groups["Team B"]["goals_alliance"] is None
    assert wave["alliance"]["goals_level"] == pytest.approx(2 / 3)


def _group_table(html: str) -> str:
    section = html[html.index('<section id="groups">') :]
    return section[: section.index("</section>")]


def test_the_shared_report_has_a_goals_column_when_the_survey_asks_it(tmp_path) -> None:
    hostile = 'Team <i>B</i> & "co"'
    survey = _survey(tmp_path)
    survey.stakeholders["group"] = survey.stakeholders["group"].replace("Team B", hostile)
    table = _group_table(build_report(survey, audience="shared"))
    assert '<th class="num">Alliance on goals</th>' in table
    # the alliance (trust and goals averaged on each tie), then on goals: Board s 0.75,
    # d1 0.5, d2 0.75: 2/3, on goals 2/3; Team A a1 (1.0 + 0.5)/2, a2 (0.75 + 0.5)/2,
    # a3 1.0 (its tie to the coach alone): 0.79, on goals too few answers
    assert '<td class="num">0.67</td><td class="num">0.67</td>' in table
    assert '<td class="num">0.79</td><td class="num">—</td>' in table
    assert 'colspan="4"' in table and 'colspan="3"' not in table
    assert "Team &lt;i&gt;B&lt;/i&gt; &amp; &#34;co&#34;" in table and hostile not in table
    assert "agreement-on-goals question alone" in table
    french = _group_table(build_report(survey, audience="shared", lang="fr"))
    assert '<th class="num">Alliance sur les objectifs</th>' in french
    assert '<td class="num">0,67</td>' in french


def test_no_goals_column_without_a_goals_question(tmp_path) -> None:
    ratings = "\n".join(line.rsplit(",", 1)[0] for line in RATINGS.splitlines()) + "\n"
    table = _group_table(build_report(_survey(tmp_path, ratings), audience="shared"))
    assert "Alliance on goals" not in table and 'colspan="3"' in table
