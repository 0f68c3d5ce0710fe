"""The coach's figures without what shows the answers of people without consent.

:func:`~alliance_graph.privacy.withhold_answers` takes each withheld person's own answers
out of the figures; here, in addition, a balance group whose members are all withheld (a
sponsor's group of one) is hidden with everything made from it: the figures the metric
catalogue marks ``groups`` are redone over the other groups, those marked ``sponsor``
hidden, and the changes between waves redone the same way.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import networkx as nx

from alliance_graph.metrics import catalogue
from alliance_graph.metrics.alliance import balance_group, group_summary
from alliance_graph.metrics.results import plain
from alliance_graph.privacy import withhold_answers

if TYPE_CHECKING:
    from alliance_graph.metrics.results import WaveMetrics

__all__ = ["withhold"]


def withhold(
    waves: dict[str, WaveMetrics],
    changes: dict[str, dict[str, Any]],
    hidden: frozenset[str],
    graphs: dict[str, nx.DiGraph],
    coach: str | None,
) -> tuple[dict[str, WaveMetrics], dict[str, dict[str, Any]]]:
    """The figures without what shows one person without consent's own answers
    (:func:`~alliance_graph.privacy.withhold_answers`) and without the groups they are
    alone in; aggregates stay."""
    sections = ("network", "structural_balance", "alliance", "groups", "nodes")
    plain_waves = {
        w: {
            **{k: plain(getattr(m, k)) for k in sections},
            "alerts": [a.to_dict() for a in m.alerts],
        }
        for w, m in waves.items()
    }
    masked = withhold_answers({"waves": plain_waves, "changes": plain(changes)}, hidden)
    lone = {w: _hide_lone_groups(masked["waves"][w], hidden, graphs[w], coach) for w in waves}
    for pair, change in masked["changes"].items():
        before, after = pair.split("->", 1)
        _hide_lone_changes(change, lone[before] | lone[after], masked["waves"], before, after)
    out = {}
    for w, m in waves.items():
        kept = {(a["code"], a["subject"]) for a in masked["waves"][w]["alerts"]}
        out[w] = replace(
            m,
            **{k: masked["waves"][w][k] for k in sections},
            alerts=tuple(a for a in m.alerts if (a.code.value, a.subject) in kept),
        )
    return out, masked["changes"]


def _hide_lone_groups(
    wave: dict[str, Any], hidden: frozenset[str], G: nx.DiGraph, coach: str | None
) -> set[str]:
    """Hide the alliance of each balance group whose members are all without consent (a
    sponsor's group of one would show their answer) and redo the figures made from group
    alliances over the others (:mod:`~alliance_graph.metrics.catalogue`, privacy
    ``groups`` and ``sponsor``); returns the groups hidden."""
    alliance = wave["alliance"]
    if alliance is None:
        return set()
    members: dict[str, set[str]] = {}
    for person, record in alliance["stakeholders"].items():
        members.setdefault(balance_group(record), set()).add(str(person))
    lone = {g for g in alliance["groups"] if members.get(g, set()) <= hidden}
    if lone:
        kept = {g: r for g, r in alliance["groups"].items() if g not in lone}
        alliance.update(group_summary({g: r["alliance"] for g, r in kept.items()}))
        alliance.update(catalogue.computed(G, str(coach), groups=set(kept)))
        alliance["groups"] = kept
        if "sponsor" in lone:
            alliance.update({f.name: None for f in catalogue.FIGURES if f.privacy == "sponsor"})
        wave["alerts"] = [a for a in wave["alerts"] if a.get("subject") not in lone]
    return lone


def _hide_lone_changes(
    change: dict[str, Any], lone: set[str], waves: dict[str, Any], before: str, after: str
) -> None:
    """The change of a pair of waves without the hidden groups (their intervals would
    show one person's answers): headline deltas redone from the masked figures."""
    if not lone:
        return
    change["groups"] = {g: r for g, r in change["groups"].items() if g not in lone}
    like_for_like = change.get("alliance_basis") in ("both", None)
    for figure in catalogue.shown_in("compare"):
        if figure.privacy == "groups":
            # figures redone on one direction (a skipped wave) cannot be redone from the
            # masked waves: no delta rather than one that mixes the two bases
            change["deltas"][figure.name] = (
                _delta_of(waves[before], waves[after], figure.section, figure.name)
                if like_for_like
                else None
            )
        elif figure.privacy == "sponsor":
            change["deltas"][figure.name] = None
    change.update(
        balance_index_delta=change["deltas"]["balance_index"],
        balance_index_ci_low=None,
        balance_index_ci_high=None,
        balance_index_p_value=None,
        balance_index_decidable=False,
        balance_index_significant=False,
    )


def _delta_of(a: dict[str, Any], b: dict[str, Any], section: str, key: str) -> float | None:
    first, second = (a[section] or {}).get(key), (b[section] or {}).get(key)
    return second - first if first is not None and second is not None else None
