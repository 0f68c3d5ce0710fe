"""The objectives in the shared version: progress seen by groups of at least K people.

The rules of :mod:`alliance_graph.metrics.shared`, applied to the progress answers of each
objective in each wave (DESIGN.md section 10, privacy):

1. The sponsor counts inside their register group, never alone; the coachee's and the
   coach's answers (the self and coach views, one person each) are left out.
2. A group with fewer than K people who answered on the objective in the wave is left
   out of every figure of that objective and wave, the stakeholders' view included, so no
   one's answer can be worked back by subtraction.
3. The stakeholders' view is shown from K people or more; the groups shown each have K.
4. People whose own view is shown beside these figures (``apart``: the sponsor in the
   three-way meeting pack) count in the figures but not towards K: a group, and a change
   test, needs K people besides them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import pandas as pd

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.change_tests import UNTESTED
from alliance_graph.metrics.objective_changes import objective_changes
from alliance_graph.metrics.objectives import objective_figures
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.results import plain
from alliance_graph.model import Survey

__all__ = ["shared_objective_changes", "shared_objectives"]

_HIDDEN = {"mean": None, "n": 0, "improved": None, "worse": None}


def shared_objectives(
    survey: Survey, k: int, *, apart: Collection[str] = ()
) -> dict[str, dict[str, Any]] | None:
    """``{wave: {objective: {"stakeholders", "groups", "progress", "target",
    "on_target", "groups_left_out"}}}`` under the rules above; ``None`` without
    objectives. ``groups_left_out`` names the groups under K (they show no figure)."""
    found = _kept(survey, k, apart)
    if found is None:
        return None
    people, kept, left_out = found
    assert survey.objectives is not None
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


def shared_objective_changes(
    survey: Survey,
    k: int,
    pairs: Sequence[tuple[str, str]],
    *,
    apart: Collection[str] = (),
    seed: int = 0,
    patterns: int = PATTERNS,
) -> dict[str, dict[str, Any]] | None:
    """``{"<a>-><b>": {objective: {"stakeholders": change or None, "groups": {G:
    change}}}}``: the change of each view shown in both waves of the pair, as
    :func:`~alliance_graph.metrics.objective_changes.objective_changes` gives it, from
    the answers kept by the rules above. The test runs on the people who answered in
    both waves; fewer than K of them (besides ``apart``) and it is not run (its keys
    ``None``, never significant). ``None`` without objectives."""
    found = _kept(survey, k, apart)
    if found is None:
        return None
    people, kept, _ = found
    assert survey.objectives is not None
    changes = objective_changes(
        survey.objectives,
        kept,
        people,
        list(survey.waves),
        pairs=list(pairs),
        patterns=patterns,
        seed=seed,
        min_group_size=k,
    )
    named = people["group"].notna() & (people["group"].astype(str).str.strip() != "")
    groups = dict(zip(people["id"].astype(str), people["group"].where(named, UNGROUPED)))
    out: dict[str, dict[str, Any]] = {}
    for a, b in pairs:
        answered = kept[kept["wave"].isin([a, b]) & kept["rater"].astype(str).isin(set(apart))]
        both = answered.groupby(["objective", "rater"])["wave"].nunique() == 2
        paired = {(str(o), str(r)) for (o, r), yes in both.items() if yes}
        out[f"{a}->{b}"] = {
            oid: _changes_shown(record, k, [groups.get(r) for o, r in paired if o == oid])
            for oid, record in changes[f"{a}->{b}"].items()
        }
    return plain(out)


def _kept(
    survey: Survey, k: int, apart: Collection[str]
) -> tuple[pd.DataFrame, pd.DataFrame, dict[tuple[str, str], Any]] | None:
    """The register as the shared figures see it, the answers kept, and the groups left
    out of each (wave, objective)."""
    if survey.objectives is None or survey.progress is None:
        return None
    people = survey.stakeholders.assign(
        role=survey.stakeholders["role"].replace({"sponsor": "stakeholder"})
    )
    ids = people["id"].astype(str)
    solo = set(ids[people["role"].isin(["coachee", "coach"])])
    progress = survey.progress[~survey.progress["rater"].astype(str).isin(solo)]
    group = progress["rater"].astype(str).map(dict(zip(ids, people["group"])))
    rater = progress["rater"].astype(str)
    progress = progress.assign(
        _group=group.where(group.notna() & (group != ""), UNGROUPED),
        _counted=rater.where(~rater.isin(set(apart))),  # NaN: not counted towards K
    )
    raters = progress.groupby(["wave", "objective", "_group"])["_counted"].transform("nunique")
    kept = progress[raters >= k].drop(columns=["_group", "_counted"])
    left_out = progress[raters < k].groupby(["wave", "objective"])["_group"].unique().to_dict()
    return people, kept, left_out


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


def _changes_shown(record: dict[str, Any], k: int, apart_groups: list[Any]) -> dict[str, Any]:
    """The views shown in both waves; a test resting on fewer than K people besides
    those ``apart`` (whose groups are ``apart_groups``) is withdrawn."""

    def shown(change: dict[str, Any], apart_paired: int) -> dict[str, Any] | None:
        if not (change["n_before"] and change["n_after"]):
            return None
        if change["n_paired"] - apart_paired < k:
            return {**change, **UNTESTED}
        return change

    groups = {
        g: shown(change, sum(str(a) == g for a in apart_groups))
        for g, change in record["groups"].items()
    }
    return {
        "stakeholders": shown(record["stakeholders"], len(apart_groups)),
        "groups": {g: change for g, change in groups.items() if change is not None},
    }
