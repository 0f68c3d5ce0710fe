"""Triangles of an undirected graph, listed in chunks, in time and memory linear in the
ties for star-shaped data: nodes ranked by degree, each tie oriented towards the higher
rank (Chiba & Nishizeki 1985; Latapy 2008)."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import scipy.sparse as sp

__all__ = ["CHUNK", "degree_order", "oriented", "triangles"]

#: At most about this many candidate pairs are held in memory at once.
CHUNK = 1 << 18


def degree_order(A: sp.csr_array) -> np.ndarray:
    """The nodes of a symmetric matrix by increasing number of entries in their row (ties
    by index): ``order[r]`` is the node of rank ``r``. Oriented from low to high rank,
    no node has more than √(2m) ties going up, and a hub has none."""
    degrees = np.diff(sp.csr_array(A).indptr)
    return np.lexsort((np.arange(len(degrees)), degrees))


def oriented(A: sp.csr_array) -> tuple[sp.csr_array, np.ndarray]:
    """The strict upper triangle of ``A`` with nodes relabelled by :func:`degree_order`,
    and that order (rank ``r`` is node ``order[r]``); entries kept as they are."""
    order = degree_order(A)
    ranked = sp.csr_array(sp.csr_array(A)[order][:, order])
    upper = sp.csr_array(sp.triu(ranked, k=1))
    upper.sort_indices()
    return upper, order


def triangles(U: sp.csr_array) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """Every triangle a < b < c of the strict upper triangular ``U`` (from :func:`oriented`)
    once, as positions in ``U.indices``/``U.data`` of its ties ab, ac and bc, in chunks.

    Each pair of a node's upward ties (a → b, a → c) is a candidate, kept when b → c is
    a tie too: Σ_a d⁺(a)(d⁺(a) − 1)/2 candidates for the upward degrees d⁺ ≤ √(2m),
    none on a star. Nothing loops over ties in Python; chunks of about :data:`CHUNK`.
    """
    U = sp.csr_array(U)
    n, m = U.shape[0], U.nnz
    if m == 0:
        return
    rows = np.repeat(np.arange(n), np.diff(U.indptr))
    keys = rows.astype(np.int64) * n + U.indices  # sorted: rows, then sorted columns
    after = U.indptr[rows + 1] - np.arange(m) - 1  # ties a → c with c after b in a's row
    ends = np.cumsum(after)
    start = 0
    while start < m:
        stop = max(
            int(np.searchsorted(ends, ends[start] - after[start] + CHUNK, "right")), start + 1
        )
        counts = after[start:stop]
        ab = np.repeat(np.arange(start, stop), counts)
        first = np.cumsum(counts) - counts
        ac = ab + 1 + np.arange(len(ab)) - np.repeat(first, counts)
        wanted = U.indices[ab].astype(np.int64) * n + U.indices[ac]
        bc = np.minimum(np.searchsorted(keys, wanted), m - 1)
        found = keys[bc] == wanted
        if found.any():
            yield ab[found], ac[found], bc[found]
        start = stop
