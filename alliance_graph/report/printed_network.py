"""The static picture of one wave's network, for printing (an SVG data URI)."""

from __future__ import annotations

import math
from typing import Any

from alliance_graph.report.svg import (
    TEXT,
    WIDTH,
    document,
    empty,
    escape,
    finite,
    number,
    rgb,
    tint,
)
from alliance_graph.report.svg import title as heading

__all__ = ["LABELLED_NODES", "network_picture"]

#: Up to this many people the printed picture names each one; beyond, dots only.
LABELLED_NODES = 500
_BAND = 32.4  # room for the title, in points
_BEND = 0.08  # a tie bends this share of its length to its left: a reciprocal pair, two arcs
_HEAD = 2.8  # arrowhead length and width, in points
#: A star's inner radius, for an outer radius of 1 (a regular five-pointed star).
_STAR_INNER = 0.381966


def network_picture(
    positions: dict[str, tuple[float, float]],
    nodes: dict[str, dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    title: str,
) -> str:
    """Static picture of one wave's network for printing (a vis canvas prints badly).

    Positions are used as given, in the screen convention of vis-network (y grows downwards)
    so the picture matches the interactive view; what has no position is left out. Written
    as SVG text (lines, shapes and words at their coordinates): a few milliseconds where
    drawing through matplotlib took a second, and sharp on paper at any size.

    Parameters
    ----------
    positions : dict
        Node id → (x, y).
    nodes : dict
        Node id → ``{"color": hex, "size": about 10–40, "label": short text,
        "shape": "dot" | "star" | "diamond" | "square"}``; missing keys get defaults.
    edges : list of dict
        ``{"from": id, "to": id, "color": hex, "width": 1–6, "dashes": bool}``, drawn as
        light arrows; dashed ones (negative ties) stronger in colour and on top.
    title : str
        The picture's title (plain text).

    Returns
    -------
    str
        ``data:image/svg+xml;base64,…``

    Examples
    --------
    >>> uri = network_picture({"a": (0, 0), "b": (90, 40)}, {"a": {}, "b": {}},
    ...                       [{"from": "a", "to": "b"}], title="Wave 1")
    >>> uri.startswith("data:image/svg+xml;base64,")
    True
    """
    drawn = [node for node in nodes if node in positions]
    if not drawn:
        return empty(title)
    place, height = _placed({node: positions[node] for node in drawn})
    scale = 0.3 * min(1.0, math.sqrt(60 / len(drawn)))  # vis size → radius in points
    radius = {node: finite(nodes[node].get("size"), 15, 4, 60) * scale for node in drawn}
    ties, heads = _ties(edges, place, radius)
    crowded = len(drawn) > LABELLED_NODES
    shapes = [_node(nodes[node], place[node], radius[node], crowded) for node in drawn]
    labels = (
        [] if crowded else [_label(nodes[node], node, place[node], radius[node]) for node in drawn]
    )
    return document(
        height,
        [
            heading(title),
            f"<defs>{''.join(heads)}</defs>",
            '<g fill="none">',
            *ties,
            "</g>",
            '<g stroke="#ffffff">' if not crowded else "<g>",
            *shapes,
            "</g>",
            f'<g font-size="7" fill="{TEXT}" text-anchor="middle" stroke="#ffffff" '
            'stroke-width="2" stroke-linejoin="round" paint-order="stroke">',
            *labels,
            "</g>",
        ],
    )


def _placed(
    positions: dict[str, tuple[float, float]],
) -> tuple[dict[str, tuple[float, float]], float]:
    """Each node's place on the page (points, y down) and the page's height: the layout
    scaled evenly into a 7 in wide frame under the title, with a 6 % margin, centred."""
    xs = [finite(x, 0.0) for x, _ in positions.values()]
    ys = [finite(y, 0.0) for _, y in positions.values()]
    span_x, span_y = max(xs) - min(xs) + 1e-9, max(ys) - min(ys) + 1e-9
    height = 72 * min(max(7.0 * span_y / span_x, 4.0), 9.0)
    pad = 0.06 * max(span_x, span_y)
    low_x, low_y = min(xs) - pad, min(ys) - pad
    wide, high = span_x + 2 * pad, span_y + 2 * pad
    frame_w, frame_h = 0.98 * WIDTH, 0.99 * height - _BAND
    scale = min(frame_w / wide, frame_h / high)
    left = 0.01 * WIDTH + (frame_w - scale * wide) / 2
    top = _BAND + (frame_h - scale * high) / 2
    place = {
        node: (left + scale * (x - low_x), top + scale * (y - low_y))
        for node, x, y in zip(positions, xs, ys)
    }
    return place, height


def _ties(
    edges: list[dict[str, Any]],
    place: dict[str, tuple[float, float]],
    radius: dict[str, float],
) -> tuple[list[str], list[str]]:
    """Each tie as a slightly bent arrow cut at the rims of its two nodes (none for a
    loop or between overlapping nodes), and one arrowhead per colour."""
    paths: list[str] = []
    heads: dict[str, str] = {}
    for edge in sorted(edges, key=lambda e: bool(e.get("dashes"))):  # distrust on top
        a, b = str(edge.get("from")), str(edge.get("to"))
        if a not in place or b not in place:
            continue
        (x1, y1), (x2, y2) = place[a], place[b]
        length = math.hypot(x2 - x1, y2 - y1)
        cut_a, cut_b = radius[a] + 1, radius[b] + 1
        if length <= cut_a + cut_b:
            continue
        dashed = bool(edge.get("dashes"))  # a negative tie: as visible as trust
        colour = tint(rgb(edge.get("color"), "#999999"), 0.85 if dashed else 0.5)
        head = heads.setdefault(colour, f"h{len(heads)}")
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        x1, y1, x2, y2 = x1 + cut_a * ux, y1 + cut_a * uy, x2 - cut_b * ux, y2 - cut_b * uy
        cx = (x1 + x2) / 2 - _BEND * (y2 - y1)
        cy = (y1 + y2) / 2 + _BEND * (x2 - x1)
        width = 0.2 + 0.2 * finite(edge.get("width"), 1, 0.5, 8)
        dashes = f' stroke-dasharray="{number(3 * width)} {number(1.5 * width)}"' if dashed else ""
        bend = f"M{number(x1)} {number(y1)}Q{number(cx)} {number(cy)} {number(x2)} {number(y2)}"
        paths.append(
            f'<path d="{bend}" stroke="{colour}" stroke-width="{number(width)}"{dashes} '
            f'marker-end="url(#{head})"/>'
        )
    markers = [
        f'<marker id="{name}" viewBox="0 0 4 4" refX="4" refY="2" markerWidth="{_HEAD}" '
        f'markerHeight="{_HEAD}" markerUnits="userSpaceOnUse" orient="auto">'
        f'<path d="M0 0L4 2L0 4z" fill="{colour}"/></marker>'
        for colour, name in heads.items()
    ]
    return paths, markers


def _node(data: dict[str, Any], at: tuple[float, float], r: float, crowded: bool) -> str:
    """One person's mark, in its group's colour with a white rim (none when crowded):
    a dot, or the coach's star, the sponsor's diamond, the coachee's square."""
    fill = tint(rgb(data.get("color"), "#777777"), 1.0)
    rim = ' stroke-width="0"' if crowded else ""
    x, y = at
    shape = str(data.get("shape"))
    if shape == "square":
        corner = f'x="{number(x - r)}" y="{number(y - r)}"'
        return (
            f'<rect {corner} width="{number(2 * r)}" height="{number(2 * r)}" fill="{fill}"{rim}/>'
        )
    if shape in ("star", "diamond"):
        corners = _star(x, y, 1.5 * r) if shape == "star" else _diamond(x, y, math.sqrt(2) * r)
        return f'<polygon points="{corners}" fill="{fill}"{rim}/>'
    return f'<circle cx="{number(x)}" cy="{number(y)}" r="{number(r)}" fill="{fill}"{rim}/>'


def _star(x: float, y: float, outer: float) -> str:
    """A five-pointed star pointing up, of outer radius ``outer``."""
    points = []
    for k in range(10):
        reach = outer if k % 2 == 0 else outer * _STAR_INNER
        angle = math.pi / 2 + k * math.pi / 5
        points.append(
            f"{number(x + reach * math.cos(angle))},{number(y - reach * math.sin(angle))}"
        )
    return " ".join(points)


def _diamond(x: float, y: float, half: float) -> str:
    corners = [(x, y - half), (x + half, y), (x, y + half), (x - half, y)]
    return " ".join(f"{number(a)},{number(b)}" for a, b in corners)


def _label(data: dict[str, Any], node: str, at: tuple[float, float], r: float) -> str:
    """The person's short name under their mark, haloed in white to read over the ties."""
    x, y = at
    words = escape(data.get("label", node))
    return f'<text x="{number(x)}" y="{number(y + r + 1.5 + 5.6)}">{words}</text>'
