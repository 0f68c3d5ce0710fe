"""Branch and cut for the frustration index of one connected signed graph.

The linear relaxation lives on the ties: f_e ∈ [0, 1] says whether tie e is frustrated.
Every cycle with an odd number of negative ties has a frustrated tie (Σ_C f_e ≥ 1), and
once some people's camps are fixed by branching, so does every path between two of them
whose sign disagrees with their camps. Both families are separated exactly by shortest
paths in the doubled (sign-parity) graph, including the shortest path cut through each
tie (:mod:`._frustration_separation`); reduced-cost fixing and camp propagation
(:mod:`._frustration_fixing`) narrow each branch; one dual simplex model, warm-started
from each node's parent (:mod:`._frustration_lp`), solves the relaxations. See
:func:`solve`.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order, minimum_spanning_tree

from alliance_graph.metrics._frustration_fixing import fix_by_reduced_cost, propagate
from alliance_graph.metrics._frustration_lp import Basis, Relaxation
from alliance_graph.metrics._frustration_separation import CutPool, DoubledGraph, separate

__all__ = ["ROOT_ROUNDS", "ROUNDS", "solve"]

#: Separation rounds (linear programmes) per branch-and-bound node, and at the root.
ROUNDS, ROOT_ROUNDS = 3, 60
_TOL = 1e-6  # a cut is violated by more than this; a bound is rounded up past this slack


@dataclass
class _Node:
    """A branch-and-bound node: fixed camps (−1 free), tie bounds, cuts and relaxation."""

    bound: float
    side: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    rows: np.ndarray
    f: np.ndarray
    basis: Basis | None


def _evaluate(g: DoubledGraph, lp: Relaxation, node: _Node, target: int, rounds: int) -> _Node:
    """Cut rounds at one node until nothing is violated, the bound proves ``target``
    (the best frustration found: the node is pruned) or ``rounds`` relaxations were
    solved; keeps the rows that bind at the end, and their basis. The first relaxation
    starts from the parent's basis, each next one from the last. After each relaxation,
    ties are fixed by their reduced costs and camps by the fixed ties (a contradiction
    prunes the node). The parent's relaxation is reused when it still fits and nothing is
    violated."""
    settled = propagate(g.i, g.j, g.negative, node.side, node.lo, node.hi)
    if settled is None:
        return replace(node, bound=float(target))
    side, lo, hi = settled
    f = np.clip(node.f, lo, hi)
    pool = lp.pool
    rows = pool.binding(node.rows, side)
    new = np.setdiff1d(separate(g, pool, f, side), rows)
    if not len(new) and np.array_equal(f, node.f) and len(rows):
        return replace(node, side=side, lo=lo, hi=hi)
    rows = np.union1d(rows, new)
    start = node.basis  # the parent's: its rows are all in ``rows``
    for done in range(1, rounds + 1):
        x = lp.solve(rows, lo, hi, start)
        bound, f, reduced, start = x.bound, x.f, x.reduced, None  # then the model's own
        if _proven(bound) >= target:
            break
        settled = propagate(
            g.i, g.j, g.negative, side, *fix_by_reduced_cost(bound, reduced, lo, hi, target)
        )
        if settled is None:
            return replace(node, bound=float(target))
        side, lo, hi = settled
        if done == rounds:
            break
        new = np.setdiff1d(separate(g, pool, np.clip(f, lo, hi), side), rows)
        if not len(new):
            break
        rows = np.union1d(rows, new)
    basis = x.basis.restrict(x.tight) if x.basis is not None else None
    return _Node(bound, side, lo, hi, rows[x.tight], f, basis)


def _round(g: DoubledGraph, f: np.ndarray) -> np.ndarray:
    """Camps read off the relaxation (σ = ±1 per person): along a spanning tree of the
    most decided ties, a tie with f_e > ½ is frustrated and the others satisfied; exact
    when f is integral."""
    decided = np.minimum(f, 1 - f) + 1e-6  # > 0: csgraph drops explicit zeros
    tree = minimum_spanning_tree(sp.csr_array((decided, (g.i, g.j)), shape=(g.n, g.n)))
    order, parent = breadth_first_order(sp.csr_array(tree + tree.T), 0, directed=False)
    ties = g.tie(parent[order[1:]], order[1:])
    flips = g.negative[ties] != (f[ties] > 0.5)
    sigma = np.ones(g.n, dtype=int)
    for v, p, flip in zip(order[1:], parent[order[1:]], flips):
        sigma[v] = -sigma[p] if flip else sigma[p]
    return sigma


def _branch_on(side: np.ndarray, degree: np.ndarray) -> int:
    """Prioritised branching on people: the free person with the most ties (−1: none)."""
    free = np.flatnonzero(side < 0)
    return int(free[np.argmax(degree[free])]) if len(free) else -1


def _proven(bound: float) -> int:
    return int(np.ceil(bound - _TOL))


def solve(
    A: sp.csr_array,
    sigma: np.ndarray,
    node_limit: int,
    improve: Callable[[np.ndarray], np.ndarray],
    polish: Callable[[np.ndarray], np.ndarray],
) -> tuple[np.ndarray, int, int, int]:
    """Least frustration of the connected ±1 matrix ``A``, starting from camps ``sigma``.

    L = min over σ of |{i < j : A_ij σ_i σ_j < 0}|. Best-first branch and bound on
    people's camps (most ties first; the first one's camp fixed), each node bounded by
    cut rounds on its relaxation; ``polish`` improves ``sigma`` once if the root does not
    prove it optimal, and ``improve`` every node's relaxation rounded to camps. Returns the
    best camps, their frustration, a proven lower bound and the nodes used (at most
    ``node_limit``).

    >>> A = sp.csr_array(np.array([[0, 1, -1], [1, 0, 1], [-1, 1, 0]]))
    >>> keep = lambda sigma: sigma
    >>> solve(A, np.ones(3, dtype=int), 10, keep, keep)[1:]
    (1, 1, 1)
    """
    upper = sp.triu(A, k=1).tocoo()
    g = DoubledGraph(upper.row, upper.col, upper.data < 0, A.shape[0])
    m, degree = len(g.i), np.diff(A.indptr)
    lp = Relaxation(CutPool(), m)
    best = _count(g, sigma)
    side = np.full(g.n, -1)
    side[np.argmax(degree)] = 0  # one person's camp fixed: σ and −σ are the same split
    rows = np.zeros(0, dtype=np.int64)
    start = _Node(0.0, side, np.zeros(m), np.ones(m), rows, np.zeros(m), None)
    root = _evaluate(g, lp, start, best, ROOT_ROUNDS)
    if _proven(root.bound) < best:
        sigma, best = _better(g, polish(sigma), sigma, best)
    heap = [(root.bound, 0, root)]
    nodes = 1
    while heap and nodes < node_limit and _proven(heap[0][0]) < best:
        _, _, node = heapq.heappop(heap)
        v = _branch_on(node.side, degree)
        leaf = np.where(node.side > 0, -1, 1) if v < 0 else _round(g, node.f)
        sigma, best = _better(g, improve(leaf), sigma, best)
        for camp in (0, 1) if v >= 0 else ():
            side = node.side.copy()
            side[v] = camp
            child = _evaluate(g, lp, replace(node, side=side), best, ROUNDS)
            nodes += 1
            bound = max(child.bound, node.bound)
            if _proven(bound) < best:
                heapq.heappush(heap, (bound, nodes, child))
    lower = min(_proven(heap[0][0]), best) if heap else best
    return sigma, best, lower, nodes


def _count(g: DoubledGraph, sigma: np.ndarray) -> int:
    return int(np.sum((sigma[g.i] != sigma[g.j]) != g.negative))


def _better(g: DoubledGraph, candidate: np.ndarray, sigma: np.ndarray, best: int):
    value = _count(g, candidate)
    return (candidate, value) if value < best else (sigma, best)
