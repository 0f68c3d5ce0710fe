"""How alike are two waves' networks? QAP correlation, Jaccard index, Hamming distance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx
import numpy as np

__all__ = ["jaccard_index", "qap_correlation"]

#: Cells looked up at once across relabellings (and the largest table of every cell).
_BUDGET = 1 << 22
_EPS = float(np.finfo(float).eps)


def _entries(G: nx.DiGraph, index: dict[Any, int], attribute: str) -> tuple[np.ndarray, np.ndarray]:
    """Keys i·n + j and values of the ties among ``index``'s nodes (diagonal left out)."""
    n = len(index)
    keys, values = [], []
    for u, v, d in G.edges(data=True):
        if u in index and v in index and u != v:
            keys.append(index[u] * n + index[v])
            values.append(d[attribute])
    order = np.argsort(keys)
    return np.asarray(keys, dtype=np.int64)[order], np.asarray(values, dtype=float)[order]


def qap_correlation(
    before: nx.DiGraph,
    after: nx.DiGraph,
    nodes: Sequence[Any],
    *,
    permutations: int = 1000,
    seed: int = 0,
    weight: str = "strength",
) -> tuple[float | None, float | None]:
    """Pearson correlation of two strength matrices and its QAP permutation p-value.

    Cells are the ordered pairs of ``nodes`` (diagonal excluded), an absent tie counting
    as 0. The p-value is the share of relabellings (rows and columns permuted together,
    seeded) whose |r| is at least the observed |r|, counting the observed labelling:
    (1 + k) / (1 + permutations). ``None`` when a matrix is constant. The relabellings
    are drawn first, then computed together in batches; one whose |r| lies within rounding
    of the observed |r| is computed again alone, as a loop over relabellings does, so the
    count is the same to the last relabelling.

    References
    ----------
    Krackhardt, D. (1987). QAP partialling as a test of spuriousness. *Social
    Networks* 9, 171–186.

    >>> a, b = nx.DiGraph(), nx.DiGraph()
    >>> a.add_edge("x", "y", strength=1.0); b.add_edge("x", "y", strength=0.5)
    >>> qap_correlation(a, b, ["x", "y", "z"], permutations=0)
    (1.0, None)
    """
    n = len(nodes)
    cells = n * (n - 1)
    if cells < 2:
        return None, None
    index = {node: i for i, node in enumerate(nodes)}
    kx, x = _entries(before, index, weight)
    ky, y = _entries(after, index, weight)
    sx, sy = x.sum(), y.sum()
    var_x = (x @ x) / cells - (sx / cells) ** 2
    var_y = (y @ y) / cells - (sy / cells) ** 2
    if var_x <= 1e-15 or var_y <= 1e-15:
        return None, None
    scale = np.sqrt(var_x * var_y)

    def correlation(cross: float) -> float:
        return float((cross / cells - sx * sy / cells**2) / scale)

    observed = correlation(_cross(kx, x, ky, y))
    if permutations <= 0:
        return observed, None
    rng = np.random.default_rng(seed)
    threshold = abs(observed) - 1e-12
    size = max(1, _BUDGET // max(len(ky), n))  # relabellings computed together
    extreme = 0
    for start in range(0, permutations, size):
        batch = np.array([rng.permutation(n) for _ in range(min(size, permutations - start))])
        cross, rounding = _crosses(kx, x, ky, y, n, batch)
        r = (cross / cells - sx * sy / cells**2) / scale
        slack = (
            rounding / cells + 4 * _EPS * (abs(cross) / cells + abs(sx * sy) / cells**2)
        ) / scale
        extreme += int((np.abs(r) >= threshold).sum())
        for i in np.flatnonzero(np.abs(np.abs(r) - threshold) <= slack):  # too close to call:
            p = batch[i]  # computed again as the first version did, one relabelling alone
            exact = correlation(_cross(kx, x, p[ky // n] * n + p[ky % n], y))
            extreme += int(abs(exact) >= threshold) - int(abs(r[i]) >= threshold)
    return observed, (1 + extreme) / (1 + permutations)


def _crosses(
    kx: np.ndarray, x: np.ndarray, ky: np.ndarray, y: np.ndarray, n: int, batch: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Σ x_c y_c after each relabelling of ``batch`` (rows: permutations of the n
    nodes, applied to the cells of y), and a bound of how far each sum may be from the
    one :func:`_cross` gives, whose order of summation differs."""
    keys = batch[:, ky // n] * n + batch[:, ky % n]
    if n * n <= _BUDGET:  # a table of every cell: one lookup per cell
        table = np.zeros(n * n)
        table[kx] = x
        matched = table[keys]
    elif len(kx):
        position = np.clip(np.searchsorted(kx, keys), 0, len(kx) - 1)
        matched = np.where(kx[position] == keys, x[position], 0.0)
    else:
        matched = np.zeros(keys.shape)
    cross = matched @ y
    rounding = 4 * (len(ky) + 2) * _EPS * (np.abs(matched) @ np.abs(y))
    return cross, rounding


def _cross(kx: np.ndarray, x: np.ndarray, ky: np.ndarray, y: np.ndarray) -> float:
    """Σ x_c y_c over cells c given as (sorted kx, x) and (any-order ky, y)."""
    if not len(kx) or not len(ky):
        return 0.0
    position = np.clip(np.searchsorted(kx, ky), 0, len(kx) - 1)
    found = kx[position] == ky
    return float(x[position[found]] @ y[found])


def jaccard_index(
    before: nx.DiGraph, after: nx.DiGraph, nodes: Sequence[Any], sign: str = "sign"
) -> tuple[float | None, int]:
    """Jaccard index of the positive ties (s > 0) of two waves, and their Hamming distance.

    J = N11 / (N01 + N10 + N11) and H = N01 + N10, over the ordered pairs of ``nodes``.
    Under 0.2 the waves are hard to compare (Snijders et al.'s rule of thumb for
    RSiena). J is ``None`` when neither wave has a positive tie.

    References
    ----------
    Snijders, T. A. B., van de Bunt, G. G. & Steglich, C. E. G. (2010). Introduction to
    stochastic actor-based models for network dynamics. *Social Networks* 32, 44–60.

    >>> a, b = nx.DiGraph(), nx.DiGraph()
    >>> a.add_edge("x", "y", sign=1.0); a.add_edge("y", "x", sign=1.0)
    >>> b.add_edge("x", "y", sign=0.5); b.add_edge("y", "x", sign=-0.5)
    >>> jaccard_index(a, b, ["x", "y"])
    (0.5, 1)
    """
    members = set(nodes)

    def positive(G: nx.DiGraph) -> set[tuple[Any, Any]]:
        return {
            (u, v)
            for u, v, d in G.edges(data=True)
            if u in members and v in members and u != v and d[sign] > 0
        }

    a, b = positive(before), positive(after)
    both, either = len(a & b), len(a | b)
    return (both / either if either else None), either - both
