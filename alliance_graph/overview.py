"""A first look at a survey: per wave, who answered, how many ties, how strong on average."""

from __future__ import annotations

from typing import Any

import networkx as nx

from alliance_graph.model import Survey

__all__ = ["overview"]


def overview(survey: Survey, graphs: dict[str, nx.DiGraph]) -> dict[str, Any]:
    """Plain figures per wave, ready for JSON: counts, response rate and mean strength.

    ``response_rate`` is raters / stakeholders of the wave (``None`` for an empty wave);
    ``mean_strength`` is the mean tie strength t (``None`` with no tie).
    """
    people = survey.stakeholders
    waves = {}
    for wave, G in graphs.items():
        ratings = survey.ratings[survey.ratings["wave"] == wave]
        raters = ratings["rater"].nunique()
        strengths = [d["strength"] for _, _, d in G.edges(data=True)]
        waves[wave] = {
            "stakeholders": G.number_of_nodes(),
            "raters": int(raters),
            "response_rate": round(raters / G.number_of_nodes(), 4) if len(G) else None,
            "ratings": len(ratings),
            "ties": G.number_of_edges(),
            "negative_ties": sum(1 for _, _, d in G.edges(data=True) if d["sign"] < 0),
            "mean_strength": round(sum(strengths) / len(strengths), 4) if strengths else None,
            "dimensions": sorted(ratings["dimension"].unique().tolist()),
        }
    groups = people["group"].fillna("—").value_counts().sort_index()
    return {
        "scale": survey.scale.to_dict(),
        "coach": survey.coach,
        "stakeholders": len(people),
        "groups": {str(k): int(v) for k, v in groups.items()},
        "roles": {
            str(r): [str(i) for i in people.loc[people["role"] == r, "id"]]
            for r in ("coach", "sponsor", "coachee")
        },
        "waves": waves,
        "issues": {"errors": len(survey.errors), "warnings": len(survey.warnings)},
    }
