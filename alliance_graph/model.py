"""Plain data shared by every part of alliance-graph: scales, roles, issues, surveys.

Issues live in :mod:`alliance_graph._issues` and scales in :mod:`alliance_graph._scale`;
import them from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pandas as pd

from alliance_graph._issues import Issue, IssueCode, Severity
from alliance_graph._scale import MIN_SCALE_SPAN as MIN_SCALE_SPAN
from alliance_graph._scale import SCORE_LIMIT, Scale
from alliance_graph.i18n import translate

__all__ = [
    "RATING_COLUMNS",
    "SCORE_LIMIT",
    "STAKEHOLDER_COLUMNS",
    "FileInfo",
    "Issue",
    "IssueCode",
    "Role",
    "Scale",
    "Severity",
    "Survey",
    "natural_key",
]

#: Columns of the canonical ratings table, in order (``date`` may be empty).
RATING_COLUMNS = ("wave", "rater", "ratee", "dimension", "score", "date", "file", "line")
#: Columns of the canonical stakeholder table, in order (``consent`` and ``in_register``
#: are booleans).
STAKEHOLDER_COLUMNS = ("id", "name", "group", "role", "power", "interest", "consent", "in_register")


class Role(str, Enum):
    """The part a stakeholder plays in the engagement."""

    COACH = "coach"
    COACHEE = "coachee"
    SPONSOR = "sponsor"
    STAKEHOLDER = "stakeholder"


#: Issues after which a survey's scale is only a stand-in.
_NO_SCALE = frozenset({IssueCode.SCALE_UNKNOWN, IssueCode.SCALE_TOO_WIDE})


@dataclass(frozen=True)
class FileInfo:
    """How one input file (or one sheet of a workbook) was read.

    A workbook's sheet has its ``sheet`` name; a sheet that was not read has the shape
    ``ignored`` and a ``reason`` (``empty``, ``no_columns`` …, worded by
    ``sheet.<reason>`` in the messages).
    """

    path: str
    encoding: str
    delimiter: str
    shape: str  # "long", "wide", "matrix", "register", "interactions" or "ignored"
    rows: int = 0
    sheet: str | None = None
    reason: str | None = None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        record: dict[str, Any] = {
            "path": self.path,
            "sheet": self.sheet,
            "encoding": self.encoding,
            "delimiter": self.delimiter,
            "shape": self.shape,
        }
        if self.reason is not None:
            record["reason"] = self.reason
            record["message"] = translate(f"sheet.{self.reason}", lang)
        return record


@dataclass(frozen=True)
class Survey:
    """The canonical tables of one engagement, and every issue found reading them.

    ``ratings`` has the columns of :data:`RATING_COLUMNS` (one row per rater, ratee,
    dimension and wave; ``score`` is the raw value on ``scale``). ``stakeholders`` has
    the columns of :data:`STAKEHOLDER_COLUMNS`, one row per person or team, the coach
    included. ``waves`` lists the wave labels in order. ``interactions``, when logs were
    read, holds one row per event (``wave, source, target, date, amount, channel, file,
    line``; ``interaction_measure`` says whether ``amount`` is a count, minutes or a
    weight).
    """

    ratings: pd.DataFrame
    stakeholders: pd.DataFrame
    scale: Scale
    waves: tuple[str, ...]
    files: tuple[FileInfo, ...] = ()
    issues: tuple[Issue, ...] = ()
    missing_answers: dict[str, int] = field(default_factory=dict)
    interactions: pd.DataFrame | None = None
    interaction_measure: str | None = None
    #: The objectives agreed at the kick-off (DESIGN.md section 10), when a register of
    #: them was read: ``id, objective, objective_fr, objective_en, agreed_on, agreed_by,
    #: observers, target, indicator, file, line``.
    objectives: pd.DataFrame | None = None
    #: Progress answers on them, when read: ``wave, rater, objective, progress, comment,
    #: file, line`` (rater an id, objective an id of ``objectives``).
    progress: pd.DataFrame | None = None
    #: The comments (free text) respondents added, when any file had a comment column:
    #: ``wave, rater, topic, about, text, file, line`` (rater an id; ``topic`` is
    #: ``person``, ``objective`` or blank for the survey as a whole, ``about`` the id
    #: it names). Shown to the coach; shared only grouped and masked (docs/privacy.md).
    comments: pd.DataFrame | None = None
    #: Every way the data names each person, by id as read (the id, the name, the
    #: register's aliases): what is masked in the comments of a shared output. Never
    #: relabelled and never shown.
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def scale_known(self) -> bool:
        """False when no scale was declared and the answers could not tell it
        (``SCALE_UNKNOWN``, ``SCALE_TOO_WIDE``): ``scale`` then only holds a stand-in,
        never to be used."""
        return not any(i.code in _NO_SCALE for i in self.issues)

    @property
    def coach(self) -> str | None:
        """The id of the stakeholder whose role is ``coach``, if there is exactly one."""
        ids = self.stakeholders.loc[self.stakeholders["role"] == Role.COACH.value, "id"]
        return str(ids.iloc[0]) if len(ids) == 1 else None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The ``validate --json`` contract (DESIGN.md section 5.7)."""
        return {
            "ok": self.ok,
            "ratings": len(self.ratings),
            "interactions": None if self.interactions is None else len(self.interactions),
            "waves": list(self.waves),
            "stakeholders": len(self.stakeholders),
            "scale": self.scale.to_dict() if self.scale_known else None,
            "files": [f.to_dict(lang) for f in self.files],
            "issues": [i.to_dict(lang) for i in self.issues],
            **self._objectives_record(),
        }

    def _objectives_record(self) -> dict[str, Any]:
        """``objectives``, and the ``progress`` and ``comments`` counts, only when they
        were read."""
        record: dict[str, Any] = {}
        if self.objectives is not None:
            record["objectives"] = self.objectives["id"].astype(str).tolist()
        if self.progress is not None:
            record["progress"] = len(self.progress)
        if self.comments is not None:
            record["comments"] = len(self.comments)
        return record


def natural_key(label: str) -> tuple[Any, ...]:
    """Sort key that puts ``T2`` before ``T10`` (digits compared as numbers).

    >>> sorted(["T10", "T2", "T1"], key=natural_key)
    ['T1', 'T2', 'T10']
    """
    parts = re.split(r"(\d+)", str(label).casefold())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p != "")
