"""The ties of the network view: how each is drawn, and a compact row per tie for the page.

The page's script draws and filters the ties (the coach's, the negative ones, those that
changed since the previous wave, one person's), so it holds each wave's ties as rows of
numbers and words already formatted here, never computed again in the browser:

``[source, target, width, polarity, strength, sign, answers, raters]`` — the two node
indices, the drawn width, ``1``/``-1``/``0`` for a positive, negative or neutral tie, the
strength and the sign value as shown (``0.83``, ``+0.67``, in the report's language), the
number of answers and of raters (``None`` when unknown); and, for a tie that changed since
the previous wave (:func:`changes`), two more: the kind of change and the strength before.

Rows come most marked first (furthest from the middle of the scale, then strongest), so
the script keeps the first ones when it cannot draw them all.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import networkx as nx

from alliance_graph.metrics.change import tie_changes

__all__ = [
    "CHANGE_THRESHOLD",
    "MAX_PAGE_TIES",
    "NEGATIVE_MIN_WIDTH",
    "changes",
    "marked_first",
    "tie_rows",
    "tie_style",
    "tie_width",
]

#: A tie in both waves has changed when its strength moved by at least this much (the
#: rule of the "What changed" tables: :func:`~alliance_graph.metrics.change.tie_changes`).
CHANGE_THRESHOLD = 0.1
#: At most this many ties of a wave are in the page: the coach's first, then the most
#: marked. Every figure still counts every tie.
MAX_PAGE_TIES = 60_000
#: No negative tie is drawn thinner than this (a positive tie starts at 1.5).
NEGATIVE_MIN_WIDTH = 2.5
POSITIVE, NEGATIVE, NEUTRAL = "#2E8B57", "#C0392B", "#9AA0A6"


def tie_width(sign: float) -> float:
    """The drawn width of a tie of sign value ``sign`` (−1 … 1): thicker the further from
    the middle of the scale, the same for trust as for distrust, and a negative tie never
    thinner than :data:`NEGATIVE_MIN_WIDTH`.

    >>> tie_width(1.0), tie_width(-1.0), tie_width(0.2), tie_width(-0.2), tie_width(0.0)
    (6.0, 6.0, 2.4, 2.5, 1.5)
    """
    width = round(1.5 + 4.5 * min(abs(sign), 1.0), 2)
    return max(width, NEGATIVE_MIN_WIDTH) if sign < 0 else width


def tie_style(sign: float) -> dict[str, Any]:
    """Colour, width and dashes of a tie (for the printed picture): green and solid when
    positive, red and dashed when negative (the dashes tell them apart without colour),
    grey when neutral."""
    colour = POSITIVE if sign > 0 else NEGATIVE if sign < 0 else NEUTRAL
    return {"color": colour, "width": tie_width(sign), "dashes": sign < 0}


def changes(before: nx.DiGraph | None, after: nx.DiGraph) -> dict[tuple[str, str], str]:
    """The ties of ``after`` that changed since ``before``: ``new`` (rated only now, between
    two people who took part in both waves), ``flip`` (the sign turned), ``up`` or ``down``
    (the strength moved by :data:`CHANGE_THRESHOLD` or more). A flip wins over a move."""
    if before is None:
        return {}
    found = tie_changes(before, after, threshold=CHANGE_THRESHOLD)
    kinds: dict[tuple[str, str], str] = {}
    for part, kind in (
        ("gained", "new"),
        ("strengthened", "up"),
        ("weakened", "down"),
        ("sign_flips", "flip"),
    ):
        for row in found[part]:
            kinds[(str(row["source"]), str(row["target"]))] = kind
    return kinds


def tie_rows(
    G: nx.DiGraph,
    index: dict[str, int],
    number: Callable[..., str],
    *,
    before: nx.DiGraph | None = None,
    coach: str | None = None,
) -> list[list[Any]]:
    """The rows of the module docstring for the ties of ``G`` between nodes of ``index``,
    with their change since ``before`` (the previous wave, if any); numbers formatted
    by ``number``. At most :data:`MAX_PAGE_TIES`, the ties of ``coach`` first."""
    ties = [(str(u), str(v), d) for u, v, d in G.edges(data=True)]
    ties = [tie for tie in ties if tie[0] in index and tie[1] in index]
    if len(ties) > MAX_PAGE_TIES:
        ties.sort(key=lambda e: (coach not in (e[0], e[1]), *marked_first(e)))
        ties = ties[:MAX_PAGE_TIES]
    ties.sort(key=marked_first)
    changed = changes(before, G) if before is not None else {}
    old = before.edges if before is not None else {}
    number = cache(number)  # answers take few values: thousands of ties, a few words
    rows = []
    for u, v, d in ties:
        sign = float(d["sign"])
        row = [
            index[u],
            index[v],
            tie_width(sign),
            1 if sign > 0 else -1 if sign < 0 else 0,
            number(d["strength"]),
            ("+" if sign > 0 else "") + number(sign),
            int(d["n_ratings"]),
            int(d["n_raters"]) if d.get("n_raters") is not None else None,
        ]
        kind = changed.get((u, v))
        if kind is not None:
            row += [kind, number(old[u, v]["strength"]) if kind != "new" else None]
        rows.append(row)
    return rows


def marked_first(tie: tuple[str, str, dict[str, Any]]) -> tuple[float, float, str, str]:
    """Sort key of ``(source, target, attributes)``: the most marked tie first (furthest
    from the middle of the scale), then the strongest, then by ids."""
    u, v, d = tie
    return (-abs(float(d["sign"])), -float(d["strength"]), u, v)
