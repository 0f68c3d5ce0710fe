"""What to do now: the latest wave's weak spots, and the next conversations ranked by what
each would do to the alliance balance (DESIGN.md section 5.1).

A **next conversation** is a balance group G whose alliance A(G) is under the alliance
level L (the mean of A over the groups), or a stakeholder k whose alliance a(k) is under L
in a group of two or more. Its **gain** is what the balance index B and the level become
if that alliance reached L, every other alliance unchanged:

- a group: A(G) ← L;
- a person: a(k) ← L, so A(G) ← A(G) + (L − a(k)) / n(G), n(G) the group's members with a
  value.

gain = B′ − B (and L′ − L for the level). Candidates are ranked by the gain in B (by the
gain in L when B is undefined, with fewer than two groups), times the power weight when
the register gives every power as a number ≥ 0: w = power / the largest power of the
stakeholders (the coach left out), an unknown power counting as the mean of the known
ones, a group weighing the mean of its members'. A candidate whose gain is not positive
is left out. Equal scores: the larger level gain first, then groups before people, then by
name (case folded), then by key. Days since the last contact count, in whole days, from
the coach's latest event with that person (with any member, for a group) in the
interaction log to the latest date the data knows: the last answer of the wave or the
log's last event, whichever is later.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from alliance_graph.metrics._next_inputs import last_contacts, power_weights, with_contact
from alliance_graph.metrics.alerts import AlertCode
from alliance_graph.metrics.alliance import balance_group, balance_index
from alliance_graph.metrics.results import Metrics, WaveMetrics, plain
from alliance_graph.model import Survey

__all__ = ["Conversation", "NextSteps", "RealChange", "conversations", "next_steps"]

#: Scores closer than this are equal (floating-point residue never decides an order).
_DIGITS = 12


@dataclass(frozen=True)
class Conversation:
    """One conversation to have: with a group (``kind="group"``) or a person."""

    kind: str
    key: str
    group: str
    #: who to talk to: the person, or a group's only member (``None`` for a larger group)
    person: str | None
    members: int
    alliance: float
    balance_index: float | None
    balance_gain: float | None
    level: float
    level_gain: float
    #: the power weight in (0, 1], ``None`` when the register gives no power
    weight: float | None
    score: float
    last_contact: str | None = None
    days_since_contact: int | None = None


@dataclass(frozen=True)
class RealChange:
    """A change since the previous wave that the permutation test calls real."""

    subject: str  # "balance_index" or a balance group
    delta: float
    before: float | None = None
    after: float | None = None


@dataclass(frozen=True)
class NextSteps:
    """The latest wave's weak spots and next conversations, without words."""

    wave: str
    previous: str | None
    level: float | None
    balance_index: float | None
    weakest_group: str | None
    weakest_alliance: float | None
    #: the floor the weakest group is under (its ``GROUP_BELOW_FLOOR`` alert), else ``None``
    floor: float | None
    sponsor_alliance: float | None
    sponsor_dominance: float | None
    #: the threshold the dominance is above (its ``SPONSOR_DOMINANCE`` alert), else ``None``
    dominance_threshold: float | None
    real_changes: tuple[RealChange, ...]
    #: people the coach rates higher than they rate the coach (``COACH_OVERESTIMATES``)
    not_returned: tuple[str, ...]
    #: people who rate the coach higher than the coach rates them (``COACH_UNDERESTIMATES``)
    underestimated: tuple[str, ...]
    conversations: tuple[Conversation, ...]
    weighted: bool
    contact_log: bool
    reference_date: str | None

    def to_dict(self) -> dict[str, Any]:
        return plain(asdict(self))


def next_steps(metrics: Metrics, survey: Survey, wave: str | None = None) -> NextSteps | None:
    """What to do after ``wave`` (default: the last); ``None`` without alliance figures
    (no coach, or no wave)."""
    waves = list(metrics.waves)
    wave = wave or (waves[-1] if waves else None)
    if wave is None or metrics.waves[wave].alliance is None:
        return None
    figures = metrics.waves[wave]
    alliance = figures.alliance
    assert alliance is not None
    previous = waves[waves.index(wave) - 1] if waves.index(wave) > 0 else None
    weights = power_weights(survey.stakeholders, metrics.coach)
    contacts, reference = last_contacts(survey, metrics.coach, wave)
    names = {str(k): str(r.get("name", k)) for k, r in figures.nodes.items()}
    ranked = conversations(alliance.groups, alliance.stakeholders, weights, names)
    if contacts is not None:
        ranked = [with_contact(c, alliance.stakeholders, contacts, reference) for c in ranked]
    groups = alliance.groups
    weakest = alliance.weakest_group
    return NextSteps(
        wave=wave,
        previous=previous,
        level=alliance.level,
        balance_index=alliance.balance_index,
        weakest_group=weakest,
        weakest_alliance=groups[weakest]["alliance"] if weakest in groups else None,
        floor=_param(figures, AlertCode.GROUP_BELOW_FLOOR, weakest, "floor"),
        sponsor_alliance=(groups.get("sponsor") or {}).get("alliance"),
        sponsor_dominance=alliance.sponsor_dominance,
        dominance_threshold=_param(figures, AlertCode.SPONSOR_DOMINANCE, "sponsor", "threshold"),
        real_changes=_real_changes(metrics, previous, wave),
        not_returned=_subjects(figures, AlertCode.COACH_OVERESTIMATES),
        underestimated=_subjects(figures, AlertCode.COACH_UNDERESTIMATES),
        conversations=tuple(ranked),
        weighted=weights is not None,
        contact_log=contacts is not None,
        reference_date=None if reference is None else reference.date().isoformat(),
    )


