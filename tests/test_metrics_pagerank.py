"""PageRank to a stated tolerance on every path (issue 12, point 8): the survey path and
both engines of the interaction path agree with an exact solution to 1e-8."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from alliance_graph.metrics._ties import Ties
from alliance_graph.metrics.fast import pagerank_values
from alliance_graph.metrics.influence import pagerank

ALPHA = 0.85


def _exact(n: int, rows: np.ndarray, cols: np.ndarray, w: np.ndarray) -> np.ndarray:
    """PageRank as the solution of a linear system (no iteration).

    P is row-stochastic over the nodes with positive out-strength (a tie's share is its
    weight over the node's total, so a tie of weight 0 gets none); a node whose out-
    strength is 0 (no tie, or only ties of weight 0, as networkx's ``_pagerank_scipy``
    reads S == 0) is dangling and spreads its rank uniformly. The fixed point
    x = α Pᵀx + α (dᵀx)/n 1 + (1 − α)/n 1 is (I − αPᵀ − α/n 1dᵀ) x = (1 − α)/n 1,
    whose solution sums to 1.
    """
    W = np.zeros((n, n))
    np.add.at(W, (rows, cols), w)
    out = W.sum(axis=1)
    dangling = out == 0
    P = np.divide(W, out[:, None], out=np.zeros_like(W), where=~dangling[:, None])
    M = np.eye(n) - ALPHA * P.T - ALPHA / n * np.outer(np.ones(n), dangling)
    x = np.linalg.solve(M, np.full(n, (1 - ALPHA) / n))
    assert abs(x.sum() - 1) < 1e-12
    return x


def _random_graph(seed: int) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """A random weighted digraph with dangling nodes, nodes whose every out-tie weighs 0,
    ties of weight 0 among others, and a few self-ties."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(5, 80))
    pairs = rng.random((n, n)) < rng.uniform(0.03, 0.4)
    pairs[rng.choice(n, size=max(1, n // 6), replace=False)] = False  # dangling: no out-tie
    rows, cols = np.nonzero(pairs)
    w = rng.choice([0.0, 0.25, 0.5, 0.75, 1.0], size=len(rows)) * rng.uniform(0.2, 3.0)
    zero_senders = rng.choice(n, size=max(1, n // 8), replace=False)
    w[np.isin(rows, zero_senders)] = 0.0  # out-ties that are all of weight 0
    return n, rows, cols, w


@pytest.mark.parametrize("seed", range(12))
def test_every_pagerank_path_agrees_with_the_exact_solution(seed: int) -> None:
    n, rows, cols, w = _random_graph(seed)
    exact = _exact(n, rows, cols, w)
    nodes = [f"p{i:03d}" for i in range(n)]  # sorted as the code sorts them
    ties = Ties(nodes, rows.astype(np.int64), cols.astype(np.int64), w, w)
    for engine in ("networkx", "fast"):
        np.testing.assert_allclose(pagerank_values(ties, w, engine), exact, rtol=0, atol=1e-8)
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    G.add_edges_from(
        (nodes[i], nodes[j], {"strength": float(x), "sign": 2 * float(x) - 1})
        for i, j, x in zip(rows, cols, w)
    )
    survey = pagerank(G)
    np.testing.assert_allclose([survey[p] for p in nodes], exact, rtol=0, atol=1e-8)


def test_exact_solution_by_hand() -> None:
    # a → b (weight 1), b dangling, n = 2: x_a = 0.075 + 0.85 x_b / 2 (b spreads its rank
    # over both); with x_b = 1 − x_a: x_a = 0.075 + 0.425 − 0.425 x_a, so 1.425 x_a = 0.5
    x = _exact(2, np.array([0]), np.array([1]), np.array([1.0]))
    assert x[0] == pytest.approx(0.5 / 1.425, abs=1e-15)
    assert x[1] == pytest.approx(1 - 0.5 / 1.425, abs=1e-15)
