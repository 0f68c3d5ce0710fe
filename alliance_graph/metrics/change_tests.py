"""Is a change between two waves real? Group alliances and the balance index, tested.

The unit is the stakeholder, compared with themself: a group's change is tested on
the people who have an alliance value in both waves (``n_paired``) by an exact
sign-flip test (:func:`~alliance_graph.metrics.permutation.sign_flip_test`); people who
answered in one wave only count in that wave's figure but not in the test. The balance
index is tested by swapping each paired person's two values (all patterns, or a seeded
sample), which also swaps the sponsor's and the coachee's: a change that rests on those
one-person groups alone can never be called real. Both tests hold their 5 % level at
every group size, as ``benchmarks/calibration.py`` shows by simulation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import scipy.sparse as sp

from alliance_graph.metrics.alliance import balance_group
from alliance_graph.metrics.permutation import (
    EXACT_LIMIT,
    PATTERN_BUDGET,
    PATTERNS,
    sign_flip_test,
    sign_pattern_blocks,
    swap_margin,
)

__all__ = ["UNTESTED", "change_intervals", "paired_test"]


def _members(balance: dict[str, Any]) -> dict[str, dict[str, float]]:
    """``{group: {stakeholder: alliance}}`` for the stakeholders with an alliance value."""
    members: dict[str, dict[str, float]] = {}
    for person, record in balance["stakeholders"].items():
        if record["alliance"] is not None:
            group = balance_group({"role": record["role"], "group": record["group"]})
            members.setdefault(group, {})[str(person)] = record["alliance"]
    return members


def change_intervals(
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    patterns: int = PATTERNS,
    seed: int = 0,
    level: float = 0.95,
    min_group_size: int = 3,
) -> dict[str, Any]:
    """Changes of each group's alliance and of the balance index, tested.

    ``before``/``after`` are :func:`~alliance_graph.metrics.alliance.alliance_balance`
    results. Per group: ``delta`` = A_after − A_before; over the ``n_paired`` people
    rated in both waves, ``paired_delta`` (their mean change), the sign-flip
    ``p_value`` and the interval ``ci_low``…``ci_high`` of the mean change that agrees
    with it; ``significant`` when p ≤ 1 − ``level``. A group with fewer than
    ``min_group_size`` people in either wave, or paired, is not tested (``None``) and
    never significant: one person's answer is not a trend. ``decidable`` is false when
    even a unanimous change could not reach the level (five people or fewer at 95 %).

    References
    ----------
    Good, P. (2005). *Permutation, Parametric and Bootstrap Tests of Hypotheses*,
    3rd ed., Springer, section 3.1.
    """
    first, second = _members(before), _members(after)
    groups = {
        group: _group_change(
            before["groups"].get(group),
            after["groups"].get(group),
            first.get(group, {}),
            second.get(group, {}),
            level=level,
            patterns=patterns,
            seed=seed,
            min_group_size=min_group_size,
        )
        for group in sorted(set(before["groups"]) | set(after["groups"]))
    }
    balance = _balance_change(before, after, first, second, level, patterns, seed)
    return {"groups": groups, "balance_index": balance}


def _group_change(
    a: dict[str, Any] | None,
    b: dict[str, Any] | None,
    first: dict[str, float],
    second: dict[str, float],
    *,
    level: float,
    patterns: int,
    seed: int,
    min_group_size: int,
) -> dict[str, Any]:
    paired = sorted(set(first) & set(second))
    record: dict[str, Any] = {
        "before": a["alliance"] if a else None,
        "after": b["alliance"] if b else None,
        "n_before": a["n"] if a else 0,
        "n_after": b["n"] if b else 0,
        "n_paired": len(paired),
        "delta": b["alliance"] - a["alliance"] if a and b else None,
        **UNTESTED,
    }
    if not a or not b or min(a["n"], b["n"], len(paired)) < min_group_size:
        return record
    changes = np.array([second[p] - first[p] for p in paired])
    return {**record, **paired_test(changes, level=level, patterns=patterns, seed=seed)}


#: The test's figures of a change that is not tested (too few people).
UNTESTED: dict[str, Any] = {
    "paired_delta": None,
    "p_value": None,
    "ci_low": None,
    "ci_high": None,
    "decidable": False,
    "significant": False,
}


def paired_test(changes: np.ndarray, *, level: float, patterns: int, seed: int) -> dict[str, Any]:
    """The keys of :data:`UNTESTED` for the paired changes ``changes`` (one per person):
    their mean, the exact sign-flip test and the interval that agrees with it."""
    test = sign_flip_test(changes, level=level, patterns=patterns, seed=seed)
    return {
        "paired_delta": test.mean,
        "p_value": test.p_value,
        "ci_low": test.ci_low,
        "ci_high": test.ci_high,
        "decidable": test.decidable,
        "significant": test.significant,
    }


def _balance_change(
    before: dict[str, Any],
    after: dict[str, Any],
    first: dict[str, dict[str, float]],
    second: dict[str, dict[str, float]],
    level: float,
    patterns: int,
    seed: int,
) -> dict[str, Any]:
    a, b = before["balance_index"], after["balance_index"]
    record: dict[str, Any] = {
        "before": a,
        "after": b,
        "delta": b - a if a is not None and b is not None else None,
        "p_value": None,
        "ci_low": None,
        "ci_high": None,
        "decidable": False,
        "significant": False,
    }
    if record["delta"] is None:
        return record
    paired = sorted(
        (group, person)
        for group, people in first.items()
        for person in people
        if person in second.get(group, {})
    )
    if not paired:
        return record
    changes = _swapped_changes(first, second, paired, patterns, seed)
    test = swap_margin(float(changes[0]), changes[1:], level)
    record["p_value"] = test["p_value"]
    if test["margin"] is not None and _decidable(len(paired), level):
        delta = record["delta"]
        record.update(  # B lies in [0, 1], so its change in [−1, 1]
            ci_low=max(delta - test["margin"], -1.0),
            ci_high=min(delta + test["margin"], 1.0),
            decidable=True,
            significant=test["significant"],
        )
    return record


def _decidable(paired: int, level: float) -> bool:
    """Whether a change could reach the level at all: with every pattern enumerated,
    swapping everyone mirrors the observed change, so p ≥ 2/2ⁿ."""
    return paired > EXACT_LIMIT or 2 / 2**paired <= 1 - level + 1e-12


def _swapped_changes(
    first: dict[str, dict[str, float]],
    second: dict[str, dict[str, float]],
    paired: list[tuple[str, str]],
    patterns: int,
    seed: int,
) -> np.ndarray:
    """B_after − B_before for every swap pattern of the ``paired`` (group, person); the
    first row is the pattern of no swap (the observed change), an undefined B gives
    ``inf`` (counted as extreme: the test stays conservative). The patterns come in
    blocks (:func:`~alliance_graph.metrics.permutation.sign_pattern_blocks`), so memory
    stays bounded whatever the number of people."""
    x = np.array([first[g][p] for g, p in paired])
    y = np.array([second[g][p] for g, p in paired])
    means_a, means_b = _group_means(first, paired), _group_means(second, paired)
    changes = []
    for flips in sign_pattern_blocks(len(paired), patterns=patterns, seed=seed):
        keep = flips > 0
        wave_a = means_a(np.where(keep, x, y))
        wave_b = means_b(np.where(keep, y, x))
        with np.errstate(invalid="ignore"):
            changes.append(np.nan_to_num(_balance_rows(wave_b) - _balance_rows(wave_a), nan=np.inf))
    return np.concatenate(changes)


def _group_means(
    members: dict[str, dict[str, float]], paired: list[tuple[str, str]]
) -> Callable[[np.ndarray], np.ndarray]:
    """A function giving each group's mean (columns, in sorted group order) for every
    pattern (rows of its argument): the paired people take the values given, the others
    keep their own value."""
    groups = sorted(members)
    column = {g: i for i, g in enumerate(groups)}
    columns = [column[g] for g, _ in paired]
    is_paired = set(paired)
    fixed = np.array(
        [sum(v for p, v in members[g].items() if (g, p) not in is_paired) for g in groups]
    )
    sizes = np.array([len(members[g]) for g in groups], dtype=float)
    if len(paired) * len(groups) <= PATTERN_BUDGET:
        where = np.zeros((len(paired), len(groups)))
        where[np.arange(len(paired)), columns] = 1.0
        return lambda values: (fixed + values @ where) / sizes
    sparse = sp.csr_array(
        (np.ones(len(paired)), (columns, np.arange(len(paired)))), shape=(len(groups), len(paired))
    )
    return lambda values: (fixed + (sparse @ values.T).T) / sizes


def _balance_rows(means: np.ndarray) -> np.ndarray:
    """Balance index B = 1 − Gini · m/(m − 1) of every row (``inf`` where undefined, so
    an undefined pattern counts as extreme: the test stays conservative)."""
    m = means.shape[1]
    if m < 2:
        return np.full(len(means), np.inf)
    x = np.sort(means, axis=1)
    totals = x.sum(axis=1)
    ranks = 2 * np.arange(1, m + 1) - m - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        gini = np.maximum((x @ ranks) / (m * totals), 0.0)
    return np.where(totals > 0, 1 - gini * m / (m - 1), np.inf)
