"""Tie changes between two waves, worked out by hand."""

from __future__ import annotations

import networkx as nx
import pytest

from alliance_graph.metrics.change import tie_changes


def graph(ties: list[tuple[str, str, float]], isolates: tuple[str, ...] = ()) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_nodes_from(isolates)
    for u, v, t in ties:
        G.add_edge(u, v, strength=t, sign=2 * t - 1)
    return G


@pytest.fixture
def waves() -> tuple[nx.DiGraph, nx.DiGraph]:
    before = graph(
        [
            ("a", "b", 0.75),
            ("b", "a", 0.5),
            ("a", "c", 0.25),
            ("c", "a", 1.0),
            ("b", "c", 0.5),
            ("a", "x", 1.0),
        ]
    )
    after = graph(
        [("a", "b", 0.25), ("b", "a", 0.55), ("a", "c", 0.75), ("c", "b", 0.75), ("a", "y", 0.5)],
        isolates=("z",),
    )
    return before, after


def test_tie_changes_by_hand(waves) -> None:
    result = tie_changes(*waves)
    pairs = {
        key: [(r["source"], r["target"]) for r in result[key]]
        for key in ("gained", "lost", "strengthened", "weakened", "sign_flips")
    }
    # a→c: 0.25 → 0.75 (+0.5, and s −0.5 → +0.5); a→b: 0.75 → 0.25 (−0.5, s +0.5 → −0.5);
    # b→a: 0.5 → 0.55 (+0.05, under the 0.1 threshold; s 0 → 0.1 is no flip)
    assert pairs["strengthened"] == [("a", "c")]
    assert pairs["weakened"] == [("a", "b")]
    assert pairs["sign_flips"] == [("a", "b"), ("a", "c")]
    # c→b is new; c→a and b→c are no longer rated; x and y are in one wave only
    assert pairs["gained"] == [("c", "b")]
    assert pairs["lost"] == [("c", "a"), ("b", "c")]
    assert result["joined"] == ["y"] and result["left"] == ["x"]  # z rates nobody
    assert result["strengthened"][0]["delta"] == pytest.approx(0.5)
    assert result["gained"][0]["before"] is None and result["gained"][0]["after"] == 0.75


def test_threshold_is_an_option(waves) -> None:
    result = tie_changes(*waves, threshold=0.04)
    assert [(r["source"], r["target"]) for r in result["strengthened"]] == [("a", "c"), ("b", "a")]


def test_identical_waves_change_nothing(waves) -> None:
    result = tie_changes(waves[0], waves[0])
    assert all(
        result[k] == []
        for k in ("gained", "lost", "strengthened", "weakened", "sign_flips", "joined", "left")
    )
