"""Cuts of the frustration relaxation, found by :mod:`._frustration_cuts` at each branch.

Ties are frustrated or not (f_e ∈ [0, 1]); every cycle with an odd number of negative ties,
and every path between two people with fixed camps whose sign disagrees with those camps,
needs a frustrated tie. The doubled (sign-parity) graph turns both into shortest paths, so
the most violated cuts are found exactly; the pool keeps every cut found once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import dijkstra

__all__ = ["CutPool", "DoubledGraph", "separate"]

_TOL = 1e-6  # the same slack as the bounds': a cut is violated by more than this


@dataclass
class DoubledGraph:
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


class CutPool:
    """Every cut found so far: its ties and, for a path cut, its ends a, b and parity p
    (the cut binds when a and b are fixed and p differs from "a and b in different camps");
    a cycle cut has a = −1 and always binds."""

    def __init__(self) -> None:
        self.ties: list[np.ndarray] = []
        self.ends = np.zeros((0, 3), dtype=np.int64)
        self._index: dict[bytes, int] = {}

    def add(self, walks: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Rows of these cuts (each walk: tie indices, −1 padded), new ones appended."""
        ties = np.sort(walks, axis=1)
        ties[:, 1:][ties[:, 1:] == ties[:, :-1]] = -1  # a tie met twice counts once
        ties = np.sort(ties, axis=1)  # the padding first, then the ties in order
        width, counts = ties.shape[1], (ties >= 0).sum(axis=1)
        found, fresh = [], []
        for row, end, count in zip(ties, ends, counts.tolist()):
            key = row[width - count :].tobytes() + end.tobytes()
            k = self._index.setdefault(key, len(self.ties))
            if k == len(self.ties):
                self.ties.append(row[width - count :])
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


def separate(g: DoubledGraph, pool: CutPool, f: np.ndarray, side: np.ndarray) -> np.ndarray:
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
    g: DoubledGraph, pool: CutPool, D: np.ndarray, P: np.ndarray, f: np.ndarray, side: np.ndarray
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
