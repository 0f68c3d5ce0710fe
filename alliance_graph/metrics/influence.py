"""Who carries influence: PageRank on trust, brokers (betweenness), structural holes."""

from __future__ import annotations

import networkx as nx
import numpy as np
import scipy.sparse as sp

from alliance_graph.metrics._ties import ties_of
from alliance_graph.metrics._triangles import oriented, triangles
from alliance_graph.metrics.fast import (
    PAGERANK_MAX_ITER,
    PAGERANK_TOL,
    betweenness_values,
    sample_sources,
)

__all__ = ["betweenness", "betweenness_sources", "constraint", "pagerank"]

#: Up to this many nodes betweenness is exact; above, it is estimated from a seeded
#: sample of sources, as many as fit in :data:`BETWEENNESS_BUDGET` tie visits.
EXACT_BETWEENNESS_NODES = 500
BETWEENNESS_BUDGET = 5_000_000
MIN_BETWEENNESS_SOURCES = 50


def betweenness_sources(G: nx.DiGraph) -> int | None:
    """How many sources :func:`betweenness` samples on ``G``; ``None`` when exact."""
    n = G.number_of_nodes()
    if n <= EXACT_BETWEENNESS_NODES:
        return None
    k = BETWEENNESS_BUDGET // max(G.number_of_edges(), 1)
    return int(min(n, max(MIN_BETWEENNESS_SOURCES, k)))


def pagerank(G: nx.DiGraph, weight: str = "strength") -> dict[str, float]:
    """PageRank on trust strength: trusted by the trusted (damping α = 0.85).

    x = α Pᵀx + α (Σ_{i dangling} x_i)/n + (1 − α)/n with P_ij = t_ij / Σ_k t_ik: ties of
    strength 0 carry no weight, and a stakeholder whose given ties all have strength 0
    (or who gave none) spreads their rank uniformly. Deterministic (power iteration from
    the uniform vector), stopped when the L1 change of one step is under
    n × :data:`~alliance_graph.metrics.fast.PAGERANK_TOL` (1e-12, not networkx's default
    1e-6): the L1 distance to the exact solution is under α/(1 − α) × n × 1e-12 < 6n × 1e-12,
    and the numbers are those of the interaction path's
    :func:`~alliance_graph.metrics.fast.pagerank_values`.

    References
    ----------
    Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual web search
    engine. *Computer Networks and ISDN Systems* 30, 107–117.
    """
    if G.number_of_nodes() == 0:
        return {}
    rank = nx.pagerank(G, alpha=0.85, weight=weight, tol=PAGERANK_TOL, max_iter=PAGERANK_MAX_ITER)
    return {str(k): float(v) for k, v in rank.items()}


def betweenness(
    G: nx.DiGraph, weight: str = "strength", seed: int = 0, engine: str = "auto"
) -> dict[str, float]:
    """Normalised betweenness with tie length 1/t: brokers sit on the strongest paths.

    Ties with t = 0 are not paths. Exact up to :data:`EXACT_BETWEENNESS_NODES`
    nodes; above, estimated (Brandes & Pich 2007) from the shortest paths of
    :func:`betweenness_sources` sources drawn with ``seed``. Above
    :data:`~alliance_graph.metrics.fast.FAST_NODES` nodes igraph computes it
    (``engine``, see :mod:`~alliance_graph.metrics.fast`), with the same sources.

    References
    ----------
    Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
    Mathematical Sociology* 25(2), 163–177.
    Brandes, U. & Pich, C. (2007). Centrality estimation in large networks.
    *International Journal of Bifurcation and Chaos* 17(7), 2303–2318.
    """
    ties = ties_of(G, weight=weight)
    with np.errstate(divide="ignore"):
        lengths = np.where(ties.t > 0, 1 / ties.t, np.inf)
    sources = sample_sources(ties.nodes, betweenness_sources(G), seed)
    values = betweenness_values(ties, lengths, sources, engine)
    return {node: float(v) for node, v in zip(ties.nodes, values)}


