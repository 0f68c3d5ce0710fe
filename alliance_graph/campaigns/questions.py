"""The questions of a new campaign, from what the engagement holds: its register (the
respondents and the people they rate), its dimensions and scale, its objectives."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import pandas as pd

from alliance_graph.campaigns.model import Objective, Person, Questions
from alliance_graph.errors import AllianceGraphError
from alliance_graph.i18n import LANGUAGES
from alliance_graph.ingest.text import fold
from alliance_graph.model import Scale, Survey
from alliance_graph.stored_files import Sources

__all__ = [
    "DEFAULT_DIMENSIONS",
    "CampaignError",
    "Said",
    "campaign_questions",
    "register_rows",
    "stored_dimensions",
]

#: What the survey kit asks (``alliance-graph template``), for an engagement without waves.
DEFAULT_DIMENSIONS = ("trust", "listening", "respect", "goals")
DEFAULT_SCALE = "1:5"
_MAX_POINTS = 11
_LANGUAGE_WORDS = {"english": "en", "anglais": "en", "french": "fr", "francais": "fr"}  # folded


class CampaignError(AllianceGraphError, ValueError):
    """A campaign that cannot be made as asked; ``key`` words it (``web.collect.<key>``)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(f"{key}: {params}" if params else key)
        self.key, self.params = key, params


def campaign_questions(
    sources: Sources,
    stored: Survey | None,
    *,
    dimensions: Sequence[str] | None = None,
    scale: str | None = None,
    comment: bool = True,
) -> Questions:
    """The questions of a campaign for the engagement whose files are ``sources`` and
    whose survey, when it has waves, is ``stored``.

    The dimensions are ``dimensions``, else the stored waves', else the kit's; the scale
    is the stored waves' (another one is refused), else ``scale``, else 1:5, and must be
    whole numbers with 2 to 11 answers. Raises :class:`CampaignError` without a register.
    """
    from alliance_graph.ingest import read_survey

    if sources.register is None:
        raise CampaignError("need_register")
    people = read_survey([], register=sources.register, objectives=sources.objectives)
    roster = _roster(people.stakeholders, register_rows(sources))
    if not roster:
        raise CampaignError("need_register")
    low, high = _scale(stored, scale)
    return Questions(
        dimensions=_dimensions(stored, dimensions),
        low=low,
        high=high,
        roster=roster,
        objectives=_objectives(people.objectives),
        comment=comment,
    )


def _roster(people: pd.DataFrame, register: dict[str, Said]) -> tuple[Person, ...]:
    """The register's people, in its order, each with their language and address."""
    rows = {str(row["id"]): row for row in people.to_dict("records")}
    return tuple(
        Person(
            id=person,
            name=str(rows[person]["name"]),
            group=_text(rows[person]["group"]),
            role=str(rows[person]["role"]),
            lang=said.lang,
            consent=bool(rows[person]["consent"]),
            email=said.email,
        )
        for person, said in register.items()
        if person in rows
    )


def _text(value: Any) -> str:
    """A cell of the stakeholders' table as text: ``""`` when blank (``None`` or NaN,
    never the word ``nan``)."""
    return "" if value is None or pd.isna(value) else str(value)


class Said(NamedTuple):
    """What the register says of a person for the app alone: the language of their
    form (``None``: not one this app speaks) and their e-mail address (``""``: none)."""

    lang: str | None
    email: str


def register_rows(sources: Sources) -> dict[str, Said]:
    """The register's ids in its order, each with the language its ``language`` column
    says (``en``, ``fr``, ``fr-CA`` or the language's name), when this app speaks it,
    and the address its ``email`` column gives (see :mod:`~alliance_graph.ingest.emails`)."""
    from alliance_graph.ingest._inputs import read_register
    from alliance_graph.ingest.sheets import open_workbooks

    if sources.register is None:
        return {}
    books = open_workbooks([], sources.register)
    if books.register is None:
        return {}
    frame = read_register(books.register, None, [], []).frame
    blank = [""] * len(frame)
    said: dict[str, Said] = {}
    for person, text, email in zip(
        frame["id"], frame.get("language", blank), frame.get("email", blank)
    ):
        word = fold(str(text))
        lang = _LANGUAGE_WORDS.get(word, word[:2] if len(word) in (2, 5) else "")
        said.setdefault(str(person), Said(lang if lang in LANGUAGES else None, str(email)))
    return said


def _scale(stored: Survey | None, asked: str | None) -> tuple[int, int]:
    if stored is not None and stored.waves and stored.scale_known:
        scale = stored.scale
        if asked and Scale.parse(asked) != Scale(scale.min, scale.max):
            raise CampaignError("scale_differs", scale=f"{scale.min:g}:{scale.max:g}")
    else:
        scale = Scale.parse(asked or DEFAULT_SCALE)
    low, high = scale.min, scale.max
    if low != int(low) or high != int(high) or not 1 <= high - low < _MAX_POINTS:
        raise CampaignError("scale_points", scale=f"{low:g}:{high:g}", limit=_MAX_POINTS)
    return int(low), int(high)


def _dimensions(stored: Survey | None, asked: Sequence[str] | None) -> tuple[str, ...]:
    if asked:
        chosen = tuple(dict.fromkeys(" ".join(d.split()) for d in asked if d.strip()))
    elif stored is not None and len(stored.ratings):
        chosen = stored_dimensions(stored)
    else:
        chosen = DEFAULT_DIMENSIONS
    if not chosen or any(len(d) > 60 for d in chosen):
        raise CampaignError("bad_dimensions")
    return chosen


def stored_dimensions(survey: Survey) -> tuple[str, ...]:
    """The dimensions the survey's ratings hold: the kit's in the kit's order, then the
    others in the order they come."""
    found = dict.fromkeys(survey.ratings["dimension"].astype(str))
    kit = [d for d in DEFAULT_DIMENSIONS if d in found]
    return (*kit, *(d for d in found if d not in DEFAULT_DIMENSIONS))


def _objectives(objectives: pd.DataFrame | None) -> tuple[Objective, ...]:
    from alliance_graph.report.objectives_view import objective_wording

    if objectives is None:
        return ()
    return tuple(
        Objective(
            id=str(row["id"]),
            wording={lang: objective_wording(row, lang) for lang in LANGUAGES},
            observers=tuple(row.get("observers") or ()),
        )
        for row in ({str(k): v for k, v in r.items()} for r in objectives.to_dict("records"))
    )
