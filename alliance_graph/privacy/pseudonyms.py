"""Pseudonyms: every stakeholder's id and name replaced by a stable label."""

from __future__ import annotations

from alliance_graph.i18n import translate
from alliance_graph.model import Survey
from alliance_graph.privacy._labels import (
    ROLES,
    relabel_issue,
    relabelled,
)

__all__ = ["pseudonymise"]


def pseudonymise(survey: Survey, lang: str = "en") -> tuple[Survey, dict[str, str]]:
    """The survey with labels instead of names, and the mapping ``{id: label}``.

    Names also disappear from the issues (their values become labels) and from the
    comments' texts (a shared first name becomes ``[…]``). Keep the mapping
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
        if role in ROLES:
            base = translate(f"privacy.{role}", lang)
        else:
            base = (
                str(group)
                if isinstance(group, str) and group
                else translate("privacy.stakeholder", lang)
            )
        counts[base] = counts.get(base, 0) + 1
        mapping[str(person)] = f"{base} {counts[base]}"
    for role in ROLES:  # a single coach is "Coach", not "Coach 1"
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
    issues = tuple(relabel_issue(i, by_text) for i in survey.issues)
    masked = {k: survey.spellings.get(k, (k, names.get(k, k))) for k in mapping}
    hidden = relabelled(survey, mapping, stakeholders=stakeholders, issues=issues, masked=masked)
    return hidden, mapping
