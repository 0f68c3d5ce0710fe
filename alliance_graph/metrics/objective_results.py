"""The objectives' figures of a survey, ready for the metrics: per wave, the figures and
their alerts (:class:`~alliance_graph.metrics.alerts.Alert`); per pair of waves, the
changes (DESIGN.md section 10).

People without consent count only in group figures: a sponsor without consent counts
among the stakeholders (no sponsor view), and the answers of a coachee or a coach without
consent, which would be a view of one person, are left out of the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from alliance_graph.metrics.alerts import Alert, AlertCode
from alliance_graph.metrics.objective_changes import objective_changes
from alliance_graph.metrics.objectives import objective_figures
from alliance_graph.metrics.permutation import PATTERNS
from alliance_graph.metrics.results import plain
from alliance_graph.model import Survey
from alliance_graph.privacy import withheld

__all__ = ["consented", "objective_results"]


def objective_results(
    survey: Survey,
    alliance_groups: dict[str, dict[str, float | None]],
    pairs: Sequence[tuple[str, str]],
    *,
    floor: float = 0.50,
    gap_threshold: float = 1.5,
    seed: int = 0,
    patterns: int = PATTERNS,
) -> tuple[dict[str, Any], dict[str, tuple[Alert, ...]], dict[str, Any]] | None:
    """``(figures by wave, alerts by wave, changes by pair)`` of the survey's objectives,
    ``None`` when it has none; ``alliance_groups`` are the coach's group alliances of
    each wave (for the weak-group alert under ``floor``); views that part by
    ``gap_threshold`` points or more are an alert."""
    if survey.objectives is None or survey.progress is None:
        return None
    people, progress = consented(survey)
    waves = list(survey.waves)
    figures = objective_figures(
        survey.objectives,
        progress,
        people,
        waves,
        alliance_groups=alliance_groups,
        floor=floor,
        gap_threshold=gap_threshold,
    )
    alerts = {
        wave: tuple(_alert(record) for o in by_objective.values() for record in o.pop("alerts"))
        for wave, by_objective in figures.items()
    }
    changes = objective_changes(
        survey.objectives, progress, people, waves, pairs=list(pairs), patterns=patterns, seed=seed
    )
    return plain(figures), alerts, plain(changes)


def consented(survey: Survey) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The register and the progress answers as the figures may use them (see the
    module): a sponsor without consent is a stakeholder, and the answers of a coachee or
    a coach without consent are left out."""
    hidden = withheld(survey)
    people, progress = survey.stakeholders, survey.progress
    assert progress is not None
    if not hidden:
        return people, progress
    ids = people["id"].astype(str)
    roles = people["role"].where(~(ids.isin(hidden) & (people["role"] == "sponsor")), "stakeholder")
    alone = set(ids[ids.isin(hidden) & people["role"].isin(["coachee", "coach"])])
    kept = progress[~progress["rater"].astype(str).isin(alone)]
    return people.assign(role=roles), kept


def _alert(record: dict[str, Any]) -> Alert:
    params = dict(record["params"])
    if "gap" in params:  # which two views part: the wording of the alert
        params["variant"] = params.pop("gap")
    if "observers" in params:
        params["observers"] = tuple(params["observers"])
    params.pop("wave", None)
    return Alert(
        AlertCode(record["code"]),
        severity=record["severity"],
        subject=record["subject"],
        params=tuple(params.items()),
    )
