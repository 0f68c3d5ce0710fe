"""Attention balance and the two layers, by hand; the log beside a survey, end to end."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from click.testing import CliRunner

from alliance_graph import read_survey
from alliance_graph.cli import cli
from alliance_graph.metrics.attention import attention_balance, layer_comparison
from tests.conftest import SAMPLE

PEOPLE = pd.DataFrame(
    {
        "id": ["c", "s", "a1", "a2", "b1"],
        "group": ["Coach", "Board", "Team A", "Team A", "Team B"],
        "role": ["coach", "sponsor", "stakeholder", "stakeholder", "stakeholder"],
    }
)


def _events(rows):
    return pd.DataFrame(rows, columns=["source", "target", "amount"]).assign(wave="w")


def test_attention_balance_by_hand() -> None:
    events = _events(
        [("c", "s", 60), ("s", "c", 30), ("c", "a1", 60), ("a2", "c", 30), ("a1", "a2", 99)]
    )
    result = attention_balance(events, PEOPLE, "c")
    assert result["total"] == 180  # a1 → a2 is not the coach's time
    groups = result["groups"]
    assert groups["sponsor"]["share"] == 0.5 and groups["sponsor"]["ratio"] == 2.0
    assert groups["Team A"]["share"] == 0.5 and groups["Team A"]["ratio"] == 1.0
    assert groups["Team B"] == {
        "amount": 0.0,
        "share": 0.0,
        "members": 1,
        "member_share": 0.25,
        "ratio": 0.0,
        "people_met": 0,
    }
    # B over the time per member (90, 45, 0): 1 − Gini · 3/2 = 1 − (180 / (3 · 135)) · 1.5
    assert result["balance_index"] == pytest.approx(1 / 3)
    assert result["most"] == "sponsor" and result["least"] == "Team B"
    assert attention_balance(_events([("a1", "a2", 5)]), PEOPLE, "c") is None


def test_layers_by_hand() -> None:
    G = nx.DiGraph()
    G.add_edge("a1", "c", strength=0.2)  # trusts the coach little, is not met
    G.add_edge("b1", "c", strength=0.9)
    G.add_edge("c", "b1", strength=0.5)
    ties = pd.DataFrame({"source": ["c", "c"], "target": ["b1", "a2"], "strength": [1.0, 0.4]})
    result = layer_comparison(G, ties, "c", floor=0.5, alpha=0.25)
    assert result["low_not_met"] == ["a1"] and result["met_unknown"] == ["a2"]
    assert (result["trust_only"], result["interaction_only"], result["both"]) == (2, 1, 1)
    assert result["combined"] == pytest.approx(0.25 * 0.5 + 0.75 * 1.0)


def test_a_log_beside_the_survey_falls_in_its_waves(write_csv) -> None:
    log = write_csv(
        "log.csv",
        "timestamp,source,target,duration\n"
        "2026-01-05,Claire Moreau,Philippe Durand,60\n"
        "2026-03-02,Claire Moreau,Loïc Perrin,30\n"
        "2026-12-01,Claire Moreau,Loïc Perrin,30\n",
    )
    survey = read_survey([SAMPLE / "survey.csv", log], register=SAMPLE / "register.csv")
    events = survey.interactions
    assert events["wave"].tolist() == ["2026-01", "2026-04"]  # by the waves' last answers
    assert events["source"].tolist() == ["cmoreau", "cmoreau"]  # names → register ids
    assert [(i.code.value, i.line) for i in survey.issues if i.file == str(log)] == [
        ("EVENT_OUTSIDE_WAVES", 4)
    ]


def test_a_dated_survey_is_not_a_log(write_csv) -> None:
    path = write_csv("s.csv", "from,to,score,date\nA,B,4,2026-01-01\nB,A,3,2026-01-01\n")
    survey = read_survey(path, scale="1:5")
    assert survey.interactions is None and len(survey.ratings) == 2


def test_metrics_and_report_with_the_sample_log(tmp_path) -> None:
    args = [
        str(SAMPLE / "survey.csv"),
        str(SAMPLE / "meetings.csv"),
        "--register",
        str(SAMPLE / "register.csv"),
    ]
    runner = CliRunner()
    out = runner.invoke(cli, ["metrics", *args, "--format", "json", "--combine", "0.5"])
    assert out.exit_code == 0, out.output
    wave = json.loads(out.stdout)["waves"]["2026-01"]
    assert wave["interactions"]["measure"] == "duration"
    assert wave["interactions"]["layers"]["alpha"] == 0.5
    assert wave["interactions"]["attention"]["groups"]["Collaborateurs"]["ratio"] < 0.5
    assert any(
        a["code"] == "ATTENTION_GAP" and a["subject"] == "Collaborateurs" for a in wave["alerts"]
    )
    report = tmp_path / "r.html"
    assert runner.invoke(cli, ["report", *args, "-o", str(report)]).exit_code == 0
    html = report.read_text(encoding="utf-8")
    assert 'id="time"' in html and "Where your time went" in html
    plain = runner.invoke(cli, ["metrics", str(SAMPLE / "survey.csv"), "--format", "json"])
    assert "interactions" not in json.loads(plain.stdout)["waves"]["2026-01"]


@pytest.mark.parametrize(
    "extra", [["--combine", "2"], ["--window", "weekly"], ["--half-life", "0"]]
)
def test_bad_options_are_usage_errors(extra) -> None:
    args = [str(SAMPLE / "survey.csv"), str(SAMPLE / "meetings.csv")]
    assert CliRunner().invoke(cli, ["metrics", *args, *extra]).exit_code == 2


def test_kind_interactions_on_a_survey_file_says_what_is_missing() -> None:
    result = CliRunner().invoke(
        cli, ["validate", str(SAMPLE / "survey.csv"), "--kind", "interactions"]
    )
    assert result.exit_code == 1 and "MISSING_COLUMN" in result.output


def test_a_log_alone_has_no_report_and_no_survey_waves() -> None:
    runner = CliRunner()
    alone = runner.invoke(cli, ["report", str(SAMPLE / "meetings.csv")])
    assert alone.exit_code == 1 and "needs survey answers" in alone.output
    for command in ("compare", "export"):
        extra = ["--format", "csv", "-o", "x.csv"] if command == "export" else []
        other = runner.invoke(cli, [command, str(SAMPLE / "meetings.csv"), *extra])
        assert other.exit_code == 1 and "needs survey answers" in other.output
    waves = runner.invoke(cli, ["metrics", str(SAMPLE / "meetings.csv"), "--window", "waves"])
    assert waves.exit_code == 2 and "--window" in waves.output


def _layer(html: str, wave: str) -> dict[tuple[str, str], str]:
    import re

    data = json.loads(re.search(r'id="report-data">(.*?)</script>', html, flags=re.S).group(1))
    return {(e["from"], e["to"]): e["title"] for e in data["interactions"][wave]}


def test_the_network_layer_is_decayed_as_the_figures_are(tmp_path) -> None:
    # --half-life decays the time figures; the log's ties drawn in the network view must
    # be the same decayed ties, not the raw ones
    survey = read_survey(
        [SAMPLE / "survey.csv", SAMPLE / "meetings.csv"], register=SAMPLE / "register.csv"
    )
    events = survey.interactions
    events = events[events["wave"] == "2026-01"]
    age = (events["date"].max() - events["date"]).dt.days
    pair = events[(events["source"] == "cmoreau") & (events["target"] == "pdurand")]
    decayed = float((pair["amount"] * 0.5 ** (age[pair.index] / 30)).sum())
    raw = float(pair["amount"].sum())
    assert round(decayed) != round(raw)
    pages = {}
    for name, extra in (("plain", []), ("decayed", ["--half-life", "30"])):
        path = tmp_path / f"{name}.html"
        args = [str(SAMPLE / "survey.csv"), str(SAMPLE / "meetings.csv")]
        args += ["--register", str(SAMPLE / "register.csv"), "-o", str(path), "--quiet"]
        assert CliRunner().invoke(cli, ["report", *args, *extra]).exit_code == 0
        pages[name] = _layer(path.read_text(encoding="utf-8"), "2026-01")
    assert f"{round(raw):,} min" in pages["plain"][("cmoreau", "pdurand")]
    assert f"{round(decayed):,} min" in pages["decayed"][("cmoreau", "pdurand")]
