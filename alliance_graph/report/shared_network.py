"""The shared version's network: the coach in the centre and the groups on a circle, as
vis-network data and as the printed pictures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx
import numpy as np

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.shared import COACH
from alliance_graph.report.context_charts import network_pictures
from alliance_graph.report.network_view import network_data

__all__ = ["circle_layout", "group_order", "shared_network", "shared_pictures"]


def group_order(group: str) -> tuple[bool, str]:
    return (group == UNGROUPED, group.casefold())


def shared_network(
    graphs: dict[str, nx.DiGraph],
    colours: dict[str, str],
    k: int,
    t: Callable[..., str],
    num: Callable[..., str],
) -> dict[str, Any]:
    positions = circle_layout(graphs)
    sizes = {
        w: {str(n): {"trust_received": d.get("cohesion")} for n, d in G.nodes(data=True)}
        for w, G in graphs.items()
    }
    titles = {
        w: {str(n): _node_title(d, k, t, num) for n, d in G.nodes(data=True)}
        for w, G in graphs.items()
    }
    text = {
        "number": lambda v: num(v),
        "tie": t("shared.tip.tie"),
        "tie_single": t("shared.tip.coach_tie"),
        "received": "",
        "given": "",
        "not_rated": "",
        "roles": {},
    }
    return network_data(graphs, positions, sizes, colours, text, titles=titles)


def circle_layout(graphs: dict[str, nx.DiGraph], radius: float = 260.0) -> dict[str, Any]:
    """The coach in the centre and the groups evenly around, in a fixed order (the same
    in every wave): a handful of groups read best on a circle, and no seed is needed."""
    groups = sorted({str(n) for G in graphs.values() for n in G if n != COACH}, key=group_order)
    angles = np.pi / 2 - 2 * np.pi * np.arange(len(groups)) / max(len(groups), 1)
    positions = {
        g: (round(float(radius * np.cos(a)), 1), round(float(-radius * np.sin(a)), 1))
        for g, a in zip(groups, angles)
    }
    return {COACH: (0.0, 0.0), **positions}


def _node_title(d: dict[str, Any], k: int, t: Callable[..., str], num: Callable[..., str]) -> str:
    if d.get("role") == "coach":
        return d["name"]
    lines = [
        d["name"],
        t(
            "shared.tip.members" if d["members"] != 1 else "shared.tip.member",
            members=d["members"],
            raters=d.get("raters", 0),
        ),
    ]
    if not d.get("shown"):
        lines.append(t("shared.not_enough", needed=k))
    elif d.get("cohesion") is not None:
        lines.append(t("shared.tip.within", value=num(d["cohesion"])))
    return "\n".join(lines)


def shared_pictures(
    graphs: dict[str, nx.DiGraph], colours: dict[str, str], t: Callable[..., str]
) -> list[dict[str, str]]:
    sizes = {
        w: {str(n): {"trust_received": d.get("cohesion")} for n, d in G.nodes(data=True)}
        for w, G in graphs.items()
    }
    return network_pictures(graphs, circle_layout(graphs), sizes, colours, t, "shared.picture")
