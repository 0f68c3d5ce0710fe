"""The alerts on the objectives: viewpoints that part, objectives resting on a weak
alliance, objectives nobody (or not the sponsor) rated. Records with a code and
parameters, worded only where they are shown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = [
    "EPSILON",
    "GAPS",
    "coverage_alerts",
    "gap_alerts",
    "objective_alerts",
    "weak_alerts",
]

#: Viewpoint gaps: name → (first view, second view); the gap is first − second.
GAPS = {
    "sponsor_self": ("sponsor", "self"),
    "stakeholders_self": ("stakeholders", "self"),
    "coach_stakeholders": ("coach", "stakeholders"),
}
EPSILON = 1e-9  # a mean on a threshold counts as on it, whatever the rounding


def objective_alerts(figures: Mapping[str, Mapping[str, Mapping[str, Any]]]) -> dict[str, list]:
    """The alerts of :func:`objective_figures`, per wave, objective after objective.

    >>> objective_alerts({"T1": {"O1": {"alerts": [{"code": "X"}]}, "O2": {"alerts": []}}})
    {'T1': [{'code': 'X'}]}
    """
    return {
        wave: [alert for record in objectives.values() for alert in record["alerts"]]
        for wave, objectives in figures.items()
    }


def gap_alerts(record: dict, base: dict, threshold: float) -> list[dict[str, Any]]:
    """Viewpoint gaps of at least ``threshold`` points either way."""
    return [
        _alert(
            "OBJECTIVE_VIEWS_DIFFER",
            "warning",
            base,
            gap=name,
            difference=gap,
            first=record[a]["mean"],
            second=record[b]["mean"],
        )
        for name, (a, b) in GAPS.items()
        if (gap := record["gaps"][name]) is not None and abs(gap) >= threshold - EPSILON
    ]


def weak_alerts(
    base: dict, observers: tuple, alliances: Mapping[str, float | None], floor: float
) -> list[dict[str, Any]]:
    """Observer groups (when none: every group but ``coachee``) under the floor."""
    names = observers or tuple(sorted(g for g in alliances if g != "coachee"))
    return [
        _alert(
            "OBJECTIVE_WEAK_GROUP", "warning", base, group=g, alliance=float(a), floor=float(floor)
        )
        for g in names
        if (a := alliances.get(g)) is not None and a < floor
    ]


def coverage_alerts(
    record: dict, base: dict, observers: tuple, answered: bool, has_sponsor: bool
) -> list[dict[str, Any]]:
    """In a wave with answers: no observer answered; the register's sponsor did not."""
    found = []
    if answered and record["n_observers"] == 0:
        found.append(_alert("OBJECTIVE_NOT_RATED", "warning", base, observers=[*observers]))
    if answered and has_sponsor and record["sponsor"]["n"] == 0:
        found.append(_alert("OBJECTIVE_NO_SPONSOR", "info", base))
    return found


def _alert(code: str, severity: str, base: dict, **params: Any) -> dict[str, Any]:
    """A plain alert record; the subject is the objective."""
    return {
        "code": code,
        "severity": severity,
        "subject": base["objective"],
        "params": {**base, **params},
    }
