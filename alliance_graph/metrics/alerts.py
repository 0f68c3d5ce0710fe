"""Plain-language alerts on the alliance balance, with configurable thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from alliance_graph.i18n import (
    format_number,
    format_percent,
    group_label,
    placed,
    say_anonymous,
    translate,
)

__all__ = [
    "DEFAULT_THRESHOLDS",
    "PRIORITIES",
    "Alert",
    "AlertCode",
    "Thresholds",
    "alliance_alerts",
    "attention_alerts",
    "priority",
]


class AlertCode(str, Enum):
    """Stable codes of the alerts (tools and tests branch on these)."""

    NO_COACH = "NO_COACH"
    SPONSOR_DOMINANCE = "SPONSOR_DOMINANCE"
    GROUP_BELOW_FLOOR = "GROUP_BELOW_FLOOR"
    NO_ALLIANCE_DATA = "NO_ALLIANCE_DATA"
    COACH_OVERESTIMATES = "COACH_OVERESTIMATES"
    COACH_UNDERESTIMATES = "COACH_UNDERESTIMATES"
    NOT_ENOUGH_ANSWERS = "NOT_ENOUGH_ANSWERS"
    ATTENTION_GAP = "ATTENTION_GAP"
    LOW_TRUST_NOT_MET = "LOW_TRUST_NOT_MET"
    OBJECTIVE_VIEWS_DIFFER = "OBJECTIVE_VIEWS_DIFFER"
    OBJECTIVE_WEAK_GROUP = "OBJECTIVE_WEAK_GROUP"
    OBJECTIVE_NOT_RATED = "OBJECTIVE_NOT_RATED"
    OBJECTIVE_NO_SPONSOR = "OBJECTIVE_NO_SPONSOR"


#: How urgent each kind of alert is, most urgent first: ``action`` (needs action: a
#: relationship at risk now), ``watch`` (to watch: a gap in the picture or in your time,
#: an opportunity), ``info`` (for information: what the figures could not show). The
#: report groups its alerts under these headings (docs/report.md, "Alerts").
PRIORITIES: dict[AlertCode, str] = {
    AlertCode.SPONSOR_DOMINANCE: "action",
    AlertCode.GROUP_BELOW_FLOOR: "action",
    AlertCode.COACH_OVERESTIMATES: "action",
    AlertCode.LOW_TRUST_NOT_MET: "action",
    AlertCode.OBJECTIVE_WEAK_GROUP: "action",
    AlertCode.OBJECTIVE_VIEWS_DIFFER: "action",
    AlertCode.ATTENTION_GAP: "watch",
    AlertCode.NO_ALLIANCE_DATA: "watch",
    AlertCode.COACH_UNDERESTIMATES: "watch",
    AlertCode.OBJECTIVE_NOT_RATED: "watch",
    AlertCode.OBJECTIVE_NO_SPONSOR: "watch",
    AlertCode.NO_COACH: "info",
    AlertCode.NOT_ENOUGH_ANSWERS: "info",
}


def priority(code: str) -> str:
    """The priority of an alert code (:data:`PRIORITIES`; ``watch`` for a code it does
    not know).

    >>> priority("GROUP_BELOW_FLOOR"), priority("NOT_ENOUGH_ANSWERS")
    ('action', 'info')
    """
    try:
        return PRIORITIES[AlertCode(code)]
    except ValueError:
        return "watch"


@dataclass(frozen=True)
class Thresholds:
    """When alerts are raised (DESIGN.md section 5.1); ``view_gap`` is the gap between
    two views of an objective's progress, on −3 … +3, from which they are said to part
    (``OBJECTIVE_VIEWS_DIFFER``, section 10).

    >>> Thresholds(view_gap=1.0).view_gap
    1.0
    >>> Thresholds(view_gap=7)
    Traceback (most recent call last):
    ...
    ValueError: view_gap must be between 0 and 6, not 7
    """

    sponsor_dominance: float = 0.20
    group_floor: float = 0.50
    coach_gap: float = 0.25
    view_gap: float = 1.5

    def __post_init__(self) -> None:
        for name, top in _RANGES.items():
            value = getattr(self, name)
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not number or not 0 <= value <= top:
                raise ValueError(f"{name} must be between 0 and {top}, not {value!r}")


#: The largest value of each threshold: the alliance's 0 … 1, a gap between means on −3 … +3.
_RANGES = {"sponsor_dominance": 1, "group_floor": 1, "coach_gap": 1, "view_gap": 6}


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class Alert:
    """One finding worth the coach's attention; ``subject`` is a group or stakeholder."""

    code: AlertCode
    severity: str = "warning"
    subject: str | None = None
    params: tuple[tuple[str, Any], ...] = ()

    def message(self, lang: str = "en") -> str:
        numbers = [v for _, v in self.params if isinstance(v, float)]
        rounded = [format_number(v, lang) for v in numbers]
        digits = 3 if len(set(rounded)) < len(set(numbers)) else 2  # 0.498 vs a 0.50 floor
        shown = {
            k: format_number(v, lang, digits) if isinstance(v, float) else v for k, v in self.params
        }
        if self.code is AlertCode.OBJECTIVE_VIEWS_DIFFER:  # progress on −3 … +3: "+2.5"
            shown.update(
                {k: _progress(v, lang) for k, v in self.params if k in ("first", "second")}
            )
        if self.code is AlertCode.ATTENTION_GAP:
            shown.update({k: format_percent(v, lang) for k, v in self.params})
        for name in ("weakest", "group"):  # group keys (sponsor, coachee) said in words
            if name in shown:
                shown[name] = group_label(str(shown[name]), lang)
        if isinstance(shown.get("observers"), tuple):
            shown["observers"] = ", ".join(group_label(g, lang) for g in shown["observers"])
        subject = self.subject
        grouped = (
            AlertCode.GROUP_BELOW_FLOOR,
            AlertCode.NOT_ENOUGH_ANSWERS,
            AlertCode.ATTENTION_GAP,
        )
        if self.code in grouped and subject is not None:
            subject = group_label(subject, lang)
        variant = dict(self.params).get("variant")  # one wording of several (a gap's views)
        key = f"alert.{self.code.value}" + (f".{variant}" if variant else "")
        text = translate(placed(key), lang, subject=subject, **shown)  # web: no options
        return say_anonymous(text, lang)  # people without consent, in the reader's words

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "code": self.code.value,
            "severity": self.severity,
            "subject": self.subject,
            "message": self.message(lang),
        }


