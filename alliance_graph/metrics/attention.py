"""Where the coach's time goes, beside where the trust is: attention balance and layers.

From an interaction log (``survey.interactions``): the coach's attention per balance
group (the sponsor, the coachee, each register group) against the group's share of the
stakeholders, with the balance index of DESIGN.md 5.1 computed on attention; and the
comparison of the interaction layer with the trust layer (who the coach meets without
knowing their trust, who trusts the coach little and is not met, and an optional combined
strength).
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from alliance_graph.ingest.interactions import interaction_ties
from alliance_graph.metrics.alliance import balance_group, balance_index

__all__ = ["ATTENTION_RATIO", "attention_balance", "interaction_layers", "layer_comparison"]

#: A group whose share of the coach's time is under this fraction of its share of the
#: stakeholders gets an alert.
ATTENTION_RATIO = 0.5


def attention_balance(
    events: pd.DataFrame, stakeholders: pd.DataFrame, coach: str
) -> dict[str, Any] | None:
    """The coach's attention in one wave's events, per balance group.

    Each event between the coach and someone counts once for that person, whatever its
    direction. Per group: ``amount`` (events, minutes or weights), ``share`` of the
    coach's total, ``members`` and ``member_share`` (the group's share of the
    stakeholders), ``ratio`` = share / member_share (1: time in proportion to the
    group's size), ``people_met``. ``balance_index`` is B (DESIGN.md 5.1) over the
    attention per member of every group, groups never met included (as 0); ``None``
    without any event with the coach.
    """
    mine = events[(events["source"] == coach) ^ (events["target"] == coach)]
    if mine.empty:
        return None
    other = np.where(mine["source"] == coach, mine["target"], mine["source"])
    per_person = pd.Series(mine["amount"].to_numpy(), index=other).groupby(level=0).sum()
    people = stakeholders[stakeholders["id"].astype(str) != str(coach)]
    group = {
        str(p): balance_group({"role": r, "group": g if isinstance(g, str) else None})
        for p, r, g in zip(people["id"], people["role"], people["group"])
    }
    sizes = pd.Series(group).value_counts()
    spent = per_person.groupby(per_person.index.map(lambda p: group.get(str(p), "?"))).sum()
    met = per_person.index.map(lambda p: group.get(str(p), "?")).value_counts()
    total, everyone = float(per_person.sum()), int(sizes.sum())
    groups = {}
    for name in sorted(sizes.index):
        amount = float(spent.get(name, 0.0))
        share, member_share = amount / total, sizes[name] / everyone
        groups[name] = {
            "amount": amount,
            "share": share,
            "members": int(sizes[name]),
            "member_share": member_share,
            "ratio": share / member_share,
            "people_met": int(met.get(name, 0)),
        }
    per_member = {g: r["amount"] / r["members"] for g, r in groups.items()}
    return {
        "total": total,
        "balance_index": balance_index(list(per_member.values())),
        "most": max(per_member, key=lambda g: (per_member[g], g)),
        "least": min(per_member, key=lambda g: (per_member[g], g)),
        "outside": float(spent.get("?", 0.0)),
        "groups": groups,
    }


def layer_comparison(
    G: nx.DiGraph,
    ties: pd.DataFrame,
    coach: str,
    *,
    floor: float = 0.5,
    alpha: float | None = None,
    withheld: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """The trust layer ``G`` beside one wave's interaction ``ties`` (``source, target,
    strength``). People ``withheld`` (no consent) never appear in ``low_not_met``: it
    would tell their own answer.

    ``met_unknown``: people the coach interacted with but with no rating between them
    and the coach; ``low_not_met``: people whose trust in the coach (their rating) is
    under ``floor`` and whom the coach did not interact with. Pair counts: ``trust_only``,
    ``interaction_only``, ``both``. With ``alpha``, ``combined`` is the mean of
    α·t_trust + (1 − α)·t_interaction over the ties present in both layers.
    """
    met = set(ties.loc[ties["source"] == coach, "target"]) | set(
        ties.loc[ties["target"] == coach, "source"]
    )
    rated = (
        {v for v in G.successors(coach)} | {u for u in G.predecessors(coach)}
        if coach in G
        else set()
    )
    low = {
        u
        for u in (G.predecessors(coach) if coach in G else [])
        if G.edges[u, coach]["strength"] < floor
    }
    trust_pairs = {(str(u), str(v)): d["strength"] for u, v, d in G.edges(data=True)}
    seen = dict(zip(zip(ties["source"].astype(str), ties["target"].astype(str)), ties["strength"]))
    both = trust_pairs.keys() & seen.keys()
    out: dict[str, Any] = {
        "met_unknown": sorted(map(str, met - rated - {coach})),
        "low_not_met": sorted(map(str, low - met - withheld)),
        "trust_only": len(trust_pairs.keys() - seen.keys()),
        "interaction_only": len(seen.keys() - trust_pairs.keys()),
        "both": len(both),
        "alpha": alpha,
        "combined": None,
    }
    if alpha is not None and both:
        values = [alpha * trust_pairs[p] + (1 - alpha) * seen[p] for p in both]
        out["combined"] = float(np.mean(values))
    return out


def interaction_layers(
    events: pd.DataFrame,
    stakeholders: pd.DataFrame,
    graphs: dict[str, nx.DiGraph],
    coach: str | None,
    *,
    floor: float = 0.5,
    alpha: float | None = None,
    half_life_days: float | None = None,
    measure: str = "count",
    withheld: frozenset[str] = frozenset(),
) -> dict[str, dict[str, Any]]:
    """Per wave: ``measure``, ``attention`` and ``layers`` (``None`` without a coach)."""
    ties = interaction_ties(_log(events, measure), half_life_days=half_life_days)
    out = {}
    for wave, G in graphs.items():
        in_wave = events[events["wave"] == wave]
        wave_ties = ties[ties["wave"] == wave]
        out[wave] = {
            "measure": measure,
            "events": len(in_wave),
            "ties": len(wave_ties),
            "attention": attention_balance(in_wave, stakeholders, coach) if coach else None,
            "layers": layer_comparison(
                G, wave_ties, coach, floor=floor, alpha=alpha, withheld=withheld
            )
            if coach
            else None,
        }
    return out


def _log(events: pd.DataFrame, measure: str) -> Any:
    from alliance_graph.ingest.interactions import InteractionLog

    return InteractionLog(events, measure, tuple(pd.unique(events["wave"])))
