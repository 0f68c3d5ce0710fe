"""Coach-centred alliance balance: is any alliance favoured at the expense of others?

alliance(k) is the mean of the strengths t(k → coach) and t(coach → k) that exist;
the sponsor and the coachee each form a group of their own (``sponsor``, ``coachee``),
everyone else is grouped by their register group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import networkx as nx
import numpy as np

__all__ = [
    "UNGROUPED",
    "alliance_balance",
    "balance_group",
    "balance_index",
    "coach_directions",
    "gini",
    "group_summary",
    "one_direction",
]

#: The group key of stakeholders whose group is unknown.
UNGROUPED = "(no group)"


def gini(values: Sequence[float]) -> float | None:
    """Gini coefficient G = Σᵢ Σⱼ |xᵢ − xⱼ| / (2 m² x̄); ``None`` when empty or x̄ = 0.

    Computed from the sorted values, Σᵢ (2i − m − 1) x₍ᵢ₎ / (m Σ x), in O(m log m).

    >>> gini([1.0, 1.0]), gini([1.0, 0.0])
    (0.0, 0.5)
    """
    x = np.sort(np.asarray(values, dtype=float))
    m = len(x)
    if not m or x.sum() <= 0:
        return None
    ranks = 2 * np.arange(1, m + 1) - m - 1
    return float(max(ranks @ x / (m * x.sum()), 0.0))


def balance_index(values: Sequence[float]) -> float | None:
    """Alliance balance index B = 1 − Gini · m/(m − 1) over m ≥ 2 values.

    1 when all values are equal, 0 when one holds everything; ``None`` with fewer than
    two values or a zero mean (undefined, never guessed).

    >>> balance_index([0.8, 0.8, 0.8]), balance_index([0.9, 0.0]), balance_index([0.5])
    (1.0, 0.0, None)
    """
    m = len(values)
    g = gini(values)
    if m < 2 or g is None:
        return None
    return 1 - g * m / (m - 1)


def balance_group(attributes: dict[str, Any]) -> str:
    """The group a stakeholder counts in for the balance: ``sponsor``, ``coachee``, or
    their register group (:data:`UNGROUPED` when unknown)."""
    role = attributes.get("role")
    if role in ("sponsor", "coachee"):
        return str(role)
    return str(attributes.get("group") or UNGROUPED)


def alliance_balance(G: nx.DiGraph, coach: str, weight: str = "strength") -> dict[str, Any]:
    """Every figure of the coach-centred balance for one wave.

    Returns ``stakeholders`` ({id: alliance, coach_gap, group, role}), ``groups``
    ({group: alliance A(G), n}), ``level`` (mean of A(G)), ``balance_index`` (B over the
    groups), ``individual_balance_index`` (B over the stakeholders), ``gap``
    (max A − min A) with ``strongest_group`` and ``weakest_group``, and
    ``sponsor_dominance`` (A(sponsor) − mean A of the other groups). The coach gap is
    g(k) = t(coach → k) − t(k → coach): positive when the coach overestimates the
    relationship. Undefined figures are ``None``.

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_node("s", role="sponsor", group="Board")
    >>> G.add_node("m", group="Team")
    >>> G.add_edge("s", "c", strength=1.0)
    >>> G.add_edge("c", "s", strength=0.5)
    >>> G.add_edge("m", "c", strength=0.25)
    >>> result = alliance_balance(G, "c")
    >>> result["groups"], result["sponsor_dominance"]
    ({'Team': {'alliance': 0.25, 'n': 1}, 'sponsor': {'alliance': 0.75, 'n': 1}}, 0.5)
    """
    people = {k: _alliance(G, coach, k, weight) for k in sorted(G.nodes, key=str) if k != coach}
    for k, record in people.items():
        record["group"] = G.nodes[k].get("group")
        record["role"] = G.nodes[k].get("role", "stakeholder")
    members: dict[str, list[float]] = {}
    for k, record in people.items():
        if record["alliance"] is not None:
            members.setdefault(balance_group(G.nodes[k]), []).append(record["alliance"])
    groups = {g: {"alliance": float(np.mean(v)), "n": len(v)} for g, v in sorted(members.items())}
    values = {g: r["alliance"] for g, r in groups.items()}
    individual = [r["alliance"] for r in people.values() if r["alliance"] is not None]
    return {
        "coach": coach,
        **group_summary(values),
        "individual_balance_index": balance_index(individual),
        "sponsor_dominance": _dominance(values),
        "groups": groups,
        "stakeholders": people,
    }


def _alliance(G: nx.DiGraph, coach: str, k: str, weight: str) -> dict[str, Any]:
    to_coach = G.edges[k, coach][weight] if G.has_edge(k, coach) else None
    from_coach = G.edges[coach, k][weight] if G.has_edge(coach, k) else None
    known = [t for t in (to_coach, from_coach) if t is not None]
    return {
        "alliance": float(np.mean(known)) if known else None,
        "coach_gap": (
            from_coach - to_coach if from_coach is not None and to_coach is not None else None
        ),
        "to_coach": to_coach,
        "from_coach": from_coach,
    }


def group_summary(values: dict[str, float]) -> dict[str, Any]:
    """``level`` (mean A(G)), ``balance_index``, ``gap`` with ``strongest_group`` and
    ``weakest_group``, over the group alliances ``values`` (``None`` when undefined).

    >>> group_summary({"A": 0.8, "B": 0.4})["gap"]
    0.4
    """
    return {
        "level": float(np.mean(list(values.values()))) if values else None,
        "balance_index": balance_index(list(values.values())),
        **_gap(values),
    }


def _gap(values: dict[str, float]) -> dict[str, Any]:
    if len(values) < 2:
        return {"gap": None, "strongest_group": None, "weakest_group": None}
    strongest = min(values, key=lambda g: (-values[g], g))
    weakest = min(values, key=lambda g: (values[g], g))
    return {
        "gap": values[strongest] - values[weakest],
        "strongest_group": strongest,
        "weakest_group": weakest,
    }


def _dominance(values: dict[str, float]) -> float | None:
    others = [v for g, v in values.items() if g != "sponsor"]
    if "sponsor" not in values or not others:
        return None
    return values["sponsor"] - float(np.mean(others))


def coach_directions(G: nx.DiGraph, coach: str) -> frozenset[str]:
    """The directions of the coach's ties rated in ``G``: ``"to_coach"`` (stakeholders
    rated the coach), ``"from_coach"`` (the coach rated stakeholders).

    >>> G = nx.DiGraph([("a", "c")])
    >>> sorted(coach_directions(G, "c"))
    ['to_coach']
    """
    if coach not in G:
        return frozenset()
    found = {"to_coach": G.in_degree(coach) > 0, "from_coach": G.out_degree(coach) > 0}
    return frozenset(d for d, rated in found.items() if rated)


def one_direction(G: nx.DiGraph, coach: str, direction: str) -> nx.DiGraph:
    """``G`` without the coach's ties of the other direction, so that two waves where
    only ``direction`` was rated in both are compared like with like."""
    H = G.copy()
    if direction == "to_coach":
        H.remove_edges_from(list(G.out_edges(coach)))
    else:
        H.remove_edges_from(list(G.in_edges(coach)))
    return H
