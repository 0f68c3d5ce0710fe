"""Trust between groups: the inter-group matrix, cohesion, E-I index, coach favouritism."""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from alliance_graph.metrics._ties import ties_of
from alliance_graph.metrics.alliance import UNGROUPED, balance_group

__all__ = ["coach_favouritism", "ei_index", "group_matrix", "group_table", "nested"]


def _tie_frame(G: nx.DiGraph, grouping=None, left_out=frozenset()) -> pd.DataFrame:
    """Ties as group labels (``source``, ``target``), ``t`` and ``s``; ties from or to a
    node of ``left_out`` are dropped."""
    ties = ties_of(G)
    label = grouping or (lambda a: str(a.get("group") or UNGROUPED))
    groups = np.array([label(G.nodes[node]) for node in ties.nodes], dtype=object)
    frame = pd.DataFrame(
        {"source": groups[ties.rows], "target": groups[ties.cols], "t": ties.t, "s": ties.s}
    )
    if left_out:
        out = np.array([node in left_out for node in ties.nodes], dtype=bool)
        frame = frame[~(out[ties.rows] | out[ties.cols])]
    return frame


def group_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The one aggregation of ties by group pair, for every group matrix of the package.

    ``frame`` has a row per tie with its groups ``source`` and ``target`` and its strength
    ``t``, and optionally its sign value ``s`` and its ``rater``. The result has a row per
    (source, target) pair with ``mean`` (mean strength), ``ties`` and, when the columns
    are given, ``sign`` (mean sign value) and ``raters`` (distinct raters).

    >>> frame = pd.DataFrame({"source": ["X", "X", "X"], "target": ["X", "Y", "Y"],
    ...                       "t": [1.0, 0.5, 0.0], "rater": ["a", "a", "b"]})
    >>> group_table(frame).to_dict("index")[("X", "Y")]
    {'mean': 0.25, 'ties': 2, 'raters': 2}
    """
    columns = {"mean": ("t", "mean"), "ties": ("t", "size")}
    if "s" in frame.columns:
        columns["sign"] = ("s", "mean")
    if "rater" in frame.columns:
        columns["raters"] = ("rater", "nunique")
    return frame.groupby(["source", "target"]).agg(**columns)


def nested(table: pd.DataFrame, names: dict[str, str] | None = None) -> dict[str, Any]:
    """``{source: {target: {column: value}}}`` from a :func:`group_table`, with Python
    numbers; ``names`` renames columns (``{"ties": "n"}``)."""
    names = names or {}
    keys = [names.get(c, c) for c in table.columns]
    matrix: dict[str, dict[str, dict[str, Any]]] = {}
    for (source, target), *values in zip(table.index, *(table[c] for c in table.columns)):
        cell = {
            k: int(v) if k in ("ties", "n", "raters") else float(v) for k, v in zip(keys, values)
        }
        matrix.setdefault(str(source), {})[str(target)] = cell
    return matrix


def group_matrix(G: nx.DiGraph) -> dict[str, dict[str, dict[str, Any]]]:
    """M[G][H] = mean strength t of the ties from members of G to members of H, with the
    number of ties ``n``; ``cohesion`` of G is M[G][G]. Groups are register groups.

    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("a", {"group": "X"}), ("b", {"group": "X"}), ("c", {"group": "Y"})])
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("a", "c", strength=0.5, sign=0.0)
    >>> G.add_edge("b", "c", strength=0.0, sign=-1.0)
    >>> group_matrix(G)["X"]
    {'X': {'mean': 1.0, 'n': 1}, 'Y': {'mean': 0.25, 'n': 2}}
    """
    frame = _tie_frame(G)
    if frame.empty:
        return {}
    return nested(group_table(frame[["source", "target", "t"]]), {"ties": "n"})


def ei_index(G: nx.DiGraph, *, coach: str | None = None) -> dict[str, Any]:
    """Krackhardt & Stern's E-I index of positive ties (s > 0), per group and overall,
    over stakeholder-to-stakeholder ties.

    EI = (E − I)/(E + I), E the positive ties from a group's members to other groups,
    I those within the group: −1 all inward (a closed camp), +1 all outward. ``None``
    for a group whose members give no positive tie. The coach (the node ``coach`` and
    any node whose role is ``coach``) is left out with every tie to or from them: the
    coach's ties have their own figures (the alliance), and counted here they would pull
    every group towards +1. Stakeholders without a group are left out too.

    References
    ----------
    Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises:
    an experimental simulation. *Social Psychology Quarterly* 51(2), 123–140.

    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("a", {"group": "X"}), ("b", {"group": "X"}), ("c", {"group": "Y"})])
    >>> G.add_edge("a", "b", strength=1.0, sign=1.0)
    >>> G.add_edge("a", "c", strength=1.0, sign=1.0)
    >>> G.add_edge("c", "a", strength=1.0, sign=1.0)
    >>> G.add_edge("k", "a", strength=1.0, sign=1.0)  # the coach: not counted
    >>> ei_index(G, coach="k")
    {'overall': 0.3333333333333333, 'groups': {'X': 0.0, 'Y': 1.0}}
    """
    coaches = {
        node for node, a in G.nodes(data=True) if a.get("role") == "coach" or _same(node, coach)
    }
    frame = _tie_frame(G, left_out=frozenset(coaches))
    frame = frame[
        (frame["s"] > 0) & (frame["source"] != UNGROUPED) & (frame["target"] != UNGROUPED)
    ]
    external = frame["source"] != frame["target"]
    per_group = external.groupby(frame["source"]).agg(["sum", "size"])
    known = sorted(
        {str(a["group"]) for n, a in G.nodes(data=True) if a.get("group") and n not in coaches}
    )
    groups: dict[str, float | None] = dict.fromkeys(known)
    for group, outward, size in zip(per_group.index, per_group["sum"], per_group["size"]):
        groups[str(group)] = float((2 * outward - size) / size)
    overall = float((2 * external.sum() - len(frame)) / len(frame)) if len(frame) else None
    return {"overall": overall, "groups": groups}


def _same(node: Any, coach: str | None) -> bool:
    return coach is not None and str(node) == str(coach)


def coach_favouritism(G: nx.DiGraph, coach: str) -> dict[str, dict[str, Any]]:
    """Share of the coach's positive ties going to each balance group, against that
    group's share of the stakeholders; ``ratio`` > 1 means favoured.

    ratio(G) = (positive coach ties to G / all positive coach ties) /
    (stakeholders in G / all stakeholders other than the coach); ``None`` when the coach
    has no positive tie.

    >>> G = nx.DiGraph()
    >>> G.add_nodes_from([("c", {"role": "coach"}), ("s", {"role": "sponsor"}),
    ...                   ("a", {"group": "X"}), ("b", {"group": "X"})])
    >>> G.add_edge("c", "s", strength=1.0, sign=1.0)
    >>> G.add_edge("c", "a", strength=0.0, sign=-1.0)
    >>> coach_favouritism(G, "c")["sponsor"]
    {'share_of_ties': 1.0, 'share_of_stakeholders': 0.3333333333333333, 'ratio': 3.0}
    """
    others = [k for k in G.nodes if k != coach]
    members = pd.Series([balance_group(G.nodes[k]) for k in others], index=others, dtype=object)
    positive = (
        [k for k in G.successors(coach) if G.edges[coach, k]["sign"] > 0] if coach in G else []
    )
    ties = members[positive].value_counts() if positive else pd.Series(dtype=int)
    sizes = members.value_counts()
    result = {}
    for group in sorted(sizes.index):
        share_people = sizes[group] / len(others)
        share_ties = ties.get(group, 0) / len(positive) if positive else None
        result[str(group)] = {
            "share_of_ties": None if share_ties is None else float(share_ties),
            "share_of_stakeholders": float(share_people),
            "ratio": None if share_ties is None else float(share_ties / share_people),
        }
    return result
