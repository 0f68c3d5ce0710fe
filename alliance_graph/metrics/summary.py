"""Every metric of every wave, assembled into the typed results of the JSON contract
(DESIGN.md section 5.7; :mod:`~alliance_graph.metrics.results`)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import networkx as nx

from alliance_graph.graph import build_graphs
from alliance_graph.metrics import catalogue
from alliance_graph.metrics._ties import reused_ties
from alliance_graph.metrics.alerts import (
    DEFAULT_THRESHOLDS,
    Thresholds,
    alliance_alerts,
    attention_alerts,
)
from alliance_graph.metrics.alliance import alliance_balance
from alliance_graph.metrics.compare import compare_waves, wave_pairs
from alliance_graph.metrics.dimensions import goals_alliances
from alliance_graph.metrics.frustration import frustration_index
from alliance_graph.metrics.groups import coach_favouritism, ei_index, group_matrix
from alliance_graph.metrics.influence import (
    betweenness,
    betweenness_sources,
    constraint,
    pagerank,
)
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.reciprocity import (
    dyad_asymmetry,
    positive_reciprocity,
    weighted_reciprocity,
)
from alliance_graph.metrics.results import (
    AllianceFigures,
    ChangeFigures,
    GroupFigures,
    Metrics,
    NetworkFigures,
    StructuralFigures,
    WaveMetrics,
    plain,
)
from alliance_graph.metrics.structural import signed_projection, triangle_balance, walk_balance
from alliance_graph.metrics.trust import network_trust, stakeholder_trust
from alliance_graph.metrics.withholding import withhold
from alliance_graph.model import Survey
from alliance_graph.privacy import withheld

__all__ = ["Metrics", "WaveMetrics", "compute_metrics", "compute_wave", "plain"]


def compute_metrics(
    survey: Survey,
    *,
    coach: str | None = None,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    seed: int = 0,
    pairs: list[tuple[str, str]] | None = None,
    patterns: int = PATTERNS,
    permutations: int = 1000,
    alpha: float | None = None,
    half_life_days: float | None = None,
    graphs: dict[str, nx.DiGraph] | None = None,
) -> Metrics:
    """Compute every metric of DESIGN.md section 5.1–5.5 for each wave of ``survey``
    (its wave networks ``graphs`` when already built, :func:`~alliance_graph.graph.build_graphs`).

    ``coach`` (an id) overrides the stakeholder whose role is ``coach``. Without a coach
    the coach-centred figures are ``None`` and each wave has a ``NO_COACH`` alert.
    ``seed`` drives every random choice (frustration search, sampled betweenness,
    sampled sign patterns, QAP permutations). ``changes`` compares each pair of ``pairs``
    (default: consecutive waves and first → last): exact permutation tests, with
    ``patterns`` seeded sign patterns where there are too many to enumerate, and
    ``permutations`` QAP relabellings (DESIGN.md section 5.6). With an interaction log,
    each wave also has ``interactions`` (:mod:`~alliance_graph.metrics.attention`):
    ``alpha`` weighs trust against interactions in the combined strength and
    ``half_life_days`` decays older events.
    """
    who = coach or survey.coach
    graphs = build_graphs(survey) if graphs is None else graphs
    waves = {w: compute_wave(G, who, thresholds=thresholds, seed=seed) for w, G in graphs.items()}
    if survey.interactions is not None:
        waves = _with_interactions(waves, survey, graphs, who, thresholds, alpha, half_life_days)
    chosen = wave_pairs(list(waves)) if pairs is None else pairs
    figures = {w: waves[w].to_dict() for w in waves}
    changes = compare_waves(
        graphs, figures, chosen, patterns=patterns, permutations=permutations, seed=seed
    )
    waves, changes = _with_objectives(waves, changes, survey, chosen, thresholds, seed, patterns)
    hidden = withheld(survey)
    if hidden:
        waves, changes = withhold(waves, changes, hidden, graphs, who)
    return Metrics(
        scale=survey.scale,
        coach=who,
        waves=waves,
        changes={pair: ChangeFigures.from_dict(change) for pair, change in changes.items()},
        half_life_days=half_life_days if survey.interactions is not None else None,
    )


def compute_wave(
    G: nx.DiGraph,
    coach: str | None,
    *,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    seed: int = 0,
) -> WaveMetrics:
    """Every metric of one wave's graph."""
    with reused_ties():
        return _wave(G, coach, thresholds, seed)


def _wave(G: nx.DiGraph, coach: str | None, thresholds: Thresholds, seed: int) -> WaveMetrics:
    alliance = None
    if coach is not None and coach in G:
        alliance = {**alliance_balance(G, coach), **catalogue.computed(G, coach)}
        goals = goals_alliances(G, coach)
        for group, record in alliance["groups"].items():
            record["goals_alliance"] = goals.get(group)
    names = {str(k): str(d.get("name", k)) for k, d in G.nodes(data=True)}
    return WaveMetrics(
        wave=str(G.graph.get("wave", "")),
        network=NetworkFigures.from_dict(_network(G)),
        structural_balance=StructuralFigures.from_dict(_structural(G, seed=seed)),
        alliance=None if alliance is None else AllianceFigures.from_dict(alliance),
        groups=GroupFigures.from_dict(_groups(G, coach if alliance is not None else None)),
        nodes=_nodes(G, seed),
        alerts=tuple(alliance_alerts(alliance, names, thresholds)),
    )


