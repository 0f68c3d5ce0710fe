"""Headers matched to canonical fields (aliases from :mod:`~alliance_graph.ingest.schema`),
dimension keywords and role labels, in English and French, on folded text."""

from __future__ import annotations

from alliance_graph.ingest.schema import HEADER_LOOKUP, SIDE_KEYS, columns
from alliance_graph.ingest.text import fold

__all__ = ["DIMENSION_KEYWORDS", "dimension_of", "match_header", "role_of"]

# folded header -> canonical field, and side words, from the input schema
_LOOKUP = HEADER_LOOKUP
_SIDE = SIDE_KEYS
#: Fields a side word turns into an attribute of the rater or the ratee.
_SIDED = frozenset(c.name for c in columns("survey", "register") if c.sided)
#: Small words between a side word and a field (``Groupe de l'évaluateur``).
_FILLERS = ("de", "du", "l", "la", "le")

DIMENSION_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("confiance", "trust"),
    ("trust", "trust"),
    ("ecoute", "listening"),
    ("listen", "listening"),
    ("respect", "respect"),
    ("objectif", "goals"),
    ("goal", "goals"),
)

_ROLES: dict[str, str] = {
    "coach": "coach",
    "coach externe": "coach",
    "coach interne": "coach",
    "sponsor": "sponsor",
    "commanditaire": "sponsor",
    "prescripteur": "sponsor",
    "prescriptrice": "sponsor",
    "payeur": "sponsor",
    "payeuse": "sponsor",
    "client": "sponsor",
    "coachee": "coachee",
    "coache": "coachee",
    "coachee e": "coachee",
    "coache e": "coachee",
    "stakeholder": "stakeholder",
    "partie prenante": "stakeholder",
    "": "stakeholder",
    "participant": "stakeholder",
    "membre": "stakeholder",
    "member": "stakeholder",
}


def match_header(header: str) -> str | None:
    """The canonical field a header stands for, or ``None``.

    Register fields may carry a side: ``"Groupe de l'évaluateur"`` → ``"rater_group"``.

    >>> match_header("Évalué(e)")
    'ratee'
    >>> match_header("Rater group")
    'rater_group'
    """
    key = fold(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    words = [w for w in key.replace("'", " ").split() if w not in _FILLERS]
    if len(words) >= 2:
        sides = {_SIDE[w] for w in words if w in _SIDE}
        fields = {_LOOKUP.get(w) for w in words} & _SIDED
        if len(sides) == 1 and len(fields) == 1:
            return f"{sides.pop()}_{fields.pop()}"
    return None


def dimension_of(text: str) -> str | None:
    """The dimension a header or question text is about, from its keywords.

    >>> dimension_of("Nous sommes d'accord sur les objectifs")
    'goals'
    """
    key = fold(text)
    for keyword, dimension in DIMENSION_KEYWORDS:
        if keyword in key:
            return dimension
    return None


def role_of(text: str) -> str | None:
    """The canonical role of an English or French role label, ``None`` if unknown.

    >>> role_of("Commanditaire"), role_of("Coaché·e")
    ('sponsor', 'coachee')
    """
    key = fold(text).replace("·", " ").replace(".", " ")
    key = " ".join(key.split())
    return _ROLES.get(key)
