"""The HTML report as bytes: self-contained, escaped, deterministic, in two languages."""

from __future__ import annotations

import html
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from alliance_graph import load_survey
from alliance_graph.cli import cli
from alliance_graph.metrics import compute_metrics
from alliance_graph.report import build_report, write_report
from alliance_graph.report.html import script_json
from tests.conftest import SAMPLE

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def sample_survey():
    return load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")


@pytest.fixture(scope="module")
def sample_metrics(sample_survey):
    return compute_metrics(sample_survey)


@pytest.fixture(scope="module")
def english(sample_survey, sample_metrics) -> str:
    return build_report(sample_survey, metrics=sample_metrics)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("hostile")
    ratings = folder / "r.csv"
    ratings.write_text(
        "wave,rater,ratee,score\n"
        f'T1,"{HOSTILE}",Ann,4\nT1,Ann,"{HOSTILE}",2\nT1,Bob,Ann,5\nT1,Ann,Bob,1\n'
        f'T1,Bob,"{HOSTILE}",3\nT2,"{HOSTILE}",Ann,5\nT2,Ann,Bob,4\nT2,Bob,Ann,4\n',
        encoding="utf-8",
    )
    register = folder / "g.csv"
    register.write_text(
        f"id,name,group,role\nAnn,Ann,Team $A$ and $B$,coach\nBob,Bob,<i>G</i>,\n"
        f'"{HOSTILE}","{HOSTILE}",<i>G</i>,sponsor\n',
        encoding="utf-8",
    )
    return build_report(load_survey(ratings, register=register, scale="1:5"))


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.S)


def test_one_self_contained_page(english: str) -> None:
    assert english.startswith("<!DOCTYPE html>") and '<html lang="en">' in english
    # no external resource: no src/href pointing anywhere but data: URIs and anchors
    assert not re.findall(r'(?:src|href)="(?!data:|#)', english)
    assert "Content-Security-Policy" in english and "default-src &#39;none&#39;" in english
    assert len(english.encode("utf-8")) < 3 * 1024 * 1024
    assert len(_scripts(english)) == 4  # data, vis-network, the network view, the tables


def test_content_security_policy_hashes_every_script(english: str) -> None:
    import base64
    import hashlib

    policy = html.unescape(re.search(r'Security-Policy" content="([^"]+)"', english).group(1))
    for body in _scripts(english)[1:]:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_sections_in_order(english: str) -> None:
    ids = re.findall(r'<section id="([a-z]+)"', english)
    assert ids == [
        "now",
        "summary",
        "alerts",
        "map",
        "network",
        "trends",
        "people",
        "changes",
        "quality",
        "glossary",
    ]


def test_headline_cards_show_the_change_since_the_previous_wave(english: str) -> None:
    assert "since 2026-04" in english
    assert re.search(r'data-card="balance".*?class="value">0.98<', english, flags=re.S)


def test_embedded_data_has_every_wave_and_no_nan(english: str) -> None:
    raw = re.search(
        r'<script type="application/json" id="report-data">(.*?)</script>', english, flags=re.S
    ).group(1)
    data = json.loads(raw)
    assert data["waves"] == ["2026-01", "2026-04", "2026-06"]
    assert len(data["nodes"]) == 30 and len(data["ties"]["2026-01"]) == 241
    assert "NaN" not in raw and "Infinity" not in raw


def test_same_input_same_bytes(sample_survey, sample_metrics, english: str) -> None:
    again = build_report(sample_survey, metrics=sample_metrics)
    assert again == english
    stamped = build_report(
        sample_survey, metrics=sample_metrics, generated=datetime(2026, 1, 15, tzinfo=timezone.utc)
    )
    assert "Generated on 15 Jan 2026" in stamped
    assert stamped.replace(" · Generated on 15 Jan 2026", "") == english


def test_french_report(sample_survey, sample_metrics) -> None:
    page = build_report(
        sample_survey, metrics=sample_metrics, lang="fr", generated=datetime(2026, 1, 15)
    )
    assert '<html lang="fr">' in page
    for words in (
        "Points d’attention",
        "Glossaire",
        "Généré le 15 janv. 2026",
        "depuis 2026-04",
        "Indice d’équilibre",
        "Le réseau d’alliances",
    ):
        assert words in page
    assert re.search(r'data-card="balance".*?class="value">0,98<', page, flags=re.S)
    assert "What needs attention" not in page


def test_names_from_the_data_are_escaped(hostile: str) -> None:
    assert HOSTILE not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert "<i>G</i>" not in hostile and "&lt;i&gt;G&lt;/i&gt;" in hostile
    data = re.search(r'id="report-data">(.*?)</script>', hostile, flags=re.S).group(1)
    assert "</" not in data and "\\u003cscript\\u003e" in data
    assert "Team $A$ and $B$" in json.loads(data)["titles"]["T1"]["Ann"]


