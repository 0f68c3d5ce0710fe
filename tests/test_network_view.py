"""The network view's data: ties as rows the page filters, distrust as visible as trust,
tooltips with the alliance and the coach gap, and the group view of large engagements."""

from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

import networkx as nx
import pytest

from alliance_graph import load_survey
from alliance_graph.i18n import format_value
from alliance_graph.metrics import compute_metrics
from alliance_graph.report import build_report
from alliance_graph.report import network_ties as ties
from alliance_graph.report.network_ties import tie_rows, tie_width
from alliance_graph.report.network_view import network_picture_data
from tests.conftest import SAMPLE

NUMBER = partial(format_value, lang="en")


def _data(page: str) -> dict[str, Any]:
    found = re.search(r'id="report-data">(.*?)</script>', page, flags=re.S)
    assert found
    return json.loads(found.group(1))


@pytest.fixture(scope="module")
def sample():
    survey = load_survey(SAMPLE / "survey.csv", register=SAMPLE / "register.csv")
    return survey, compute_metrics(survey)


@pytest.fixture(scope="module")
def english(sample) -> dict[str, Any]:
    survey, metrics = sample
    return _data(build_report(survey, metrics=metrics))


def _tie(G: nx.DiGraph, u: str, v: str, answer: int) -> None:
    """One answer on 1:5: strength (x − 1)/4, sign (x − 3)/2."""
    G.add_edge(u, v, strength=(answer - 1) / 4, sign=(answer - 3) / 2, n_ratings=1)


def _waves() -> tuple[nx.DiGraph, nx.DiGraph]:
    before, after = nx.DiGraph(), nx.DiGraph()
    for u, v, x in [("A", "B", 5), ("B", "A", 2), ("A", "C", 3), ("C", "A", 4), ("B", "C", 4)]:
        _tie(before, u, v, x)
    for u, v, x in [("A", "B", 3), ("B", "A", 4), ("A", "C", 3), ("C", "A", 4), ("B", "C", 4)]:
        _tie(after, u, v, x)
    _tie(after, "C", "B", 1)
    return before, after


def test_width_grows_with_trust_and_distrust_alike_and_distrust_has_a_floor() -> None:
    # 1.5 + 4.5 |s|; a negative tie at least 2.5 (the thinnest positive one is 1.5)
    assert [tie_width(s) for s in (1.0, -1.0, 0.5, -0.5, 0.2, -0.2, 0.0)] == [
        6.0, 6.0, 3.75, 3.75, 2.4, 2.5, 1.5,
    ]  # fmt: skip


def test_rows_come_most_marked_first_with_their_change_since_the_wave_before() -> None:
    before, after = _waves()
    index = {"A": 0, "B": 1, "C": 2}
    assert tie_rows(after, index, NUMBER, before=before) == [
        [2, 1, 6.0, -1, "0.00", "−1.00", 1, None, "new", None],  # C → B, rated only now
        [1, 0, 3.75, 1, "0.75", "+0.50", 1, None, "flip", "0.25"],  # turned around
        [1, 2, 3.75, 1, "0.75", "+0.50", 1, None],
        [2, 0, 3.75, 1, "0.75", "+0.50", 1, None],
        [0, 1, 1.5, 0, "0.50", "0.00", 1, None, "down", "1.00"],  # 1.00 → 0.50
        [0, 2, 1.5, 0, "0.50", "0.00", 1, None],
    ]
    assert tie_rows(before, index, NUMBER)[0] == [0, 1, 6.0, 1, "1.00", "+1.00", 1, None]


def test_the_page_keeps_the_coach_ties_first_when_a_wave_is_too_large(monkeypatch) -> None:
    _, after = _waves()
    monkeypatch.setattr(ties, "MAX_PAGE_TIES", 2)
    rows = tie_rows(after, {"A": 0, "B": 1, "C": 2}, NUMBER, coach="C")
    assert [(row[0], row[1]) for row in rows] == [(2, 1), (1, 2)]  # C → B, then B → C


def test_the_printed_picture_dashes_distrust_too() -> None:
    _, after = _waves()
    _, edges = network_picture_data(after, {}, {})
    styled = {(e["from"], e["to"]): (e["color"], e["width"], e["dashes"]) for e in edges}
    assert styled[("C", "B")] == ("#C0392B", 6.0, True)
    assert styled[("B", "A")] == ("#2E8B57", 3.75, False)
    assert styled[("A", "B")] == ("#9AA0A6", 1.5, False)


