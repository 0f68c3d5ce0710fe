"""The static picture of one wave's network, for printing (a PNG data URI)."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from matplotlib.axes import Axes
from matplotlib.patches import FancyArrowPatch
from matplotlib.patheffects import withStroke

from alliance_graph.report.chart_base import (
    _MUTED,
    _TEXT,
    _empty,
    _figure,
    _note,
    _number,
    _png,
    _rgb,
    _tint,
)

__all__ = ["LABELLED_NODES", "network_picture"]

_SHAPES = {"dot": "o", "star": "*", "diamond": "D", "square": "s"}
_ARROW: dict[str, Any] = {"arrowstyle": "-|>", "mutation_scale": 7, "shrinkA": 0, "shrinkB": 0}
#: Up to this many people the printed picture names each one; beyond, dots only.
LABELLED_NODES = 500


def network_picture(
    positions: dict[str, tuple[float, float]],
    nodes: dict[str, dict[str, Any]],
    edges: list[dict[str, Any]],
    *,
    title: str,
) -> str:
    """Static picture of one wave's network for printing (a vis canvas prints badly).

    Positions are used as given, in the screen convention of vis-network (y grows downwards)
    so the picture matches the interactive view; what has no position is left out. A PNG,
    as hundreds of ties make a heavy SVG: 150 dpi, its pixels mapped onto the drawn colours
    and their tints, which keeps those colours exact and the file light.

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
        See the module docstring.

    Returns
    -------
    str
        ``data:image/png;base64,…``
    """
    drawn = [node for node in nodes if node in positions]
    xy = np.array([positions[node] for node in drawn], dtype=float).reshape(-1, 2)
    span = np.ptp(xy, axis=0) + 1e-9 if drawn else np.ones(2)
    height = min(max(7.0 * span[1] / span[0], 4.0), 9.0)
    colours: list[Any] = [_TEXT, _MUTED]
    with _figure(height, title, grid=False) as (fig, ax):
        ax.set_axis_off()
        if not drawn:
            return _empty(fig, ax, colours)
        # a fixed frame instead of constrained layout, so that the data scale is known in
        # advance and ties are cut at the node rims here, not by matplotlib (3 times slower)
        fig.set_layout_engine("none")
        band = 0.45 / height  # room for the title
        ax.set_position((0.01, 0.01, 0.98, 0.99 - band))
        pad = 0.06 * float(span.max())
        low, high = xy.min(axis=0) - pad, xy.max(axis=0) + pad
        frame = np.array([7.0 * 0.98, height * (0.98 - band)])  # inches
        per_point = max((high - low) / (72 * frame))  # data units per point
        scale = 0.3 * min(1.0, math.sqrt(60 / len(drawn)))  # vis size → radius in points
        radius = {node: _number(nodes[node].get("size"), 15, 4, 60) * scale for node in drawn}
        for edge in sorted(edges, key=lambda e: bool(e.get("dashes"))):  # distrust on top
            a, b = str(edge.get("from")), str(edge.get("to"))
            if a not in radius or b not in radius:
                continue
            start, end = np.array(positions[a], float), np.array(positions[b], float)
            length = float(np.hypot(*(end - start)))
            cut_a, cut_b = (radius[a] + 1) * per_point, (radius[b] + 1) * per_point
            if length > cut_a + cut_b:  # no loops, no ties between overlapping nodes
                dashed = bool(edge.get("dashes"))  # a negative tie: as visible as trust
                colours.append(_tint(_rgb(edge.get("color"), "#999999"), 0.85 if dashed else 0.5))
                unit = (end - start) / length
                width = 0.2 + 0.2 * _number(edge.get("width"), 1, 0.5, 8)
                ends = tuple(start + cut_a * unit), tuple(end - cut_b * unit)
                curve = "arc3,rad=0.08"  # a reciprocal pair shows as two arcs
                arrow = FancyArrowPatch(*ends, connectionstyle=curve, color=colours[-1], **_ARROW)
                arrow.set_linewidth(width)
                if dashed:
                    arrow.set_linestyle((0, (3, 1.5)))
                ax.add_artist(arrow)  # not add_patch: limits are fixed below, and it is slow
        if len(drawn) > LABELLED_NODES:
            _crowd(ax, drawn, nodes, positions, radius, colours)
        else:
            for node in drawn:
                data, point = nodes[node], positions[node]
                marker = _SHAPES.get(str(data.get("shape")), "o")
                colours.append(_rgb(data.get("color"), "#777777"))
                size = 2 * radius[node] * (1.5 if marker == "*" else 1)  # a star fills less
                ax.plot(*point, marker=marker, markersize=size, color=colours[-1], mec="white")
                label, offset = str(data.get("label", node)), (0, -radius[node] - 1.5)
                halo = [withStroke(linewidth=2, foreground="white")]  # readable over the ties
                _note(ax, label, point, offset, "center", "top", fontsize=7, path_effects=halo)
        ax.set(aspect="equal", xlim=(low[0], high[0]), ylim=(high[1], low[1]))  # y down
        return _png(fig, colours)


def _crowd(
    ax: Axes,
    drawn: list[str],
    nodes: dict[str, dict[str, Any]],
    positions: dict[str, tuple[float, float]],
    radius: dict[str, float],
    colours: list[Any],
) -> None:
    """More than :data:`LABELLED_NODES` nodes: one scatter per shape and no labels (they
    could not be read), so drawing stays linear and fast (a node, a label and an artist
    each took 7 ms: 20,000 people, 2 minutes)."""
    shapes: dict[str, list[str]] = {}
    for node in drawn:
        shapes.setdefault(_SHAPES.get(str(nodes[node].get("shape")), "o"), []).append(node)
    for marker, members in shapes.items():
        rgb = [_rgb(nodes[node].get("color"), "#777777") for node in members]
        colours.extend(dict.fromkeys(rgb))
        grow = 1.5 if marker == "*" else 1  # a star fills less
        area = [(2 * radius[node] * grow) ** 2 for node in members]
        xy = np.array([positions[node] for node in members], dtype=float)
        ax.scatter(xy[:, 0], xy[:, 1], s=area, c=rgb, marker=marker, linewidths=0)
