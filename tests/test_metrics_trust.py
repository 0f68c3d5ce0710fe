"""Trust given and received, reciprocity and asymmetry on a graph worked out by hand."""

from __future__ import annotations

import networkx as nx
import pytest

from alliance_graph.metrics.reciprocity import (
    dyad_asymmetry,
    positive_reciprocity,
    weighted_reciprocity,
)
from alliance_graph.metrics.trust import network_trust, stakeholder_trust


@pytest.fixture
def G() -> nx.DiGraph:
    graph = nx.DiGraph()
    for u, v, t, s in [
        ("a", "b", 1.0, 1.0),
        ("b", "a", 0.5, 0.0),
        ("a", "c", 0.75, 0.5),
        ("c", "a", 0.0, -1.0),
        ("b", "c", 0.25, -0.5),
    ]:
        graph.add_edge(u, v, strength=t, sign=s)
    graph.add_node("d")  # an isolate
    return graph


def test_stakeholder_trust(G: nx.DiGraph) -> None:
    trust = stakeholder_trust(G)
    # a receives 0.5 from b and 0 from c; c → a is negative
    assert trust["a"] == {
        "trust_received": 0.25,
        "trust_given": 0.875,
        "distrust_received": 1,
        "raters": 2,
    }
    # c receives 0.75 from a and 0.25 from b (negative)
    assert trust["c"]["trust_received"] == 0.5 and trust["c"]["distrust_received"] == 1
    assert trust["d"] == {
        "trust_received": None,
        "trust_given": None,
        "distrust_received": 0,
        "raters": 0,
    }


def test_network_trust(G: nx.DiGraph) -> None:
    # 5 ties among 4 nodes: mean t = 2.5/5, negative ties c→a and b→c, density 5/12
    assert network_trust(G) == {
        "nodes": 4,
        "ties": 5,
        "mean_trust": 0.5,
        "negative_share": 0.4,
        "density": 5 / 12,
    }
    assert network_trust(nx.DiGraph())["density"] is None


def test_positive_reciprocity(G: nx.DiGraph) -> None:
    # positive ties: a→b (reverse s = 0, not positive) and a→c (reverse negative) → 0/2
    assert positive_reciprocity(G) == 0.0
    # make b→a positive: 3 positive ties (a→b, b→a, a→c), 2 of them (a↔b) returned
    G.edges["b", "a"]["sign"] = 0.25
    assert positive_reciprocity(G) == pytest.approx(2 / 3)


def test_positive_reciprocity_counts_both_directions() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", strength=1.0, sign=1.0)
    G.add_edge("b", "a", strength=0.75, sign=0.5)
    G.add_edge("a", "c", strength=1.0, sign=1.0)
    assert positive_reciprocity(G) == pytest.approx(2 / 3)
    assert positive_reciprocity(nx.DiGraph()) is None


def test_weighted_reciprocity(G: nx.DiGraph) -> None:
    # Σ t = 2.5; Σ min over ties whose reverse exists: a↔b 0.5 twice, a↔c 0 twice → 1.0
    assert weighted_reciprocity(G) == pytest.approx(0.4)
    H = nx.DiGraph()
    H.add_edge("a", "b", strength=0.0, sign=-1.0)
    assert weighted_reciprocity(H) is None


def test_dyad_asymmetry(G: nx.DiGraph) -> None:
    result = dyad_asymmetry(G)
    # mutual pairs a↔b (|1 − 0.5|) and a↔c (|0.75 − 0|); b→c has no reverse
    assert result["mean"] == pytest.approx(0.625)
    assert [(p["source"], p["target"], p["asymmetry"]) for p in result["pairs"]] == [
        ("a", "c", 0.75),
        ("a", "b", 0.5),
    ]


def test_equal_mutual_ties_are_listed_once() -> None:
    G = nx.DiGraph()
    G.add_edge("b", "a", strength=0.5, sign=0.0)
    G.add_edge("a", "b", strength=0.5, sign=0.0)
    result = dyad_asymmetry(G)
    assert result["mean"] == 0.0 and len(result["pairs"]) == 1
