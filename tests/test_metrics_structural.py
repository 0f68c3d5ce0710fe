"""Structural balance: hand-made graphs, Read's Highland tribes, and properties."""

from __future__ import annotations

import csv
import itertools
import math
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
import scipy.sparse as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from alliance_graph.metrics.frustration import frustration_index
from alliance_graph.metrics.structural import signed_projection, triangle_balance, walk_balance

TRIBES = Path(__file__).resolve().parent / "data" / "tribes.csv"


def signed(n: int, ties: dict[tuple[int, int], float]) -> sp.csr_array:
    """Symmetric signed matrix from {(i, j): s}."""
    S = np.zeros((n, n))
    for (i, j), s in ties.items():
        S[i, j] = S[j, i] = s
    return sp.csr_array(S)


def brute_force(S: sp.csr_array) -> int:
    """Least frustrated ties over every split into two camps."""
    A = np.sign(S.toarray())
    n = len(A)
    best = math.inf
    for bits in itertools.product([1, -1], repeat=n - 1):
        sigma = np.array((1, *bits))
        best = min(best, int(np.sum(np.triu(A * np.outer(sigma, sigma), 1) < 0)))
    return int(best) if n else 0


def tribes() -> tuple[sp.csr_array, list[str]]:
    with TRIBES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    G = nx.Graph()
    G.add_edges_from((r["source"], r["target"], {"sign": int(r["sign"])}) for r in rows)
    nodes = sorted(G.nodes)
    return sp.csr_array(nx.to_scipy_sparse_array(G, nodelist=nodes, weight="sign")), nodes


def test_projection_averages_directions_and_drops_neutral_pairs() -> None:
    G = nx.DiGraph()
    G.add_edge("a", "b", strength=1.0, sign=1.0)
    G.add_edge("b", "a", strength=0.0, sign=-1.0)  # mean 0: not tied
    G.add_edge("a", "c", strength=0.75, sign=0.5)  # one direction only
    G.add_edge("b", "c", strength=0.25, sign=-0.5)
    G.add_edge("c", "b", strength=0.5, sign=0.0)  # mean −0.25
    S, nodes = signed_projection(G)
    assert nodes == ["a", "b", "c"]
    assert S.toarray().tolist() == [[0, 0, 0.5], [0, 0, -0.25], [0.5, -0.25, 0]]


@pytest.mark.parametrize(
    ("signs", "types"),
    [((1, 1, 1), "+++"), ((1, 1, -1), "++-"), ((1, -1, -1), "+--"), ((-1, -1, -1), "---")],
)
def test_one_triangle_of_each_type(signs, types) -> None:
    result = triangle_balance(signed(3, dict(zip([(0, 1), (1, 2), (0, 2)], signs))))
    assert result["triangles"] == 1 and result["types"][types] == 1
    balanced = types in ("+++", "+--")
    assert result["ratio"] == (1.0 if balanced else 0.0)
    assert result["weighted"] == (1.0 if balanced else -1.0)


def test_weighted_triangle_balance_by_hand() -> None:
    # two triangles sharing 0–1: (0,1,2) signs 0.5·0.5·1 = +0.25; (0,1,3) 0.5·(−1)·1 = −0.5
    S = signed(4, {(0, 1): 0.5, (1, 2): 0.5, (0, 2): 1.0, (1, 3): -1.0, (0, 3): 1.0})
    result = triangle_balance(S)
    assert result["triangles"] == 2 and result["balanced_triangles"] == 1
    assert result["weighted"] == pytest.approx((0.25 - 0.5) / (0.25 + 0.5))


def test_no_triangle_gives_undefined_ratios() -> None:
    result = triangle_balance(signed(3, {(0, 1): 1.0, (1, 2): -1.0}))
    assert result["triangles"] == 0 and result["ratio"] is None and result["weighted"] is None


def test_walk_balance_of_an_all_negative_triangle() -> None:
    # A = −(J − I) has eigenvalues −2, 1, 1; |A| has 2, −1, −1
    expected = (math.exp(-2) + 2 * math.e) / (math.exp(2) + 2 * math.exp(-1))
    S = signed(3, {(0, 1): -1.0, (1, 2): -1.0, (0, 2): -1.0})
    assert walk_balance(S) == pytest.approx(expected)
    assert walk_balance(sp.csr_array((0, 0))) is None


