"""The shared audience: group figures safe to give the client organisation.

The rules (docs/privacy.md), with k = ``min_group_size``:

1. A figure about what a group answered is shown only when at least k of its people gave
   those answers: a group's trust in the coach needs k members who rated the coach; a cell
   of the group matrix needs k distinct raters.
2. The answers of people whose group has fewer than k raters in a wave are left out of
   every figure of that wave, totals included, so no one can recover them by subtraction;
   such groups are listed as "not enough answers", never merged into another.
3. The sponsor and the coachee count inside their register group, never alone.
4. The coach's own view of a group (the coach's mean rating of its members) is shown
   when the coach rated at least k of them, so no single rating can be read back.
5. No stakeholder id or name leaves this module: groups are named by their register
   label, the coach by the key :data:`COACH`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from alliance_graph.audience import MIN_GROUP_SIZE, Audience
from alliance_graph.graph import build_graphs
from alliance_graph.metrics._shared_view import COACH, WaveView
from alliance_graph.metrics.alerts import (
    DEFAULT_THRESHOLDS,
    Thresholds,
)
from alliance_graph.metrics.alliance import group_summary
from alliance_graph.metrics.change_tests import change_intervals
from alliance_graph.metrics.compare import comparable_alliances, wave_pairs
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.shared_objectives import shared_objectives
from alliance_graph.metrics.summary import plain
from alliance_graph.model import Survey
from alliance_graph.overview import overview

__all__ = [
    "COACH",
    "MIN_GROUP_SIZE",
    "SharedResult",
    "coach_group_graphs",
    "group_graphs",
    "redact",
    "shared_metrics",
]


@dataclass(frozen=True)
class SharedResult:
    """The shared version, computed once: its figures, whatever the language (alerts as
    :class:`~alliance_graph.metrics.alerts.Alert`), and its group graphs."""

    figures: dict[str, Any]
    graphs: dict[str, nx.DiGraph]

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The shared figures as plain JSON-ready data, alerts worded in ``lang``."""
        waves = {
            wave: {**data, "alerts": [alert.to_dict(lang) for alert in data["alerts"]]}
            for wave, data in self.figures["waves"].items()
        }
        return {**self.figures, "waves": waves}


def redact(
    survey: Survey,
    *,
    graphs: dict[str, nx.DiGraph] | None = None,
    coach: str | None = None,
    min_group_size: int = MIN_GROUP_SIZE,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    seed: int = 0,
    patterns: int = PATTERNS,
    pairs: list[tuple[str, str]] | None = None,
    share_viewpoints: bool = False,
) -> SharedResult:
    """The survey's waves (``graphs``, built from ``survey`` when not given) seen through
    the rules above: group figures from at least ``min_group_size`` people and the group
    graphs, each wave seen once.

    Per wave: response, each group's size and raters, the group alliances (trust with the
    coach, and the coach's own view), the balance over the groups shown, the group matrix,
    whole-network figures from the eligible raters, and group alerts. ``changes`` holds,
    per pair of waves, the change of each group alliance and of the balance index with
    permutation tests (see :func:`~alliance_graph.metrics.change_tests.change_intervals`).
    With objectives, each wave's ``objectives`` and each pair's ``changes.objectives``
    follow :mod:`~alliance_graph.metrics.shared_objectives`; ``share_viewpoints`` (the
    coach's explicit choice, :class:`~alliance_graph.audience.Audience`) adds the
    coachee's, the sponsor's and the coach's views of them.
    """
    k = _checked(min_group_size)
    who = coach or survey.coach
    graphs = build_graphs(survey) if graphs is None else graphs
    views = {w: WaveView(G, who, k) for w, G in graphs.items()}
    facts = overview(survey, graphs)["waves"]
    waves = {w: view.figures(facts[w], thresholds) for w, view in views.items()}
    chosen = wave_pairs(list(graphs)) if pairs is None else pairs
    changes = {
        f"{a}->{b}": _change(views[a], views[b], (a, b), patterns=patterns, seed=seed)
        for a, b in chosen
    }
    objectives = shared_objectives(
        survey, k, viewpoints=share_viewpoints, pairs=chosen, patterns=patterns, seed=seed
    )
    if objectives is not None:  # only when objectives were read
        for wave, figures in waves.items():
            figures["objectives"] = objectives.figures[wave]
        for pair, change in changes.items():
            change["objectives"] = objectives.changes[pair]
    figures = plain(
        {
            "audience": "shared",
            "min_group_size": k,
            # written only when the coach chose to share the three one-person views
            **({"share_viewpoints": True} if share_viewpoints else {}),
            "scale": {"min": survey.scale.min, "max": survey.scale.max},
            "has_coach": who is not None,
            "waves": waves,
            "changes": changes,
        }
    )
    return SharedResult(figures, {w: view.graph(w) for w, view in views.items()})


