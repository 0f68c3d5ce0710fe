"""The shared audience: group figures only, no names, nothing from a group under the threshold."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.metrics.shared import COACH, group_graphs, shared_metrics
from alliance_graph.report import build_report
from tests.conftest import SAMPLE

REGISTER = """id,name,group,role
c,Carla Coach,Coach,coach
s,Sam Sponsor,Board,sponsor
d1,Dina Board,Board,stakeholder
d2,Dan Board,Board,stakeholder
a1,Ava Team,Team A,stakeholder
a2,Abe Team,Team A,stakeholder
a3,Ada Team,Team A,stakeholder
b1,Bo Secret,Team B,stakeholder
b2,Bea Secret,Team B,stakeholder
"""

# Team A (3 raters) and the Board (3 raters, one the sponsor) are shown at k = 3; Team B
# (2 raters) is not: its answers (the B_* scores) must leave no trace.
RATINGS = """rater,ratee,score
a1,c,5
a2,c,4
a3,c,3
c,a1,4
c,a2,4
c,a3,4
b1,c,{B_COACH_1}
b2,c,{B_COACH_2}
c,b1,5
c,b2,5
s,c,5
d1,c,5
d2,c,2
c,s,3
c,d1,3
c,d2,3
a1,b1,2
a2,b1,2
a3,b2,2
b1,a1,{B_TEAM}
b2,a2,{B_TEAM}
s,a1,1
d1,a1,3
d2,a2,3
a1,s,4
a2,s,4
a3,d1,4
"""


def _survey(tmp_path: Path, b_coach=(1, 2), b_team=5, name="survey.csv"):
    tmp_path.mkdir(parents=True, exist_ok=True)
    register = tmp_path / "register.csv"
    register.write_text(REGISTER, encoding="utf-8")
    ratings = tmp_path / name
    text = RATINGS.format(B_COACH_1=b_coach[0], B_COACH_2=b_coach[1], B_TEAM=b_team)
    ratings.write_text(text, encoding="utf-8")
    return load_survey(ratings, register=register, scale="1:5")


def _wave(figures):
    return next(iter(figures["waves"].values()))


def test_group_figures_by_hand(tmp_path) -> None:
    wave = _wave(shared_metrics(_survey(tmp_path), patterns=1000))
    assert wave["groups"] == {
        "Board": {"members": 3, "raters": 3, "shown": True},
        "Team A": {"members": 3, "raters": 3, "shown": True},
        "Team B": {"members": 2, "raters": 2, "shown": False},
    }
    groups = wave["alliance"]["groups"]
    # alliance(k) = mean of t(k → coach) and t(coach → k); A(Team A) = (.875 + .75 + .625)/3
    assert groups["Team A"]["alliance"] == pytest.approx(0.75)
    # the sponsor counts inside the Board: (.75 + .75 + .375)/3
    assert groups["Board"]["alliance"] == pytest.approx(0.625)
    assert groups["Team B"] == {
        "alliance": None,
        "answers": 2,
        "shown": False,
        "coach_view": None,
        "coach_rated": 2,
        "goals_alliance": None,  # a one-dimension survey: no goals question
    }
    assert groups["Team A"]["coach_view"] == pytest.approx(0.75)
    assert wave["alliance"]["level"] == pytest.approx(0.6875)
    assert wave["alliance"]["balance_index"] == pytest.approx(1 - 0.125 / 1.375)
    assert wave["alliance"]["groups_shown"] == 2
    matrix = wave["matrix"]
    assert matrix["Team A"]["Team B"] == {"mean": 0.25, "sign": -0.5, "raters": 3, "ties": 3}
    assert matrix["Board"]["Team A"]["mean"] == pytest.approx(1 / 3)
    assert "Team A" not in matrix.get("Team B", {})  # Team B's answers are left out entirely
    # network figures: the 18 ties among the coach, the Board and Team A
    assert wave["network"]["people"] == 7 and wave["network"]["ties"] == 18
    codes = [(a["code"], a["subject"]) for a in wave["alerts"]]
    assert ("NOT_ENOUGH_ANSWERS", "Team B") in codes


def test_nothing_from_a_group_under_the_threshold(tmp_path) -> None:
    """Whatever the small group answered, every shared output is the same."""
    first = _survey(tmp_path / "one", b_coach=(1, 2), b_team=5)
    second = _survey(tmp_path / "two", b_coach=(5, 4), b_team=1)
    assert shared_metrics(first, patterns=1000) == shared_metrics(second, patterns=1000)
    assert build_report(first, audience="shared") == build_report(second, audience="shared")
    graphs = [group_graphs(s) for s in (first, second)]
    assert [nx.node_link_data(G, edges="links") for G in graphs[0].values()] == [
        nx.node_link_data(G, edges="links") for G in graphs[1].values()
    ]


def test_a_lower_threshold_shows_the_small_group(tmp_path) -> None:
    wave = _wave(shared_metrics(_survey(tmp_path), min_group_size=2, patterns=1000))
    assert wave["groups"]["Team B"]["shown"]
    assert wave["alliance"]["groups"]["Team B"]["alliance"] == pytest.approx(
        ((0 + 1) / 2 + (0.25 + 1) / 2) / 2
    )


@pytest.mark.parametrize("bad", [1, 0, True, 2.5])
def test_the_threshold_is_at_least_two(tmp_path, bad) -> None:
    with pytest.raises(ValueError, match="min_group_size"):
        shared_metrics(_survey(tmp_path), min_group_size=bad)


def test_group_graph_ties(tmp_path) -> None:
    G = group_graphs(_survey(tmp_path))["survey"]
    assert set(G.nodes) == {"Board", "Team A", "Team B", COACH}
    assert G.edges["Team A", COACH]["n_raters"] == 3
    assert G.edges[COACH, "Team A"]["strength"] == pytest.approx(0.75)
    assert not G.has_edge("Team B", COACH) and not G.has_edge(COACH, "Team B")
    assert not G.has_edge("Team B", "Team A")
    assert G.nodes["Team B"]["shown"] is False


def _names() -> set[str]:
    with (SAMPLE / "register.csv").open(encoding="utf-8") as handle:
        people = list(csv.DictReader(handle))
    return {p["name"] for p in people} | {p["id"] for p in people}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_shared_report_names_no_one(lang) -> None:
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    html = build_report(survey, audience="shared", lang=lang)
    assert [name for name in _names() if name in html] == []
    assert 'name="audience" content="shared"' in html
    first, *_ = survey.stakeholders.loc[survey.stakeholders["role"] == "sponsor", "name"]
    assert first not in html
    assert ("Équipes" in html) and ("Not enough answers" in html or "Pas assez" in html)


def test_shared_outputs_from_the_command_line(tmp_path) -> None:
    args = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    shared = ["--audience", "shared"]
    runner = CliRunner()
    out = runner.invoke(cli, ["metrics", *args, *shared, "--format", "json"])
    assert out.exit_code == 0, out.output
    figures = json.loads(out.stdout)
    assert figures["audience"] == "shared" and figures["min_group_size"] == 3
    report = tmp_path / "shared.html"
    assert runner.invoke(cli, ["report", *args, *shared, "-o", str(report)]).exit_code == 0
    gexf = tmp_path / "groups.gexf"
    result = runner.invoke(cli, ["export", *args, *shared, "--format", "gexf", "-o", str(gexf)])
    assert result.exit_code == 0, result.output
    G = nx.read_gexf(gexf)
    assert {"Direction", "Managers", "Collaborateurs", COACH} <= set(G.nodes)
    texts = [
        out.output,
        report.read_text(encoding="utf-8"),
        gexf.read_text(encoding="utf-8"),
        runner.invoke(cli, ["metrics", *args, *shared]).output,
        runner.invoke(cli, ["metrics", *args, *shared, "--format", "csv"]).output,
        runner.invoke(cli, ["compare", *args, *shared]).output,
        runner.invoke(cli, ["compare", *args, *shared, "--format", "json"]).output,
    ]
    for text in texts:
        assert [name for name in _names() if name in text] == []


def test_shared_refuses_what_makes_no_sense() -> None:
    args = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    runner = CliRunner()
    low = runner.invoke(cli, ["metrics", *args, "--audience", "shared", "--min-group-size", "1"])
    assert low.exit_code == 2 and "min-group-size" in low.output
    alone = runner.invoke(cli, ["metrics", *args, "--min-group-size", "5"])
    assert alone.exit_code == 2 and "goes with --audience shared" in alone.output
    both = runner.invoke(cli, ["report", *args, "--audience", "shared", "--pseudonymise"])
    assert both.exit_code == 2 and "no names" in both.output