def conversations(
    groups: dict[str, dict[str, Any]],
    people: dict[str, dict[str, Any]],
    weights: dict[str, float] | None = None,
    names: dict[str, str] | None = None,
) -> list[Conversation]:
    """Every next conversation, ranked: ``groups`` ({group: alliance, n}) and ``people``
    ({id: alliance, group, role}) as in a wave's alliance figures, ``weights`` the power
    weights of :func:`power_weights` (``None``: unweighted), ``names`` the people's names
    (for equal scores; their ids otherwise).

    >>> groups = {"A": {"alliance": 0.5, "n": 2}, "B": {"alliance": 1.0, "n": 1}}
    >>> people = {"a1": {"alliance": 0.0, "group": "A", "role": "stakeholder"},
    ...           "a2": {"alliance": 1.0, "group": "A", "role": "stakeholder"},
    ...           "b": {"alliance": 1.0, "group": "B", "role": "stakeholder"}}
    >>> [(c.key, round(c.balance_gain, 4)) for c in conversations(groups, people)]
    [('a1', 0.2667), ('A', 0.1905)]
    """
    values = {g: float(r["alliance"]) for g, r in groups.items()}
    if not values:
        return []
    level = sum(values.values()) / len(values)
    members: dict[str, list[str]] = {}
    for k, record in people.items():
        if record.get("alliance") is not None and balance_group(record) in values:
            members.setdefault(balance_group(record), []).append(k)
    default = _mean(list(weights.values())) if weights else None
    found = []
    for g, value in values.items():
        if value >= level:
            continue
        inside = members.get(g, [])
        weight = _mean([weights.get(k, default) for k in inside]) if weights else None
        weight = default if weight is None else weight
        person = inside[0] if len(inside) == 1 and groups[g]["n"] == 1 else None
        gains = _gains(values, g, level)
        found.append(("group", g, g, person, int(groups[g]["n"]), value, gains, weight))
    for k, record in people.items():
        g, a = balance_group(record), record.get("alliance")
        if a is None or a >= level or g not in values or groups[g]["n"] < 2:
            continue
        gains = _gains(values, g, values[g] + (level - a) / groups[g]["n"])
        weight = weights.get(k, default) if weights else None
        found.append(("person", k, g, k, 1, float(a), gains, weight))
    said = names or {}
    ranked = [_conversation(*c) for c in found]
    kept = [c for c in ranked if c.score > 0]
    return sorted(
        kept,
        key=lambda c: (
            -c.score,
            -round(c.level_gain, _DIGITS),
            c.kind != "group",
            said.get(c.key, c.key).casefold(),
            c.key,
        ),
    )


def _gains(values: dict[str, float], group: str, value: float) -> dict[str, Any]:
    """B and L before and after A(``group``) becomes ``value``."""
    after = {**values, group: value}
    before_b, after_b = balance_index(list(values.values())), balance_index(list(after.values()))
    before_l, after_l = _mean(list(values.values())), _mean(list(after.values()))
    assert before_l is not None and after_l is not None
    gain = None if before_b is None or after_b is None else after_b - before_b
    return {"balance_index": after_b, "balance_gain": gain, "level": after_l,
            "level_gain": after_l - before_l}  # fmt: skip


def _conversation(
    kind: str,
    key: str,
    group: str,
    person: str | None,
    members: int,
    alliance: float,
    gains: dict[str, Any],
    weight: float | None,
) -> Conversation:
    gain = gains["balance_gain"] if gains["balance_gain"] is not None else gains["level_gain"]
    score = round(gain * (1.0 if weight is None else weight), _DIGITS)
    return Conversation(kind, key, group, person, members, alliance, **gains, weight=weight,
                        score=score)  # fmt: skip


def _real_changes(metrics: Metrics, before: str | None, after: str) -> tuple[RealChange, ...]:
    """The balance index's and each group's change from ``before`` to ``after`` when the
    permutation test calls it real, largest first."""
    change = metrics.changes.get(f"{before}->{after}") if before else None
    if change is None:
        return ()
    found = []
    if change.balance_index_significant and change.balance_index_delta is not None:
        found.append(RealChange("balance_index", change.balance_index_delta))
    groups = sorted(change.groups.items(), key=lambda kv: (-abs(kv[1]["delta"] or 0), kv[0]))
    for group, record in groups:
        if record.get("significant") and record.get("delta") is not None:
            found.append(
                RealChange(group, record["delta"], record.get("before"), record.get("after"))
            )
    return tuple(found)


def _subjects(figures: WaveMetrics, code: AlertCode) -> tuple[str, ...]:
    return tuple(str(a.subject) for a in figures.alerts if a.code is code and a.subject)


def _param(figures: WaveMetrics, code: AlertCode, subject: str | None, name: str) -> float | None:
    for alert in figures.alerts:
        if alert.code is code and alert.subject == subject:
            return dict(alert.params).get(name)
    return None


def _mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None