def _with_interactions(
    waves: dict[str, WaveMetrics],
    survey: Survey,
    graphs: dict[str, nx.DiGraph],
    coach: str | None,
    thresholds: Thresholds,
    alpha: float | None,
    half_life_days: float | None,
) -> dict[str, WaveMetrics]:
    from alliance_graph.metrics.attention import interaction_layers

    assert survey.interactions is not None
    layers = interaction_layers(
        survey.interactions,
        survey.stakeholders,
        graphs,
        coach,
        floor=thresholds.group_floor,
        alpha=alpha,
        half_life_days=half_life_days,
        measure=survey.interaction_measure or "count",
        withheld=withheld(survey),
    )
    names = dict(zip(survey.stakeholders["id"].astype(str), survey.stakeholders["name"]))
    return {
        w: replace(
            m,
            interactions=layers[w],
            alerts=m.alerts + tuple(attention_alerts(layers[w], names)),
        )
        for w, m in waves.items()
    }


def _network(G: nx.DiGraph) -> dict[str, Any]:
    asymmetry = dyad_asymmetry(G)
    return {
        **network_trust(G),
        "reciprocity": positive_reciprocity(G),
        "weighted_reciprocity": weighted_reciprocity(G),
        "mean_asymmetry": asymmetry["mean"],
        "asymmetric_pairs": asymmetry["pairs"],
        "betweenness_sources": betweenness_sources(G),
    }


def _structural(G: nx.DiGraph, *, seed: int) -> dict[str, Any]:
    S, nodes = signed_projection(G)
    triangles = triangle_balance(S)
    frustration = frustration_index(S, seed=seed)
    return {
        "triangles": triangles["triangles"],
        "balanced_triangles": triangles["balanced_triangles"],
        "triangle_balance_ratio": triangles["ratio"],
        "weighted_triangle_balance": triangles["weighted"],
        "triangle_types": triangles["types"],
        "signed_ties": frustration.ties,
        "frustration_index": frustration.index,
        "frustration_exact": frustration.exact,
        "frustration_lower_bound": frustration.lower_bound,
        "normalised_frustration": frustration.normalised,
        "walk_balance": walk_balance(S),
        "camps": [[nodes[i] for i in camp] for camp in frustration.camps],
    }


def _groups(G: nx.DiGraph, coach: str | None) -> dict[str, Any]:
    matrix = group_matrix(G)
    return {
        "matrix": matrix,
        "ei_index": ei_index(G, coach=coach),
        "cohesion": {g: matrix.get(g, {}).get(g, {}).get("mean") for g in _groups_of(G)},
        "favouritism": coach_favouritism(G, coach) if coach is not None else None,
    }


def _groups_of(G: nx.DiGraph) -> list[str]:
    """Every register group present (stakeholders without a group are not a group)."""
    return sorted({str(a["group"]) for _, a in G.nodes(data=True) if a.get("group")})


def _nodes(G: nx.DiGraph, seed: int) -> dict[str, dict[str, Any]]:
    trust = stakeholder_trust(G)
    rank, broker, closure = pagerank(G), betweenness(G, seed=seed), constraint(G)
    return {
        str(node): {
            "name": G.nodes[node].get("name", node),
            "group": G.nodes[node].get("group"),
            "role": G.nodes[node].get("role", "stakeholder"),
            **trust[node],
            "pagerank": rank.get(str(node)),
            "betweenness": broker.get(str(node)),
            "constraint": closure.get(str(node)),
        }
        for node in sorted(G.nodes, key=str)
    }


def _with_objectives(
    waves: dict[str, WaveMetrics],
    changes: dict[str, dict[str, Any]],
    survey: Survey,
    pairs: list[tuple[str, str]],
    thresholds: Thresholds,
    seed: int,
    patterns: int,
) -> tuple[dict[str, WaveMetrics], dict[str, dict[str, Any]]]:
    """The objectives' figures and alerts in each wave and their changes in each pair
    (:mod:`~alliance_graph.metrics.objective_results`), when objectives were read."""
    from alliance_graph.metrics.objective_results import objective_results

    alliances = {
        w: {g: r["alliance"] for g, r in (m.alliance["groups"] if m.alliance else {}).items()}
        for w, m in waves.items()
    }
    found = objective_results(
        survey,
        alliances,
        pairs,
        floor=thresholds.group_floor,
        gap_threshold=thresholds.view_gap,
        seed=seed,
        patterns=patterns,
    )
    if found is None:
        return waves, changes
    figures, alerts, moved = found
    waves = {
        w: replace(m, objectives=figures[w], alerts=m.alerts + alerts[w]) for w, m in waves.items()
    }
    return waves, {pair: {**c, "objectives": moved.get(pair, {})} for pair, c in changes.items()}
