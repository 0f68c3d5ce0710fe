"""How people are relabelled everywhere they appear: the roles named by their role, and
an interaction log's and an issue's names replaced by labels."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from alliance_graph.model import Issue, Survey
from alliance_graph.privacy.masking import MASK, NameMask

__all__ = [
    "ROLES",
    "relabel_comments",
    "relabel_events",
    "relabel_issue",
    "relabel_progress",
    "relabelled",
]

#: Roles named by their role (``Sponsor``), not by their group and a number.
ROLES = ("coach", "sponsor", "coachee")


def relabel_events(events: pd.DataFrame | None, mapping: dict[str, str]) -> pd.DataFrame | None:
    """An interaction log with ``source`` and ``target`` relabelled (once per name)."""
    if events is None:
        return None
    relabelled = {}
    for side in ("source", "target"):
        codes, names = pd.factorize(events[side].astype(str))
        labels = np.asarray([mapping.get(n, n) for n in names], dtype=object)
        relabelled[side] = labels[codes]
    return events.assign(**relabelled)


def relabel_progress(progress: pd.DataFrame | None, mapping: dict[str, str]) -> pd.DataFrame | None:
    """Progress answers on the objectives with each ``rater`` relabelled."""
    if progress is None:
        return None
    return progress.assign(rater=progress["rater"].astype(str).map(lambda k: mapping.get(k, k)))


def relabel_comments(
    comments: pd.DataFrame | None,
    mapping: dict[str, str],
    masked: Mapping[str, Iterable[str]] | None = None,
) -> pd.DataFrame | None:
    """Comments with each ``rater`` and person commented on relabelled; with ``masked``
    (id → spellings), those people's names in the texts replaced by their labels
    (a word that names several of them by ``[…]``).

    >>> comments = pd.DataFrame({"rater": ["a"], "topic": ["person"], "about": ["b"],
    ...                          "text": ["Bob SMITH helps"]})
    >>> relabel_comments(comments, {"b": "Team 1"}, {"b": ["Bob Smith"]}).values.tolist()
    [['a', 'person', 'Team 1', 'Team 1 helps']]
    """
    if comments is None:
        return None

    def label(k: Any) -> Any:
        return mapping.get(str(k), k)

    person = comments["topic"] == "person"
    relabelled = comments.assign(
        rater=comments["rater"].map(label),
        about=comments["about"].where(~person, comments["about"].map(label)),
    )
    if not masked:
        return relabelled
    mask = NameMask.of(masked)

    def said(owner: str | None) -> str:
        return mapping.get(owner, MASK) if owner is not None else MASK

    return relabelled.assign(text=relabelled["text"].map(lambda t: mask.mask(str(t), said)))


def relabel_issue(issue: Issue, by_text: dict[str, str]) -> Issue:
    """The issue with the texts of ``by_text`` in its value and parameters (also in
    lists of names) replaced by their labels."""

    def hide(value: Any) -> Any:
        if isinstance(value, tuple):  # a list of names, such as suggestions
            return tuple(hide(v) for v in value)
        return by_text.get(value, value) if isinstance(value, str) else value

    return replace(
        issue, value=hide(issue.value), params=tuple((k, hide(v)) for k, v in issue.params)
    )


def relabelled(
    survey: Survey,
    mapping: dict[str, str],
    *,
    stakeholders: pd.DataFrame,
    issues: tuple[Issue, ...],
    masked: Mapping[str, Iterable[str]] | None = None,
) -> Survey:
    """The survey with ``stakeholders`` and ``issues`` (already relabelled) and everyone of
    ``mapping`` relabelled wherever the survey names people: the ratings' raters and
    ratees, the log's sources and targets, the progress answers' raters, the comments'
    authors and the people they are about (and, for the people of ``masked``, their
    names in the comments' texts: see :func:`relabel_comments`)."""

    def label(k: Any) -> Any:
        return mapping.get(str(k), k)

    ratings = survey.ratings.assign(
        rater=survey.ratings["rater"].map(label), ratee=survey.ratings["ratee"].map(label)
    )
    return replace(
        survey,
        ratings=ratings,
        stakeholders=stakeholders,
        issues=issues,
        interactions=relabel_events(survey.interactions, mapping),
        progress=relabel_progress(survey.progress, mapping),
        comments=relabel_comments(survey.comments, mapping, masked),
    )
