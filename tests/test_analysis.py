"""The front door: ``Analysis`` gives what the separate functions give, for both audiences,
and the smallest group K has one default and one floor."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from alliance_graph import Analysis, Audience, load_survey, read_survey
from alliance_graph.audience import GROUP_SIZE_FLOOR, MIN_GROUP_SIZE
from alliance_graph.cli import cli
from alliance_graph.metrics import compute_metrics
from alliance_graph.metrics.shared import group_graphs, shared_metrics
from alliance_graph.report import build_report
from tests.conftest import SAMPLE


@pytest.fixture(scope="module")
def survey():
    return load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")


def test_the_coach_analysis_is_what_the_functions_give(survey) -> None:
    analysis = Analysis(survey, lang="fr", seed=3)
    metrics = compute_metrics(survey, seed=3)
    assert analysis.text("json") == metrics.to_json("fr") + "\n"
    assert analysis.metrics() is analysis.metrics()  # computed once
    assert analysis.report_html(title="T") == build_report(
        survey, metrics=metrics, lang="fr", title="T", seed=3
    )


def test_the_shared_analysis_is_what_the_functions_give(survey) -> None:
    analysis = Analysis(survey, audience=Audience("shared", 4))
    figures = shared_metrics(survey, min_group_size=4)
    assert json.loads(analysis.text("json")) == json.loads(json.dumps(figures))
    assert analysis.report_html() == build_report(survey, audience="shared", min_group_size=4)
    expected = group_graphs(survey, min_group_size=4)
    assert {w: sorted(G.nodes) for w, G in analysis.graphs.items()} == {
        w: sorted(G.nodes) for w, G in expected.items()
    }
    assert "Vincent" not in analysis.changes("json")  # group figures only


def test_the_log_reaches_every_output(tmp_path) -> None:
    survey = read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
    )
    analysis = Analysis(survey, half_life_days=30)
    wave = analysis.metrics().waves["2026-01"]
    assert wave.interactions is not None and analysis.metrics().half_life_days == 30
    written = analysis.export(tmp_path / "n.json", "json")
    assert [p.name for p in written] == ["n.json"]


def test_k_has_one_default_and_one_floor(tmp_path) -> None:
    assert Audience("shared").min_group_size == MIN_GROUP_SIZE == 3
    with pytest.raises(ValueError, match="at least 2"):
        Audience("shared", GROUP_SIZE_FLOOR - 1)
    with pytest.raises(ValueError, match="audience must be one of"):
        Audience("everyone")
    with pytest.raises(ValueError, match="whole number"):
        Audience("shared", 2.5)  # type: ignore[arg-type]
    args = [str(SAMPLE / "survey.csv"), "--register", str(SAMPLE / "register.csv")]
    low = CliRunner().invoke(
        cli, ["metrics", *args, "--audience", "shared", "--min-group-size", "1"]
    )
    assert low.exit_code == 2
    out = CliRunner().invoke(cli, ["metrics", *args, "--audience", "shared", "--format", "json"])
    assert json.loads(out.stdout)["min_group_size"] == MIN_GROUP_SIZE
