"""Fixing ties and camps inside one branch of :mod:`._frustration_cuts`.

Both steps only discard solutions that cannot beat the best split found so far, so a
branch's bound stays a valid lower bound on every split in it that could beat that split.
"""

from __future__ import annotations

import numpy as np

__all__ = ["fix_by_reduced_cost", "propagate", "tie_bounds"]

_TOL = 1e-6  # the same slack as the bounds': a fixing needs a proof past it


def tie_bounds(
    i: np.ndarray, j: np.ndarray, negative: np.ndarray, side: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """A tie between two fixed people is frustrated or not: its f is fixed to 1 or 0."""
    fixed = (side[i] >= 0) & (side[j] >= 0)
    frustrated = (side[i] != side[j]) != negative
    return (fixed & frustrated).astype(float), np.where(fixed & ~frustrated, 0.0, 1.0)


def fix_by_reduced_cost(
    bound: float, reduced: np.ndarray, lo: np.ndarray, hi: np.ndarray, target: int
) -> tuple[np.ndarray, np.ndarray]:
    """Reduced-cost fixing. ``bound`` = Σ y + Σ_e min(r_e lo_e, r_e hi_e) for duals y ≥ 0
    and reduced costs r = 1 − Mᵀy, so every f in the branch has Σ f ≥ bound + |r_e| when
    tie e leaves the end of [lo_e, hi_e] that the minimum picked. When that proves at
    least ``target`` (the best frustration found), tie e stays at that end."""
    free = lo < hi
    costly = np.ceil(bound + np.abs(reduced) - _TOL) >= target
    lo, hi = lo.copy(), hi.copy()
    hi[free & costly & (reduced > 0)] = lo[free & costly & (reduced > 0)]
    lo[free & costly & (reduced < 0)] = hi[free & costly & (reduced < 0)]
    return lo, hi


def propagate(
    i: np.ndarray,
    j: np.ndarray,
    negative: np.ndarray,
    side: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Camps forced by fixed ties: a tie whose f is fixed and one of whose ends has a
    camp gives the other end its camp (the same camp when the tie is satisfied and
    positive or frustrated and negative), repeated until nothing changes. Returns the
    camps and the tie bounds they imply, or ``None`` when two fixings contradict."""
    side = side.copy()
    while True:
        at_lo, at_hi = tie_bounds(i, j, negative, side)
        lo, hi = np.maximum(lo, at_lo), np.minimum(hi, at_hi)
        if (lo > hi).any():
            return None
        across = (lo == 1) != negative  # a decided tie's ends are in different camps
        to_j = (lo == hi) & (side[i] >= 0) & (side[j] < 0)
        to_i = (lo == hi) & (side[j] >= 0) & (side[i] < 0)
        if not (to_j.any() or to_i.any()):
            return side, lo, hi
        side[j[to_j]] = side[i[to_j]] ^ across[to_j]
        side[i[to_i]] = side[j[to_i]] ^ across[to_i]
