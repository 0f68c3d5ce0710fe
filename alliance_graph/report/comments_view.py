"""The comments section of the reports, as plain data (``_comments.html.j2`` lays it out).

For the coach (:func:`coach_comments`): every comment, by its author's group (the
coach's own under "Coach" when the register gives the coach no group), each with its
wave, its author and what it is about. People without consent are never named: the
survey is concealed before (:func:`~alliance_graph.privacy.conceal`), so they are their
anonymous label, as author, as the person commented on and inside the texts.

For the shared version (:func:`shared_comments`), by wave and group: a group's comments
of a wave are shown only when at least K_c of its people wrote one, in an order drawn
from the seed, never attributed, every spelling of every person's name masked
(:class:`~alliance_graph.privacy.masking.NameMask`); a group with fewer commenters is
listed as "not enough comments". The coach's own comments, and those of people without
consent, are never in the shared version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from alliance_graph.i18n import say_anonymous, translate
from alliance_graph.metrics.alliance import UNGROUPED
from alliance_graph.model import Survey
from alliance_graph.privacy import withheld
from alliance_graph.privacy.masking import MASK, NameMask
from alliance_graph.report.objectives_view import objective_wording

__all__ = ["coach_comments", "shared_comments"]


def coach_comments(survey: Survey, lang: str) -> dict[str, Any] | None:
    """The coach's comments section: ``groups`` (each with its ``name``, the ``count`` of
    its commenters and its ``items``: ``wave``, ``author``, ``about``, ``text``);
    ``None`` without comments."""
    comments = _comments(survey)
    if comments is None:
        return None
    t = _words(lang)
    people = _people(survey)
    names: dict[str, Any] = {str(k): v for k, v in people["name"].items()}
    aims = _objectives(survey, lang)
    if survey.coach is not None and not _group_of(people, survey.coach):
        people.loc[survey.coach, "group"] = t("shared.coach")  # the coach's own notes
    groups = []
    for group, rows in _by_group(comments, people):
        items = [
            {
                "wave": row.wave,
                "author": str(names.get(str(row.rater), row.rater)),
                "about": _about(str(row.topic), str(row.about), names, aims, t),
                "text": say_anonymous(str(row.text), lang),
            }
            for row in rows.itertuples(index=False)
        ]
        groups.append(
            {"name": _group_name(group, t), "count": rows["rater"].nunique(), "items": items}
        )
    return {"shared": False, "lead": t("comments.lead"), "groups": groups}


def shared_comments(
    survey: Survey, lang: str, min_commenters: int, seed: int = 0
) -> dict[str, Any] | None:
    """The shared version's comments section: ``waves`` (the last first), each with its
    ``groups`` (``name``, ``shown``, the masked ``items``: ``about``, ``text``, or a
    ``note`` saying there are not enough); ``None`` without comments."""
    comments = _comments(survey)
    if comments is None:
        return None
    t = _words(lang)
    people = _people(survey)
    hidden = withheld(survey)
    comments = comments[~comments["rater"].isin([*hidden, survey.coach])]
    mask = NameMask.of(survey.spellings)
    aims = _objectives(survey, lang)
    rng = np.random.default_rng(seed)
    waves = []
    for wave in reversed(survey.waves):
        groups = []
        for group, rows in _by_group(comments[comments["wave"] == wave], people):
            shown = rows["rater"].nunique() >= min_commenters
            items = []
            if shown:
                order = rng.permutation(len(rows))
                items = [
                    {
                        "about": _shared_about(row, survey.coach, aims, t),
                        "text": _masked(str(row.text), mask, hidden),
                    }
                    for row in rows.iloc[order].itertuples(index=False)
                ]
            note = "" if shown else t("shared.comments.not_enough", needed=min_commenters)
            name = t("shared.no_group") if group == UNGROUPED else group
            groups.append({"name": name, "shown": shown, "items": items, "note": note})
        if groups:
            waves.append({"wave": wave, "groups": groups})
    lead = t("shared.comments.lead", k=min_commenters)
    return {"shared": True, "lead": lead, "waves": waves, "k": min_commenters}


def _comments(survey: Survey) -> pd.DataFrame | None:
    comments = survey.comments
    if comments is None or comments.empty:
        return None
    rank = {wave: i for i, wave in enumerate(survey.waves)}
    ordered = comments.assign(_rank=comments["wave"].map(rank))
    ordered = ordered.sort_values(["_rank", "file", "line"], kind="stable")
    return ordered.drop(columns="_rank").assign(rater=ordered["rater"].astype(str))


def _people(survey: Survey) -> pd.DataFrame:
    people = survey.stakeholders.assign(id=survey.stakeholders["id"].astype(str))
    return people.drop_duplicates("id").set_index("id")


def _group_of(people: pd.DataFrame, person: str) -> str:
    group = people["group"].get(person)
    return group if isinstance(group, str) else ""


def _by_group(comments: pd.DataFrame, people: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The comments by their author's register group (no group last), in the order
    groups are listed everywhere (case aside)."""
    groups = comments["rater"].map(people["group"].to_dict())
    groups = groups.map(lambda g: g if isinstance(g, str) and g else UNGROUPED)
    keys = sorted(set(groups), key=lambda g: (g == UNGROUPED, g.casefold(), g))
    return [(key, comments[groups == key]) for key in keys]


def _objectives(survey: Survey, lang: str) -> dict[str, str]:
    """Each objective's id → its wording in ``lang``."""
    if survey.objectives is None:
        return {}
    return {
        str(row["id"]): objective_wording({str(k): v for k, v in row.items()}, lang)
        for row in survey.objectives.to_dict("records")
    }


def _about(
    topic: str, about: str, names: dict[str, Any], aims: dict[str, str], t: Callable[..., str]
) -> str:
    if topic == "person":
        return str(names.get(str(about), about))
    if topic == "objective":
        return t("comments.objective", id=about, wording=aims.get(str(about), about))
    return t("comments.general")


def _shared_about(row: Any, coach: str | None, aims: dict[str, str], t: Callable[..., str]) -> str:
    """What a shared comment is about, naming no one: the coach, a person, an objective
    (its wording, as the shared objectives show it), or nothing for the whole survey."""
    if row.topic == "person":
        key = "about_coach" if coach is not None and str(row.about) == coach else "about_person"
        return t(f"shared.comments.{key}")
    if row.topic == "objective":
        wording = aims.get(str(row.about), row.about)
        return t("shared.comments.about_objective", id=row.about, wording=wording)
    return ""


def _masked(text: str, mask: NameMask, hidden: frozenset[str]) -> str:
    """A comment with every name masked, and the labels of people without consent too
    (their names were replaced by those labels when the survey was concealed)."""
    for label in sorted(hidden, key=len, reverse=True):
        text = text.replace(label, MASK)
    return mask.mask(text)


def _group_name(group: str, t: Callable[..., str]) -> str:
    return t("no_group") if group == UNGROUPED else group


def _words(lang: str) -> Callable[..., str]:
    def t(key: str, **params: Any) -> str:
        return translate(f"report.{key}", lang, **params)

    return t
