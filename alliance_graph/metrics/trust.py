"""Trust given and received per stakeholder, and network-level trust figures."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np

from alliance_graph.metrics._ties import ties_of

__all__ = ["network_trust", "stakeholder_trust"]


def stakeholder_trust(G: nx.DiGraph) -> dict[str, dict[str, Any]]:
    """Trust received and given by each stakeholder.

    For node k: ``trust_received`` is the mean strength t of the ties j → k,
    ``trust_given`` the mean strength of the ties k → j (``None`` without such
    ties), ``distrust_received`` the number of ties j → k with sign value s < 0, and
    ``raters`` the number of stakeholders who rated k.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("c", "b", strength=0.0, sign=-1.0)
    >>> stakeholder_trust(G)["b"]
    {'trust_received': 0.5, 'trust_given': None, 'distrust_received': 1, 'raters': 2}
    """
    ties = ties_of(G)
    n = ties.n
    received = np.bincount(ties.cols, weights=ties.t, minlength=n)
    raters = np.bincount(ties.cols, minlength=n)
    given = np.bincount(ties.rows, weights=ties.t, minlength=n)
    rated = np.bincount(ties.rows, minlength=n)
    distrust = np.bincount(ties.cols, weights=(ties.s < 0).astype(float), minlength=n)
    return {
        node: {
            "trust_received": _mean(received[i], raters[i]),
            "trust_given": _mean(given[i], rated[i]),
            "distrust_received": int(distrust[i]),
            "raters": int(raters[i]),
        }
        for i, node in enumerate(ties.nodes)
    }


def network_trust(G: nx.DiGraph) -> dict[str, Any]:
    """Whole-network figures: size, mean strength, share of negative ties, density.

    ``density`` = ties / (n (n − 1)), the share of possible directed ties that were
    rated; ``None`` with fewer than two nodes. ``mean_trust`` and ``negative_share``
    (ties with s < 0) are ``None`` without ties.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=0.75, sign=0.5)
    >>> G.add_edge("b", "a", strength=0.25, sign=-0.5)
    >>> G.add_node("c")
    >>> network_trust(G)
    {'nodes': 3, 'ties': 2, 'mean_trust': 0.5, 'negative_share': 0.5, 'density': 0.3333333333333333}
    """
    ties = ties_of(G)
    n, m = ties.n, ties.m
    return {
        "nodes": n,
        "ties": m,
        "mean_trust": float(ties.t.mean()) if m else None,
        "negative_share": float((ties.s < 0).mean()) if m else None,
        "density": m / (n * (n - 1)) if n > 1 else None,
    }


def _mean(total: float, count: int) -> float | None:
    return float(total / count) if count else None