def test_script_json_cannot_close_its_element() -> None:
    text = str(script_json({"x": "</script><script>alert(1)</script>&"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"x": "</script><script>alert(1)</script>&"}


def test_one_wave_report_has_no_comparison(tmp_path: Path, write_csv) -> None:
    path = write_csv("one.csv", "rater,ratee,score\nA,B,4\nB,A,2\nC,A,5\nA,C,3\n")
    page = build_report(load_survey(path, scale="1:5"))
    assert "Only one wave: nothing to compare yet." in page
    assert "first wave" in page


def test_written_as_utf8_bytes(sample_survey, sample_metrics, tmp_path: Path) -> None:
    path = write_report(sample_survey, tmp_path / "deep" / "r.html", metrics=sample_metrics)
    text = path.read_bytes().decode("utf-8")
    assert "Hélène Garnier" in text


def test_report_command(tmp_path: Path) -> None:
    target = tmp_path / "out.html"
    result = CliRunner().invoke(
        cli,
        [
            "report",
            str(SAMPLE / "survey.csv"),
            "--register",
            str(SAMPLE / "register.csv"),
            "-o",
            str(target),
            "--title",
            "Mission <Lumière>",
            "--lang",
            "fr",
        ],
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert "<title>Mission &lt;Lumière&gt;</title>" in page and '<html lang="fr">' in page


def test_report_command_default_path_and_bad_input(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("rater,ratee,score\nA,B,9\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["report", str(bad), "--scale", "1:5"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert not (tmp_path / "outputs").exists()


def test_files_are_named_without_their_folders(english: str) -> None:
    assert "<td>survey.csv</td>" in english and str(SAMPLE) not in english


def test_large_waves_show_the_most_marked_ties_and_say_so(
    sample_survey, sample_metrics, monkeypatch
) -> None:
    # the page holds every tie (up to MAX_PAGE_TIES); the view draws MAX_VIEW_TIES of
    # them, the first rows: the furthest from the middle of the scale
    import alliance_graph.report.network_view as view

    monkeypatch.setattr(view, "MAX_VIEW_TIES", 50)
    page = build_report(sample_survey, metrics=sample_metrics)
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page, flags=re.S).group(1))
    rows = data["ties"]["2026-01"]
    assert data["max_ties"] == 50 and data["total"]["2026-01"] == len(rows) == 241
    marked = [abs(float(row[5].replace("−", "-"))) for row in rows]
    assert marked == sorted(marked, reverse=True) and marked[0] == 1.0
    note = "Showing {shown} of {total} ties: the strongest trust and distrust."
    assert f'data-template="{note}"' in page


def test_spectral_layout_beyond_the_spring_limit(monkeypatch) -> None:
    import networkx as nx

    import alliance_graph.report.layout as layout

    G = nx.gnp_random_graph(60, 0.1, seed=1, directed=True)
    nx.set_edge_attributes(G, 0.5, "strength")
    monkeypatch.setattr(layout, "SPRING_LAYOUT_NODES", 10)
    positions = layout.stable_layout({"w": G})
    assert len(positions) == 60 and positions == layout.stable_layout({"w": G})


def test_report_without_coach_or_groups(write_csv) -> None:
    path = write_csv("w.csv", "wave,rater,ratee,score\nT1,A,B,4\nT1,B,A,2\nT2,A,B,5\nT2,B,C,1\n")
    page = build_report(load_survey(path, scale="1:5"))
    assert "No coach was found" in page
    assert re.search(r'data-card="balance".*?class="value">—<', page, flags=re.S)


def test_spectral_layout_of_a_star_spreads_the_people_around_the_hub() -> None:
    # beyond SPRING_LAYOUT_NODES: Koren's power iterations, linear in the ties (networkx's
    # spectral layout kept √n vectors and took minutes on a 200,000-person star)
    import networkx as nx

    import alliance_graph.report.layout as layout

    n = layout.SPRING_LAYOUT_NODES + 500
    G = nx.DiGraph()
    G.add_edges_from(("hub", f"p{i:05d}", {"strength": (i % 5) / 4}) for i in range(n))
    positions = layout.stable_layout({"w": G})
    assert positions == layout.stable_layout({"w": G})  # seeded
    points = np.array([positions[f"p{i:05d}"] for i in range(n)])
    assert np.isfinite(points).all() and len({tuple(p) for p in points}) > 0.9 * n
    centre, spread = points.mean(axis=0), points.std(axis=0).mean()
    assert np.hypot(*(np.array(positions["hub"]) - centre)) < spread / 2


def test_network_nodes_are_the_records_pyvis_makes(sample_survey, sample_metrics) -> None:
    # the view builds pyvis Node records itself: Network.add_node searches a list for
    # each new node, n² for 200,000 people
    from pyvis.network import Network

    page = build_report(sample_survey, metrics=sample_metrics)
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', page, flags=re.S).group(1))
    net = Network(directed=True)
    for record in data["nodes"]:
        options = {k: v for k, v in record.items() if k not in ("id", "label", "shape")}
        net.add_node(record["id"], label=record["label"], shape=record["shape"], **options)
    assert len(data["nodes"]) == 30 and net.nodes == data["nodes"]


def test_the_lead_marks_thousands(sample_survey) -> None:
    # "2746 answers" is hard to read; French marks thousands with a narrow no-break space
    assert "2,746 answers over 3 waves" in build_report(sample_survey)
    assert "2\u202f746 réponses sur 3 vagues" in build_report(sample_survey, lang="fr")


@pytest.mark.parametrize(
    ("groups", "lang", "said"),
    [
        ({"A": 0.4, "B": 0.8}, "en", "strongest B 0.80, weakest A 0.40"),
        ({"A": 0.5, "B": 0.5}, "en", "every group at the same level: 0.50"),
        ({"A": 0.0}, "en", "one group: 0.00"),
        ({"A": 0.5, "B": 0.5}, "fr", "tous les groupes au même niveau\u00a0: 0,50"),
        ({"A": 0.5, "B": 0.5, "C": 0.5}, "en", "every group at the same level: 0.50"),
    ],
)
def test_the_gap_line_names_a_strongest_and_a_weakest_only_when_they_differ(
    groups: dict[str, float], lang: str, said: str
) -> None:
    from alliance_graph.report.text import _strong_weak

    ranked = sorted(groups, key=lambda g: (groups[g], g))
    alliance = {
        "groups": {g: {"alliance": v, "n": 3} for g, v in groups.items()},
        "strongest_group": ranked[-1],
        "weakest_group": ranked[0],
    }
    assert _strong_weak(alliance, lang) == said
