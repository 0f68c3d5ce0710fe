"""The linear relaxation of :mod:`._frustration_cuts`, kept alive across the search.

min Σ_e f_e over the cuts of the pool (Σ_{e ∈ C} f_e ≥ 1), lo ≤ f ≤ hi, solved by HiGHS's
dual simplex. One model serves every branch-and-bound node: its rows are brought in line
with the node's cuts (rows added and removed, tie bounds changed) and it starts from the
optimal basis of the node's parent, which stays dual feasible when cuts are added and
bounds tightened, so a few hundred pivots replace a solve from scratch.
"""

from __future__ import annotations

from dataclasses import dataclass

import highspy
import numpy as np

from alliance_graph.metrics._frustration_separation import CutPool

__all__ = ["Basis", "Relaxation", "Solution"]

_TOL = 1e-6  # the same slack as the bounds': a row binds within it


@dataclass(frozen=True)
class Basis:
    """A simplex basis: the status of every tie's f and of each of these pool rows."""

    rows: np.ndarray
    cols: list
    row_status: list

    def restrict(self, keep: np.ndarray) -> Basis:
        """The same basis on the rows where ``keep`` is true: valid when every row left
        out had its slack in the basis (the rows left out do not bind)."""
        status = [s for s, k in zip(self.row_status, keep) if k]
        return Basis(self.rows[keep], self.cols, status)


@dataclass(frozen=True)
class Solution:
    """A solved relaxation: its proven ``bound``, point ``f``, the rows that bind at
    ``f``, the reduced costs of the ties and the optimal basis (``None`` if HiGHS has
    none to give)."""

    bound: float
    f: np.ndarray
    tight: np.ndarray
    reduced: np.ndarray
    basis: Basis | None


class Relaxation:
    """One HiGHS model over the ``m`` ties whose rows follow the pool rows asked for."""

    def __init__(self, pool: CutPool, m: int) -> None:
        self.pool, self.m = pool, m
        # highspy's base class: its subclass Highs prints a banner on stdout when made
        # (highspy 1.16), before any option can silence it
        # (a later highspy without it: the banner is the only difference)
        make = getattr(highspy, "_Highs", None) or highspy.Highs
        self.highs = make()
        for option, value in (
            ("output_flag", False),
            ("solver", "simplex"),
            ("simplex_strategy", 1),  # the dual simplex, serial
            ("presolve", "off"),  # presolve would discard the basis
            ("threads", 1),
        ):
            self.highs.setOptionValue(option, value)
        self.highs.addVars(m, np.zeros(m), np.ones(m))
        self.highs.changeColsCost(m, np.arange(m, dtype=np.int32), np.ones(m))
        self.rows = np.zeros(0, dtype=np.int64)  # the pool rows of the model, in order

    def solve(
        self, rows: np.ndarray, lo: np.ndarray, hi: np.ndarray, start: Basis | None
    ) -> Solution:
        """Solve min Σ f over the pool ``rows`` from the basis ``start`` (``None``: the
        model's own, that of the last solve with any rows added since basic). The
        bound is the value of the row duals y ≥ 0 in the Lagrangian Σ y + Σ_e min(r_e lo_e,
        r_e hi_e), r = 1 − Mᵀy, valid for any y ≥ 0: no solver tolerance, nor a failed
        solve, can lift it above the relaxation's optimum."""
        self._follow(rows)
        every = np.arange(self.m, dtype=np.int32)
        self.highs.changeColsBounds(self.m, every, lo.astype(float), hi.astype(float))
        if start is not None:
            self.highs.setBasis(self._basis(start))
        self.highs.run()
        solution = self.highs.getSolution()
        order = np.argsort(self.rows)
        at = order[np.searchsorted(self.rows, rows, sorter=order)]  # rows' places in the model
        y = np.clip(np.nan_to_num(np.asarray(solution.row_dual)[at]), 0, None)
        M = self.pool.matrix(rows, self.m)
        reduced = 1 - M.T @ y
        bound = y.sum() + np.minimum(reduced * lo, reduced * hi).sum()
        f = np.clip(np.nan_to_num(np.asarray(solution.col_value)), lo, hi)
        basis = self.highs.getBasis()
        kept = None
        if basis.valid:
            status = basis.row_status
            kept = Basis(rows, basis.col_status, [status[k] for k in at])
        return Solution(float(bound), f, M @ f < 1 + _TOL, reduced, kept)

    def _follow(self, rows: np.ndarray) -> None:
        """Remove the model's rows that are not in ``rows`` and append the missing ones."""
        drop = np.flatnonzero(~np.isin(self.rows, rows)).astype(np.int32)
        if len(drop):
            self.highs.deleteRows(len(drop), drop)
            self.rows = np.delete(self.rows, drop)
        add = rows[~np.isin(rows, self.rows)]
        if len(add):
            M = self.pool.matrix(add, self.m)
            self.highs.addRows(
                len(add),
                np.ones(len(add)),
                np.full(len(add), highspy.kHighsInf),
                M.nnz,
                M.indptr.astype(np.int32),
                M.indices.astype(np.int32),
                M.data,
            )
            self.rows = np.r_[self.rows, add]

    def _basis(self, start: Basis) -> highspy.HighsBasis:
        """``start`` on the model's rows; a row that ``start`` lacks is basic (its slack)."""
        status = dict(zip(start.rows.tolist(), start.row_status))
        basic = highspy.HighsBasisStatus.kBasic
        basis = highspy.HighsBasis()
        basis.col_status = start.cols
        basis.row_status = [status.get(row, basic) for row in self.rows.tolist()]
        basis.valid = True
        return basis
