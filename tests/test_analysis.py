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


def test_compared_gives_each_pair_with_its_sentences(survey) -> None:
    from alliance_graph.report.text import changes_text

    coach = Analysis(survey).compared()
    assert [p["key"] for p in coach] == ["2026-01->2026-04", "2026-04->2026-06", "2026-01->2026-06"]
    text = changes_text(Analysis(survey).metrics())
    assert all(s in text for p in coach for s in p["sentences"])
    assert "deltas" in coach[0]["change"]
    shared = Analysis(survey, audience=Audience("shared")).compared()
    assert [p["key"] for p in shared] == [p["key"] for p in coach]
    assert "deltas" not in shared[0]["change"] and "groups" in shared[0]["change"]
    names = set(survey.stakeholders["name"])
    assert not any(n in s for p in shared for s in p["sentences"] for n in names)


def test_web_figures_go_through_the_analysis() -> None:
    """No web module builds figures for one audience or the other itself."""
    from pathlib import Path

    import alliance_graph

    web = Path(alliance_graph.__file__).parent / "web"
    for path in web.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("shared_metrics(", "compute_metrics(", "shared_rows(", "metrics_rows("):
            assert name not in text, (path.name, name)


@pytest.mark.parametrize("audience", ["coach", "shared"])
def test_each_thing_is_computed_once_for_every_output(survey, tmp_path, monkeypatch, audience):
    """The networks are built once and the figures computed once, whatever outputs are
    asked for and in whatever language."""
    import alliance_graph.graph
    import alliance_graph.metrics.shared
    import alliance_graph.metrics.summary
    import alliance_graph.report.context

    calls: list[str] = []
    original = alliance_graph.graph.build_graphs
    for module in (
        alliance_graph.graph,
        alliance_graph.metrics.summary,
        alliance_graph.metrics.shared,
        alliance_graph.report.context,
    ):
        monkeypatch.setattr(
            module,
            "build_graphs",
            lambda s, name=module.__name__: calls.append(name) or original(s),
        )
    counted = {"compute": 0, "redact": 0}
    for name, module, attribute in (
        ("compute", alliance_graph.metrics, "compute_metrics"),
        ("redact", alliance_graph.metrics.shared, "redact"),
    ):
        function = getattr(module, attribute)

        def spy(*args, _f=function, _n=name, **kwargs):
            counted[_n] += 1
            return _f(*args, **kwargs)

        monkeypatch.setattr(module, attribute, spy)
    import alliance_graph.report.network_view

    layouts: list[int] = []
    laid_out = alliance_graph.report.network_view.stable_layout
    for module in (alliance_graph.report.network_view, alliance_graph.report.context):
        monkeypatch.setattr(
            module, "stable_layout", lambda g, **k: layouts.append(1) or laid_out(g, **k)
        )
    analysis = Analysis(survey, audience=Audience(audience))
    for lang in ("en", "fr"):
        analysis.text("json", lang)
        analysis.text("table", lang)
        analysis.changes("table", lang)
        analysis.report_html(lang=lang)
        analysis.export(tmp_path / f"net-{lang}.gexf", "gexf", lang=lang)
    assert len(calls) == 1
    assert len(layouts) == (1 if audience == "coach" else 0)
    assert counted == (
        {"compute": 1, "redact": 0} if audience == "coach" else {"compute": 0, "redact": 1}
    )
