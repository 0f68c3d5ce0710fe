"""The interactive network: per wave, the vis-network node data and the ties.

The only module that imports pyvis: pyvis shapes the node records and ships the
vis-network bundle that the report inlines. Its own HTML output is never used (it loads
scripts from CDNs and inserts headings unescaped). The ties are compact rows
(:mod:`.network_ties`) that the page's script turns into vis-network edges, so that it
can filter them. The layout, shared by every wave, is :mod:`.layout`'s.
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import networkx as nx

from alliance_graph.report.colours import NO_GROUP, PALETTE
from alliance_graph.report.colours import group_colours as group_colours
from alliance_graph.report.layout import SPECTRAL_STEPS as SPECTRAL_STEPS
from alliance_graph.report.layout import SPRING_LAYOUT_NODES as SPRING_LAYOUT_NODES
from alliance_graph.report.layout import stable_layout
from alliance_graph.report.network_ties import marked_first, tie_rows, tie_style

__all__ = [
    "INTERACTION",
    "MAX_VIEW_TIES",
    "PALETTE",
    "group_colours",
    "interaction_edges",
    "network_data",
    "network_picture_data",
    "stable_layout",
    "vis_bundle",
]

#: Colour of interaction ties (no sign: one hue, thicker when stronger).
INTERACTION = "#5B6B8C"
#: The view draws at most this many ties at once, the most marked, and says so.
MAX_VIEW_TIES = 3_000
_BUNDLE = ("lib", "vis-9.1.2", "vis-network.min.js")


def vis_bundle() -> str:
    """The vis-network JavaScript shipped inside pyvis, to inline in the report."""
    path = resources.files("pyvis")
    for part in _BUNDLE:
        path = path.joinpath(part)
    return path.read_text(encoding="utf-8")


def network_data(
    graphs: dict[str, nx.DiGraph],
    positions: dict[str, tuple[float, float]],
    trust: dict[str, dict[str, dict[str, Any]]],
    colours: dict[str, str],
    text: dict[str, Any],
    titles: dict[str, dict[str, str]] | None = None,
    coach: str | None = None,
) -> dict[str, Any]:
    """JSON-ready data for the report's network view.

    ``trust[wave][id]`` holds the node figures of the metrics (``trust_received``,
    ``raters``, ``name``, ``group``, ``role``, and for the coach's report ``alliance`` and
    ``coach_gap``); ``text`` holds translated tooltip pieces and a ``number`` function;
    ``titles[wave][id]``, when given, replaces the node tooltips. Nodes are static
    (position, colour, shape, full ``name``); size and tooltip are given per wave, and
    the ties per wave as the rows of :mod:`.network_ties` (indices into ``nodes``), each
    with its change since the wave before; ``total`` counts every tie of a wave,
    ``previous`` names the wave before, ``text`` the tie tooltips' sentences.
    """
    from pyvis.network import Network
    from pyvis.node import Node

    waves = list(graphs)
    everyone = sorted({str(n) for G in graphs.values() for n in G.nodes})
    index = {node: i for i, node in enumerate(everyone)}
    info = _node_info(graphs, trust)
    font = Network(directed=True).font_color
    nodes = []
    for node in everyone:  # Network.add_node searches a list per node: n² on 200,000
        attributes = info[node]
        x, y = positions.get(node, (0.0, 0.0))
        record = Node(
            node,
            _shape(attributes["role"]),
            label=_short(attributes["name"]),
            color=colours.get(attributes["group"] or "", NO_GROUP),
            font_color=font,
            x=x,
            y=y,
            team=attributes["group"] or "",  # not "group": pyvis would drop the colour
            role=attributes["role"],
            name=attributes["name"],
            borderWidth=4 if attributes["role"] in ("coach", "sponsor") else 1,
        )
        nodes.append(record.options)
    data: dict[str, Any] = {
        "waves": waves,
        "nodes": nodes,
        "sizes": {},
        "titles": {},
        "ties": {},
        "total": {},
        "previous": {},
        "max_ties": MAX_VIEW_TIES,
        "text": {k: text[k] for k in ("tie", "tie_single", "change") if k in text},
    }
    before = None
    for wave, G in graphs.items():
        figures = trust.get(wave, {})
        data["sizes"][wave] = {n: _size(figures.get(n, {}).get("trust_received")) for n in everyone}
        data["titles"][wave] = (titles or {}).get(wave) or {
            n: _node_title(info[n], figures.get(n), text) for n in everyone
        }
        old = graphs[before] if before is not None and "change" in text else None
        data["ties"][wave] = tie_rows(G, index, text["number"], before=old, coach=coach)
        data["total"][wave] = G.number_of_edges()
        data["previous"][wave] = before
        before = wave
    return data


def interaction_edges(
    ties: Any, nodes: set[str], names: dict[str, str], text: dict[str, Any]
) -> dict[str, list[dict[str, Any]]]:
    """Per wave, vis-network records of the interaction ties (``wave, source, target,
    amount, events, strength``) between ``nodes``: the strongest :data:`MAX_VIEW_TIES`,
    dashed, with a tooltip saying how many interactions and how much."""
    number = text["number"]
    out: dict[str, list[dict[str, Any]]] = {}
    inside = ties["source"].isin(nodes) & ties["target"].isin(nodes)
    for wave, part in ties[inside].groupby("wave", sort=False):
        part = part.sort_values(["strength", "source", "target"], ascending=[False, True, True])
        out[str(wave)] = [
            {
                "from": str(u),
                "to": str(v),
                "color": INTERACTION,
                "width": round(1 + 5 * float(t), 2),
                "dashes": True,
                "title": f"{names.get(str(u), u)} → {names.get(str(v), v)}\n"
                + text["interaction"](
                    events=int(n),
                    amount=text.get("amount", number)(float(a)),
                    strength=number(float(t)),
                ),
            }
            for u, v, a, n, t in part[["source", "target", "amount", "events", "strength"]]
            .head(MAX_VIEW_TIES)
            .itertuples(index=False)
        ]
    return out


def network_picture_data(
    G: nx.DiGraph, figures: dict[str, dict[str, Any]], colours: dict[str, str]
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and ties of one wave for the static (printed) picture, styled as the view."""
    nodes = {}
    for node, d in G.nodes(data=True):
        received = figures.get(str(node), {}).get("trust_received")
        nodes[str(node)] = {
            "color": colours.get(d.get("group") or "", NO_GROUP),
            "size": _size(received),
            "label": _short(str(d.get("name", node)), 16),
            "shape": _shape(d.get("role", "stakeholder")),
        }
    ties = sorted(((str(u), str(v), d) for u, v, d in G.edges(data=True)), key=marked_first)
    edges = [{"from": u, "to": v, **tie_style(d["sign"])} for u, v, d in ties[:MAX_VIEW_TIES]]
    return nodes, edges