def _progress(value: float, lang: str) -> str:
    """A progress on −3 … +3 as people write it: ``+2.5``, ``−0.5``, ``0.0``."""
    text = format_number(value, lang, 1)
    return f"+{text}" if round(value, 1) > 0 else text


def alliance_alerts(
    balance: dict[str, Any] | None,
    names: dict[str, str],
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[Alert]:
    """Alerts on one wave's :func:`~alliance_graph.metrics.alliance.alliance_balance`.

    ``None`` (no coach) gives the single ``NO_COACH`` alert. ``names`` maps ids to
    display names.
    """
    if balance is None:
        return [Alert(AlertCode.NO_COACH, severity="info")]
    alerts = []
    dominance = balance["sponsor_dominance"]
    if dominance is not None and dominance > thresholds.sponsor_dominance:
        alerts.append(
            Alert(
                AlertCode.SPONSOR_DOMINANCE,
                subject="sponsor",
                params=(
                    ("value", dominance),
                    ("threshold", thresholds.sponsor_dominance),
                    ("weakest", balance["weakest_group"]),
                ),
            )
        )
    for group, record in balance["groups"].items():
        if record["alliance"] < thresholds.group_floor:
            alerts.append(
                Alert(
                    AlertCode.GROUP_BELOW_FLOOR,
                    subject=group,
                    params=(("value", record["alliance"]), ("floor", thresholds.group_floor)),
                )
            )
    for person, record in balance["stakeholders"].items():
        name = names.get(person, person)
        gap = record["coach_gap"]
        if record["alliance"] is None:
            alerts.append(
                Alert(AlertCode.NO_ALLIANCE_DATA, subject=person, params=(("name", name),))
            )
        elif gap is not None and abs(gap) > thresholds.coach_gap:
            code = AlertCode.COACH_OVERESTIMATES if gap > 0 else AlertCode.COACH_UNDERESTIMATES
            alerts.append(
                Alert(
                    code,
                    subject=person,
                    params=(
                        ("name", name),
                        ("gap", abs(gap)),
                        ("own", record["from_coach"]),
                        ("theirs", record["to_coach"]),
                    ),
                )
            )
    return alerts


def attention_alerts(figures: dict[str, Any] | None, names: dict[str, str]) -> list[Alert]:
    """Alerts on one wave's interaction figures: a group that gets much less of the
    coach's time than its share of the stakeholders (under half), and people who trust
    the coach little and were not met."""
    from alliance_graph.metrics.attention import ATTENTION_RATIO

    if not figures:
        return []
    alerts = []
    attention = figures.get("attention") or {"groups": {}}
    for group, record in attention["groups"].items():
        if record["ratio"] < ATTENTION_RATIO:
            alerts.append(
                Alert(
                    AlertCode.ATTENTION_GAP,
                    subject=group,
                    params=(("share", record["share"]), ("members", record["member_share"])),
                )
            )
    unmet = (figures.get("layers") or {}).get("low_not_met") or []
    if unmet:
        shown = ", ".join(sorted((names.get(p, p) for p in unmet), key=str.casefold))
        alerts.append(
            Alert(AlertCode.LOW_TRUST_NOT_MET, params=(("count", len(unmet)), ("names", shown)))
        )
    return alerts
