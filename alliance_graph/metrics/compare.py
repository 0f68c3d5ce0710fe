"""Comparing waves: every headline delta, intervals, tie changes, QAP and Jaccard per pair."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import networkx as nx

from alliance_graph.errors import WaveNotFoundError
from alliance_graph.metrics import catalogue
from alliance_graph.metrics.alliance import alliance_balance, coach_directions, one_direction
from alliance_graph.metrics.catalogue import shown_in
from alliance_graph.metrics.change import tie_changes
from alliance_graph.metrics.change_tests import change_intervals
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.qap import jaccard_index, qap_correlation

__all__ = ["JACCARD_WARNING", "comparable_alliances", "compare_waves", "wave_pairs"]

#: Under this Jaccard index of positive ties, two waves are hard to compare.
JACCARD_WARNING = 0.2


def wave_pairs(
    waves: list[str], first: str | None = None, last: str | None = None
) -> list[tuple[str, str]]:
    """Consecutive pairs and first → last, or the one pair ``first`` → ``last`` when given.

    >>> wave_pairs(["T1", "T2", "T3"])
    [('T1', 'T2'), ('T2', 'T3'), ('T1', 'T3')]
    """
    for wave in (first, last):
        if wave is not None and wave not in waves:
            raise WaveNotFoundError(f"no wave {wave!r}; waves are {', '.join(waves) or 'none'}")
    if first is not None or last is not None:
        a, b = first or waves[0], last or waves[-1]
        if waves.index(a) >= waves.index(b):
            raise ValueError(
                f"--from {a!r} must come before --to {b!r} (waves: {', '.join(waves)})"
            )
        return [(a, b)]
    pairs = list(pairwise(waves))
    if len(waves) > 2:
        pairs.append((waves[0], waves[-1]))
    return pairs


def compare_waves(
    graphs: dict[str, nx.DiGraph],
    figures: dict[str, dict[str, Any]],
    pairs: list[tuple[str, str]],
    *,
    patterns: int = PATTERNS,
    permutations: int = 1000,
    seed: int = 0,
    threshold: float = 0.1,
    min_group_size: int = 3,
) -> dict[str, dict[str, Any]]:
    """What changed for each pair of waves, keyed ``"<a>-><b>"``.

    ``figures[wave]`` is that wave's metrics as plain data (``WaveMetrics.to_dict()``
    sections). Stakeholders compared are those of both waves.
    """
    return {
        f"{a}->{b}": _pair(
            (a, b),
            graphs[a],
            graphs[b],
            figures[a],
            figures[b],
            patterns=patterns,
            permutations=permutations,
            seed=seed,
            threshold=threshold,
            min_group_size=min_group_size,
        )
        for a, b in pairs
    }


def _pair(
    labels: tuple[str, str],
    before: nx.DiGraph,
    after: nx.DiGraph,
    a: dict[str, Any],
    b: dict[str, Any],
    *,
    patterns: int,
    permutations: int,
    seed: int,
    threshold: float,
    min_group_size: int,
) -> dict[str, Any]:
    nodes = sorted(set(before.nodes) & set(after.nodes), key=str)
    r, p = qap_correlation(before, after, nodes, permutations=permutations, seed=seed)
    jaccard, hamming = jaccard_index(before, after, nodes)
    ties = tie_changes(before, after, threshold=threshold)
    basis = comparable_alliances(before, after, a["alliance"], b["alliance"])
    a = {**a, "alliance": basis["before"]}
    b = {**b, "alliance": basis["after"]}
    intervals = None
    if a["alliance"] is not None and b["alliance"] is not None:
        intervals = change_intervals(
            a["alliance"],
            b["alliance"],
            patterns=patterns,
            seed=seed,
            min_group_size=min_group_size,
        )
    balance = intervals["balance_index"] if intervals else {}
    return {
        "alliance_basis": basis["basis"],
        "coach_skipped": _label(basis["coach_skipped"], labels),
        "stakeholders_skipped": _label(basis["stakeholders_skipped"], labels),
        "qap_correlation": r,
        "qap_p_value": p,
        "jaccard": jaccard,
        "hamming": hamming,
        "hard_to_compare": jaccard is not None and jaccard < JACCARD_WARNING,
        "balance_index_delta": balance.get("delta"),
        "balance_index_ci_low": balance.get("ci_low"),
        "balance_index_ci_high": balance.get("ci_high"),
        "balance_index_p_value": balance.get("p_value"),
        "balance_index_decidable": balance.get("decidable", False),
        "balance_index_significant": balance.get("significant", False),
        "ties_gained": ties["gained"],
        "ties_lost": ties["lost"],
        "ties_strengthened": ties["strengthened"],
        "ties_weakened": ties["weakened"],
        "sign_flips": ties["sign_flips"],
        "joined": ties["joined"],
        "left": ties["left"],
        "stakeholders_compared": len(nodes),
        "deltas": {f.name: _delta(a, b, f.section, f.name) for f in shown_in("compare")},
        "groups": intervals["groups"] if intervals else {},
    }


def comparable_alliances(
    before: nx.DiGraph,
    after: nx.DiGraph,
    first: dict[str, Any] | None,
    second: dict[str, Any] | None,
) -> dict[str, Any]:
    """The two waves' alliance figures made comparable, and on what basis.

    An alliance is the mean of the directions rated, t(k → coach) and t(coach → k).
    When one direction was rated in one wave only (the coach skipped a wave's own
    ratings, or the stakeholders did), the alliances are recomputed on the directions
    rated in both waves (``basis``: ``"to_coach"`` or ``"from_coach"``; ``"both"``
    when nothing was skipped; ``None`` when no direction is common, and then the
    figures are ``None``). ``coach_skipped`` and ``stakeholders_skipped`` name the
    wave, ``"before"`` or ``"after"``, where that direction is missing.
    """
    out: dict[str, Any] = {
        "before": first,
        "after": second,
        "basis": None,
        "coach_skipped": None,
        "stakeholders_skipped": None,
    }
    if first is None or second is None:
        return out
    coach = first["coach"]
    rated = coach_directions(before, coach), coach_directions(after, coach)
    for direction, key in (("from_coach", "coach_skipped"), ("to_coach", "stakeholders_skipped")):
        if direction in rated[0] and direction not in rated[1]:
            out[key] = "after"
        elif direction in rated[1] and direction not in rated[0]:
            out[key] = "before"
    common = rated[0] & rated[1]
    if rated[0] == rated[1]:
        out["basis"] = "both" if len(common) == 2 else next(iter(common), None)
        return out
    if len(common) != 1:
        return {**out, "before": None, "after": None}
    (direction,) = common
    out.update(
        basis=direction,
        before=_redone(one_direction(before, coach, direction), coach),
        after=_redone(one_direction(after, coach, direction), coach),
    )
    return out


def _redone(G: nx.DiGraph, coach: str) -> dict[str, Any]:
    """The alliance figures of ``G``, those of the catalogue included."""
    return {**alliance_balance(G, coach), **catalogue.computed(G, coach)}


def _label(which: str | None, labels: tuple[str, str]) -> str | None:
    return None if which is None else labels[0] if which == "before" else labels[1]


def _delta(a: dict[str, Any], b: dict[str, Any], section: str, key: str) -> float | None:
    first, second = (a[section] or {}).get(key), (b[section] or {}).get(key)
    return second - first if first is not None and second is not None else None
