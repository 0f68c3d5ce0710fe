"""One wave seen through the shared version's rules (:mod:`alliance_graph.metrics.shared`):
who counts, the tie table by group, and the group figures and graph it allows."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from alliance_graph.metrics import catalogue
from alliance_graph.metrics._ties import ties_of
from alliance_graph.metrics.alerts import (
    Alert,
    AlertCode,
    Thresholds,
    alliance_alerts,
)
from alliance_graph.metrics.alliance import UNGROUPED, alliance_balance, group_summary
from alliance_graph.metrics.dimensions import goals_alliances
from alliance_graph.metrics.groups import group_table, nested
from alliance_graph.metrics.reciprocity import positive_reciprocity
from alliance_graph.metrics.structural import signed_projection, triangle_balance
from alliance_graph.metrics.trust import network_trust

__all__ = ["COACH", "WaveView"]

#: The key of the coach in group figures (never the coach's name).
COACH = "(coach)"


class WaveView:
    """One wave seen through the rules: who counts, and the tie table by group."""

    def __init__(self, G: nx.DiGraph, coach: str | None, k: int) -> None:
        self.k = k
        self.coach = coach if coach is not None and coach in G else None
        self.key = {str(n): self._group(n, d) for n, d in G.nodes(data=True)}
        ties = ties_of(G)
        nodes = np.array(ties.nodes, dtype=object)
        self.ties = pd.DataFrame(
            {
                "rater": nodes[ties.rows],
                "ratee": nodes[ties.cols],
                "t": ties.t,
                "s": ties.s,
            }
        )
        self.ties["source"] = self.ties["rater"].map(self.key)
        self.ties["target"] = self.ties["ratee"].map(self.key)
        members = pd.Series(self.key).loc[lambda s: s != COACH]
        raters = self.ties.loc[self.ties["source"] != COACH].groupby("source")["rater"].nunique()
        self.sizes = members.value_counts().sort_index()
        self.raters = raters.reindex(self.sizes.index, fill_value=0)
        self.eligible = {str(g) for g, n in self.raters.items() if n >= k}
        kept = self.ties["source"].isin(self.eligible | {COACH})
        self.kept = self.ties.loc[kept]
        self.graph_kept = G.edge_subgraph(zip(self.kept["rater"], self.kept["ratee"])).copy()
        self.graph_kept.add_nodes_from(G.nodes(data=True))
        for node in self.graph_kept:  # the sponsor and the coachee count in their group
            if self.graph_kept.nodes[node].get("role") in ("sponsor", "coachee"):
                self.graph_kept.nodes[node]["role"] = "stakeholder"

    def _group(self, node: Any, data: dict[str, Any]) -> str:
        if self.coach is not None and str(node) == str(self.coach):
            return COACH
        return str(data.get("group") or UNGROUPED)

    # -- figures -------------------------------------------------------------------------

    def figures(self, fact: dict[str, Any], thresholds: Thresholds) -> dict[str, Any]:
        alliance = self.alliance
        return {
            "stakeholders": fact["stakeholders"],
            "raters": fact["raters"],
            "response_rate": fact["response_rate"],
            "groups": {
                str(g): {
                    "members": int(self.sizes[g]),
                    "raters": int(self.raters[g]),
                    "shown": str(g) in self.eligible,
                }
                for g in self.sizes.index
            },
            "alliance": alliance,
            "matrix": self.matrix(),
            "network": self.network(),
            "alerts": self.alerts(alliance, thresholds),
        }

    @cached_property
    def balance(self) -> dict[str, Any] | None:
        """The coach-centred balance on the kept ties (sponsor and coachee in their group)."""
        if self.coach is None:
            return None
        return alliance_balance(self.graph_kept, self.coach)

    @cached_property
    def alliance(self) -> dict[str, Any] | None:
        balance = self.balance
        if balance is None:
            return None
        people = balance["stakeholders"]
        to_coach = self.ties.loc[self.ties["target"] == COACH].groupby("source")["rater"]
        counts = to_coach.nunique()
        groups: dict[str, dict[str, Any]] = {}
        for group in map(str, self.sizes.index):
            records = [r for p, r in people.items() if self.key.get(str(p)) == group]
            answers = int(counts.get(group, 0))
            views = [r["from_coach"] for r in records if r["from_coach"] is not None]
            shown = answers >= self.k and group in balance["groups"]
            groups[group] = {
                "alliance": balance["groups"][group]["alliance"] if shown else None,
                "answers": answers,
                "shown": shown,
                "coach_view": float(np.mean(views)) if len(views) >= self.k else None,
                "coach_rated": len(views),
            }
        values = {g: r["alliance"] for g, r in groups.items() if r["shown"]}
        # on goals alone: a group shown, and K of its members rated the coach on goals
        goals = goals_alliances(
            self.graph_kept, str(self.coach), groups=set(values), min_raters=self.k
        )
        for group, record in groups.items():
            record["goals_alliance"] = goals.get(group)
        extra = catalogue.computed(
            self.graph_kept, str(self.coach), groups=set(values), min_raters=self.k
        )
        shared = {
            f.shared[1]: extra[f.name]
            for f in catalogue.shown_in("shared")
            if f.compute and f.shared is not None
        }
        return {
            **group_summary(values),
            **shared,
            "groups_shown": len(values),
            "groups": groups,
        }

    def matrix(self) -> dict[str, dict[str, dict[str, Any]]]:
        """M[G][H]: mean strength and sign of the ties G → H, with raters and ties."""
        ties = self.kept.loc[(self.kept["source"] != COACH) & (self.kept["target"] != COACH)]
        matrix = nested(group_table(ties[["source", "target", "t", "s", "rater"]]))
        for row in matrix.values():
            for cell in row.values():
                shown = cell["raters"] >= self.k
                cell["mean"] = cell["mean"] if shown else None
                cell["sign"] = _mean_sign(cell["sign"]) if shown else None
        return {
            source: {
                target: {k: cell[k] for k in ("mean", "sign", "raters", "ties")}
                for target, cell in row.items()
            }
            for source, row in matrix.items()
        }

    def network(self) -> dict[str, Any]:
        """Whole-network figures among the people of the groups shown (and the coach)."""
        people = [n for n in self.graph_kept if self.key[str(n)] in self.eligible | {COACH}]
        H = self.graph_kept.subgraph(people)
        trust = network_trust(H)
        S, _ = signed_projection(H)
        return {
            "people": trust["nodes"],
            "ties": trust["ties"],
            "mean_trust": trust["mean_trust"],
            "negative_share": trust["negative_share"],
            "reciprocity": positive_reciprocity(H),
            "triangle_balance_ratio": triangle_balance(S)["ratio"],
        }

    def alerts(self, alliance: dict[str, Any] | None, thresholds: Thresholds) -> list[Alert]:
        hidden = []
        for group in map(str, self.sizes.index):
            answers = int(self.raters[group])
            if group in self.eligible and alliance is not None:
                record = alliance["groups"][group]
                answers = -1 if record["shown"] else record["answers"]
            elif group in self.eligible:
                answers = -1
            if answers >= 0:
                hidden.append(
                    Alert(
                        AlertCode.NOT_ENOUGH_ANSWERS,
                        severity="info",
                        subject=group,
                        params=(("answers", answers), ("needed", self.k)),
                    )
                )
        if alliance is None:
            return alliance_alerts(None, {}) + hidden
        shown = {g: r for g, r in alliance["groups"].items() if r["shown"]}
        floor = alliance_alerts(
            {"sponsor_dominance": None, "groups": shown, "stakeholders": {}},
            {},
            thresholds,
        )
        return floor + hidden

    # -- the group graph ---------------------------------------------------------------

    def graph(self, wave: str) -> nx.DiGraph:
        alliance = self.alliance
        H = nx.DiGraph(wave=wave, level="group")
        for group in map(str, self.sizes.index):
            H.add_node(
                group,
                name=group,
                group=group,
                role="stakeholder",
                members=int(self.sizes[group]),
                raters=int(self.raters[group]),
                shown=group in self.eligible,
            )
        if self.coach is not None:
            H.add_node(COACH, name=COACH, group=COACH, role="coach", members=1, shown=True)
        for source, row in self.matrix().items():
            for target, cell in row.items():
                if cell["mean"] is None:
                    continue
                if source == target:
                    H.nodes[source]["cohesion"] = cell["mean"]
                    continue
                H.add_edge(source, target, **_edge(cell["mean"], cell["sign"], cell))
        self._coach_edges(H, alliance)
        return H

    def _coach_edges(self, H: nx.DiGraph, alliance: dict[str, Any] | None) -> None:
        if alliance is None:
            return
        ties = self.kept
        for group, record in alliance["groups"].items():
            to_coach = ties.loc[(ties["source"] == group) & (ties["target"] == COACH)]
            if record["shown"] and to_coach["rater"].nunique() >= self.k:
                cell = {"ties": len(to_coach), "raters": to_coach["rater"].nunique()}
                H.add_edge(group, COACH, **_edge(to_coach["t"].mean(), to_coach["s"].mean(), cell))
            from_coach = ties.loc[(ties["source"] == COACH) & (ties["target"] == group)]
            if record["coach_view"] is not None:
                cell = {"ties": len(from_coach), "raters": 1}
                H.add_edge(
                    COACH, group, **_edge(from_coach["t"].mean(), from_coach["s"].mean(), cell)
                )


def _edge(strength: float, sign: float, cell: dict[str, Any]) -> dict[str, Any]:
    return {
        "strength": float(strength),
        "sign": _mean_sign(sign),
        "n_ratings": int(cell["ties"]),
        "n_raters": int(cell["raters"]),
    }


def _mean_sign(mean: float) -> float:
    """A mean of tie signs with its floating-point residue at 0 made exactly 0: tie signs
    are exact rationals (:func:`~alliance_graph.graph.tie_table`), so a mean under 1e−12
    in size is a cancelling sum (0.1 + 0.2 − 0.3 in floats), never a real lean."""
    return 0.0 if abs(mean) < 1e-12 else float(mean)
