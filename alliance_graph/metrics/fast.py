"""Heavy algorithms on large graphs, in compiled code: igraph (C) for triangles and
betweenness, scipy sparse matrices for PageRank; networkx stays the reference.

Every function takes a :class:`~alliance_graph.metrics._ties.Ties` (parallel arrays, so
nothing loops over ties in Python) and an ``engine``: ``"fast"``, ``"networkx"``, or
``"auto"`` (networkx up to :data:`FAST_NODES` nodes, the fast path above). Both engines
give the same numbers within float tolerance (tests/test_fast.py checks it on random
graphs); benchmarks/README.md records why igraph was chosen.
"""

from __future__ import annotations

import random
from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp

from alliance_graph.metrics._ties import Ties

__all__ = [
    "FAST_NODES",
    "PAGERANK_MAX_ITER",
    "PAGERANK_TOL",
    "betweenness_values",
    "pagerank_values",
    "sample_sources",
    "triangle_values",
]

#: Above this many nodes, ``engine="auto"`` takes the fast path.
FAST_NODES = 2_000
#: PageRank's power iteration stops when the L1 change of one step is under n × this
#: (networkx's criterion; its default, 1e-6, leaves values ~1e-6 from the fixed point).
PAGERANK_TOL = 1e-12
#: At most this many power iterations (each one shrinks the error by α = 0.85 at least).
PAGERANK_MAX_ITER = 10_000


def _fast(ties: Ties, engine: str) -> bool:
    if engine not in ("auto", "fast", "networkx"):
        raise ValueError(f"engine is auto, fast or networkx, not {engine!r}")
    return engine == "fast" or (engine == "auto" and ties.n > FAST_NODES)


def sample_sources(nodes: list[str], k: int | None, seed: int) -> list[int] | None:
    """The positions of ``k`` source nodes drawn with ``seed`` exactly as networkx draws
    them (``random.Random(seed).sample`` of the node list); ``None`` when ``k`` is
    ``None`` or covers every node (exact)."""
    if k is None or k >= len(nodes):
        return None
    index = {node: i for i, node in enumerate(nodes)}
    return [index[n] for n in random.Random(seed).sample(list(nodes), k)]


def to_igraph(ties: Ties) -> Any:
    """The ties as a directed igraph graph (vertex i is ``ties.nodes[i]``), to build once
    and pass to the functions below."""
    import igraph as ig

    graph = ig.Graph(n=ties.n, directed=True)
    graph.add_edges(np.column_stack([ties.rows, ties.cols]))  # faster than Graph(edges=…)
    return graph


def betweenness_values(
    ties: Ties,
    lengths: np.ndarray,
    sources: list[int] | None,
    engine: str = "auto",
    graph: Any = None,
) -> np.ndarray:
    """Normalised directed betweenness with tie ``lengths`` (ties of infinite or NaN
    length are left out), from every node or from ``sources``, normalised as networkx's
    ``betweenness_centrality(k=…)`` (see :func:`_scale`)."""
    n, keep = ties.n, np.isfinite(lengths)
    if n < 3:
        return np.zeros(n)
    scale = _scale(n, sources)
    if _fast(ties, engine):
        g = graph if graph is not None else to_igraph(ties)
        weights = np.where(keep, lengths, 0.0)
        if not keep.all():  # ties that are no path leave a copy of the graph
            g = g.copy()
            g.delete_edges(np.flatnonzero(~keep).tolist())
            weights = lengths[keep]
        raw = g.betweenness(directed=True, weights=weights.tolist(), sources=sources)
        return np.asarray(raw, dtype=float) * scale
    G = _nx(ties, keep, lengths, "length")
    chosen = None if sources is None else [ties.nodes[i] for i in sources]
    if chosen is None:
        raw = nx.betweenness_centrality(G, weight="length", normalized=False)
    else:
        raw = nx.betweenness_centrality_subset(
            G, chosen, list(G.nodes), weight="length", normalized=False
        )
    return np.array([raw[node] for node in ties.nodes], dtype=float) * scale