def test_signnet_complete_graph_example_is_balanced() -> None:
    # signnet's balance_score example: graph.full(4), signs −1, 1, 1, −1, −1, 1 on the
    # edges 1–2, 1–3, 1–4, 2–3, 2–4, 3–4 (igraph's order): camps {1, 3, 4} and {2}
    pairs = [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    S = signed(4, dict(zip(pairs, [-1, 1, 1, -1, -1, 1])))
    assert triangle_balance(S)["ratio"] == 1.0
    assert walk_balance(S) == pytest.approx(1.0)
    result = frustration_index(S)
    assert result.index == 0 and result.exact and result.camps == ((0, 2, 3), (1,))


def test_highland_tribes_published_values() -> None:
    """Read (1954) as published by signnet: 0.867647, 0.357576, 0.758621 (L = 7)."""
    S, nodes = tribes()
    triangles = triangle_balance(S)
    assert (triangles["balanced_triangles"], triangles["triangles"]) == (59, 68)
    assert round(triangles["ratio"], 6) == 0.867647
    assert round(walk_balance(S), 6) == 0.357576
    result = frustration_index(S)
    assert result.index == 7 and result.exact and result.ties == 58
    assert round(result.normalised, 6) == 0.758621
    camps = sorted(([nodes[i] for i in camp] for camp in result.camps), key=len)
    assert camps[0] == ["GAMA", "GAVEV", "KOTUN", "NAGAD"]  # the one optimal split


def test_local_search_alone_is_an_upper_bound_and_says_so() -> None:
    S, _ = tribes()
    result = frustration_index(S, max_exact_ties=0)
    assert not result.exact and result.index >= 7


def test_frustration_of_a_disconnected_graph_adds_up() -> None:
    # an unbalanced triangle (L = 1) and a separate balanced edge
    S = signed(5, {(0, 1): -1.0, (1, 2): -1.0, (0, 2): -1.0, (3, 4): 1.0})
    result = frustration_index(S)
    assert result.index == 1 and result.exact and result.ties == 4
    # best split: one triangle node alone; the positive edge joins the larger camp
    assert sorted(map(len, result.camps)) == [1, 4]


def test_no_ties_at_all() -> None:
    result = frustration_index(sp.csr_array((3, 3)))
    assert result.index == 0 and result.normalised is None and result.camps == ((), ())


@st.composite
def signed_graphs(draw, complete: bool = False):
    n = draw(st.integers(2, 8))
    pairs = list(itertools.combinations(range(n), 2))
    chosen = pairs if complete else draw(st.lists(st.sampled_from(pairs), unique=True))
    signs = draw(st.lists(st.sampled_from([-1.0, 1.0]), min_size=len(chosen), max_size=len(chosen)))
    return signed(n, dict(zip(chosen, signs)))


@settings(max_examples=60, deadline=None)
@given(signed_graphs())
def test_frustration_matches_brute_force(S: sp.csr_array) -> None:
    result = frustration_index(S)
    assert result.exact and result.index == brute_force(S)


@settings(max_examples=60, deadline=None)
@given(signed_graphs(), st.data())
def test_switching_a_node_keeps_the_frustration(S: sp.csr_array, data) -> None:
    node = data.draw(st.integers(0, S.shape[0] - 1))
    flip = np.ones(S.shape[0])
    flip[node] = -1
    switched = sp.csr_array(sp.diags_array(flip) @ S @ sp.diags_array(flip))
    assert frustration_index(switched).index == frustration_index(S).index
    assert walk_balance(switched) == pytest.approx(walk_balance(S)) if S.nnz else True


@settings(max_examples=60, deadline=None)
@given(signed_graphs(complete=True))
def test_on_complete_graphs_balance_means_every_triangle_balanced(S: sp.csr_array) -> None:
    balanced = frustration_index(S).index == 0
    ratio = triangle_balance(S)["ratio"]
    assert balanced == (ratio in (None, 1.0))
    if S.nnz:
        assert (walk_balance(S) == pytest.approx(1.0)) == balanced


def test_triangle_count_matches_networkx() -> None:
    G = nx.gnp_random_graph(40, 0.3, seed=3)
    rng = np.random.default_rng(3)
    S = nx.to_scipy_sparse_array(G, nodelist=sorted(G.nodes))
    S.data = rng.choice([-1.0, 1.0], S.nnz)
    S = sp.csr_array(sp.triu(S, 1) + sp.triu(S, 1).T)
    assert triangle_balance(S)["triangles"] == sum(nx.triangles(G).values()) // 3


def test_walk_balance_on_a_large_graph_uses_the_top_eigenvalues(monkeypatch) -> None:
    import alliance_graph.metrics.structural as structural

    G = nx.gnp_random_graph(300, 0.1, seed=5)
    rng = np.random.default_rng(5)
    S = sp.csr_array(nx.to_scipy_sparse_array(G, nodelist=sorted(G.nodes), dtype=float))
    upper = sp.triu(S, 1).tocoo()
    upper.data = rng.choice([-1.0, 1.0], upper.nnz, p=[0.2, 0.8])
    S = sp.csr_array(upper + upper.T)
    dense = walk_balance(S)
    monkeypatch.setattr(structural, "_DENSE_LIMIT", 10)
    assert walk_balance(S) == pytest.approx(dense, rel=1e-9)


# --- star-shaped data (issue 13, point 5) ----------------------------------------------


def _random_signed(seed: int, n: int, p: float, camps: bool = False) -> sp.csr_array:
    """A random signed graph with a hub tied to everyone, midway in the node order; with
    ``camps``, signs follow two camps (balanced)."""
    rng = np.random.default_rng(seed)
    upper = np.triu(rng.random((n, n)) < p, 1).astype(float)
    upper[: n // 2, n // 2] = upper[n // 2, n // 2 + 1 :] = 1.0
    values = upper * rng.choice([-1.0, -0.5, 0.25, 1.0], (n, n))
    if camps:
        side = rng.choice([-1.0, 1.0], n)
        values = np.abs(values) * np.outer(side, side)
    return sp.csr_array(values + values.T)


@pytest.mark.parametrize("seed", range(4))
def test_triangle_census_by_brute_force_around_a_hub(seed: int) -> None:
    S = _random_signed(seed, 30, 0.2)
    A = S.toarray()
    types = dict.fromkeys(["+++", "++-", "+--", "---"], 0)
    product = magnitude = 0.0
    for i, j, k in itertools.combinations(range(len(A)), 3):
        if A[i, j] and A[j, k] and A[i, k]:
            negative = sum(x < 0 for x in (A[i, j], A[j, k], A[i, k]))
            types[["+++", "++-", "+--", "---"][negative]] += 1
            product += A[i, j] * A[j, k] * A[i, k]
            magnitude += abs(A[i, j] * A[j, k] * A[i, k])
    result = triangle_balance(S)
    assert result["types"] == types
    assert result["weighted"] == pytest.approx(product / magnitude, rel=1e-12)
    order = np.random.default_rng(seed).permutation(len(A))  # any node order
    assert triangle_balance(sp.csr_array(S[order][:, order]))["types"] == types


@pytest.mark.parametrize("seed", range(6))
def test_walk_balance_is_exactly_one_when_balanced_and_else_by_eigenvalues(seed: int) -> None:
    from scipy.special import logsumexp

    for camps in (True, False):
        S = _random_signed(seed, 40, 0.15, camps=camps)
        A = np.sign(S.toarray())
        eigen = logsumexp(np.linalg.eigvalsh(A)) - logsumexp(np.linalg.eigvalsh(np.abs(A)))
        if camps:
            assert walk_balance(S) == 1.0 and eigen == pytest.approx(0.0, abs=1e-12)
        else:  # the hub and the random signs leave unbalanced triangles
            assert frustration_index(S).index > 0
            assert walk_balance(S) == pytest.approx(math.exp(eigen), rel=1e-12)
            assert walk_balance(S) < 1


def test_walk_balance_of_a_large_star_is_exactly_one() -> None:
    # a star is balanced whatever its signs: K = 1 from its two camps, without Lanczos
    # (which took 4 s here, and gave 0.99999999998 on another 20,000-person star)
    n = 20_000
    signs = np.where(np.arange(n) % 3 == 0, -1.0, 1.0)
    rows, cols = np.zeros(n, dtype=int), np.arange(1, n + 1)
    upper = sp.csr_array((signs, (rows, cols)), shape=(n + 1, n + 1))
    assert walk_balance(sp.csr_array(upper + upper.T)) == 1.0
