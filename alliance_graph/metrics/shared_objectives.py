"""The objectives in the shared version: progress seen by groups of at least K people.

The rules of :mod:`alliance_graph.metrics.shared`, applied to the progress answers of each
objective in each wave (DESIGN.md section 10, privacy):

1. The sponsor counts inside their register group, never alone; the coachee's and the
   coach's answers (the self and coach views, one person each) are left out.
2. A group with fewer than K people who answered on the objective in the wave is left
   out of every figure of that objective and wave, the stakeholders' view included, so no
   one's answer can be worked back by subtraction.
3. The stakeholders' view is shown from K people or more; the groups shown each have K.
"""

from __future__ import annotations

from typing import Any

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.objectives import objective_figures
from alliance_graph.metrics.results import plain
from alliance_graph.model import Survey

__all__ = ["shared_objectives"]

_HIDDEN = {"mean": None, "n": 0, "improved": None, "worse": None}


def shared_objectives(survey: Survey, k: int) -> dict[str, dict[str, Any]] | None:
    """``{wave: {objective: {"stakeholders", "groups", "progress", "target",
    "on_target", "groups_left_out"}}}`` under the rules above; ``None`` without
    objectives. ``groups_left_out`` names the groups under K (they show no figure)."""
    if survey.objectives is None or survey.progress is None:
        return None
    people = survey.stakeholders.assign(
        role=survey.stakeholders["role"].replace({"sponsor": "stakeholder"})
    )
    ids = people["id"].astype(str)
    solo = set(ids[people["role"].isin(["coachee", "coach"])])
    progress = survey.progress[~survey.progress["rater"].astype(str).isin(solo)]
    group = progress["rater"].astype(str).map(dict(zip(ids, people["group"])))
    progress = progress.assign(_group=group.where(group.notna() & (group != ""), UNGROUPED))
    raters = progress.groupby(["wave", "objective", "_group"])["rater"].transform("nunique")
    kept = progress[raters >= k].drop(columns="_group")
    left_out = progress[raters < k].groupby(["wave", "objective"])["_group"].unique().to_dict()
    figures = objective_figures(survey.objectives, kept, people, list(survey.waves))
    return plain(
        {
            wave: {
                oid: _shown(record, k, sorted(map(str, left_out.get((wave, oid), ()))))
                for oid, record in by_objective.items()
            }
            for wave, by_objective in figures.items()
        }
    )


def _shown(record: dict[str, Any], k: int, left_out: list[str]) -> dict[str, Any]:
    stakeholders = record["stakeholders"]
    shown = stakeholders["n"] >= k
    return {
        "stakeholders": stakeholders if shown else {**_HIDDEN, "n": stakeholders["n"]},
        "groups": {g: v for g, v in record["groups"].items() if v["n"] >= k},
        "progress": record["progress"] if shown else None,
        "target": record["target"],
        "on_target": record["on_target"] if shown else None,
        "groups_left_out": left_out,
    }
