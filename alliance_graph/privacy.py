"""Pseudonyms for everyone, and anonymity for the stakeholders who gave no consent.

:func:`pseudonymise` replaces every stakeholder's id and name by a stable label: the
coach, the sponsor and the coachee are named by their role; everyone else by their group
and a number (``Managers 1``, ``Managers 2`` …), numbered in the order of their ids, so
the same survey always gives the same labels.

A stakeholder whose register says no consent is never named, even to the coach:
:func:`conceal` labels them ``Managers (anonymous 1)``, and :func:`withhold_answers` and
:func:`without_answers` take their own answers out of the figures and networks shown, so
that those answers count only in group figures.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from alliance_graph.i18n import say_anonymous, translate
from alliance_graph.ingest.text import fold
from alliance_graph.model import Issue, Survey

__all__ = [
    "conceal",
    "localised",
    "pseudonymise",
    "withheld",
    "withhold_answers",
    "without_answers",
]

_ROLES = ("coach", "sponsor", "coachee")
#: Alerts that show one stakeholder's own rating of the coach.
_OWN_ALERTS = ("COACH_OVERESTIMATES", "COACH_UNDERESTIMATES", "NO_ALLIANCE_DATA")
#: Alerts that show the coach's own rating of one stakeholder.
_COACH_ALERTS = ("COACH_OVERESTIMATES", "COACH_UNDERESTIMATES")
#: Lists of tie changes between two waves, one row per tie (``source`` is the rater).
_TIE_CHANGES = ("ties_gained", "ties_lost", "ties_strengthened", "ties_weakened", "sign_flips")


def pseudonymise(survey: Survey, lang: str = "en") -> tuple[Survey, dict[str, str]]:
    """The survey with labels instead of names, and the mapping ``{id: label}``.

    Names also disappear from the issues (their values become labels). Keep the mapping
    apart from anything you share: it is the key back to the names.

    >>> import pandas as pd
    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["a", "b", "c"], "name": ["Ann", "Bob", "Cy"],
    ...                        "group": ["Team", "Team", None], "role": ["stakeholder"] * 3})
    >>> ratings = pd.DataFrame({"wave": ["w"], "rater": ["a"], "ratee": ["b"],
    ...                         "dimension": ["trust"], "score": [4.0]})
    >>> _, mapping = pseudonymise(Survey(ratings, people, Scale(1, 5), ("w",)))
    >>> mapping
    {'a': 'Team 1', 'b': 'Team 2', 'c': 'Stakeholder 1'}
    """
    people = survey.stakeholders.sort_values("id", key=lambda s: s.astype(str), kind="stable")
    mapping: dict[str, str] = {}
    counts: dict[str, int] = {}
    for person, group, role in zip(people["id"], people["group"], people["role"]):
        if role in _ROLES:
            base = translate(f"privacy.{role}", lang)
        else:
            base = (
                str(group)
                if isinstance(group, str) and group
                else translate("privacy.stakeholder", lang)
            )
        counts[base] = counts.get(base, 0) + 1
        mapping[str(person)] = f"{base} {counts[base]}"
    for role in _ROLES:  # a single coach is "Coach", not "Coach 1"
        label = translate(f"privacy.{role}", lang)
        holders = [k for k, v in mapping.items() if v == f"{label} 1"]
        if counts.get(label) == 1 and holders:
            mapping[holders[0]] = label
    names = dict(
        zip(survey.stakeholders["id"].astype(str), survey.stakeholders["name"].astype(str))
    )
    by_text = {**{names[k]: v for k, v in mapping.items() if k in names}, **mapping}
    stakeholders = survey.stakeholders.assign(
        id=survey.stakeholders["id"].astype(str).map(mapping),
        name=survey.stakeholders["id"].astype(str).map(mapping),
    )
    ratings = survey.ratings.assign(
        rater=survey.ratings["rater"].astype(str).map(mapping),
        ratee=survey.ratings["ratee"].astype(str).map(mapping),
    )
    issues = tuple(_issue(i, by_text) for i in survey.issues)
    events = _relabel_events(survey.interactions, mapping)
    hidden = replace(
        survey, ratings=ratings, stakeholders=stakeholders, issues=issues, interactions=events
    )
    return hidden, mapping


def _relabel_events(events: pd.DataFrame | None, mapping: dict[str, str]) -> pd.DataFrame | None:
    """An interaction log with ``source`` and ``target`` relabelled (once per name)."""
    if events is None:
        return None
    relabelled = {}
    for side in ("source", "target"):
        codes, names = pd.factorize(events[side].astype(str))
        labels = np.asarray([mapping.get(n, n) for n in names], dtype=object)
        relabelled[side] = labels[codes]
    return events.assign(**relabelled)


def _issue(issue: Issue, by_text: dict[str, str]) -> Issue:
    def hide(value: Any) -> Any:
        if isinstance(value, tuple):  # a list of names, such as suggestions
            return tuple(hide(v) for v in value)
        return by_text.get(value, value) if isinstance(value, str) else value

    return replace(
        issue, value=hide(issue.value), params=tuple((k, hide(v)) for k, v in issue.params)
    )


def withheld(survey: Survey) -> frozenset[str]:
    """The ids of the stakeholders without consent (``consent`` is ``False``).

    Empty when the stakeholder table has no ``consent`` column.
    """
    people = survey.stakeholders
    if "consent" not in people.columns:
        return frozenset()
    return frozenset(people.loc[people["consent"].eq(False), "id"].astype(str))


def conceal(survey: Survey) -> Survey:
    """The survey where no stakeholder without consent is named.

    Each of them gets, as id and name, the label ``<group> (anonymous N)``, numbered in
    the order of their ids within their group; ``Stakeholder (anonymous N)`` without a
    group. A coach, sponsor or coachee is ``Sponsor (anonymous)`` (numbered when there
    are several). The label is the same in every language, so a person's id never
    depends on the language of a page; it is said in the reader's language where it is
    shown (:func:`localised`, :func:`~alliance_graph.i18n.say_anonymous`). Their ratings, given and
    received, carry the label, and their ids and names leave the issues. They keep
    ``consent`` ``False``, so :func:`withheld` finds them by their labels. Everyone else
    is untouched; with nobody withheld, ``survey`` itself is returned.

    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["a", "b", "c"], "name": ["Ann", "Bob", "Cy"],
    ...                        "group": ["Team", "Team", None], "role": ["stakeholder"] * 3,
    ...                        "consent": [False, True, False]})
    >>> ratings = pd.DataFrame({"wave": ["w"], "rater": ["a"], "ratee": ["b"],
    ...                         "dimension": ["trust"], "score": [4.0]})
    >>> hidden = conceal(Survey(ratings, people, Scale(1, 5), ("w",)))
    >>> hidden.stakeholders["name"].tolist()
    ['Team (anonymous 1)', 'Bob', 'Stakeholder (anonymous 1)']
    >>> sorted(withheld(hidden))
    ['Stakeholder (anonymous 1)', 'Team (anonymous 1)']
    """
    hidden = withheld(survey)
    if not hidden:
        return survey
    people = survey.stakeholders
    mapping = _anonymous_labels(people, hidden)
    names = {
        str(person): str(name)
        for person, name in zip(people["id"], people["name"])
        if str(person) in hidden
    }
    hide = _text_hider({**{names[k]: v for k, v in mapping.items()}, **mapping})
    ids = people["id"].astype(str)
    stakeholders = people.assign(
        id=ids.map(lambda k: mapping.get(k, k)),
        name=people["name"].where(~ids.isin(hidden), ids.map(mapping)),
    )
    ratings = survey.ratings.assign(
        rater=survey.ratings["rater"].map(lambda k: mapping.get(str(k), k)),
        ratee=survey.ratings["ratee"].map(lambda k: mapping.get(str(k), k)),
    )
    issues = tuple(_concealed_issue(i, hide) for i in survey.issues)
    events = _relabel_events(survey.interactions, mapping)
    return replace(
        survey, ratings=ratings, stakeholders=stakeholders, issues=issues, interactions=events
    )


def localised(survey: Survey, lang: str) -> Survey:
    """The survey with the labels of people without consent said in ``lang`` in its
    ``name`` column (their ids, and everything else, stay as they are).

    >>> from alliance_graph.model import Scale
    >>> people = pd.DataFrame({"id": ["s"], "name": ["Sam"], "group": [None],
    ...                        "role": ["sponsor"], "consent": [False]})
    >>> hidden = conceal(Survey(pd.DataFrame(), people, Scale(1, 5), ()))
    >>> localised(hidden, "fr").stakeholders[["id", "name"]].values.tolist()
    [['Sponsor (anonymous)', 'Commanditaire (anonyme)']]
    """
    hidden = withheld(survey)
    if lang == "en" or not hidden:
        return survey
    people = survey.stakeholders
    ids = people["id"].astype(str)
    said = people["name"].where(~ids.isin(hidden), ids.map(lambda k: say_anonymous(k, lang)))
    return replace(survey, stakeholders=people.assign(name=said))


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


def _anonymous_labels(people: pd.DataFrame, hidden: frozenset[str]) -> dict[str, str]:
    """``{id: label}`` for the ``hidden`` ids, numbered in id order per group or role."""
    rows = people[people["id"].astype(str).isin(hidden)]
    rows = rows.sort_values("id", key=lambda s: s.astype(str), kind="stable")
    bases = []
    for person, group, role in zip(rows["id"], rows["group"], rows["role"]):
        if role in _ROLES:
            bases.append((str(person), translate(f"privacy.{role}"), True))
        elif isinstance(group, str) and group:
            bases.append((str(person), group, False))
        else:
            bases.append((str(person), translate("privacy.stakeholder"), False))
    sizes = Counter((base, by_role) for _, base, by_role in bases)
    taken = set(people["id"].astype(str)) - hidden
    counts: Counter[str] = Counter()
    mapping = {}
    for person, base, by_role in bases:
        alone = by_role and sizes[base, by_role] == 1  # "Sponsor (anonymous)"
        label = translate("privacy.anonymous_role", base=base) if alone else ""
        while not label or label in taken:  # the next number no one has
            counts[base] += 1
            label = translate("privacy.anonymous", base=base, n=counts[base])
        taken.add(label)
        mapping[person] = label
    return mapping


def _text_hider(by_text: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces the ids and names of ``by_text`` in a text by labels.

    A whole text matches as written or case-, accent- and space-insensitively; inside a
    longer text (a list of names, a form's question), ids and names of three characters
    or more with a letter are replaced where they stand as words.
    """
    folded = {fold(k): v for k, v in by_text.items() if fold(k)}
    words = sorted(
        (k for k in by_text if len(k) >= 3 and any(c.isalpha() for c in k)), key=len, reverse=True
    )
    pattern = (
        re.compile("|".join(rf"(?<!\w){re.escape(k)}(?!\w)" for k in words), re.IGNORECASE)
        if words
        else None
    )
    lowered = {k.casefold(): v for k, v in by_text.items()}

    def hide(text: str) -> str:
        if text in by_text:
            return by_text[text]
        if fold(text) in folded:
            return folded[fold(text)]
        if pattern is None:
            return text
        return pattern.sub(lambda m: lowered.get(m.group(0).casefold(), m.group(0)), text)

    return hide


def _concealed_issue(issue: Issue, hide: Callable[[str], str]) -> Issue:
    values = [v for _, v in issue.params]
    texts = [issue.value, *values, *(t for v in values if isinstance(v, tuple) for t in v)]
    by_text = {t: hide(t) for t in texts if isinstance(t, str) and hide(t) != t}
    column = hide(issue.column) if issue.column is not None else None
    return replace(_issue(issue, by_text), column=column)


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
