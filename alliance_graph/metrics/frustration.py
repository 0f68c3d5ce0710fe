"""Frustration index: the fewest ties whose removal makes a signed graph balanced.

Equivalently, over every split of the nodes into two camps, the least number of
frustrated ties (positive between camps, negative within a camp). Solved per connected
component by a seeded local search (an upper bound) and a branch and cut on the camps
(:mod:`~alliance_graph.metrics._frustration_cuts`) whose budget is counted in nodes, never
in seconds: the answer depends only on the input and the seed, and when the budget ends
first a proven lower bound is reported with the best camps found.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from alliance_graph.metrics._frustration_cuts import solve

__all__ = ["NODE_LIMIT", "TABU_STEPS", "Frustration", "frustration_index"]

#: Branch-and-bound nodes the exact search may evaluate per component. A node budget,
#: unlike a clock, stops at the same place on every machine: results stay reproducible.
NODE_LIMIT = 1_000
#: Moves of the tabu search that polishes the local search's best camps, per person.
TABU_STEPS = 200


@dataclass(frozen=True)
class Frustration:
    """Result of :func:`frustration_index`; ``camps`` are lists of node positions.

    ``index`` is the frustration of ``camps`` (an upper bound on L) and ``lower_bound`` a
    proven lower bound; L is known exactly when they meet.
    """

    index: int
    lower_bound: int
    ties: int
    camps: tuple[tuple[int, ...], tuple[int, ...]]

    @property
    def exact(self) -> bool:
        """True when ``index`` is proven to be L (the lower bound meets it)."""
        return self.lower_bound == self.index

    @property
    def normalised(self) -> float | None:
        """1 − L / (m/2): 1 when balanced; ``None`` without ties."""
        return 1 - self.index / (self.ties / 2) if self.ties else None


def frustration_index(
    S: sp.csr_array,
    *,
    node_limit: int = NODE_LIMIT,
    max_exact_ties: int = 1_000,
    restarts: int = 24,
    seed: int = 0,
) -> Frustration:
    """Frustration index L of the symmetric signed matrix ``S`` (only signs matter).

    L = min over σ ∈ {−1, 1}ⁿ of |{i < j : S_ij σ_i σ_j < 0}|, summed over connected
    components. Each component gets a seeded local search (spectral and random starts,
    single flips) and, when it has at most ``max_exact_ties`` ties, a branch and cut:
    best-first branching on people's camps (most ties first, one person's camp fixed),
    each node bounded by the linear relaxation of the binary programme of Aref, Mason &
    Wilson (2020) on the ties, f_e ≥ |x_i − x_j| (positive) or |x_i + x_j − 1|
    (negative), strengthened by cycle inequalities Σ_{e ∈ C} f_e ≥ 1 for every cycle C
    with an odd number of negative ties and by path inequalities between people whose
    camps are fixed. The search's upper bound is the local search's camps, polished by
    :data:`TABU_STEPS` tabu moves per person when the first bound does not prove them
    optimal, and improved by rounding each node's relaxation. At most ``node_limit``
    nodes: the result depends only on ``S`` and ``seed``, never on time.

    ``lower_bound`` sums the components' proven bounds (the relaxations' dual values,
    rounded up; 0 for a component above ``max_exact_ties``); ``exact`` is true when it
    equals ``index``.

    References
    ----------
    Aref, S., Mason, A. J. & Wilson, M. C. (2020). A modeling and computational study of
    the frustration index in signed networks. *Networks* 75(1), 95–110.
    arXiv:1611.09030.

    Barahona, F. & Mahjoub, A. R. (1986). On the cut polytope. *Mathematical
    Programming* 36, 157–173 (the cycle inequalities and their separation).

    >>> S = sp.csr_array(np.array([[0, 1, 1], [1, 0, -1], [1, -1, 0]], dtype=float))
    >>> result = frustration_index(S)
    >>> result.index, result.lower_bound, result.exact, result.normalised
    (1, 1, True, 0.33333333333333337)
    """
    A = sp.csr_array(sp.triu(sp.csr_array(S).sign(), k=1))
    A = sp.csr_array(A + A.T)
    sigma = np.zeros(A.shape[0], dtype=int)
    total = lower = 0
    for members in _components(A):
        sub = sp.csr_array(A[members][:, members])
        side, frustrated, bound = _solve(sub, node_limit, max_exact_ties, restarts, seed)
        sigma[members] = side if side.sum() >= 0 else -side  # larger side first
        total, lower = total + frustrated, lower + bound
    tied = np.flatnonzero(np.diff(A.indptr) > 0)
    camps = (
        tuple(int(i) for i in tied if sigma[i] > 0),
        tuple(int(i) for i in tied if sigma[i] < 0),
    )
    return Frustration(index=total, lower_bound=lower, ties=A.nnz // 2, camps=camps)


def _components(A: sp.csr_array) -> list[np.ndarray]:
    count, labels = connected_components(A, directed=False)
    degree = np.diff(A.indptr)
    groups = [np.flatnonzero(labels == c) for c in range(count)]
    return [g for g in groups if degree[g].sum() > 0]


def _frustrated(A: sp.csr_array, sigma: np.ndarray) -> int:
    return round((A.nnz - int(sigma @ (A @ sigma))) / 4)


def _solve(
    A: sp.csr_array, node_limit: int, max_exact: int, restarts: int, seed: int
) -> tuple[np.ndarray, int, int]:
    """Camps, frustration and proven lower bound of one connected component."""
    sigma = _local_search(A, restarts, seed)
    best = _frustrated(A, sigma)
    if best == 0:
        return sigma, 0, 0
    if A.nnz // 2 > max_exact:
        return sigma, best, 0
    polish = lambda start: _tabu(A, start, TABU_STEPS * A.shape[0], seed)  # noqa: E731
    found = solve(A, sigma, node_limit, lambda start: _descend(A, start), polish)
    return found[0], found[1], found[2]


def _local_search(A: sp.csr_array, restarts: int, seed: int) -> np.ndarray:
    """Best of a spectral start and seeded random restarts, each improved by single
    flips until no flip helps, then perturbed and improved again."""
    rng = np.random.default_rng(seed)
    n = A.shape[0]
    starts = [_spectral_start(A)] + [rng.choice([-1, 1], n) for _ in range(restarts // 2)]
    best, best_value = starts[0], None
    for start in starts:
        sigma = _descend(A, start.copy())
        for _ in range(2):
            value = _frustrated(A, sigma)
            if best_value is None or value < best_value:
                best, best_value = sigma.copy(), value
            kicked = best.copy()
            flip = rng.random(n) < 0.1
            kicked[flip] *= -1
            sigma = _descend(A, kicked)
    value = _frustrated(A, sigma)
    return sigma if best_value is None or value < best_value else best


def _spectral_start(A: sp.csr_array) -> np.ndarray:
    n = A.shape[0]
    if n < 3:
        return np.ones(n, dtype=int)
    _, vectors = np.linalg.eigh(A.toarray()) if n <= 500 else _top_vector(A)
    vector = vectors[:, -1]
    return np.where(vector >= 0, 1, -1)


def _top_vector(A: sp.csr_array) -> tuple[np.ndarray, np.ndarray]:
    from scipy.sparse.linalg import eigsh

    return eigsh(A.astype(float), k=1, which="LA", v0=np.ones(A.shape[0]))


def _descend(A: sp.csr_array, sigma: np.ndarray) -> np.ndarray:
    """Flip any node with more frustrated than satisfied ties until none is left."""
    indptr, indices, data = A.indptr, A.indices, A.data
    field = A @ sigma
    improved = True
    while improved:
        improved = False
        for i in np.flatnonzero(sigma * field < 0):
            if sigma[i] * field[i] < 0:
                sigma[i] = -sigma[i]
                lo, hi = indptr[i], indptr[i + 1]
                field[indices[lo:hi]] += 2 * sigma[i] * data[lo:hi]
                improved = True
    return sigma


def _tabu(A: sp.csr_array, sigma: np.ndarray, steps: int, seed: int) -> np.ndarray:
    """Tabu search from ``sigma``: each step moves to the other camp the person whose move
    lowers the frustration most (or raises it least), among those not moved in the last
    n/8 to n/3 steps (seeded) unless the move beats the best so far; after 7n steps
    without a new best, it restarts from the best with one person in ten moved at random.
    Returns the best camps met."""
    rng = np.random.default_rng([seed, 1])
    n, indptr, indices, data = len(sigma), A.indptr, A.indices, A.data
    best, best_value = sigma.copy(), _frustrated(A, sigma)
    sigma, value, since = best.copy(), best_value, 0
    field, free_at = A @ sigma, np.zeros(n, dtype=int)
    for step, tenure in enumerate(rng.integers(max(1, n // 8), max(2, n // 3), steps)):
        if since > 7 * n:
            sigma, since = np.where(rng.random(n) < 0.1, -best, best), 0
            field, value = A @ sigma, _frustrated(A, sigma)
        gain = sigma * field  # satisfied − frustrated ties of each person: the move's change
        allowed = (free_at <= step) | (value + gain < best_value)
        v = int(np.argmin(np.where(allowed, gain, np.inf)))
        sigma[v] = -sigma[v]
        value, since = value + int(gain[v]), since + 1
        field[indices[indptr[v] : indptr[v + 1]]] += 2 * sigma[v] * data[indptr[v] : indptr[v + 1]]
        free_at[v] = step + tenure
        if value < best_value:
            best, best_value, since = sigma.copy(), value, 0
    return best