def constraint(G: nx.DiGraph, weight: str = "strength") -> dict[str, float | None]:
    """Burt's constraint: how much a stakeholder's ties lead back into one closed circle.

    c_i = Σ_{j ∈ N(i)} (p_ij + Σ_q p_iq p_qj)², with p_ij = (w_ij + w_ji) / Σ_k (w_ik + w_ki)
    the share of i's tie strength invested in j, over the contacts j with
    w_ij + w_ji > 0. Low: brokers across structural holes; high: one dense circle.
    ``None`` for stakeholders without a tie of positive strength (networkx gives NaN).
    Otherwise equal to ``networkx.constraint``. The indirect terms are summed over the
    triangles of each tie (never the n × n product P @ P): time and memory linear in the
    ties on a star, O(m √m) time and O(n + m) memory on any graph.

    References
    ----------
    Burt, R. S. (1992). *Structural Holes: The Social Structure of Competition*.
    Harvard University Press.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("a", "c", strength=1.0, sign=1.0)
    >>> constraint(G)["a"]
    0.5
    """
    ties = ties_of(G, weight=weight)
    W = ties.matrix(ties.t)
    mutual = sp.csr_array(W + W.T)
    mutual.data[~(mutual.data > 0)] = 0  # as networkx: a contact of strength 0 is no tie
    mutual.eliminate_zeros()
    totals = np.asarray(mutual.sum(axis=1)).ravel()
    values = _constraint_values(mutual, totals)
    return {
        str(node): (float(values[i]) if totals[i] > 0 else None)
        for i, node in enumerate(ties.nodes)
    }


def _constraint_values(W: sp.csr_array, totals: np.ndarray) -> np.ndarray:
    """c_i for the symmetric mutual strengths ``W`` (entries > 0 only) and their row
    sums T (0 where T_i = 0).

    With p_ij = W_ij / T_i, Σ_q p_iq p_qj = x_ij / T_i where x_ij = Σ_q W_iq W_qj / T_q,
    so c_i = Σ_{j ∈ N(i)} (W_ij + x_ij)² / T_i². For j ≠ i the terms of x_ij come from
    the triangles i, j, q (:func:`~alliance_graph.metrics._triangles.triangles`) and
    from self-ties (q = i or j), which survey data never has. The product P @ P is
    never formed: on a star it has (n − 1)² entries.
    """
    reciprocal = np.divide(1.0, totals, out=np.zeros_like(totals), where=totals > 0)
    U, order = oriented(W)  # nodes by rank: a hub comes last and has no tie upwards
    T, loops, inverse = totals[order], W.diagonal()[order], reciprocal[order]
    w, a, b = U.data, np.repeat(np.arange(len(T)), np.diff(U.indptr)), U.indices
    x = w * (loops[a] * inverse[a] + loops[b] * inverse[b])  # q = a or q = b
    low, high = w * inverse[a], w * inverse[b]  # W_ab / T_a and W_ab / T_b, a < b
    for ab, ac, bc in triangles(U):  # a < b < c: each tie gets the third node's term
        x += np.bincount(ab, weights=high[ac] * w[bc], minlength=len(w))  # q = c
        x += np.bincount(ac, weights=high[ab] * w[bc], minlength=len(w))  # q = b
        x += np.bincount(bc, weights=low[ab] * w[ac], minlength=len(w))  # q = a
    both = (w + x) ** 2
    ranked = np.bincount(a, both, len(T)) + np.bincount(b, both, len(T))
    ranked = ranked.astype(float)  # bincount gives integers when there is no tie
    if loops.any():  # i as its own contact: x_ii = Σ_q W_iq² / T_q
        x_ii = (W.multiply(W) @ reciprocal)[order]
        ranked += np.where(loops > 0, (loops + x_ii) ** 2, 0.0)
    values = np.empty_like(T)
    values[order] = ranked * inverse**2
    return values
