"""The group view of the coach's network, and the ways into it.

Groups are nodes, as the shared version draws them (:func:`~alliance_graph.metrics.shared.
coach_group_graphs`, from every answer), around the coach; opening a group draws its
members and the coach. Above :data:`GROUP_VIEW_PEOPLE` people the view opens on the
groups, and each group gets a layout of its own (one drawing of thousands of people is a
blob); below, members keep their places of the whole network.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import networkx as nx

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.shared import COACH, coach_group_graphs
from alliance_graph.report.layout import stable_layout
from alliance_graph.report.network_view import network_data

__all__ = ["GROUP_VIEW_PEOPLE", "change_text", "coach_network", "group_view", "people_order"]

#: Above this many people the network opens on the groups, and each group is laid out
#: on its own: a few hundred people is about what one drawing can show legibly.
GROUP_VIEW_PEOPLE = 300


def coach_network(
    graphs: dict[str, nx.DiGraph],
    positions: dict[str, tuple[float, float]],
    data: dict[str, Any],
    colours: dict[str, str],
    coach: str | None,
    seed: int,
    t: Callable[..., str],
    num: Callable[..., str],
) -> dict[str, Any]:
    """The coach's network view: everyone (``data[wave]`` the metrics' figures of the
    wave), each person's tooltip with their alliance with the coach and the coach gap,
    ``order`` (the people as the list to focus on one of them lists them) and
    ``groups`` (:func:`group_view`)."""
    figures = {
        w: {
            node: {**record, **((data[w]["alliance"] or {}).get("stakeholders", {}).get(node, {}))}
            for node, record in data[w]["nodes"].items()
        }
        for w in graphs
    }
    text = {
        "number": num,
        "received": t("tip.received"),
        "given": t("tip.given"),
        "not_rated": t("tip.not_rated"),
        "alliance": t("tip.alliance"),
        "gap": t("tip.gap"),
        "tie": t("tip.tie"),
        "change": change_text(t),
        "roles": {
            r: "" if r == "stakeholder" else t(f"role.{r}")
            for r in ("coach", "sponsor", "coachee", "stakeholder")
        },
    }
    people = network_data(graphs, positions, figures, colours, text, coach=coach)
    alliance = {w: (data[w]["alliance"] or {}).get("groups", {}) for w in graphs}
    groups = group_view(graphs, people["nodes"], alliance, colours, t, num, coach=coach, seed=seed)
    return {**people, "order": people_order(people["nodes"]), "groups": groups}


def group_view(
    graphs: dict[str, nx.DiGraph],
    people: list[dict[str, Any]],
    alliance: dict[str, dict[str, Any]],
    colours: dict[str, str],
    t: Callable[..., str],
    num: Callable[..., str],
    *,
    coach: str | None,
    seed: int = 0,
) -> dict[str, Any]:
    """The group view's data: :func:`~alliance_graph.report.network_view.network_data` of
    the group graphs, with ``order`` (the groups' node indices as listed), ``members``
    (group key → indices into ``people``, the nodes of the whole network, coach aside),
    ``places`` (group key → ``[index, x, y]`` of each member and the coach, above
    :data:`GROUP_VIEW_PEOPLE` people only) and ``start`` (``groups`` or ``people``).
    ``alliance[wave][group]`` holds the metrics' group alliances (``alliance``)."""
    from alliance_graph.report.shared_network import circle_layout

    coach = coach if coach is not None and any(coach in G for G in graphs.values()) else None
    grouped = coach_group_graphs(graphs, coach)
    names = {p["id"]: p["name"] for p in people}
    labels = {UNGROUPED: t("no_group"), COACH: names.get(coach or "", t("shared.coach"))}
    keys = sorted({str(n) for G in grouped.values() for n in G}, key=_order)
    team_of = {p["id"]: p["team"] for p in people}
    colour = {**colours, COACH: colours.get(team_of.get(coach or "", ""), "")}
    for G in grouped.values():
        for node, attributes in G.nodes(data=True):
            attributes["name"] = labels.get(str(node), str(node))
            attributes["group"] = str(node)
    positions = circle_layout(grouped)
    text = {
        "number": num,
        "tie": t("shared.tip.tie"),
        "tie_single": t("shared.tip.coach_tie"),
        "change": change_text(t),
        "roles": {},
        **dict.fromkeys(("received", "given", "not_rated"), ""),
    }
    titles = {
        w: {
            str(n): _title(n, d, (alliance.get(w) or {}).get(str(n)), t, num)
            for n, d in G.nodes(data=True)
        }
        for w, G in grouped.items()
    }
    sizes = {
        w: {str(n): {"trust_received": d.get("cohesion")} for n, d in G.nodes(data=True)}
        for w, G in grouped.items()
    }
    data = network_data(grouped, positions, sizes, colour, text, titles=titles, coach=COACH)
    index = {record["id"]: i for i, record in enumerate(data["nodes"])}
    members: dict[str, list[int]] = {key: [] for key in keys if key != COACH}
    for i, person in enumerate(people):
        if person["id"] != coach:
            members.setdefault(person["team"] or UNGROUPED, []).append(i)
    large = len(people) > GROUP_VIEW_PEOPLE
    return {
        **data,
        "order": [index[key] for key in keys if key != COACH and key in index],
        "members": members,
        "places": _places(graphs, people, members, coach, seed) if large else None,
        "start": "groups" if large else "people",
    }


def people_order(people: list[dict[str, Any]]) -> list[int]:
    """Indices of ``people``, the coach first, then by group (as the legend lists them,
    no group last) and by name: the order of the list to focus on one person."""

    def key(i: int) -> tuple[bool, bool, str, str]:
        person = people[i]
        return (
            person["role"] != "coach",
            *_order(person["team"] or UNGROUPED),
            person["name"].casefold(),
        )

    return sorted(range(len(people)), key=key)


def _order(key: str) -> tuple[bool, str]:
    return (key == UNGROUPED, key.casefold())


def _places(
    graphs: dict[str, nx.DiGraph],
    people: list[dict[str, Any]],
    members: dict[str, list[int]],
    coach: str | None,
    seed: int,
) -> dict[str, list[list[float]]]:
    """Each group laid out on its own with the coach, seeded as the whole network is but
    quicker (30 steps; spectral beyond 500 people): thousands of people in a few groups
    take a second or two."""
    index = {p["id"]: i for i, p in enumerate(people)}
    places = {}
    for key, indices in members.items():
        ids = [people[i]["id"] for i in indices] + ([coach] if coach is not None else [])
        waves = {w: G.subgraph(ids) for w, G in graphs.items()}
        layout = stable_layout(waves, seed=seed, spring_nodes=500, iterations=30)
        places[key] = [[index[node], x, y] for node, (x, y) in sorted(layout.items())]
    return places


def _title(
    node: Any,
    d: dict[str, Any],
    alliance: dict[str, Any] | None,
    t: Callable[..., str],
    num: Callable[..., str],
) -> str:
    if node == COACH:
        return str(d["name"])
    key = "shared.tip.members" if d["members"] != 1 else "shared.tip.member"
    lines = [str(d["name"]), t(key, members=d["members"], raters=d.get("raters", 0))]
    if d.get("cohesion") is not None:
        lines.append(t("shared.tip.within", value=num(d["cohesion"])))
    if alliance and alliance.get("alliance") is not None:
        lines.append(t("tip.alliance", value=num(alliance["alliance"])))
    return "\n".join(lines)


def change_text(t: Callable[..., str]) -> dict[str, str]:
    """The sentences of a tie's change since the wave before, in the tooltips."""
    return {kind: t(f"tip.change.{kind}") for kind in ("up", "down", "flip", "new")}
