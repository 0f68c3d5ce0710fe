"""Influence (DESIGN.md 5.5): PageRank on trust, brokers with length 1/t, Burt's constraint."""

from __future__ import annotations

import math
import random

import networkx as nx
import pytest

from alliance_graph.metrics import _triangles as triangle_lists
from alliance_graph.metrics import influence
from alliance_graph.metrics.influence import betweenness, constraint, pagerank


def _graph(ties: list[tuple[str, str, float]], nodes: tuple[str, ...] = ()) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    G.add_edges_from((u, v, {"strength": t, "sign": 2 * t - 1}) for u, v, t in ties)
    return G


def _random_graph(seed: int, n: int = 14, p: float = 0.3, zeros: bool = True) -> nx.DiGraph:
    """A seeded weighted digraph; with ``zeros``, about a quarter of the ties have strength 0
    and node ``z1`` is tied to ``z2`` and to ``n00`` only by ties of strength 0."""
    rng = random.Random(seed)
    G = nx.DiGraph()
    names = [f"n{i:02d}" for i in range(n)]
    G.add_nodes_from(names)
    for u in names:
        for v in names:
            if u != v and rng.random() < p:
                zero = zeros and rng.random() < 0.25
                t = 0.0 if zero else rng.choice([0.25, 0.5, 0.75, 1.0, round(rng.random(), 3)])
                G.add_edge(u, v, strength=t, sign=2 * t - 1)
    if zeros:
        G.add_edge("z1", "z2", strength=0.0, sign=-1.0)
        G.add_edge("n00", "z1", strength=0.0, sign=-1.0)
    G.add_node("isolate")
    return G


def _positive_total(G: nx.DiGraph, node: str) -> float:
    return sum(d["strength"] for *_, d in G.in_edges(node, data=True)) + sum(
        d["strength"] for *_, d in G.out_edges(node, data=True)
    )


# --- constraint ------------------------------------------------------------------------


def test_constraint_by_hand() -> None:
    # a→b 1, a→c 1: p_ab = p_ac = 1/2, b and c are not tied → c_a = (1/2)² + (1/2)² = 0.5
    # b's only contact is a: p_ba = 1 → c_b = 1
    result = constraint(_graph([("a", "b", 1.0), ("a", "c", 1.0)]))
    assert result == {"a": 0.5, "b": 1.0, "c": 1.0}


@pytest.mark.parametrize("seed", range(6))
def test_constraint_equals_networkx_without_zero_ties(seed: int) -> None:
    G = _random_graph(seed, zeros=False)
    ours = constraint(G)
    reference = nx.constraint(G, weight="strength")
    assert set(ours) == set(G)
    assert ours["isolate"] is None and math.isnan(reference["isolate"])
    for node in G:
        if node != "isolate":
            assert ours[node] == pytest.approx(reference[node], abs=1e-12), node
            assert type(ours[node]) is float


@pytest.mark.parametrize("seed", range(6))
def test_constraint_is_none_without_ties_of_any_strength(seed: int) -> None:
    G = _random_graph(seed)
    ours = constraint(G)
    # z1 and z2 have only ties of strength 0; "isolate" has no tie at all
    assert ours["z1"] is None and ours["z2"] is None and ours["isolate"] is None
    assert {n for n, v in ours.items() if v is None} == {n for n in G if _positive_total(G, n) == 0}
    reference = nx.constraint(G, weight="strength")
    assert math.isnan(reference["z1"]) and math.isnan(reference["isolate"])


@pytest.mark.parametrize("seed", range(6))
def test_constraint_equals_networkx_with_zero_ties(seed: int) -> None:
    # By hand: a→b 1, a→c 0, b→c 1. p_ab = 1, p_ac = 0; p_bc = 1/2; p_cb = 1.
    # Counting c as a's contact: c_a = (1 + 0·1)² + (0 + 1·1/2)² = 1.25 (ours);
    # networkx.constraint(G, weight=...) leaves c out: c_a = 1.
    G = _random_graph(seed)
    ours = constraint(G)
    reference = nx.constraint(G, weight="strength")
    for node in G:
        if ours[node] is not None:
            assert ours[node] == pytest.approx(reference[node], abs=1e-12), node


