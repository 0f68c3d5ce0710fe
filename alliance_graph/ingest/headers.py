"""Header aliases in English and French, matched on folded text."""

from __future__ import annotations

from alliance_graph.ingest.text import fold

__all__ = ["DIMENSION_KEYWORDS", "dimension_of", "match_header", "role_of"]

# canonical field -> folded aliases (exact matches on the whole folded header)
_ALIASES: dict[str, tuple[str, ...]] = {
    "rater": (
        "rater",
        "from",
        "source",
        "respondent",
        "evaluator",
        "assessor",
        "rated by",
        "giver",
        "evaluateur",
        "evaluatrice",
        "evaluateur rice",
        "repondant",
        "repondante",
        "repondant e",
        "de",
        "emetteur",
        "auteur",
        "qui evalue",
    ),
    "ratee": (
        "ratee",
        "to",
        "target",
        "rated",
        "subject",
        "about",
        "evaluated",
        "receiver",
        "evalue",
        "evaluee",
        "evalue e",
        "cible",
        "personne evaluee",
        "a propos de",
        "destinataire",
        "qui est evalue",
        "pour",
    ),
    "score": (
        "score",
        "value",
        "rating",
        "note",
        "valeur",
        "answer",
        "response",
        "reponse",
        "level",
        "niveau",
    ),
    "dimension": ("dimension", "item", "question", "critere", "aspect", "indicateur"),
    "wave": (
        "wave",
        "round",
        "vague",
        "temps",
        "period",
        "periode",
        "phase",
        "session",
        "campagne",
        "survey wave",
    ),
    "date": (
        "date",
        "timestamp",
        "horodateur",
        "submitted at",
        "submit date utc",
        "completion time",
        "end date",
        "date de soumission",
        "heure de fin",
        "date de reponse",
        "answered at",
    ),
    "id": ("id", "identifiant", "code", "key", "cle"),
    "name": (
        "name",
        "nom",
        "full name",
        "nom complet",
        "stakeholder",
        "partie prenante",
        "personne",
        "person",
        "participant",
    ),
    "group": (
        "group",
        "groupe",
        "department",
        "departement",
        "service",
        "team",
        "equipe",
        "unit",
        "unite",
        "population",
        "college",
    ),
    "role": ("role", "type", "statut", "status", "fonction dans la mission"),
    "power": ("power", "pouvoir", "influence"),
    "interest": ("interest", "interet"),
    "consent": ("consent", "consentement", "accord rgpd"),
    # other spellings of a register person's name, separated by ";"
    "aliases": (
        "alias",
        "aliases",
        "aka",
        "also known as",
        "other names",
        "other spellings",
        "autres noms",
        "autre nom",
        "autres orthographes",
        "variantes",
    ),
}
_LOOKUP = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}

# prefixes that turn a register field into an attribute of the rater or of the ratee
_SIDE = {
    "rater": "rater",
    "ratee": "ratee",
    "evaluateur": "rater",
    "evalue": "ratee",
    "from": "rater",
    "to": "ratee",
    "source": "rater",
    "target": "ratee",
    "repondant": "rater",
    "cible": "ratee",
}

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
    words = [w for w in key.replace("'", " ").split() if w not in ("de", "du", "l", "la", "le")]
    if len(words) >= 2:
        sides = {_SIDE[w] for w in words if w in _SIDE}
        fields = {_LOOKUP.get(w) for w in words} & {"group", "role"}
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
