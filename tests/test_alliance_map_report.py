"""The alliance map and the triangle in the report pages: placed, worded, escaped, and
in the shared version groups only."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from alliance_graph import Analysis, load_survey
from alliance_graph.metrics import compute_metrics
from alliance_graph.report import build_report
from tests.conftest import SAMPLE

HOSTILE = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def sample():
    return load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")


@pytest.fixture(scope="module")
def metrics(sample):
    return compute_metrics(sample)


@pytest.fixture(scope="module")
def pages(sample, metrics) -> dict[str, str]:
    return {
        "en": build_report(sample, metrics=metrics),
        "fr": build_report(sample, metrics=metrics, lang="fr"),
        "shared": build_report(sample, audience="shared"),
    }


def _section(page: str) -> str:
    start = page.index('<section id="map">')
    return page[start : page.index("</section>", start)]


def test_map_section_in_both_languages(pages: dict[str, str]) -> None:
    english, french = _section(pages["en"]), _section(pages["fr"])
    assert (
        "<h2>The alliance map</h2>" in english and '<a href="#map">Alliance map</a>' in pages["en"]
    )
    assert "<h3>Coach, sponsor and coachee</h3>" in english
    assert "Only in your report" in english
    assert "<h2>La carte des alliances</h2>" in french
    assert "<h3>Coach, commanditaire et personne coachée</h3>" in french
    assert "plancher 0,50" in french and "floor 0.50" in english
    # after the alerts, before the network
    order = re.findall(r'<section id="([a-z]+)"', pages["en"])
    assert order.index("alerts") < order.index("map") < order.index("network")


def test_one_layer_per_wave_the_last_shown(pages: dict[str, str]) -> None:
    section = _section(pages["en"])
    layers = re.findall(r'<g class="map-wave" data-map-wave="([^"]+)"( display="none")?>', section)
    # the map's layers, then the triangle's
    assert (
        layers
        == [
            ("2026-01", ' display="none"'),
            ("2026-04", ' display="none"'),
            ("2026-06", ""),
        ]
        * 2
    )
    assert len(re.findall(r'class="map-mark"', section)) == 3 * 29  # everyone but the coach
    # the text alternative names all 29 in each wave
    blocks = re.findall(r'<div data-map-wave="([^"]+)"( hidden)?>', section)
    assert blocks == [("2026-01", " hidden"), ("2026-04", " hidden"), ("2026-06", "")]


def test_map_shows_the_coach_gap_marks_of_the_alerts(metrics, pages: dict[str, str]) -> None:
    section = _section(pages["en"])
    layer = section.index('<g class="map-wave" data-map-wave="2026-01"')
    first = section[layer : section.index('<g class="map-wave" data-map-wave="2026-04"')]
    # a halo on each person the coach rates more than 0.25 above their rating of the
    # coach: in 2026-01 the 11 of the COACH_OVERESTIMATES alerts (a gap of exactly 0.25,
    # Gaëlle Fontaine's, is not over it)
    alerts = [a.subject for a in metrics.waves["2026-01"].alerts if a.code == "COACH_OVERESTIMATES"]
    names = metrics.waves["2026-01"].nodes
    haloed = re.findall(
        r"<title>([^\n<]+)\n[^<]*</title>(?:(?!</g>).)*class=\"halo\"", first, flags=re.S
    )
    assert len(alerts) == 11 and sorted(haloed) == sorted(names[a]["name"] for a in alerts)
    assert "Gaëlle Fontaine" not in haloed
    assert "you rate them more than 0.25 above their rating of you" in section


def test_names_from_the_data_are_escaped(tmp_path) -> None:
    ratings = tmp_path / "r.csv"
    ratings.write_text(
        "wave,rater,ratee,score\n"
        f'T1,"{HOSTILE}",Ann,4\nT1,Ann,"{HOSTILE}",2\nT1,Bob,Ann,5\nT1,Ann,Bob,1\n'
        f'T1,Bob,"{HOSTILE}",3\nT1,Cy,Ann,4\nT1,Ann,Cy,4\n',
        encoding="utf-8",
    )
    register = tmp_path / "g.csv"
    register.write_text(
        "id,name,group,role\nAnn,Ann,Coaching,coach\nBob,Bob,<i>G</i>,coachee\n"
        f'"{HOSTILE}","{HOSTILE}",<i>G</i>,sponsor\nCy,"Cy ""the"" <b>",Ops,\n',
        encoding="utf-8",
    )
    page = build_report(load_survey(ratings, register=register, scale="1:5"))
    section = _section(page)
    assert "<script>" not in section and "<i>" not in section and "<b>" not in section
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in section  # in the map and the triangle
    assert "&lt;i&gt;G&lt;/i&gt;" in section
    assert "Cy &#34;the&#34; &lt;b&gt;" in section


def test_shared_map_draws_groups_only(sample, pages: dict[str, str]) -> None:
    section = _section(pages["shared"])
    groups = set(re.findall(r'class="map-mark" [^>]*><title>([^\n<]+)', section))
    assert groups == {"Collaborateurs", "Direction", "Managers"}  # Équipes: 1 person < 3
    people = pd.concat([sample.stakeholders["name"], sample.stakeholders["id"]])
    named = [str(p) for p in people if str(p) in section]
    assert named == []
    assert "Coach, sponsor and coachee" not in section and "triangle" not in section
    assert "at least 3 of its people answered" in section


def test_people_without_consent_are_neither_named_nor_placed(tmp_path, sample) -> None:
    """The sponsor left consent blank and a manager said no: both are on the "no answer"
    ring under their labels (their alliance would show their rating of the coach), with
    the coach's own view; the sponsor's ties in the triangle are "—"."""
    register = tmp_path / "register.csv"
    people = sample.stakeholders[["id", "name", "group", "role"]].copy()
    people["consent"] = ["non" if i in ("pdurand", "ibenali") else "oui" for i in people["id"]]
    people.loc[people["id"] == "pdurand", "consent"] = ""
    people.to_csv(register, index=False)
    page = Analysis(load_survey(SAMPLE / "survey.csv", register=register)).report_html()
    section = _section(page)
    for secret in ("Philippe Durand", "Inès Benali", "pdurand", "ibenali"):
        assert secret not in section
    hollow = r'data-key="\d+" transform="[^"]*"><title>(Sponsor \(anonymous\)[^<]*)'
    tips = re.findall(hollow, section)
    assert len(tips) == 3  # hollow: no data-alliance, one per wave
    assert "Their own answers are not shown (no consent); your view of them 0.88" in tips[0]
    rows = dict(
        re.findall(
            r"<tr><td>([^<]+)</td>((?:<td[^>]*>[^<]*(?:<span[^>]*>[^<]*</span>)?</td>)+)</tr>",
            section,
        )
    )
    assert re.findall(r">([^<]+)</td>", rows["Sponsor → Coach"]) == ["—", "—", "—"]