def _scale(n: int, sources: list[int] | None) -> np.ndarray:
    """networkx's normalisation (3.4+): pairs (s, t), s ≠ t ≠ v; with k sampled sources
    a sampled node can only be reached from k − 1 of them (Brandes & Pich 2007)."""
    if sources is None:
        return np.full(n, 1 / ((n - 1) * (n - 2)))
    k = len(sources)
    scale = np.full(n, 1 / (k * (n - 2)))
    scale[sources] = 1 / ((k - 1) * (n - 2)) if k > 1 else np.nan
    return scale


def triangle_values(ties: Ties, engine: str = "auto", graph: Any = None) -> dict[str, Any]:
    """Triangles of the undirected graph of the ties (a pair is tied when either rated
    the other): ``transitivity`` (3 × triangles / connected triples), ``clustering``
    (each node's local clustering, 0 under two neighbours, as networkx) and its mean."""
    if _fast(ties, engine):
        # igraph's transitivity reads a directed graph as undirected, each pair once
        g = graph if graph is not None else to_igraph(ties)
        local = np.nan_to_num(np.asarray(g.transitivity_local_undirected(mode="zero"), float))
        total = g.transitivity_undirected()
        transitivity = None if np.isnan(total) else float(total)
    else:
        G = nx.Graph()
        G.add_nodes_from(range(ties.n))
        G.add_edges_from(zip(ties.rows.tolist(), ties.cols.tolist()))
        G.remove_edges_from(nx.selfloop_edges(G))
        clustering = nx.clustering(G)
        local = np.array([clustering[i] for i in range(ties.n)], dtype=float)
        triples = sum(d * (d - 1) / 2 for _, d in G.degree())
        transitivity = float(nx.transitivity(G)) if triples else None
    return {
        "transitivity": transitivity,
        "mean_clustering": float(local.mean()) if ties.n else None,
        "clustering": local,
    }


def pagerank_values(ties: Ties, weights: np.ndarray, engine: str = "auto") -> np.ndarray:
    """PageRank (damping α = 0.85) with tie ``weights``: the fixed point of

        x = α Pᵀx + α (Σ_{i dangling} x_i)/n + (1 − α)/n,

    P_ij = w_ij / Σ_k w_ik, and a node whose out-weights sum to 0 (no tie, or ties of
    weight 0 only) dangling, its rank spread uniformly (as networkx). Both engines (the
    fast one is scipy's sparse power iteration) stop when the L1 change of one step is
    under n × :data:`PAGERANK_TOL`, which bounds the L1 distance to the exact solution by
    α/(1 − α) × that, under 6n × 1e-12 (tests/test_metrics_pagerank.py checks 1e-8 per
    person against a linear solve).

    References
    ----------
    Brin, S. & Page, L. (1998). The anatomy of a large-scale hypertextual web search
    engine. *Computer Networks and ISDN Systems* 30, 107–117.
    """
    n = ties.n
    if n == 0:
        return np.zeros(0)
    if not _fast(ties, engine):
        G = _nx(ties, np.ones(ties.m, dtype=bool), weights, "weight")
        rank = nx.pagerank(
            G, alpha=0.85, weight="weight", tol=PAGERANK_TOL, max_iter=PAGERANK_MAX_ITER
        )
        return np.array([rank[node] for node in ties.nodes], dtype=float)
    W = sp.csr_array((weights, (ties.rows, ties.cols)), shape=(n, n))
    out = np.asarray(W.sum(axis=1)).ravel()
    inverse = np.divide(1.0, out, out=np.zeros_like(out), where=out > 0)
    P = sp.csr_array(sp.diags_array(inverse) @ W).T.tocsr()
    dangling = out == 0
    x = np.full(n, 1.0 / n)
    for _ in range(PAGERANK_MAX_ITER):
        previous = x
        x = 0.85 * (P @ x + x[dangling].sum() / n) + 0.15 / n
        x /= x.sum()
        if np.abs(x - previous).sum() < n * PAGERANK_TOL:
            return x
    raise nx.PowerIterationFailedConvergence(PAGERANK_MAX_ITER)


def _nx(ties: Ties, keep: np.ndarray, values: np.ndarray, name: str) -> nx.DiGraph:
    G = nx.DiGraph()
    G.add_nodes_from(ties.nodes)
    nodes = np.asarray(ties.nodes, dtype=object)
    G.add_weighted_edges_from(
        zip(nodes[ties.rows[keep]], nodes[ties.cols[keep]], values[keep].tolist()), weight=name
    )
    return G
