"""The alliance on one dimension of the survey alone, such as "agreement on goals".

The alliance level (:mod:`~alliance_graph.metrics.alliance`) averages every dimension
of a tie. Coaches also follow one dimension by itself: the agreement on goals is what the
objectives agreed at the kick-off rest on (Bordin's working alliance: goals, tasks, bond).
The same formulas on the ratings of that dimension only give

    A_d(k) = mean of t_d(k → coach), t_d(coach → k) where rated,
    A_d(G) = mean of A_d(k) over the members of G,    level_d = mean of A_d(G) over G,

with t_d a tie's strength on dimension d (``strength_<d>`` of the wave graph). A_d(G),
the group's alliance on d alone, is shown beside its alliance A(G) on every dimension.

References
----------
Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working
alliance. *Psychotherapy: Theory, Research & Practice* 16(3), 252–260.
"""

from __future__ import annotations

from collections.abc import Collection

import networkx as nx

from alliance_graph.metrics.alliance import alliance_balance, balance_group, group_summary

__all__ = ["dimension_alliances", "dimension_level", "goals_alliances", "goals_level"]


def dimension_alliances(
    G: nx.DiGraph,
    coach: str,
    dimension: str,
    *,
    groups: Collection[str] | None = None,
    min_raters: int = 0,
) -> dict[str, float]:
    """The coach's alliance with each balance group on the ratings of ``dimension``
    alone: {group: A_d(G)}, for the groups that have a tie with the coach on it.

    Only ``groups`` are kept when given, and only groups with at least ``min_raters``
    members who rated the coach on that dimension (the shared version's K). Empty when
    no group has a tie on that dimension (the survey does not ask it).

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_nodes_from([("a", {"group": "X"}), ("b", {"group": "X"}), ("d", {"group": "Y"})])
    >>> G.add_edge("a", "c", strength=0.5, strength_goals=1.0)
    >>> G.add_edge("c", "a", strength=0.5, strength_goals=0.5)
    >>> G.add_edge("b", "c", strength=0.5, strength_goals=0.0)
    >>> G.add_edge("d", "c", strength=0.5)
    >>> dimension_alliances(G, "c", "goals")  # X: mean of a (0.75) and b (0.0)
    {'X': 0.375}
    >>> dimension_alliances(G, "c", "goals", min_raters=3), dimension_alliances(G, "c", "listening")
    ({}, {})
    """
    weight = f"strength_{dimension}"
    H = nx.DiGraph()
    H.add_nodes_from(G.nodes(data=True))
    coach_ties = [*G.in_edges(coach, data=True), *G.out_edges(coach, data=True)]
    H.add_edges_from((u, v, {weight: d[weight]}) for u, v, d in coach_ties if weight in d)
    result = alliance_balance(H, coach, weight)
    raters: dict[str, int] = {}
    for person, _ in H.in_edges(coach):
        group = balance_group(H.nodes[person])
        raters[group] = raters.get(group, 0) + 1
    return {
        g: r["alliance"]
        for g, r in result["groups"].items()
        if (groups is None or g in groups) and raters.get(g, 0) >= min_raters
    }


def dimension_level(
    G: nx.DiGraph,
    coach: str,
    dimension: str,
    *,
    groups: Collection[str] | None = None,
    min_raters: int = 0,
) -> float | None:
    """The alliance level on ``dimension`` alone: the mean over the balance groups of the
    coach's alliance on the ratings of that dimension (:func:`dimension_alliances`, whose
    ``groups`` and ``min_raters`` it takes). ``None`` when no group has a tie on that
    dimension (the survey does not ask it).

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_nodes_from([("a", {"group": "X"}), ("b", {"group": "Y"})])
    >>> G.add_edge("a", "c", strength=0.5, strength_goals=1.0)
    >>> G.add_edge("c", "a", strength=0.5, strength_goals=0.5)
    >>> G.add_edge("b", "c", strength=0.5)
    >>> dimension_level(G, "c", "goals"), dimension_level(G, "c", "listening")
    (0.75, None)
    """
    values = dimension_alliances(G, coach, dimension, groups=groups, min_raters=min_raters)
    return group_summary(values)["level"]


def goals_alliances(
    G: nx.DiGraph,
    coach: str,
    *,
    groups: Collection[str] | None = None,
    min_raters: int = 0,
) -> dict[str, float]:
    """The coach's alliance with each balance group on the "agreement on goals"
    dimension (``goals``) alone (:func:`dimension_alliances`).

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_node("s", role="sponsor")
    >>> G.add_edge("s", "c", strength=0.9, strength_goals=0.25)
    >>> goals_alliances(G, "c")
    {'sponsor': 0.25}
    """
    return dimension_alliances(G, coach, "goals", groups=groups, min_raters=min_raters)


def goals_level(
    G: nx.DiGraph,
    coach: str,
    *,
    groups: Collection[str] | None = None,
    min_raters: int = 0,
) -> float | None:
    """The alliance level on the "agreement on goals" dimension (``goals``) alone.

    >>> G = nx.DiGraph()
    >>> G.add_node("c", role="coach")
    >>> G.add_node("s", role="sponsor")
    >>> G.add_edge("s", "c", strength=0.9, strength_goals=0.25)
    >>> goals_level(G, "c")
    0.25
    """
    return dimension_level(G, coach, "goals", groups=groups, min_raters=min_raters)