def _node_info(
    graphs: dict[str, nx.DiGraph], trust: dict[str, dict[str, dict[str, Any]]]
) -> dict[str, dict[str, Any]]:
    info: dict[str, dict[str, Any]] = {}
    for G in graphs.values():
        for node, d in G.nodes(data=True):
            info.setdefault(
                str(node),
                {
                    "name": str(d.get("name", node)),
                    "group": d.get("group"),
                    "role": d.get("role", "stakeholder"),
                },
            )
    return info


def _node_title(
    attributes: dict[str, Any], figures: dict[str, Any] | None, text: dict[str, Any]
) -> str:
    number = text["number"]
    role = text["roles"][attributes["role"]]
    group = attributes["group"] or ""
    parts = [group] + ([role] if role and role.casefold() != group.casefold() else [])
    lines = [attributes["name"], " · ".join(p for p in parts if p)]
    if figures and figures.get("trust_received") is not None:
        lines.append(
            text["received"].format(
                value=number(figures["trust_received"]), raters=figures["raters"]
            )
        )
    else:
        lines.append(text["not_rated"])
    if figures and figures.get("trust_given") is not None:
        lines.append(text["given"].format(value=number(figures["trust_given"])))
    if figures and figures.get("alliance") is not None and "alliance" in text:
        lines.append(text["alliance"].format(value=number(figures["alliance"])))
    if figures and figures.get("coach_gap") is not None and "gap" in text:
        lines.append(text["gap"].format(value=number(figures["coach_gap"], signed=True)))
    return "\n".join(line for line in lines if line)


def _size(received: float | None) -> float:
    return 10.0 if received is None else round(10 + 26 * received, 1)


def _shape(role: str) -> str:
    return {"coach": "star", "sponsor": "diamond", "coachee": "square"}.get(role, "dot")


def _short(name: str, limit: int = 22) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
