"""Structural balance of the undirected signed projection: triangles and walks.

The projection joins i and j when at least one of them rated the other; the pair's
sign value is the mean of the available s_ij, s_ji. Pairs whose mean is exactly 0
(neutral) are not joined. Counts use sparse matrix products, never a loop over
triples.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import scipy.sparse as sp
from scipy.special import logsumexp

from alliance_graph.metrics._ties import ties_of
from alliance_graph.metrics._trace_exp import top_log_trace_exp
from alliance_graph.metrics._triangles import oriented

__all__ = ["signed_projection", "triangle_balance", "walk_balance"]

_DENSE_LIMIT = 500


def signed_projection(G: nx.DiGraph) -> tuple[sp.csr_array, list[str]]:
    """The symmetric signed matrix S of the projection (S_ij = mean of s_ij, s_ji) and its
    node order; neutral pairs (mean exactly 0) are left out.

    The pair's sign is exact when the tie signs are (:func:`~alliance_graph.graph.tie_table`
    rounds each correctly from a rational p/q): IEEE addition gives x + y = 0 only when
    y = −x, and rounding is symmetric, so s_ij + s_ji is 0 exactly when the rationals
    cancel; otherwise s_ij and −s_ji differ by at least 1/(q_ij q_ji), more than their
    rounding (≤ 2^−53 each) whenever q_ij q_ji < 2^52 (q = n (HI − LO) in scale units: a
    few hundred on survey scales), and the float sum keeps the exact sign. Halving is
    exact.

    >>> G = nx.DiGraph()
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("b", "a", strength=0.0, sign=-0.5)
    >>> S, nodes = signed_projection(G)
    >>> S.toarray().tolist()
    [[0.0, 0.25], [0.25, 0.0]]
    """
    ties = ties_of(G)
    n = ties.n
    low, high = np.minimum(ties.rows, ties.cols), np.maximum(ties.rows, ties.cols)
    keep = low != high
    key = low[keep] * n + high[keep]
    pairs, inverse = np.unique(key, return_inverse=True)
    sums = np.bincount(inverse, weights=ties.s[keep], minlength=len(pairs))
    counts = np.bincount(inverse, minlength=len(pairs))
    values = sums / np.maximum(counts, 1)
    tied = values != 0
    i, j, v = pairs[tied] // n, pairs[tied] % n, values[tied]
    S = sp.csr_array(
        (np.concatenate([v, v]), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)
    )
    return S, ties.nodes


def _per_triangle(X: sp.csr_array, Y: sp.csr_array, Z: sp.csr_array) -> float:
    """Σ over triangles i < j < k of X_ij Y_jk Z_ik, for strictly upper-triangular
    X, Y, Z: each triangle is met once, through its middle node j."""
    return float((X @ Y).multiply(Z).sum())


def triangle_balance(S: sp.csr_array) -> dict[str, Any]:
    """Triangle census of a symmetric signed matrix and its balance.

    A triangle is balanced when the product of its three signs is positive (+++ or
    +−−). With U the strict upper triangle of S, nodes ranked by degree, P and N its
    positive and negative 0/1 parts, each triangle i < j < k is counted once as
    Σ (X Y) ∘ Z with X, Y, Z ∈ {P, N} (e.g. +++ = Σ (P P) ∘ P). Ranked by degree, no
    node has more than √(2m) ties upwards, so the products hold at most m √(2m) entries
    (none through the hub of a star; by index order, (n/2)² when the hub sits midway).
    ``weighted`` = Σ s_ij s_jk s_ki / Σ |s_ij s_jk s_ki| over triangles, in [−1, 1].
    Ratios are ``None`` when there is no triangle.

    References
    ----------
    Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of
    Heider's theory. *Psychological Review* 63(5), 277–293.

    >>> S = sp.csr_array(np.array([[0, 1, -1], [1, 0, -1], [-1, -1, 0]], dtype=float))
    >>> triangle_balance(S)["types"]
    {'+++': 0, '++-': 0, '+--': 1, '---': 0}
    """
    U, _ = oriented(S)  # by degree: a hub is last, so no product runs through it
    P = sp.csr_array((U > 0).astype(float))
    N = sp.csr_array((U < 0).astype(float))
    products = {"PP": P @ P, "PN": P @ N, "NP": N @ P, "NN": N @ N}

    def count(x: str, y: str, z: str) -> int:
        return round(float(products[x + y].multiply(P if z == "P" else N).sum()))

    types = {
        "+++": count("P", "P", "P"),
        "++-": count("P", "P", "N") + count("P", "N", "P") + count("N", "P", "P"),
        "+--": count("P", "N", "N") + count("N", "P", "N") + count("N", "N", "P"),
        "---": count("N", "N", "N"),
    }
    total = sum(types.values())
    balanced = types["+++"] + types["+--"]
    magnitude = abs(U)
    denominator = _per_triangle(magnitude, magnitude, magnitude)
    return {
        "triangles": total,
        "balanced_triangles": balanced,
        "ratio": balanced / total if total else None,
        "weighted": _per_triangle(U, U, U) / denominator if denominator > 0 else None,
        "types": types,
    }


def walk_balance(S: sp.csr_array) -> float | None:
    """Walk balance of Estrada & Benzi (2014): K = tr exp(A) / tr exp(|A|).

    A is the ±1 signed adjacency of the projection (the signs of S) restricted to the
    people with at least one signed tie, so every closed walk counts, weighted 1/k! by
    its length k. K ∈ (0, 1], 1 exactly when the graph is balanced. A person without a
    signed tie would add e^0 = 1 to both traces and push K towards 1 (an unbalanced
    triangle: K = (e^−2 + 2e)/(e^2 + 2e^−1) ≈ 0.686 alone, 0.831 with seven silent
    register members), so they are left out. A balanced graph (every tree, every star)
    gives exactly 1 without any eigenvalue (a linear check of its two camps). Otherwise
    computed from eigenvalues with log-sum-exp (no overflow); on graphs over 500
    signed people, from the largest eigenvalues by Lanczos iteration when they are enough
    (the ones left out bounded so that each trace is within 1e−12 of its exact value; see
    :mod:`~alliance_graph.metrics._trace_exp`), else from all of them. ``None`` when
    there is no signed tie.

    References
    ----------
    Estrada, E. & Benzi, M. (2014). Walk-based measure of balance in signed networks:
    detecting lack of balance in social networks. *Physical Review E* 90, 042802.

    >>> S = sp.csr_array(np.array([[0, 1, -1], [1, 0, -1], [-1, -1, 0]], dtype=float))
    >>> walk_balance(S)
    1.0
    >>> S = sp.csr_array(np.array([[0, 1, -1, 0], [1, 0, 1, 0], [-1, 1, 0, 0], [0] * 4]))
    >>> round(walk_balance(S), 4)  # the isolated fourth person does not count
    0.6858
    """
    A = sp.csr_array(sp.csr_array(S).sign())
    A.eliminate_zeros()
    signed = np.flatnonzero(np.diff(A.indptr))  # rows with a signed tie
    if len(signed) == 0:
        return None
    A = sp.csr_array(A[signed][:, signed])
    if _balanced(A):  # A = D|A|D for a diagonal D of ±1: the same eigenvalues
        return 1.0
    return float(np.exp(min(_log_trace_exp(A) - _log_trace_exp(abs(A)), 0.0)))


def _balanced(A: sp.csr_array) -> bool:
    """Whether the symmetric ±1 matrix A is balanced: its people split into two camps with
    every positive tie inside a camp and every negative one across. Each person i has
    two copies, i and n + i (one per camp); a positive tie joins the copies in the same
    camp, a negative one the copies across; A is balanced when no i is connected to its
    own other copy. Linear in the ties."""
    from scipy.sparse.csgraph import connected_components

    if (A.diagonal() < 0).any():
        return False
    n, ties = A.shape[0], sp.triu(A, k=1).tocoo()
    positive = ties.data > 0
    rows = np.concatenate([ties.row, ties.row + n])
    cols = np.concatenate(
        [np.where(positive, ties.col, ties.col + n), np.where(positive, ties.col + n, ties.col)]
    )
    cover = sp.csr_array((np.ones(len(rows)), (rows, cols)), shape=(2 * n, 2 * n))
    _, label = connected_components(cover, directed=False)
    return bool((label[:n] != label[n:]).all())


def _log_trace_exp(A: sp.csr_array) -> float:
    """log tr exp(A) for a symmetric matrix: from all its eigenvalues up to
    :data:`_DENSE_LIMIT` people, else from the largest ones when they are enough."""
    if A.shape[0] > _DENSE_LIMIT and (top := top_log_trace_exp(A)) is not None:
        return top
    return float(logsumexp(np.linalg.eigvalsh(A.toarray())))
