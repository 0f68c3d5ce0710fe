"""The colours of the groups: one palette, and one colour per group for every picture of
an engagement (the coach's report, the shared report, the web app's pages).

A group's colour comes from its place among **all the groups of the register**, sorted
(case-insensitive), never from the groups a picture happens to show: the shared version
leaves out the coach's own group and may hide small groups, and a group keeps its colour
there all the same. People without a group are grey (:data:`NO_GROUP`) everywhere; the
sponsor and the coachee, counted as groups of their own in the alliance figures, have
fixed colours (:data:`OWN`). Beyond eight groups the palette cycles (the charts then tell
the lines apart by their markers and dashes).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from alliance_graph.metrics.alliance import UNGROUPED

__all__ = ["NO_GROUP", "OWN", "PALETTE", "group_colours", "register_groups"]

#: Okabe–Ito colours, safe for colour-vision deficiencies, in their usual order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
#: People without a group (not a colour of the palette).
NO_GROUP = "#999999"
#: The sponsor's and the coachee's own groups in the alliance charts and tables.
OWN = {"sponsor": "#1f2933", "coachee": "#8a94a6"}


def register_groups(people: Any) -> list[str]:
    """The groups named in a register (``people``: a table with a ``group`` column).

    >>> import pandas as pd
    >>> register_groups(pd.DataFrame({"group": ["b", None, "A", "b", ""]}))
    ['A', 'b']
    """
    column = people.get("group", [])
    return sorted({str(g) for g in column if isinstance(g, str) and g}, key=_order)


def group_colours(groups: Iterable[str]) -> dict[str, str]:
    """A colour per group: the palette over ``groups`` sorted case-insensitively (pass
    every group of the register, so that each keeps its colour in every output); the
    register's "no group" is :data:`NO_GROUP`.

    >>> group_colours(["Managers", "direction", "(no group)"])
    {'direction': '#0072B2', 'Managers': '#E69F00', '(no group)': '#999999'}
    """
    names = set(groups)
    ordered = sorted(names - {UNGROUPED}, key=_order)
    colours = {g: PALETTE[i % len(PALETTE)] for i, g in enumerate(ordered)}
    return colours | ({UNGROUPED: NO_GROUP} if UNGROUPED in names else {})


def _order(group: str) -> tuple[str, str]:
    return group.casefold(), group
