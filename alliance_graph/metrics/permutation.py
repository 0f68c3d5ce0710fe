"""Permutation tests for paired changes in small groups, and the intervals that agree with them.

Under "nothing changed", each person's two answers are exchangeable: their change is as
likely to be +d as −d. A **sign-flip test** compares the observed mean change with the
mean of every pattern of flipped signs (all 2ⁿ patterns up to :data:`EXACT_LIMIT` people,
a seeded sample above), so its level holds exactly at any group size. With n people the
smallest p-value it can give is 2/2ⁿ: at the 5 % level six people are needed before any
change can be called real, and the tests say so (``decidable``) instead of guessing.

References
----------
Fisher, R. A. (1935). *The Design of Experiments*, section 21. Oliver & Boyd.
Good, P. (2005). *Permutation, Parametric and Bootstrap Tests of Hypotheses*, 3rd ed.,
Springer, sections 3.1 and 3.6 (one-sample tests and confidence intervals by inversion).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

__all__ = [
    "EXACT_LIMIT",
    "PATTERNS",
    "PATTERN_BUDGET",
    "PairedTest",
    "sign_flip_test",
    "sign_pattern_blocks",
    "sign_patterns",
    "swap_margin",
]

#: Up to this many people every sign pattern is enumerated (2¹⁶ = 65,536 patterns).
EXACT_LIMIT = 16
#: Seeded random patterns used above :data:`EXACT_LIMIT` people.
PATTERNS = 10_000
#: At most about this many signs (patterns × people) are held at once: beyond, the
#: patterns come in blocks (10,001 patterns of 200,000 people would take 16 GB).
PATTERN_BUDGET = 1 << 22
#: Two statistics closer than this are equal (a tie counts against significance).
_TOLERANCE = 1e-9
_STEPS = 60  # bisection steps of an interval bound: (range) · 2⁻⁶⁰
#: The sign patterns made, by (people, patterns, seed): at most 16 of them, the oldest
#: forgotten first.
_MADE: dict[tuple[int, int, int], np.ndarray] = {}
_MADE_LOCK = threading.Lock()


@dataclass(frozen=True)
class PairedTest:
    """Result of :func:`sign_flip_test`: the mean change of ``n`` people, its two-sided
    ``p_value``, and the interval of mean changes the test does not reject (``None``
    when the test cannot reach the level with so few people: ``decidable`` is false)."""

    n: int
    mean: float
    p_value: float
    ci_low: float | None
    ci_high: float | None
    decidable: bool
    significant: bool


def sign_patterns(n: int, *, patterns: int = PATTERNS, seed: int = 0) -> np.ndarray:
    """Rows of ±1 signs: all 2ⁿ patterns when ``n`` ≤ :data:`EXACT_LIMIT`, otherwise the
    pattern of no flip followed by ``patterns`` seeded random ones. Read-only: the same
    patterns serve every test of that size (a group's test in each pair of waves), made
    once when they fit in :data:`PATTERN_BUDGET` (2¹⁶ patterns of 16 people took 8 ms).

    >>> sign_patterns(2).tolist()
    [[1.0, 1.0], [-1.0, 1.0], [1.0, -1.0], [-1.0, -1.0]]
    """
    key = (n, patterns if n > EXACT_LIMIT else 0, seed if n > EXACT_LIMIT else 0)
    with _MADE_LOCK:
        if key in _MADE:
            return _MADE[key]
    flips = _sign_patterns(n, patterns, seed)
    flips.flags.writeable = False
    if flips.size <= PATTERN_BUDGET:
        with _MADE_LOCK:
            if len(_MADE) >= 16:
                del _MADE[next(iter(_MADE))]
            _MADE[key] = flips
    return flips


def _sign_patterns(n: int, patterns: int, seed: int) -> np.ndarray:
    if n <= EXACT_LIMIT:
        bits = (np.arange(2**n)[:, None] >> np.arange(n)) & 1
        return (1 - 2 * bits).astype(float)
    rng = np.random.default_rng(seed)
    drawn = rng.choice(np.array([-1.0, 1.0]), size=(patterns, n))
    return np.vstack([np.ones((1, n)), drawn])


def sign_pattern_blocks(
    n: int, *, patterns: int = PATTERNS, seed: int = 0, budget: int = PATTERN_BUDGET
) -> Iterator[np.ndarray]:
    """The rows of :func:`sign_patterns` in consecutive blocks of at most about
    ``budget`` signs (one block when they all fit): the same rows, drawn from the same
    seeded stream block after block.

    >>> blocks = list(sign_pattern_blocks(20, patterns=5, budget=40))
    >>> [len(b) for b in blocks], np.array_equal(np.vstack(blocks), sign_patterns(20, patterns=5))
    ([1, 2, 2, 1], True)
    """
    rows = max(1, budget // max(n, 1))
    if n <= EXACT_LIMIT or patterns + 1 <= rows:
        yield sign_patterns(n, patterns=patterns, seed=seed)
        return
    rng = np.random.default_rng(seed)
    yield np.ones((1, n))
    for start in range(0, patterns, rows):
        yield rng.choice(np.array([-1.0, 1.0]), size=(min(rows, patterns - start), n))


def sign_flip_test(
    changes: np.ndarray | list[float],
    *,
    level: float = 0.95,
    patterns: int = PATTERNS,
    seed: int = 0,
) -> PairedTest:
    """Two-sided sign-flip permutation test of "mean change = 0", with its interval.

    p = #{ε : |Σ εᵢ dᵢ| ≥ |Σ dᵢ|} / #patterns over ε ∈ {−1, 1}ⁿ (exact enumeration up
    to :data:`EXACT_LIMIT` people; above, the no-flip pattern plus ``patterns`` seeded
    draws, which keeps the test exact). The interval inverts the test: it holds every
    shift δ for which the changes dᵢ − δ are not rejected (bounds by bisection), so it
    excludes 0 exactly when the change is ``significant`` (p ≤ 1 − ``level``). With too
    few people for any pattern to reach the level (2/2ⁿ > 1 − ``level``: five people
    or fewer at 95 %), ``decidable`` is false, the interval ``None``.

    >>> result = sign_flip_test([0.25, 0.25, 0.5, 0.25, 0.5, 0.25])
    >>> round(result.p_value, 4), result.significant
    (0.0312, True)
    >>> sign_flip_test([0.25, 0.25, 0.5]).decidable
    False
    """
    d = np.asarray(changes, dtype=float)
    if d.size == 0:
        raise ValueError("a sign-flip test needs at least one paired change")
    count, p_of = _p_values(d, patterns, seed)
    alpha = 1 - level
    p = p_of(0.0)
    smallest = 2 / count if d.size <= EXACT_LIMIT else 1 / count
    decidable = smallest <= alpha + 1e-12
    low = high = None
    if decidable:
        low, high = _inverted(d, lambda delta: p_of(delta) > alpha)
    return PairedTest(
        n=int(d.size),
        mean=float(d.mean()),
        p_value=p,
        ci_low=low,
        ci_high=high,
        decidable=decidable,
        significant=bool(decidable and p <= alpha),
    )


def _p_values(d: np.ndarray, patterns: int, seed: int) -> tuple[int, Callable[[float], float]]:
    """The number of sign patterns and the p-value of the changes ``d`` − δ as a function
    of δ: the share of patterns ε whose |Σ εᵢ (dᵢ − δ)| reaches the observed |Σ (dᵢ − δ)|
    (ties count).

    Each pattern keeps two numbers, read once: Σ εᵢ (dᵢ − δ) = ε·d − δ Σ εᵢ, so a δ costs
    a pass over the patterns rather than over every sign (the interval's bisection tries
    120). When the patterns fit in :data:`PATTERN_BUDGET`, a pattern that form leaves
    within its rounding of the observed value is settled by the product over its signs,
    ``flips @ (d − δ)`` for all patterns at once, as before the shortcut: the p-values,
    hence the intervals, stay the same to the last bit. Beyond the budget the patterns
    come block by block and the two numbers decide alone."""
    blocks = list(sign_pattern_blocks(d.size, patterns=patterns, seed=seed))
    flips = blocks[0] if len(blocks) == 1 else None
    dot = np.concatenate([block @ d for block in blocks])
    total = np.concatenate([block.sum(axis=1) for block in blocks])
    del blocks
    # |ε·d − δ Σ ε − ε·(d − δ)| in floating point, at most (2n + 3) u (Σ|d| + n|δ| + Σ|d − δ|)
    unit = 8 * (d.size + 2) * np.finfo(float).eps
    size = float(np.abs(d).sum())

    def p_of(delta: float) -> float:
        shifted = d - delta
        spread = float(np.abs(shifted).sum())
        tolerance = _TOLERANCE * max(spread, 1.0)
        observed = abs(shifted.sum()) - tolerance
        statistic = np.abs(dot - delta * total)
        rounding = unit * (size + d.size * abs(delta) + spread)
        if flips is not None and (np.abs(statistic - observed) <= rounding).any():
            statistic = np.abs(flips @ shifted)
        return float(np.mean(statistic >= observed))

    return len(dot), p_of


def _inverted(d: np.ndarray, accepted: Callable[[float], bool]) -> tuple[float, float]:
    """Bounds of the accepted shifts around the mean (accepted: p = 1 there). Each bound
    is searched between an accepted and a rejected shift; 0 serves as either when it
    lies on that side of the mean, so the interval contains 0 exactly when 0 is
    accepted. Beyond the extreme changes only the two all-equal patterns remain, which
    the level rejects whenever the test is decidable."""
    mean, spread = float(d.mean()), float(d.max() - d.min()) + 1.0
    zero_accepted = accepted(0.0)
    bounds = []
    for side, far in ((-1, float(d.min()) - spread), (1, float(d.max()) + spread)):
        inside, outside = mean, far
        if side * (0.0 - mean) > 0:  # 0 lies on this side of the mean
            if zero_accepted:
                inside = 0.0
            else:
                outside = 0.0
        for _ in range(_STEPS):
            middle = (inside + outside) / 2
            if accepted(middle):
                inside = middle
            else:
                outside = middle
        bounds.append(inside)
    return bounds[0], bounds[1]


def swap_margin(observed: float, null: np.ndarray, level: float) -> dict:
    """p-value and margin of a change tested against the changes of other patterns.

    ``null`` holds the statistic of every pattern but the one observed (no swap).
    p = (1 + #{|null| ≥ |observed|}) / (1 + len(null)). The margin q is the smallest
    value such that |observed| > q exactly when p ≤ 1 − ``level``, so the interval
    observed ± q excludes 0 exactly when the change is ``significant``; ``margin`` is
    ``None`` when no result could reach the level.

    >>> out = swap_margin(0.3, np.array([0.1, -0.05, 0.2, -0.1] * 10), 0.95)
    >>> round(out["p_value"], 3), round(out["margin"], 6), out["significant"]
    (0.024, 0.2, True)
    """
    size = np.abs(np.asarray(null, dtype=float))
    total = 1 + len(size)
    reached = int((size >= abs(observed) - _TOLERANCE).sum())
    p = (1 + reached) / total
    allowed = int(np.floor((1 - level) * total + 1e-9)) - 1  # null values allowed above
    if allowed < 0:
        return {"p_value": p, "margin": None, "significant": False}
    ordered = np.sort(size)[::-1]
    margin = float(ordered[allowed]) + _TOLERANCE if allowed < len(ordered) else 0.0
    return {"p_value": p, "margin": margin, "significant": bool(abs(observed) > margin)}
