"""Is trust returned? Binary and weighted reciprocity, and the asymmetry of each pair."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np

from alliance_graph.metrics._ties import ties_of

__all__ = ["dyad_asymmetry", "positive_reciprocity", "weighted_reciprocity"]


def positive_reciprocity(G: nx.DiGraph) -> float | None:
    """Share of positive ties (s > 0) whose reverse tie is positive too.

    r = |{i → j : s_ij > 0 and s_ji > 0}| / |{i → j : s_ij > 0}|; ``None`` when there is
    no positive tie. An unrated reverse counts as not returned.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("b", "a", strength=0.75, sign=0.5)
    >>> G.add_edge("a", "c", strength=1.0, sign=1.0)
    >>> positive_reciprocity(G)
    0.6666666666666666
    """
    ties = ties_of(G)
    positive = ties.s > 0
    if not positive.any():
        return None
    found, index = ties.reverse()
    returned = positive & found & (ties.s[index] > 0)
    return float(returned.sum() / positive.sum())


def weighted_reciprocity(G: nx.DiGraph) -> float | None:
    """Weighted reciprocity of Squartini et al. (2013): r = Σ min(t_ij, t_ji) / Σ t_ij.

    Sums run over all ordered pairs; an unrated tie has t = 0. 1 when every tie is
    returned with the same strength, 0 when none is returned. ``None`` when Σ t = 0.

    References
    ----------
    Squartini, T., Picciolo, F., Ruzzenenti, F. & Garlaschelli, D. (2013). Reciprocity
    of weighted networks. *Scientific Reports* 3, 2729.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("b", "a", strength=0.5, sign=0.0)
    >>> weighted_reciprocity(G)  # (0.5 + 0.5) / 1.5
    0.6666666666666666
    """
    ties = ties_of(G)
    total = ties.t.sum()
    if total <= 0:
        return None
    found, index = ties.reverse()
    mutual = np.where(found, np.minimum(ties.t, ties.t[index]), 0.0)
    return float(mutual.sum() / total)


def dyad_asymmetry(G: nx.DiGraph, top: int = 5) -> dict[str, Any]:
    """|t_ij − t_ji| for every pair rated both ways: the mean and the largest pairs.

    Returns ``{"mean": float | None, "pairs": [...]}`` where each pair is
    ``{"source", "target", "strength", "reverse", "asymmetry"}`` with ``source`` the
    one who gives more trust; largest first, then by names.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("b", "a", strength=0.25, sign=-0.5)
    >>> dyad_asymmetry(G)["pairs"][0]
    {'source': 'a', 'target': 'b', 'strength': 1.0, 'reverse': 0.25, 'asymmetry': 0.75}
    """
    ties = ties_of(G)
    found, index = ties.reverse()
    once = found & (ties.t >= ties.t[index]) & ((ties.t > ties.t[index]) | (ties.rows < ties.cols))
    gaps = np.abs(ties.t - ties.t[index])[once]
    if not once.any():
        return {"mean": None, "pairs": []}
    rows, cols = ties.rows[once], ties.cols[once]
    names = np.array(ties.nodes, dtype=object)
    order = np.lexsort((names[cols], names[rows], -gaps))[:top]
    pairs = [
        {
            "source": str(names[rows[k]]),
            "target": str(names[cols[k]]),
            "strength": float(ties.t[once][k]),
            "reverse": float(ties.t[index][once][k]),
            "asymmetry": float(gaps[k]),
        }
        for k in order
    ]
    return {"mean": float(gaps.mean()), "pairs": pairs}
