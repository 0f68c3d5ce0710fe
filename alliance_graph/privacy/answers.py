"""Withholding answers: the figures and networks shown without what the people without
consent answered themselves, which count only in group figures."""

from __future__ import annotations

import copy
from collections.abc import Iterable
from typing import Any

import networkx as nx

__all__ = ["withhold_answers", "without_answers"]

#: Alerts that show one stakeholder's own rating of the coach.
_OWN_ALERTS = ("COACH_OVERESTIMATES", "COACH_UNDERESTIMATES", "NO_ALLIANCE_DATA")
#: Alerts that show the coach's own rating of one stakeholder.
_COACH_ALERTS = ("COACH_OVERESTIMATES", "COACH_UNDERESTIMATES")
#: Lists of tie changes between two waves, one row per tie (``source`` is the rater).
_TIE_CHANGES = ("ties_gained", "ties_lost", "ties_strengthened", "ties_weakened", "sign_flips")


def withhold_answers(metrics: dict[str, Any], ids: Iterable[str]) -> dict[str, Any]:
    """A copy of the metrics JSON (``Metrics.to_dict()``) without the withheld people's
    own answers.

    A figure that shows what one of ``ids`` answered is set to ``None`` or removed:

    - ``nodes[id]["trust_given"]``, the mean of their own ratings;
    - in ``alliance.stakeholders[id]``: ``to_coach`` (their rating of the coach) and
      ``alliance`` and ``coach_gap``, from which it can be worked out; ``from_coach``
      stays, as it is the coach's answer;
    - their ``COACH_OVERESTIMATES``, ``COACH_UNDERESTIMATES`` and ``NO_ALLIANCE_DATA``
      alerts (these quote or reveal their rating of the coach);
    - the pairs of ``network.asymmetric_pairs`` where they rate or are rated (a pair
      shows both ratings);
    - in ``changes``, the tie changes of which they are the rater (``source``).

    When the coach is one of ``ids``, the coach's own answers go the same way:
    ``from_coach`` and ``coach_gap`` of everyone, the coach-gap alerts and
    ``groups.favouritism``.

    Figures about what they received (trust received, raters, distrust received) are
    others' answers, and structural figures (PageRank, betweenness, constraint) mix
    many ties: both stay. Aggregates stay too: group alliances, balance indices,
    network means, structural balance, the group matrix and the bootstrap intervals, in
    which the withheld answers still count. A group of one person, such as the sponsor
    or the coachee in the alliance groups, is no shelter: its figure is that person's.
    """
    hidden = frozenset(str(k) for k in ids)
    result = copy.deepcopy(metrics)
    if not hidden:
        return result
    for wave in result.get("waves", {}).values():
        _withhold_wave(wave, hidden)
    for change in result.get("changes", {}).values():
        for key in _TIE_CHANGES:
            if key in change:
                change[key] = [row for row in change[key] if str(row["source"]) not in hidden]
    return result


def without_answers(graphs: dict[str, nx.DiGraph], ids: Iterable[str]) -> dict[str, nx.DiGraph]:
    """Copies of the wave graphs without the ties rated by ``ids`` (every node is kept).

    >>> G = nx.DiGraph([("a", "b"), ("b", "a")])
    >>> list(without_answers({"w": G}, ["a"])["w"].edges)
    [('b', 'a')]
    """
    hidden = frozenset(str(k) for k in ids)
    result = {}
    for wave, G in graphs.items():
        H = G.copy()
        H.remove_edges_from([(u, v) for u, v in G.edges if str(u) in hidden])
        result[wave] = H
    return result


def _withhold_wave(wave: dict[str, Any], hidden: frozenset[str]) -> None:
    for person, node in (wave.get("nodes") or {}).items():
        if person in hidden:
            node["trust_given"] = None
    network = wave.get("network") or {}
    if "asymmetric_pairs" in network:
        network["asymmetric_pairs"] = [
            p
            for p in network["asymmetric_pairs"]
            if str(p["source"]) not in hidden and str(p["target"]) not in hidden
        ]
    alliance = wave.get("alliance")
    coach_hidden = alliance is not None and str(alliance.get("coach")) in hidden
    for person, record in ((alliance or {}).get("stakeholders") or {}).items():
        if person in hidden:
            record.update(alliance=None, to_coach=None, coach_gap=None)
        if coach_hidden:
            record.update(from_coach=None, coach_gap=None)
    if coach_hidden and wave.get("groups"):
        wave["groups"]["favouritism"] = None
    wave["alerts"] = [
        alert
        for alert in wave.get("alerts", [])
        if not (alert.get("subject") in hidden and alert["code"] in _OWN_ALERTS)
        and not (coach_hidden and alert["code"] in _COACH_ALERTS)
    ]
