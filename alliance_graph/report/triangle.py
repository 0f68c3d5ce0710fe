"""The coach–sponsor–coachee triangle, wave by wave: the six directed ties between them.

Each tie is its strength t on 0–1 (as every tie of the report), with its change since the
wave before; a tie nobody rated is "—". Drawn as a small inline SVG (one layer per wave,
switched with the alliance map's waves) beside a table that says the same in text. Only
the coach's report has it: it shows individual ties.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import networkx as nx
from markupsafe import Markup

from alliance_graph.i18n import format_value
from alliance_graph.report.map_svg import number, shape, svg_text
from alliance_graph.report.network_ties import NEGATIVE, NEUTRAL, POSITIVE

__all__ = ["ROLES", "TIES", "triangle_section", "triangle_ties"]

ROLES = ("coach", "sponsor", "coachee")
#: The six ties, in the order the table lists them.
TIES = (
    ("coach", "sponsor"),
    ("sponsor", "coach"),
    ("coach", "coachee"),
    ("coachee", "coach"),
    ("sponsor", "coachee"),
    ("coachee", "sponsor"),
)
#: Where each role sits in the drawing (viewBox 0 0 360 300).
_AT = {"coach": (180.0, 52.0), "sponsor": (58.0, 246.0), "coachee": (302.0, 246.0)}
_SHAPES = {"coach": "star", "sponsor": "diamond", "coachee": "square"}
_NODE, _ARROW_GAP = 15.0, 6.0


def triangle_ties(
    graphs: dict[str, nx.DiGraph], people: dict[str, str]
) -> dict[str, dict[tuple[str, str], dict[str, float | None]]]:
    """Per wave, per tie (roles), its ``strength``, ``sign`` and ``change`` of strength
    since the wave before (``None`` when the tie, or its earlier value, is missing);
    ``people`` maps each role to its person's id.

    >>> G1, G2 = nx.DiGraph(), nx.DiGraph()
    >>> G1.add_edge("c", "s", strength=0.5, sign=0.0)
    >>> G2.add_edge("c", "s", strength=0.75, sign=0.5)
    >>> ties = triangle_ties({"T1": G1, "T2": G2}, {"coach": "c", "sponsor": "s", "coachee": "e"})
    >>> ties["T2"][("coach", "sponsor")], ties["T2"][("sponsor", "coach")]["strength"]
    ({'strength': 0.75, 'sign': 0.5, 'change': 0.25}, None)
    """
    out: dict[str, dict[tuple[str, str], dict[str, float | None]]] = {}
    previous: dict[tuple[str, str], dict[str, float | None]] = {}
    for wave, G in graphs.items():
        found = {}
        for a, b in TIES:
            u, v = people[a], people[b]
            d = G.edges[u, v] if G.has_edge(u, v) else {}
            strength = float(d["strength"]) if "strength" in d else None
            before = previous.get((a, b), {}).get("strength")
            change = strength - before if strength is not None and before is not None else None
            found[(a, b)] = {
                "strength": strength,
                "sign": float(d["sign"]) if "sign" in d else None,
                "change": change,
            }
        out[wave] = previous = found
    return out


def triangle_section(
    graphs: dict[str, nx.DiGraph],
    coach: str | None,
    colours: dict[str, str],
    shown: str,
    lang: str,
    t: Callable[..., str],
) -> dict[str, Any] | None:
    """The panel: the SVG (the wave ``shown`` visible) and the table, one row per tie and
    one column per wave; ``None`` without a coach, a sponsor and a coachee."""
    people = _people(graphs, coach)
    if people is None:
        return None
    ties = triangle_ties(graphs, people)
    names = {role: _name(graphs, people[role]) for role in ROLES}
    words = {role: t(f"summary.{role}") for role in ROLES}
    rows = []
    for a, b in TIES:
        cells = [_cell(ties[w][(a, b)], lang) for w in graphs]
        rows.append({"label": f"{words[a]} → {words[b]}", "cells": cells})
    colour = {
        role: "#1f2933" if role == "coach" else colours.get(_group(graphs, people[role]), "#999999")
        for role in ROLES
    }
    svg = _svg(ties, shown, words, names, colour, lang, t("triangle.title"))
    return {"svg": svg, "rows": rows, "names": names, "waves": list(graphs)}


def _people(graphs: dict[str, nx.DiGraph], coach: str | None) -> dict[str, str] | None:
    """The coach and the first sponsor and coachee (by id) found in any wave."""
    if coach is None:
        return None
    found: dict[str, list[str]] = {"sponsor": [], "coachee": []}
    for G in graphs.values():
        for node, d in G.nodes(data=True):
            if d.get("role") in found:
                found[d["role"]].append(str(node))
    if not found["sponsor"] or not found["coachee"]:
        return None
    return {"coach": str(coach), **{role: min(ids) for role, ids in found.items()}}


def _name(graphs: dict[str, nx.DiGraph], node: str) -> str:
    return next((str(G.nodes[node].get("name", node)) for G in graphs.values() if node in G), node)


def _group(graphs: dict[str, nx.DiGraph], node: str) -> str:
    return next((str(G.nodes[node].get("group") or "") for G in graphs.values() if node in G), "")


def _cell(tie: dict[str, float | None], lang: str) -> dict[str, str]:
    value = format_value(tie["strength"], lang)
    change = tie["change"]
    return {"value": value, "change": "" if change is None else format_value(change, lang, True)}


def _svg(
    ties: dict[str, dict[tuple[str, str], dict[str, float | None]]],
    shown: str,
    words: dict[str, str],
    names: dict[str, str],
    colour: dict[str, str],
    lang: str,
    title: str,
) -> Markup:
    parts = [
        f'<svg class="triangle" viewBox="0 0 360 300" role="img" aria-label="{svg_text(title)}">'
    ]
    for wave, found in ties.items():
        hidden = "" if wave == shown else ' display="none"'
        parts.append(f'<g class="map-wave" data-map-wave="{svg_text(wave)}"{hidden}>')
        parts.extend(_arrow(a, b, found[(a, b)], lang) for a, b in TIES)
        parts.append("</g>")
    for role in ROLES:
        x, y = _AT[role]
        below = role != "coach"
        ty = y + 34 if below else y - 34
        parts.append(
            f'<g transform="translate({number(x)} {number(y)})">'
            f"{shape(_SHAPES[role], _NODE - 3, colour[role])}</g>"
            f'<text class="triangle-role" x="{number(x)}" y="{number(ty)}" '
            f'text-anchor="middle">{svg_text(words[role])}</text>'
            f'<text class="triangle-name" x="{number(x)}" y="{number(ty + 15)}" '
            f'text-anchor="middle">{svg_text(_short(names[role]))}</text>'
        )
    parts.append("</svg>")
    return Markup("\n".join(parts))


def _arrow(a: str, b: str, tie: dict[str, float | None], lang: str) -> str:
    """The tie ``a`` → ``b``: a line on its own side of the pair, an arrowhead, its value."""
    (x1, y1), (x2, y2) = _AT[a], _AT[b]
    length = math.hypot(x2 - x1, y2 - y1)
    dx, dy = (x2 - x1) / length, (y2 - y1) / length
    nx_, ny_ = -dy, dx  # the tie's own side: to its left as it goes (y down: clockwise)
    sx, sy = x1 + dx * (_NODE + 4) + nx_ * _ARROW_GAP, y1 + dy * (_NODE + 4) + ny_ * _ARROW_GAP
    ex, ey = x2 - dx * (_NODE + 4) + nx_ * _ARROW_GAP, y2 - dy * (_NODE + 4) + ny_ * _ARROW_GAP
    strength, sign = tie["strength"], tie["sign"] or 0.0
    if strength is None:
        colour, width, dash = NEUTRAL, 1.0, ' stroke-dasharray="4 4"'
    else:
        colour = POSITIVE if sign > 0 else NEGATIVE if sign < 0 else NEUTRAL
        width, dash = 1 + 5 * strength, ""
    head = 6 + width
    bx, by = ex - dx * head, ey - dy * head
    tip = [(ex, ey), (bx + nx_ * head * 0.55, by + ny_ * head * 0.55)]
    tip.append((bx - nx_ * head * 0.55, by - ny_ * head * 0.55))
    label = format_value(strength, lang)
    if tie["change"] is not None:
        label += f" ({format_value(tie['change'], lang, True)})"
    # along its line, on its own side: the two ties of a pair are read apart
    away = _ARROW_GAP + width / 2 + 9
    mx, my = (sx + bx) / 2 + nx_ * away, (sy + by) / 2 + ny_ * away
    turn = math.degrees(math.atan2(dy, dx))
    turn = turn - 180 if turn > 90 else turn + 180 if turn <= -90 else turn  # never upside down
    return (
        f'<line x1="{number(sx)}" y1="{number(sy)}" x2="{number(bx)}" y2="{number(by)}" '
        f'stroke="{colour}" stroke-width="{number(width)}"{dash}/>'
        f'<polygon points="{" ".join(f"{number(x)},{number(y)}" for x, y in tip)}" '
        f'fill="{colour}"/>'
        f'<text class="triangle-value" transform="translate({number(mx)} {number(my)}) '
        f'rotate({number(turn)})" y="4" text-anchor="middle">{svg_text(label)}</text>'
    )


def _short(name: str, limit: int = 20) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
