"""Bootstrap confidence intervals for group alliances and the balance index across waves.

The unit resampled is the stakeholder: within each group, members are drawn with
replacement (each draw carries both directions of that person's tie with the coach),
and the same draw serves both waves, so a change that everyone shares is not drowned
by the differences between people. Seeded, vectorised over all resamples at once.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from alliance_graph.metrics.alliance import balance_group

__all__ = ["change_intervals", "paired_samples"]


def _members(balance: dict[str, Any]) -> dict[str, dict[str, float]]:
    """``{group: {stakeholder: alliance}}`` for the stakeholders with an alliance value."""
    members: dict[str, dict[str, float]] = {}
    for person, record in balance["stakeholders"].items():
        if record["alliance"] is not None:
            group = balance_group({"role": record["role"], "group": record["group"]})
            members.setdefault(group, {})[person] = record["alliance"]
    return members


def paired_samples(
    before: dict[str, Any], after: dict[str, Any], resamples: int, rng: np.random.Generator
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Bootstrap replicates of each group's alliance A(G) in two waves, paired.

    In each group, stakeholders (of either wave) are drawn with replacement, and the
    same draw is used for both waves: someone drawn twice counts twice in both. A
    replicate's A(G) is the mean over the drawn members who have a value in that wave
    (NaN when none has). ``before``/``after`` are
    :func:`~alliance_graph.metrics.alliance.alliance_balance` results.
    """
    first, second = _members(before), _members(after)
    samples: tuple[dict[str, np.ndarray], dict[str, np.ndarray]] = ({}, {})
    for group in sorted(set(first) | set(second)):
        a, b = first.get(group, {}), second.get(group, {})
        people = sorted(set(a) | set(b))
        picks = rng.integers(0, len(people), size=(resamples, len(people)))
        for values, out in ((a, samples[0]), (b, samples[1])):
            if values:
                column = np.array([values.get(p, np.nan) for p in people])[picks]
                with np.errstate(invalid="ignore"), warnings.catch_warnings():
                    warnings.simplefilter("ignore", RuntimeWarning)
                    out[group] = np.nanmean(column, axis=1)
    return samples


def _balance_replicates(samples: dict[str, np.ndarray]) -> np.ndarray | None:
    """Balance index B of every replicate (NaN where undefined), from sorted values."""
    if len(samples) < 2:
        return None
    x = np.sort(np.column_stack(list(samples.values())), axis=1)
    m = x.shape[1]
    totals = x.sum(axis=1)
    ranks = 2 * np.arange(1, m + 1) - m - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        gini = (x @ ranks) / (m * totals)
    return np.where(totals > 0, 1 - np.maximum(gini, 0) * m / (m - 1), np.nan)


def change_intervals(
    before: dict[str, Any],
    after: dict[str, Any],
    *,
    resamples: int = 1000,
    seed: int = 0,
    level: float = 0.95,
    min_group_size: int = 3,
) -> dict[str, Any]:
    """Changes of each group's alliance and of the balance index, with bootstrap intervals.

    Stakeholders are resampled as pairs across the two waves (:func:`paired_samples`);
    the interval of a difference is the central ``level`` share of the replicate
    differences (percentile method). A change is
    ``significant`` only when that interval excludes 0; each wave's own interval of
    A(G) is given too (``before_ci_low`` …). Groups with fewer than
    ``min_group_size`` members in either wave get no interval (``None``) and are never
    significant: one person's answer is not a trend.

    References
    ----------
    Efron, B. & Tibshirani, R. J. (1993). *An Introduction to the Bootstrap*. Chapman &
    Hall, ch. 13 (percentile intervals).
    """
    rng = np.random.default_rng(seed)
    first, second = paired_samples(before, after, resamples, rng)
    tail = (1 - level) / 2 * 100
    groups = {}
    for group in sorted(set(before["groups"]) | set(after["groups"])):
        a, b = before["groups"].get(group), after["groups"].get(group)
        record: dict[str, Any] = {
            "before": a["alliance"] if a else None,
            "after": b["alliance"] if b else None,
            "n_before": a["n"] if a else 0,
            "n_after": b["n"] if b else 0,
            "delta": b["alliance"] - a["alliance"] if a and b else None,
            "before_ci_low": None,
            "before_ci_high": None,
            "after_ci_low": None,
            "after_ci_high": None,
            "ci_low": None,
            "ci_high": None,
            "significant": False,
        }
        if a and b and min(a["n"], b["n"]) >= min_group_size:
            differences = second[group] - first[group]
            low, high = np.percentile(differences[~np.isnan(differences)], [tail, 100 - tail])
            for name, samples in (("before", first[group]), ("after", second[group])):
                kept = samples[~np.isnan(samples)]
                lo, hi = np.percentile(kept, [tail, 100 - tail])
                record[f"{name}_ci_low"], record[f"{name}_ci_high"] = float(lo), float(hi)
            record.update(
                ci_low=float(low), ci_high=float(high), significant=bool(low > 0 or high < 0)
            )
        groups[group] = record
    return {"groups": groups, "balance_index": _balance_change(before, after, first, second, tail)}


def _balance_change(
    before: dict[str, Any],
    after: dict[str, Any],
    first: dict[str, np.ndarray],
    second: dict[str, np.ndarray],
    tail: float,
) -> dict[str, Any]:
    a, b = before["balance_index"], after["balance_index"]
    record: dict[str, Any] = {
        "before": a,
        "after": b,
        "delta": b - a if a is not None and b is not None else None,
        "ci_low": None,
        "ci_high": None,
        "significant": False,
    }
    x, y = _balance_replicates(first), _balance_replicates(second)
    if record["delta"] is None or x is None or y is None:
        return record
    differences = (y - x)[~np.isnan(y - x)]
    if len(differences):
        low, high = np.percentile(differences, [tail, 100 - tail])
        record.update(ci_low=float(low), ci_high=float(high), significant=bool(low > 0 or high < 0))
    return record
