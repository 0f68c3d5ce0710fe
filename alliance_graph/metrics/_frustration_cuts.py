"""Branch and cut for the frustration index of one connected signed graph.

The linear relaxation lives on the ties: f_e ∈ [0, 1] says whether tie e is frustrated.
Every cycle with an odd number of negative ties has a frustrated tie (Σ_C f_e ≥ 1), and
once some people's camps are fixed by branching, so does every path between two of them
whose sign disagrees with their camps. Both families are separated exactly by shortest
paths in the doubled (sign-parity) graph, including the shortest path cut through each
tie; reduced-cost fixing and camp propagation (:mod:`._frustration_fixing`) narrow each
branch. See :func:`solve`.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np
import scipy.sparse as sp
from scipy.optimize import linprog
from scipy.sparse.csgraph import breadth_first_order, dijkstra, minimum_spanning_tree

from alliance_graph.metrics._frustration_fixing import fix_by_reduced_cost, propagate

__all__ = ["ROOT_ROUNDS", "ROUNDS", "solve"]

#: Separation rounds (linear programmes) per branch-and-bound node, and at the root.
ROUNDS, ROOT_ROUNDS = 4, 60
_TOL = 1e-6  # a cut is violated by more than this; a bound is rounded up past this slack


@dataclass
class _Graph:
    """Ties (i < j), their signs, and the doubled graph: node v is v⁺ = v and v⁻ = v + n,
    a positive tie joins equal copies, a negative tie crosses, so a walk from a⁺ to b⁻ has
    an odd number of negative ties."""

    i: np.ndarray
    j: np.ndarray
    negative: np.ndarray
    n: int
    arcs: tuple[np.ndarray, np.ndarray] = field(init=False)
    tie_of: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        n, i, j, neg = self.n, self.i, self.j, self.negative
        tail = np.concatenate([i, i + n])
        head = np.concatenate([np.where(neg, j + n, j), np.where(neg, j, j + n)])
        self.arcs = (np.concatenate([tail, head]), np.concatenate([head, tail]))
        ties = np.tile(np.arange(len(i)), 4)
        self.tie_of = np.full((2 * n, 2 * n), -1, dtype=np.int32)
        self.tie_of[self.arcs] = ties

    def tie(self, u: np.ndarray, v: np.ndarray) -> np.ndarray:
        """Index of the tie between people u and v (−1: none)."""
        return np.maximum(self.tie_of[u, v], self.tie_of[u, v + self.n])

    def distances(self, f: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Shortest walks from every v⁺ in the doubled graph, weighted by f."""
        weight = np.tile(f + 1e-9, 4)  # > 0: csgraph drops explicit zeros
        G = sp.csr_array((weight, self.arcs), shape=(2 * self.n, 2 * self.n))
        return dijkstra(G, indices=np.arange(self.n), return_predecessors=True)

    def trace(self, P: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
        """Tie indices along each shortest walk source⁺ → target (−1 padded rows)."""
        steps, here = [], target.copy()
        while (here != source).any():
            back = np.where(here != source, P[source, np.where(here != source, here, 0)], here)
            steps.append(np.where(here != source, self.tie_of[back, here], -1))
            here = back
        return np.stack(steps, axis=1) if steps else np.full((len(source), 0), -1)


class _Pool:
    """Every cut found so far: its ties and, for a path cut, its ends a, b and parity p
    (the cut binds when a and b are fixed and p differs from "a and b in different camps");
    a cycle cut has a = −1 and always binds."""

    def __init__(self) -> None:
        self.ties: list[np.ndarray] = []
        self.ends = np.zeros((0, 3), dtype=np.int64)
        self._index: dict[bytes, int] = {}

    def add(self, walks: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Rows of these cuts (each walk: tie indices, −1 padded), new ones appended."""
        found, fresh = [], []
        for row, end in zip(walks, ends):
            ties = np.unique(row[row >= 0])
            k = self._index.setdefault(ties.tobytes() + end.tobytes(), len(self.ties))
            if k == len(self.ties):
                self.ties.append(ties)
                fresh.append(end)
            found.append(k)
        if fresh:
            self.ends = np.concatenate([self.ends, np.array(fresh, dtype=np.int64)])
        return np.array(list(dict.fromkeys(found)), dtype=np.int64)

    def binding(self, rows: np.ndarray, side: np.ndarray) -> np.ndarray:
        a, b, p = self.ends[rows].T
        sa, sb = side[np.maximum(a, 0)], side[np.maximum(b, 0)]
        return rows[(a < 0) | ((sa >= 0) & (sb >= 0) & ((sa != sb) != p.astype(bool)))]

    def matrix(self, rows: np.ndarray, m: int) -> sp.csr_array:
        ties = [self.ties[k] for k in rows]
        cols = np.concatenate(ties) if ties else np.zeros(0, dtype=np.int64)
        return sp.csr_array(
            (np.ones(len(cols)), cols, np.r_[0, np.cumsum([len(t) for t in ties])]),
            shape=(len(rows), m),
        )


def _separate(g: _Graph, pool: _Pool, f: np.ndarray, side: np.ndarray) -> np.ndarray:
    """Pool rows of the most violated cycle and path cuts at ``f`` (at most one per tie)."""
    n = g.n
    D, P = g.distances(f)
    back = np.where(g.negative, D[g.j, g.i], D[g.j, g.i + n])  # close the cycle through e
    cyc = np.flatnonzero(1 - f - back > _TOL)
    fixed = np.flatnonzero(side >= 0)
    same = side[fixed][:, None] == side[fixed][None, :]
    gap = 1 - np.where(same, D[np.ix_(fixed, fixed + n)], D[np.ix_(fixed, fixed)])
    a, b = np.nonzero(np.triu(gap, 1) > _TOL)
    violation = np.concatenate([(1 - f - back)[cyc], gap[a, b]])
    source = np.concatenate([g.j[cyc], fixed[a]])
    target = np.concatenate([g.i[cyc] + n * ~g.negative[cyc], fixed[b] + n * same[a, b]])
    ends = np.concatenate(
        [np.tile([-1, -1, 1], (len(cyc), 1)), np.c_[fixed[a], fixed[b], same[a, b]]]
    ).astype(np.int64)
    pick = np.lexsort((np.arange(len(violation)), -violation))[: len(g.i)]
    closing = np.r_[cyc, np.full(len(a), -1)][pick]
    rows = pool.add(np.c_[g.trace(P, source[pick], target[pick]), closing], ends[pick])
    return np.union1d(rows, _through_ties(g, pool, D, P, f, side))


def _through_ties(
    g: _Graph, pool: _Pool, D: np.ndarray, P: np.ndarray, f: np.ndarray, side: np.ndarray
) -> np.ndarray:
    """Pool rows of the most violated path cut through each tie: the shortest walk from
    any fixed person to any other (or the same) through the tie, whose sign disagrees
    with their camps. A fixed person a stands for the copy a⁺ or a⁻ of its camp, and the
    walk runs from those copies to the opposite copies of the fixed people (the swapped
    doubled graph is the same graph), so the walks from every v⁺ already give it."""
    n, fixed = g.n, np.flatnonzero(side >= 0)
    if not len(fixed):
        return np.zeros(0, dtype=np.int64)
    swap = np.r_[np.arange(n, 2 * n), np.arange(n)]
    Dc = np.where(side[fixed][:, None] == 1, D[fixed][:, swap], D[fixed])
    src = np.argmin(Dc, axis=0)  # nearest camp copy of a fixed person
    near = Dc[src, np.arange(2 * n)]
    tail, head = g.arcs
    ties = np.tile(np.arange(len(g.i)), 4)
    value = near[tail] + np.tile(f, 4) + near[swap[head]]
    order = np.lexsort((np.arange(len(value)), value))
    arc = order[np.unique(ties[order], return_index=True)[1]]  # the best arc of each tie
    arc = arc[1 - value[arc] > _TOL]
    t, h = tail[arc], swap[head[arc]]
    a, b = fixed[src[t]], fixed[src[h]]
    first = g.trace(P, a, np.where(side[a] == 1, swap[t], t))
    second = g.trace(P, b, np.where(side[b] == 1, swap[h], h))
    ends = np.c_[a, b, side[a] == side[b]].astype(np.int64)
    return pool.add(np.c_[first, second, ties[arc]], ends)


@dataclass
class _Node:
    """A branch-and-bound node: fixed camps (−1 free), tie bounds, cuts and relaxation."""

    bound: float
    side: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    rows: np.ndarray
    f: np.ndarray


def _relax(
    pool: _Pool, rows: np.ndarray, lo: np.ndarray, hi: np.ndarray
) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """Solve min Σ f over the rows (HiGHS interior point). The bound is the value of the
    dual y ≥ 0 in the Lagrangian Σ y + Σ_e min(r_e lo_e, r_e hi_e), r = 1 − Mᵀy, valid
    for any y ≥ 0: no solver tolerance can lift it above the relaxation's optimum."""
    M = pool.matrix(rows, len(lo))
    res = linprog(
        np.ones(len(lo)),
        A_ub=-M,
        b_ub=-np.ones(len(rows)),
        bounds=np.c_[lo, hi],
        method="highs-ipm",
    )
    marginals = getattr(res.ineqlin, "marginals", None) if res.x is not None else None
    y = np.zeros(len(rows)) if marginals is None else np.clip(-np.nan_to_num(marginals), 0, None)
    reduced = 1 - M.T @ y
    bound = y.sum() + np.minimum(reduced * lo, reduced * hi).sum()
    if res.x is None:  # no primal point: keep every row, restart from the lower bounds
        return float(bound), lo, np.ones(len(rows), dtype=bool), reduced
    return float(bound), res.x, M @ res.x < 1 + _TOL, reduced  # the rows that bind


def _evaluate(g: _Graph, pool: _Pool, node: _Node, target: int, rounds: int) -> _Node:
    """Cut rounds at one node until nothing is violated, the bound proves ``target``
    (the best frustration found: the node is pruned) or ``rounds`` relaxations were
    solved; keeps the rows that bind at the end. After each relaxation, ties are fixed by
    their reduced costs and camps by the fixed ties (a contradiction prunes the node).
    The parent's relaxation is reused when it still fits and nothing is violated."""
    settled = propagate(g.i, g.j, g.negative, node.side, node.lo, node.hi)
    if settled is None:
        return replace(node, bound=float(target))
    side, lo, hi = settled
    f = np.clip(node.f, lo, hi)
    rows = pool.binding(node.rows, side)
    new = np.setdiff1d(_separate(g, pool, f, side), rows)
    if not len(new) and np.array_equal(f, node.f) and len(rows):
        return replace(node, side=side, lo=lo, hi=hi)
    rows = np.union1d(rows, new)
    for done in range(1, rounds + 1):
        bound, f, M, reduced = _relax(pool, rows, lo, hi)
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
        new = np.setdiff1d(_separate(g, pool, np.clip(f, lo, hi), side), rows)
        if not len(new):
            break
        rows = np.union1d(rows, new)
    return _Node(bound, side, lo, hi, rows[M], f)


def _round(g: _Graph, f: np.ndarray) -> np.ndarray:
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
    g = _Graph(upper.row, upper.col, upper.data < 0, A.shape[0])
    m, degree, pool = len(g.i), np.diff(A.indptr), _Pool()
    best = _count(g, sigma)
    side = np.full(g.n, -1)
    side[np.argmax(degree)] = 0  # one person's camp fixed: σ and −σ are the same split
    start = _Node(0.0, side, np.zeros(m), np.ones(m), np.zeros(0, dtype=np.int64), np.zeros(m))
    root = _evaluate(g, pool, start, best, ROOT_ROUNDS)
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
            child = _evaluate(g, pool, replace(node, side=side), best, ROUNDS)
            nodes += 1
            bound = max(child.bound, node.bound)
            if _proven(bound) < best:
                heapq.heappush(heap, (bound, nodes, child))
    lower = min(_proven(heap[0][0]), best) if heap else best
    return sigma, best, lower, nodes


def _count(g: _Graph, sigma: np.ndarray) -> int:
    return int(np.sum((sigma[g.i] != sigma[g.j]) != g.negative))


def _better(g: _Graph, candidate: np.ndarray, sigma: np.ndarray, best: int):
    value = _count(g, candidate)
    return (candidate, value) if value < best else (sigma, best)
