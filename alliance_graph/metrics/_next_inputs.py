"""What the next conversations read beside the figures: the register's power and the
interaction log's last contacts (:mod:`~alliance_graph.metrics.next_steps`)."""

from __future__ import annotations

from dataclasses import replace
from numbers import Real
from typing import TYPE_CHECKING, Any

import pandas as pd

from alliance_graph.metrics.alliance import balance_group
from alliance_graph.model import Survey

if TYPE_CHECKING:
    from alliance_graph.metrics.next_steps import Conversation

__all__ = ["last_contacts", "power_weights", "with_contact"]


def power_weights(stakeholders: pd.DataFrame, coach: str | None) -> dict[str, float] | None:
    """``{id: power / largest power}`` over the stakeholders (not the coach) whose register
    row gives a power; ``None`` when none does, when one is not a number, is negative, or
    when the largest is 0.

    >>> people = pd.DataFrame({"id": ["c", "a", "b", "d"], "power": [9, 2, 4, None]})
    >>> power_weights(people, "c")
    {'a': 0.5, 'b': 1.0}
    """
    if "power" not in stakeholders:
        return None
    rows = stakeholders[stakeholders["id"].astype(str) != str(coach)]
    found: dict[str, float] = {}
    for person, power in zip(rows["id"].astype(str), rows["power"]):
        if power is None or (isinstance(power, float) and power != power):
            continue
        if isinstance(power, bool) or not isinstance(power, Real) or power < 0:
            return None
        found[person] = float(power)
    top = max(found.values(), default=0.0)
    return {k: v / top for k, v in found.items()} if top > 0 else None


def last_contacts(
    survey: Survey, coach: str | None, wave: str
) -> tuple[dict[str, pd.Timestamp] | None, pd.Timestamp | None]:
    """The date of the coach's latest event with each person in the interaction log, and
    the date days are counted to (the later of ``wave``'s last answer and the log's last
    event); ``(None, None)`` without a log or a coach."""
    events = survey.interactions
    if events is None or events.empty or coach is None:
        return None, None
    dated = events[events["date"].notna()]
    mine = dated[(dated["source"] == coach) ^ (dated["target"] == coach)]
    other = mine["target"].where(mine["source"] == coach, mine["source"]).astype(str)
    latest = mine["date"].groupby(other.to_numpy()).max()
    answers = survey.ratings.loc[survey.ratings["wave"] == wave, "date"].dropna()
    ends = [pd.Timestamp(d) for d in (dated["date"].max(), answers.max()) if pd.notna(d)]
    reference = max(ends) if ends else None
    return {str(k): pd.Timestamp(v) for k, v in latest.items()}, reference


def with_contact(
    item: Conversation,
    people: dict[str, dict[str, Any]],
    contacts: dict[str, pd.Timestamp],
    reference: pd.Timestamp | None,
) -> Conversation:
    if item.kind == "person":
        dates = [contacts[item.key]] if item.key in contacts else []
    else:
        inside = [k for k, r in people.items() if balance_group(r) == item.group]
        dates = [contacts[k] for k in inside if k in contacts]
    if not dates:
        return item
    last = max(dates)
    days = None if reference is None else (reference.normalize() - last.normalize()).days
    return replace(item, last_contact=last.date().isoformat(), days_since_contact=days)