def test_the_page_holds_what_each_filter_needs(english: dict[str, Any]) -> None:
    assert english["previous"] == {"2026-01": None, "2026-04": "2026-01", "2026-06": "2026-04"}
    latest = english["ties"]["2026-06"]
    # docs/report.md: 45 negative ties in 2026-01, 7 left in 2026-06
    assert [sum(r[3] < 0 for r in english["ties"][w]) for w in ("2026-01", "2026-06")] == [45, 7]
    # every negative tie at least as wide as the thinnest positive one, and dashed on the page
    assert min(r[2] for r in latest if r[3] < 0) >= 2.5 > min(r[2] for r in latest if r[3] > 0)
    # "What changed" from 2026-04 to 2026-06: 85 strengthened, 13 weakened, 16 turned
    # around, 17 new; a tie in two lists counts once: 115 ties
    kinds = [r[8] for r in latest if len(r) > 8]
    assert len(kinds) == 115 and kinds.count("new") == 17 and kinds.count("flip") == 16
    assert all(len(r) == 8 for r in english["ties"]["2026-01"])  # no wave before
    coach = next(i for i, n in enumerate(english["nodes"]) if n["role"] == "coach")
    assert english["nodes"][coach]["name"] == "Claire Moreau"
    # everyone in the list to focus on, the coach first
    assert sorted(english["order"]) == list(range(30)) and english["order"][0] == coach


def test_person_tooltips_give_the_alliance_with_the_coach_and_the_coach_gap(
    english: dict[str, Any],
) -> None:
    # Agnès Lambert in 2026-06: t(her → coach) = 0.83, t(coach → her) = 0.75: alliance
    # (0.83 + 0.75) / 2 = 0.79, coach gap 0.75 − 0.83 = −0.08
    title = english["titles"]["2026-06"]["alambert"].split("\n")
    assert title[0] == "Agnès Lambert"
    assert "Alliance with the coach 0.79" in title
    assert "Coach gap −0.08 (the coach's view minus theirs)" in title
    assert not any(
        "Alliance" in line for line in english["titles"]["2026-06"]["cmoreau"].split("\n")
    )


def test_groups_are_nodes_with_their_members_and_small_engagements_open_on_everyone(
    english: dict[str, Any],
) -> None:
    groups = english["groups"]
    names = [node["name"] for node in groups["nodes"]]
    assert sorted(names) == ["Claire Moreau", "Collaborateurs", "Direction", "Managers", "Équipes"]
    assert [groups["nodes"][i]["name"] for i in groups["order"]] == [
        "Collaborateurs", "Direction", "Managers", "Équipes",
    ]  # fmt: skip
    sizes = {key: len(members) for key, members in groups["members"].items()}
    assert sizes == {"Collaborateurs": 14, "Direction": 6, "Managers": 8, "Équipes": 1}
    assert groups["start"] == "people" and groups["places"] is None
    # the coach's view of the groups: every answer counts, however few
    title = groups["titles"]["2026-06"]["Équipes"].split("\n")
    assert title[:2] == ["Équipes", "1 person · 1 answered"]
    assert "Alliance with the coach 0.75" in title


def test_above_the_threshold_the_view_opens_on_the_groups_each_laid_out(sample, monkeypatch):
    import alliance_graph.report.network_groups as view

    monkeypatch.setattr(view, "GROUP_VIEW_PEOPLE", 20)
    survey, metrics = sample
    page = build_report(survey, metrics=metrics)
    groups = _data(page)["groups"]
    assert groups["start"] == "groups"
    coach = next(i for i, n in enumerate(_data(page)["nodes"]) if n["role"] == "coach")
    for key, members in groups["members"].items():
        placed = [p[0] for p in groups["places"][key]]
        assert sorted(placed) == sorted([*members, coach]), key
    assert build_report(survey, metrics=metrics) == page  # seeded: same bytes


def test_names_in_the_filters_data_stay_text(write_csv) -> None:
    hostile = "<script>alert(1)</script>"
    ratings = write_csv(
        "r.csv",
        f'wave,rater,ratee,score\nT1,"{hostile}",Ann,4\nT1,Ann,"{hostile}",1\nT2,Ann,"{hostile}",5\n',
    )
    register = write_csv(
        "g.csv", f'id,name,group,role\nAnn,Ann,<i>G</i>,coach\n"{hostile}","{hostile}",<b>H</b>,\n'
    )
    page = build_report(load_survey(ratings, register=register, scale="1:5"))
    raw = re.search(r'id="report-data">(.*?)</script>', page, flags=re.S).group(1)
    assert "<" not in raw and ">" not in raw
    data = json.loads(raw)
    assert {n["name"] for n in data["nodes"]} == {"Ann", hostile}
    assert {n["name"] for n in data["groups"]["nodes"]} == {"Ann", "<b>H</b>"}
    assert data["ties"]["T2"][0][8:] == ["flip", "0.00"]  # −1.00 → +1.00
