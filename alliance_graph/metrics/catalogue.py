"""The headline figures, each declared once: where it lives, how it reads, where it shows.

The report's cards and waves-at-a-glance table, the plain-text summary, the comparison of
waves, the shared version and the privacy rules all read :data:`FIGURES`, in its order.
A figure's words are in the language catalogues under its ``key``:

- ``report.glossary.<key>.term`` / ``.formula`` / ``.meaning`` (the glossary, the table);
- ``text.<key>`` and ``text.<key>_help`` when ``text`` is set (the plain-text summary);
- ``report.card.<card>`` and ``report.card.<card>.help`` when ``card`` is set.

A figure computed by the catalogue itself (``compute``) needs nothing else: adding one is
its metric function, one :class:`Figure` here and its words in the two catalogues.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

import networkx as nx

from alliance_graph.metrics.dimensions import goals_level
from alliance_graph.metrics.power import power_weighted_balance_index

__all__ = ["FIGURES", "Figure", "computed", "glossary", "shown_in", "value_of"]

#: ``f(G, coach, groups=None, min_raters=0)``: the figure over the balance groups
#: ``groups`` (all when ``None``), each counted from at least ``min_raters`` people.
Compute = Callable[..., "float | None"]


@dataclass(frozen=True)
class Figure:
    """One headline figure of a wave.

    ``section``/``name`` locate it in a wave's figures (``WaveMetrics.to_dict()``; the
    section ``response`` is the wave's response facts). ``fmt`` is how it reads:
    ``number`` (0.84), ``signed`` (+0.12), ``percent`` (42 %), ``whole`` (3).
    ``better``: which way is good news (``None``: neither). ``privacy``: ``aggregate``
    (many people's answers mixed: kept), ``groups`` (made from group alliances: redone
    over the groups that can be shown), ``sponsor`` (shows the sponsor's group against
    the others: hidden with it). ``shared``: where the shared figures hold it (``None``:
    coach only). ``glossary``: it has a glossary entry. ``optional``: shown only where it
    has a value (a dimension the survey may not ask).
    """

    key: str
    section: str
    name: str
    fmt: Literal["number", "signed", "percent", "whole"] = "number"
    better: Literal["higher", "lower"] | None = "higher"
    card: str | None = None
    glance: bool = False
    text: bool = False
    compare: bool = True
    privacy: Literal["aggregate", "groups", "sponsor"] = "aggregate"
    shared: tuple[str, str] | None = None
    glossary: bool = True
    optional: bool = False
    compute: Compute | None = None


FIGURES: tuple[Figure, ...] = (
    Figure(
        "level",
        "alliance",
        "level",
        card="level",
        glance=True,
        text=True,
        privacy="groups",
        shared=("alliance", "level"),
    ),
    Figure(
        "goals_level",
        "alliance",
        "goals_level",
        glance=True,
        text=True,
        privacy="groups",
        shared=("alliance", "goals_level"),
        optional=True,
        compute=goals_level,
    ),
    Figure(
        "balance",
        "alliance",
        "balance_index",
        card="balance",
        glance=True,
        text=True,
        privacy="groups",
        shared=("alliance", "balance_index"),
    ),
    Figure(
        "power_balance",
        "alliance",
        "power_weighted_balance_index",
        glance=True,
        privacy="groups",
        optional=True,
        compute=power_weighted_balance_index,
    ),
    Figure("individual_balance", "alliance", "individual_balance_index", glossary=False),
    Figure("gap", "alliance", "gap", better="lower", text=True, privacy="groups", glossary=False),
    Figure(
        "dominance",
        "alliance",
        "sponsor_dominance",
        fmt="signed",
        better=None,
        glance=True,
        text=True,
        privacy="sponsor",
    ),
    Figure("mean_trust", "network", "mean_trust", glance=True, shared=("network", "mean_trust")),
    Figure(
        "negative_share", "network", "negative_share", fmt="percent", better="lower", glossary=False
    ),
    Figure("density", "network", "density", fmt="percent", better=None, glossary=False),
    Figure(
        "reciprocity",
        "network",
        "reciprocity",
        fmt="percent",
        card="reciprocity",
        glance=True,
        text=True,
        shared=("network", "reciprocity"),
    ),
    Figure("weighted_reciprocity", "network", "weighted_reciprocity", glance=True, text=True),
    Figure("asymmetry", "network", "mean_asymmetry", better="lower", glance=True),
    Figure(
        "triangles",
        "structural_balance",
        "triangle_balance_ratio",
        card="structural",
        glance=True,
        text=True,
        shared=("network", "triangle_balance_ratio"),
    ),
    Figure(
        "normalised_frustration",
        "structural_balance",
        "normalised_frustration",
        better="lower",
        glance=True,
    ),
    Figure(
        "frustration",
        "structural_balance",
        "frustration_index",
        fmt="whole",
        better="lower",
        text=True,
        compare=False,
    ),
    Figure("walk", "structural_balance", "walk_balance", glance=True, text=True),
    Figure(
        "response",
        "response",
        "response_rate",
        fmt="percent",
        card="response",
        compare=False,
        shared=("response", "response_rate"),
    ),
)

#: Glossary entries that are words and methods rather than figures, before and after the
#: figures' own entries.
GLOSSARY_BEFORE = ("strength", "received", "sign", "alliance", "coach_gap", "group_alliance")
GLOSSARY_AFTER = (
    "ei_index",
    "pagerank",
    "betweenness",
    "constraint",
    "interval",
    "qap",
    "jaccard",
    "next_gain",
)


def glossary(*, shared: bool = False, waves: Iterable[dict[str, Any]] = ()) -> list[str]:
    """The glossary keys of the coach's report, or of the shared version's figures; an
    optional figure is left out when it has no value in any of ``waves``."""
    waves = list(waves)
    chosen = shown_in("shared") if shared else iter(FIGURES)
    keys = [
        f.key
        for f in chosen
        if f.glossary
        and not (f.optional and all(value_of(f, w, shared=shared) is None for w in waves))
    ]
    if shared:
        return ["strength", "group_alliance", *keys]
    return [*GLOSSARY_BEFORE, *keys, *GLOSSARY_AFTER]


def shown_in(where: str) -> Iterator[Figure]:
    """The figures shown in ``where``: ``card``, ``glance``, ``text``, ``compare``,
    ``shared`` or ``computed`` (those the catalogue computes), in catalogue order."""
    attribute = {"card": "card", "shared": "shared", "computed": "compute"}.get(where, where)
    if attribute not in ("card", "shared", "compute", "glance", "text", "compare"):
        raise ValueError(f"no place called {where!r}")
    return (f for f in FIGURES if getattr(f, attribute) not in (None, False))


def value_of(figure: Figure, wave: dict[str, Any], *, shared: bool = False) -> Any:
    """The figure's value in one wave's figures (``None`` when its section is absent)."""
    section, name = figure.shared if shared and figure.shared else (figure.section, figure.name)
    if section == "response" and section not in wave:  # the shared figures: at the top
        return wave.get(name)
    return (wave.get(section) or {}).get(name)


def computed(G: nx.DiGraph, coach: str, **options: Any) -> dict[str, Any]:
    """``{name: value}`` of the figures the catalogue computes, for one wave's graph."""
    return {f.name: f.compute(G, coach, **options) for f in shown_in("computed") if f.compute}