def _hub_graph(seed: int, n: int, chords: int, loops: bool = False) -> nx.DiGraph:
    """A star (the hub rates some, some rate the hub, some both) with ``chords`` random
    ties among the others: triangles through the hub and around it."""
    rng = random.Random(seed)
    G = nx.DiGraph()
    names = [f"p{i:03d}" for i in range(n)]
    hub = names[n // 2]  # in the middle of the sorted ids
    for i, leaf in enumerate(names):
        if leaf != hub:
            if i % 3 != 1:
                G.add_edge(hub, leaf, strength=rng.choice([0.25, 1.0, round(rng.random(), 3)]))
            if i % 3 != 0:
                G.add_edge(leaf, hub, strength=rng.choice([0.5, 0.75, round(rng.random(), 3)]))
    for _ in range(chords):
        u, v = rng.sample(names, 2)
        G.add_edge(u, v, strength=rng.choice([0.25, 1.0, round(rng.random(), 3)]))
    if loops:  # survey data never has them; networkx counts i as its own contact
        for u in rng.sample(names, 3):
            G.add_edge(u, u, strength=0.5)
    return G


@pytest.mark.parametrize("chunk", [1, 7, 1 << 18])
@pytest.mark.parametrize(
    ("seed", "n", "chords", "loops"),
    [(0, 40, 120, False), (1, 90, 600, False), (2, 25, 250, True), (3, 60, 0, False)],
)
def test_constraint_equals_networkx_around_a_hub(
    monkeypatch: pytest.MonkeyPatch, chunk: int, seed: int, n: int, chords: int, loops: bool
) -> None:
    # the triangles are listed in chunks of about `chunk` candidate pairs: 1 and 7 cut
    # through one node's pairs, 1 << 18 holds them all
    monkeypatch.setattr(triangle_lists, "CHUNK", chunk)
    G = _hub_graph(seed, n, chords, loops)
    ours = constraint(G)
    reference = nx.constraint(G, weight="strength")
    assert set(ours) == set(G)
    for node in G:
        assert ours[node] == pytest.approx(reference[node], abs=1e-10), node


def test_constraint_of_a_star_by_hand() -> None:
    # k contacts of equal strength and no tie among them: c_hub = k (1/k)² = 1/k; each
    # leaf has one contact, c = 1
    k = 5_000
    G = _graph([("hub", f"leaf{i}", 1.0) for i in range(k)])
    result = constraint(G)
    assert result["hub"] == pytest.approx(1 / k, rel=1e-12)
    assert all(result[f"leaf{i}"] == 1.0 for i in range(k))


# --- betweenness -----------------------------------------------------------------------


def test_betweenness_of_a_path() -> None:
    # a→b→c: b is on the only a→c path; normalised for a directed graph by
    # 1/((n − 1)(n − 2)) = 1/2 → 0.5
    assert betweenness(_graph([("a", "b", 1.0), ("b", "c", 1.0)])) == {
        "a": 0.0,
        "b": 0.5,
        "c": 0.0,
    }


@pytest.mark.parametrize(
    ("direct", "expected"),
    [
        (0.2, 0.5),  # length 1/0.2 = 5 > 1 + 1 = 2 via b: the two-step path is shorter
        (0.5, 0.25),  # length 2 = 2: two shortest paths, b on one of them → (1/2)/2
        (1.0, 0.0),  # length 1 < 2: the direct tie is the shortest path
    ],
)
def test_betweenness_uses_length_one_over_t(direct: float, expected: float) -> None:
    G = _graph([("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", direct)])
    assert betweenness(G)["b"] == pytest.approx(expected)


def test_betweenness_ignores_ties_of_strength_zero() -> None:
    # a→b has t = 0: no path a→c through b; b brokers nothing
    G = _graph([("a", "b", 0.0), ("b", "c", 1.0)], nodes=("d",))
    assert betweenness(G) == {"a": 0.0, "b": 0.0, "c": 0.0, "d": 0.0}


def _sample_five_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make betweenness estimate from 5 sampled sources on any graph over 5 nodes."""
    monkeypatch.setattr(influence, "EXACT_BETWEENNESS_NODES", 5)
    monkeypatch.setattr(influence, "MIN_BETWEENNESS_SOURCES", 5)
    monkeypatch.setattr(influence, "BETWEENNESS_BUDGET", 1)


def test_betweenness_sampled_is_deterministic_for_a_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    G = _random_graph(3, n=30, p=0.15)
    exact = betweenness(G, seed=7)
    _sample_five_sources(monkeypatch)
    assert influence.betweenness_sources(G) == 5
    first = betweenness(G, seed=7)
    assert first == betweenness(G, seed=7)
    assert set(first) == set(G) and all(type(v) is float for v in first.values())
    # estimated from 5 sampled sources: not the exact values (the sampling path is taken)
    assert first != pytest.approx(exact)


def test_betweenness_sampled_does_not_depend_on_insertion_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _sample_five_sources(monkeypatch)
    G = _random_graph(3, n=30, p=0.15)
    R = nx.DiGraph()
    R.add_nodes_from(sorted(G, reverse=True))
    R.add_edges_from(reversed(list(G.edges(data=True))))
    assert nx.utils.graphs_equal(G, R)
    assert betweenness(R, seed=7) == betweenness(G, seed=7)


# --- PageRank --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_pagerank_sums_to_one_and_repeats(seed: int) -> None:
    G = _random_graph(seed)
    first = pagerank(G)
    assert set(first) == set(G)
    assert sum(first.values()) == pytest.approx(1.0, abs=1e-9)
    assert all(type(v) is float and v > 0 for v in first.values())
    assert pagerank(G) == first


def test_pagerank_trusted_by_the_trusted() -> None:
    # everyone trusts x; x trusts y; z is trusted by nobody
    G = _graph([("a", "x", 1.0), ("b", "x", 1.0), ("z", "x", 1.0), ("x", "y", 1.0)])
    rank = pagerank(G)
    assert max(rank, key=rank.__getitem__) in ("x", "y")
    assert rank["y"] > rank["a"] and rank["x"] > rank["a"]
    assert rank["a"] == pytest.approx(rank["z"])


def test_pagerank_gives_no_weight_to_ties_of_strength_zero() -> None:
    # a→b at t = 0 carries nothing: a is a dangling node, like an isolate
    with_zero = pagerank(_graph([("a", "b", 0.0), ("c", "b", 1.0)]))
    without = pagerank(_graph([("c", "b", 1.0)], nodes=("a",)))
    assert with_zero == pytest.approx(without)


def test_influence_of_an_empty_graph() -> None:
    G = nx.DiGraph()
    assert pagerank(G) == {} and betweenness(G) == {} and constraint(G) == {}
