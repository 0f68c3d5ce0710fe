"""Progress on the objectives agreed at the kick-off, seen from each viewpoint, per wave.

Each stakeholder rates the change they see on each objective, −3 (much worse) … +3 (much
better), wave after wave: the stakeholder-centred "mini-survey" of Goldsmith and Morgan.
The answers are read from several viewpoints: the coachee's own (``self``), the
sponsor's, the coach's, each register group's, and the stakeholders' (everyone but the
coachee and the coach). Where these views part, the parties do not see the same coaching;
where an objective's observers are a group the coach's alliance is weak with, the
objective rests on weak ground (Bordin's working alliance: goals, tasks, bond).

References
----------
Goldsmith, M., & Morgan, H. (2004). Leadership is a contact sport: the "follow-up factor"
in management development. *Strategy + Business* 36, 70–79.
Bordin, E. S. (1979). The generalizability of the psychoanalytic concept of the working
alliance. *Psychotherapy: Theory, Research & Practice* 16(3), 252–260.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.metrics.objective_alerts import (
    EPSILON,
    GAPS,
    coverage_alerts,
    gap_alerts,
    objective_alerts,
    weak_alerts,
)

__all__ = [
    "GAPS",
    "VIEWS",
    "objective_alerts",
    "objective_figures",
    "viewpoint_answers",
    "viewpoint_groups",
]

#: The viewpoints held by one role each, then the stakeholders' view (groups aside).
VIEWS = ("self", "sponsor", "coach", "stakeholders")
_ROLE_VIEWS = {"coachee": "self", "sponsor": "sponsor", "coach": "coach"}
_EMPTY = {"mean": None, "n": 0, "improved": None, "worse": None}


def viewpoint_answers(
    objectives: pd.DataFrame,
    progress: pd.DataFrame,
    stakeholders: pd.DataFrame,
    waves: Sequence[str],
) -> pd.DataFrame:
    """Every answer once per viewpoint it counts in: ``wave, objective, rater, progress,
    view, group``.

    A rater's answers to one objective in one wave are first averaged (one value per
    person). ``view`` is ``self`` (role coachee), ``sponsor``, ``coach``, ``stakeholders``
    (every role but coachee and coach) or ``group`` (role stakeholder only); ``group`` is
    the rater's register group (:data:`~alliance_graph.metrics.alliance.UNGROUPED` when
    none). Raters missing from the register count as stakeholders without a group. Only
    the register's objectives and the ``waves`` given are kept.

    >>> objectives = pd.DataFrame({"id": ["O1"]})
    >>> people = pd.DataFrame({"id": ["e", "a"], "group": [None, "Team"],
    ...                        "role": ["coachee", "stakeholder"]})
    >>> progress = pd.DataFrame({"wave": ["T1", "T1"], "rater": ["e", "a"],
    ...                          "objective": ["O1", "O1"], "progress": [1.0, 2.0]})
    >>> viewpoint_answers(objectives, progress, people, ["T1"])[["rater", "view", "group"]]
      rater          view       group
    0     e          self  (no group)
    1     a  stakeholders        Team
    2     a         group        Team
    """
    keep = (
        progress["wave"].isin(list(waves))
        & progress["objective"].isin(objectives["id"].astype(str))
        & progress["progress"].notna()
    )
    answers = (
        progress.loc[keep, ["wave", "objective", "rater", "progress"]]
        .astype({"wave": str, "objective": str, "rater": str, "progress": float})
        .groupby(["wave", "objective", "rater"], as_index=False, sort=True)["progress"]
        .mean()
    )
    people = stakeholders.assign(id=stakeholders["id"].astype(str)).set_index("id")
    role = answers["rater"].map(people["role"])
    answers["role"] = role.where(role.isin(list(_ROLE_VIEWS)), "stakeholder")
    group = answers["rater"].map(people["group"])
    named = group.notna() & (group.astype(str).str.strip() != "")
    answers["group"] = group.where(named, UNGROUPED).astype(str)
    by_role = answers["role"].map(_ROLE_VIEWS)
    parts = [
        answers.loc[by_role.notna()].assign(view=by_role),
        answers.loc[~answers["role"].isin(["coachee", "coach"])].assign(view="stakeholders"),
        answers.loc[answers["role"] == "stakeholder"].assign(view="group"),
    ]
    columns = ["wave", "objective", "rater", "progress", "view", "group"]
    return pd.concat(parts, ignore_index=True)[columns]


def objective_figures(
    objectives: pd.DataFrame,
    progress: pd.DataFrame,
    stakeholders: pd.DataFrame,
    waves: Sequence[str],
    *,
    alliance_groups: Mapping[str, Mapping[str, float | None]] | None = None,
    floor: float = 0.50,
    gap_threshold: float = 1.5,
) -> dict[str, dict[str, dict[str, Any]]]:
    """Progress on each objective in each wave, by viewpoint, with its gaps and alerts.

    For a viewpoint V answered by raters i with progress xᵢ (−3 … +3):
    mean = Σ xᵢ / n, ``improved`` = #{xᵢ ≥ +1} / n, ``worse`` = #{xᵢ ≤ −1} / n (``None``
    and n = 0 when nobody answered). The views are ``self`` (the coachee), ``sponsor``,
    ``coach``, ``stakeholders`` (everyone but the coachee and the coach) and ``groups``
    {G: …} (the members of G but the coachee, the sponsor and the coach; every group of
    the register's stakeholders is listed). ``progress`` is the stakeholders' mean;
    ``on_target`` = progress ≥ ``target``. ``gaps`` (see :data:`GAPS`):
    sponsor − self, stakeholders − self, coach − stakeholders. ``n_observers`` counts the
    objective's observers who answered: raters of its ``observers`` groups (everyone
    when none), the coachee and the coach excepted, the sponsor included.

    ``alerts`` lists plain records ``{"code", "severity", "subject", "params"}`` whose
    subject is the objective id and whose params hold the ``objective`` and the
    ``wave``: ``OBJECTIVE_VIEWS_DIFFER`` (warning; ``gap``, ``first``, ``second``,
    ``difference``) when |gap| ≥ ``gap_threshold``; ``OBJECTIVE_WEAK_GROUP``
    (warning; ``group``, ``alliance``, ``floor``) when an observer group's alliance in
    ``alliance_groups[wave]`` is under ``floor`` (with no observers: every group there
    but ``coachee``); in a wave with any answer, ``OBJECTIVE_NOT_RATED`` (warning;
    ``observers``) when no observer answered and ``OBJECTIVE_NO_SPONSOR`` (info) when
    the register's sponsor did not.

    Returns ``{wave: {objective_id: record}}``, the waves and objectives in the order given.

    References
    ----------
    Goldsmith, M., & Morgan, H. (2004). Leadership is a contact sport. *Strategy +
    Business* 36, 70–79.

    Examples
    --------
    >>> objectives = pd.DataFrame({"id": ["O1"], "observers": [()], "target": [1.0]})
    >>> people = pd.DataFrame({"id": ["e", "s", "a"], "group": [None, None, "Team"],
    ...                        "role": ["coachee", "sponsor", "stakeholder"]})
    >>> progress = pd.DataFrame({"wave": ["T1"] * 3, "rater": ["e", "s", "a"],
    ...                          "objective": ["O1"] * 3, "progress": [3.0, 0.0, 1.0]})
    >>> record = objective_figures(objectives, progress, people, ["T1"])["T1"]["O1"]
    >>> record["progress"], record["on_target"], record["gaps"]["stakeholders_self"]
    (0.5, False, -2.5)
    >>> [alert["code"] for alert in record["alerts"]]
    ['OBJECTIVE_VIEWS_DIFFER', 'OBJECTIVE_VIEWS_DIFFER']
    """
    answers = viewpoint_answers(objectives, progress, stakeholders, waves)
    observers = {
        str(o["id"]): _observers(o.get("observers")) for o in objectives.to_dict("records")
    }
    stats, observed = _view_stats(answers), _observer_counts(observers, answers)
    groups = viewpoint_groups(stakeholders, answers)
    answered = set(answers["wave"])
    has_sponsor = bool((stakeholders["role"] == "sponsor").any())
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for wave in waves:
        result[wave] = {}
        alliances = (alliance_groups or {}).get(wave) or {}
        for objective in objectives.to_dict("records"):
            oid = str(objective["id"])
            record = _record(stats, wave, oid, groups, _target(objective.get("target")))
            record["n_observers"] = observed.get((wave, oid), 0)
            base = {"objective": oid, "wave": wave}
            record["alerts"] = [
                *gap_alerts(record, base, gap_threshold),
                *weak_alerts(base, observers[oid], alliances, floor),
                *coverage_alerts(record, base, observers[oid], wave in answered, has_sponsor),
            ]
            result[wave][oid] = record
    return result


def _view_stats(answers: pd.DataFrame) -> dict[tuple, dict[str, Any]]:
    """{(wave, objective, view, key): {mean, n, improved, worse}}; key is the group for
    the ``group`` view, else ``""``."""
    table = answers.assign(
        key=answers["group"].where(answers["view"] == "group", ""),
        improved=answers["progress"] >= 1,
        worse=answers["progress"] <= -1,
    )
    stats = table.groupby(["wave", "objective", "view", "key"]).agg(
        mean=("progress", "mean"),
        n=("progress", "size"),
        improved=("improved", "mean"),
        worse=("worse", "mean"),
    )
    return {
        index: {
            "mean": float(row.mean),
            "n": int(row.n),
            "improved": float(row.improved),
            "worse": float(row.worse),
        }
        for index, row in zip(stats.index, stats.itertuples(index=False))
    }


def viewpoint_groups(stakeholders: pd.DataFrame, answers: pd.DataFrame) -> list[str]:
    """The group viewpoints, sorted: the groups of the register's stakeholders (role
    stakeholder) and of the raters of ``answers`` (:func:`viewpoint_answers`).

    >>> people = pd.DataFrame({"id": ["s", "a", "b"], "group": ["Board", "Team", None],
    ...                        "role": ["sponsor", "stakeholder", "stakeholder"]})
    >>> viewpoint_groups(people, pd.DataFrame({"view": [], "group": []}))
    ['(no group)', 'Team']
    """
    members = stakeholders.loc[~stakeholders["role"].isin(list(_ROLE_VIEWS)), "group"]
    named = members.notna() & (members.astype(str).str.strip() != "")
    keys = set(members.where(named, UNGROUPED).astype(str))
    keys |= set(answers.loc[answers["view"] == "group", "group"])
    return sorted(keys)


def _record(stats: dict, wave: str, oid: str, groups: list[str], target: float) -> dict:
    record: dict[str, Any] = {v: dict(stats.get((wave, oid, v, ""), _EMPTY)) for v in VIEWS}
    record["groups"] = {g: dict(stats.get((wave, oid, "group", g), _EMPTY)) for g in groups}
    progress = record["stakeholders"]["mean"]
    record["progress"] = progress
    record["target"] = target
    record["on_target"] = None if progress is None else bool(progress >= target - EPSILON)
    means = {v: record[v]["mean"] for v in VIEWS}
    record["gaps"] = {
        name: None if means[a] is None or means[b] is None else means[a] - means[b]
        for name, (a, b) in GAPS.items()
    }
    return record


def _observer_counts(observers: dict[str, tuple], answers: pd.DataFrame) -> dict[tuple, int]:
    """{(wave, objective): number of its observers who answered}: the raters of the
    stakeholders' view in its observer groups (all of them when it names none)."""
    seen = answers[answers["view"] == "stakeholders"]
    watched = pd.DataFrame(
        [(oid, g) for oid, groups in observers.items() for g in groups],
        columns=["objective", "group"],
    )
    everyone = [oid for oid, groups in observers.items() if not groups]
    counted = pd.concat(
        [seen[seen["objective"].isin(everyone)], seen.merge(watched, on=["objective", "group"])]
    )
    return {key: int(n) for key, n in counted.groupby(["wave", "objective"]).size().items()}


def _observers(value: Any) -> tuple[str, ...]:
    """The observer groups as a tuple (``()`` = everyone); a ``;``-separated text is split."""
    if isinstance(value, str):
        value = value.split(";")
    if not isinstance(value, (list, tuple)):
        return ()
    return tuple(str(g).strip() for g in value if str(g).strip())


def _target(value: Any) -> float:
    """The objective's target, +1 when not given."""
    return 1.0 if value is None or pd.isna(value) else float(value)
