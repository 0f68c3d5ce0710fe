"""Tie arrays shared by the metrics: one vectorised view of a wave's graph."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

__all__ = ["Ties", "reused_ties", "ties_of"]

#: Inside :func:`reused_ties`, the arrays already read, by graph and attributes (with the
#: graph itself, so that its id cannot be reused while the entry lives).
_READ: ContextVar[dict[tuple[int, str, str], tuple[nx.DiGraph, Ties]] | None] = ContextVar(
    "_READ", default=None
)


@dataclass(frozen=True)
class Ties:
    """The directed ties of a graph as parallel arrays over ``nodes`` (sorted ids).

    ``rows[k] → cols[k]`` is tie ``k`` with strength ``t[k]`` and sign value ``s[k]``.
    """

    nodes: list[str]
    rows: np.ndarray
    cols: np.ndarray
    t: np.ndarray
    s: np.ndarray

    @property
    def n(self) -> int:
        return len(self.nodes)

    @property
    def m(self) -> int:
        return len(self.t)

    def matrix(self, values: np.ndarray) -> sp.csr_array:
        """An n×n sparse matrix with ``values`` at the ties (zeros kept as entries)."""
        return sp.csr_array((values, (self.rows, self.cols)), shape=(self.n, self.n))

    def reverse(self) -> tuple[np.ndarray, np.ndarray]:
        """For each tie i→j, whether j→i exists and the index of that reverse tie."""
        key = self.rows.astype(np.int64) * self.n + self.cols
        reverse_key = self.cols.astype(np.int64) * self.n + self.rows
        position = pd.Index(key).get_indexer(reverse_key)  # a hash table: O(m)
        found = position >= 0
        return found, np.where(found, position, 0)


@contextmanager
def reused_ties() -> Iterator[None]:
    """Within this block, :func:`ties_of` reads each graph's ties once, however many
    metrics ask (a wave's figures asked ten times: 1 s of 2,000 people's ties). The
    graphs must not change inside the block."""
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def ties_of(G: nx.DiGraph, weight: str = "strength", sign: str = "sign") -> Ties:
    """Arrays of the ties of ``G``; nodes sorted so results do not depend on insertion."""
    read = _READ.get()
    if read is None:
        return _read(G, weight, sign)
    key = (id(G), weight, sign)
    if key not in read:
        ties = _read(G, weight, sign)
        for array in (ties.rows, ties.cols, ties.t, ties.s):
            array.flags.writeable = False  # shared: a metric changing them would raise
        read[key] = (G, ties)
    return read[key][1]


def _read(G: nx.DiGraph, weight: str, sign: str) -> Ties:
    nodes = sorted(G.nodes, key=str)
    index = {node: i for i, node in enumerate(nodes)}
    nan = float("nan")  # a graph without sign values (strength only) gives NaN signs
    data = [(index[u], index[v], d[weight], d.get(sign, nan)) for u, v, d in G.edges(data=True)]
    if not data:
        empty = np.zeros(0)
        return Ties(nodes, empty.astype(int), empty.astype(int), empty, empty)
    rows, cols, t, s = (np.asarray(column) for column in zip(*data))
    return Ties(nodes, rows.astype(int), cols.astype(int), t.astype(float), s.astype(float))
