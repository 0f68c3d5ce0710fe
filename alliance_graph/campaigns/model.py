"""What a campaign is: the questions of a wave, the people of the register, the
respondents with their personal links, and whom each one rates by default."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "STATUSES",
    "Campaign",
    "Objective",
    "Person",
    "Questions",
    "Respondent",
    "asked_objectives",
    "default_ratees",
    "form_key",
    "new_token",
    "token_hash",
]

#: A campaign is prepared (links answer "not open yet"), open, or closed.
STATUSES = ("ready", "open", "closed")
_ROLES_EVERYONE_RATES = ("coach", "sponsor", "coachee")


@dataclass(frozen=True)
class Person:
    """Someone of the register: ``lang`` the language of their form when the register
    says it; ``consent`` whether the register lets them be named; ``email`` their
    address when the register gives one (for reminders only, never shown to anyone
    but the coach)."""

    id: str
    name: str
    group: str = ""
    role: str = "stakeholder"
    lang: str | None = None
    consent: bool = True
    email: str = ""


@dataclass(frozen=True)
class Objective:
    """An objective agreed at the kick-off, worded in each language, and the groups
    that can see its progress (empty: everyone)."""

    id: str
    wording: dict[str, str]
    observers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Questions:
    """What a campaign asks: each dimension on the scale ``low``…``high`` (whole
    numbers), the progress on each objective (−3 … +3), and an optional comment;
    ``roster`` is the register when the campaign was made."""

    dimensions: tuple[str, ...]
    low: int
    high: int
    roster: tuple[Person, ...]
    objectives: tuple[Objective, ...] = ()
    comment: bool = True

    @property
    def points(self) -> tuple[int, ...]:
        """The answers of the scale, lowest first.

        >>> Questions(("trust",), 1, 5, ()).points
        (1, 2, 3, 4, 5)
        """
        return tuple(range(self.low, self.high + 1))

    @property
    def scale(self) -> str:
        return f"{self.low}:{self.high}"

    def person(self, person_id: str) -> Person:
        return next(p for p in self.roster if p.id == person_id)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Questions:
        data = json.loads(text)
        return cls(
            dimensions=tuple(data["dimensions"]),
            low=int(data["low"]),
            high=int(data["high"]),
            roster=tuple(Person(**p) for p in data["roster"]),
            objectives=tuple(
                Objective(o["id"], dict(o["wording"]), tuple(o["observers"]))
                for o in data["objectives"]
            ),
            comment=bool(data["comment"]),
        )


@dataclass(frozen=True)
class Campaign:
    """One wave's survey. ``version`` moves on with every answer sent; the wave's files
    (``ratings_file``, ``progress_file``: ids in the workspace) hold ``stored_version``;
    ``problem`` says why the latest answers could not become the wave (a message key and
    its parameters), else ``None``; ``closes_on`` the day by which respondents are asked
    to answer (told to them, not enforced), else ``None``."""

    id: int
    engagement_id: int
    wave: str
    status: str
    questions: Questions
    secret: str = field(repr=False)
    version: int = 0
    stored_version: int = 0
    ratings_file: int | None = None
    progress_file: int | None = None
    problem: dict[str, Any] | None = None
    created_at: str = ""
    changed_at: str = ""
    closes_on: date | None = None

    @property
    def up_to_date(self) -> bool:
        """Whether the wave's files hold every answer sent."""
        return self.stored_version == self.version


@dataclass(frozen=True)
class Respondent:
    """A person asked to answer, with their personal link's token: ``ratees`` whom the
    coach asks them to rate, ``added`` those they added themselves."""

    id: int
    campaign_id: int
    person: str
    token: str = field(repr=False)
    ratees: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    saved_at: str | None = None
    submitted_at: str | None = None

    @property
    def rates(self) -> tuple[str, ...]:
        """Everyone they rate: the coach's choice, then their own additions."""
        seen = dict.fromkeys(p for p in (*self.ratees, *self.added) if p != self.person)
        return tuple(seen)


def default_ratees(person: Person, roster: tuple[Person, ...]) -> tuple[str, ...]:
    """Whom ``person`` rates unless the coach says otherwise (DESIGN.md section 11): the
    coach, the sponsor, the coachee and the members of their own group; the coach rates
    everyone. In register order, never themselves.

    >>> people = (Person("c", "C", "Coach", "coach"), Person("s", "S", "Board", "sponsor"),
    ...           Person("m1", "M1", "Team"), Person("m2", "M2", "Team"), Person("x", "X", "Ops"))
    >>> default_ratees(people[2], people), default_ratees(people[0], people)
    (('c', 's', 'm2'), ('s', 'm1', 'm2', 'x'))
    """
    chosen = [
        p.id
        for p in roster
        if p.id != person.id
        and (
            person.role == "coach"
            or p.role in _ROLES_EVERYONE_RATES
            or (person.group and p.group == person.group)
        )
    ]
    return tuple(chosen)


def asked_objectives(person: Person, questions: Questions) -> tuple[Objective, ...]:
    """The objectives ``person`` is asked about: those their group can observe (all when
    an objective names no observers); the coach, the sponsor and the coachee are asked
    about every objective (their views are compared, DESIGN.md section 10)."""
    if person.role in _ROLES_EVERYONE_RATES:
        return questions.objectives
    return tuple(o for o in questions.objectives if not o.observers or person.group in o.observers)


def new_token() -> str:
    """A personal link's token: 256 random bits, URL-safe (43 characters)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """How a token is looked up: its SHA-256, so that the time a lookup takes says
    nothing about the tokens that exist.

    >>> token_hash("abc")[:16]
    'ba7816bf8f01cfea'
    """
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def form_key(secret: str, token: str) -> str:
    """The value a respondent's form carries against requests forged by another site:
    derived from the campaign's ``secret`` (kept in the workspace, so a form left open on
    a phone still sends after the app restarts) and the respondent's ``token``."""
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()