def shared_metrics(
    survey: Survey,
    *,
    coach: str | None = None,
    min_group_size: int = MIN_GROUP_SIZE,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
    seed: int = 0,
    patterns: int = PATTERNS,
    pairs: list[tuple[str, str]] | None = None,
    lang: str = "en",
    share_viewpoints: bool = False,
) -> dict[str, Any]:
    """The shared-audience figures of every wave (:func:`redact`), as plain JSON-ready
    data with the alerts worded in ``lang``."""
    result = redact(
        survey,
        coach=coach,
        min_group_size=min_group_size,
        thresholds=thresholds,
        seed=seed,
        patterns=patterns,
        pairs=pairs,
        share_viewpoints=share_viewpoints,
    )
    return result.to_dict(lang)


def group_graphs(
    survey: Survey, *, coach: str | None = None, min_group_size: int = MIN_GROUP_SIZE
) -> dict[str, nx.DiGraph]:
    """One graph per wave with groups as nodes (and :data:`COACH`), for the shared view.

    A tie G → H carries the mean strength and sign of the ties from members of G to
    members of H, ``n_ratings`` (ties) and ``n_raters``, and exists only when shown by the
    rules above; trust within a group is the node's ``cohesion``. Nodes carry ``name``
    and ``group`` (the group key), ``role``, ``members``, ``raters`` and ``shown``.
    """
    k = _checked(min_group_size)
    who = coach or survey.coach
    return {w: WaveView(G, who, k).graph(w) for w, G in build_graphs(survey).items()}


def coach_group_graphs(graphs: dict[str, nx.DiGraph], coach: str | None) -> dict[str, nx.DiGraph]:
    """The graphs of :func:`group_graphs` for the coach's own report, from ``graphs`` (the
    coach's networks by wave): every answer counts, as the coach's report shows them all
    (no smallest group; never for the shared version)."""
    return {w: WaveView(G, coach, 1).graph(w) for w, G in graphs.items()}


def _checked(min_group_size: int) -> int:
    """K, checked against its floor (:class:`~alliance_graph.audience.Audience`)."""
    return Audience("shared", min_group_size).min_group_size


def _change(
    before: WaveView, after: WaveView, labels: tuple[str, str], *, patterns: int, seed: int
) -> dict[str, Any]:
    """Group alliances and balance between two waves, over the groups shown in both,
    on the directions of the coach's ties rated in both waves."""
    basis = comparable_alliances(before.graph_kept, after.graph_kept, before.balance, after.balance)
    a, b = basis["before"], basis["after"]
    skipped = {
        key: None if basis[key] is None else labels[0] if basis[key] == "before" else labels[1]
        for key in ("coach_skipped", "stakeholders_skipped")
    }
    out = {"alliance_basis": basis["basis"], **skipped, "groups": {}, "balance_index": None}
    if a is None or b is None:
        return out
    shown_a, shown_b = before.alliance, after.alliance
    assert shown_a is not None and shown_b is not None
    common = {
        g
        for g in set(shown_a["groups"]) & set(shown_b["groups"])
        if shown_a["groups"][g]["shown"] and shown_b["groups"][g]["shown"]
    }
    intervals = change_intervals(
        _restricted(a, common, before.key),
        _restricted(b, common, after.key),
        patterns=patterns,
        seed=seed,
        min_group_size=before.k,
    )
    return {**out, "groups": intervals["groups"], "balance_index": intervals["balance_index"]}


def _restricted(balance: dict[str, Any], groups: set[str], key: dict[str, str]) -> dict[str, Any]:
    """A balance result cut down to ``groups`` (the input of the tests)."""
    kept = {g: r for g, r in balance["groups"].items() if g in groups}
    return {
        "groups": kept,
        "stakeholders": {
            p: r for p, r in balance["stakeholders"].items() if key.get(str(p)) in groups
        },
        "balance_index": group_summary({g: r["alliance"] for g, r in kept.items()})[
            "balance_index"
        ],
    }
