"""The input schema as data: every column alliance-graph reads, and the headers it accepts.

One row per canonical column: the file it belongs to, its aliases in English and French
**as a person writes them** (accents, capitals, punctuation), the shapes that use it, and
whether it is required. The readers never see these spellings: they look headers up in
maps built once, here, with :func:`~alliance_graph.ingest.text.fold` (the function that
folds every header), so ``"Évalué(e)"`` is stored as written and matched as ``evalue e``.

Files:

- ``survey`` and ``register``: ratings files (shapes ``long``, ``wide``, ``matrix``) and
  the stakeholder register. Both are read by
  :func:`~alliance_graph.ingest.headers.match_header` through one map, so an alias names
  one column across the two.
- ``form``: the columns online forms add to a wide export (who answered, their e-mail,
  metadata), read by :mod:`~alliance_graph.ingest.forms` before the question columns.
- ``log``: interaction logs, read by :mod:`~alliance_graph.ingest.interactions`.

``docs/input-format.md`` shows the tables made from this one (``tools/input_schema_docs.py``
writes them; ``tests/test_input_schema.py`` checks they are up to date).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from alliance_graph.ingest.text import fold

__all__ = [
    "COLUMNS",
    "FILES",
    "FORM_LOOKUP",
    "FORM_SUBHEADERS",
    "FORM_SUBHEADER_KEYS",
    "HEADER_LOOKUP",
    "LOG_LOOKUP",
    "SIDE_KEYS",
    "SIDE_WORDS",
    "TWO_ROW_MARKER",
    "Column",
    "column",
    "columns",
    "folded_aliases",
    "lookup",
    "needed_columns",
    "required_columns",
]

#: The kinds of file, each read by its own header matching (``survey`` and ``register``
#: by one, see the module's documentation).
FILES = ("survey", "register", "form", "log")


@dataclass(frozen=True)
class Column:
    """One canonical column.

    ``aliases`` are the headers that name it, as written (the canonical name included
    when a header may say it); their order is the order of preference when several
    headers of a file name the column (the form's respondent). ``contains``: words that
    name the column anywhere inside a header. ``required``: a file without the column
    cannot be read; columns with the same ``one_of`` stand in for each other, and a file
    with none of them lacks ``one_of``. ``sided``: a side word turns the column into an
    attribute of the rater or the ratee (``Rater group`` → ``rater_group``).
    """

    name: str
    file: str
    aliases: tuple[str, ...]
    shapes: tuple[str, ...]
    required: bool = False
    doc: str = ""
    one_of: str = ""
    contains: tuple[str, ...] = ()
    sided: bool = False


_SURVEY = ("long", "wide", "matrix")
_RATINGS_AND_REGISTER = ("register", *_SURVEY)

COLUMNS: tuple[Column, ...] = (
    # ratings files
    Column(
        "rater",
        "survey",
        (
            "rater", "from", "source", "respondent", "evaluator", "assessor", "rated by",
            "giver", "évaluateur", "évaluatrice", "évaluateur·rice", "répondant",
            "répondante", "répondant·e", "de", "émetteur", "auteur", "qui évalue",
        ),
        ("long",),
        required=True,
        doc="the person who answers",
    ),
    Column(
        "ratee",
        "survey",
        (
            "ratee", "to", "target", "rated", "subject", "about", "evaluated", "receiver",
            "évalué", "évaluée", "évalué(e)", "cible", "personne évaluée", "à propos de",
            "destinataire", "qui est évalué", "pour",
        ),
        ("long",),
        required=True,
        doc="the person rated",
    ),
    Column(
        "score",
        "survey",
        (
            "score", "value", "rating", "note", "valeur", "answer", "response", "réponse",
            "level", "niveau",
        ),
        ("long",),
        required=True,
        doc="the answer; or one column per dimension instead",
    ),
    Column(
        "dimension",
        "survey",
        ("dimension", "item", "question", "critère", "aspect", "indicateur"),
        ("long",),
        doc="what the answer measures (trust when there is no such column)",
    ),
    Column(
        "wave",
        "survey",
        (
            "wave", "round", "vague", "temps", "period", "période", "phase", "session",
            "campagne", "survey wave",
        ),
        _SURVEY,
        doc="the wave of the answer",
    ),
    Column(
        "date",
        "survey",
        (
            "date", "timestamp", "horodateur", "submitted at", "submit date (UTC)",
            "completion time", "end date", "date de soumission", "heure de fin",
            "date de réponse", "answered at",
        ),
        _SURVEY,
        doc="when the answer was given",
    ),
    # the stakeholder register
    Column(
        "id",
        "register",
        ("id", "identifiant", "code", "key", "clé"),
        ("register",),
        required=True,
        one_of="person",
        doc="a short, unique code for the person",
    ),
    Column(
        "name",
        "register",
        (
            "name", "nom", "full name", "nom complet", "stakeholder", "partie prenante",
            "personne", "person", "participant",
        ),
        ("register",),
        required=True,
        one_of="person",
        doc="the full name, as written in the ratings files",
    ),
    Column(
        "group",
        "register",
        (
            "group", "groupe", "department", "département", "service", "team", "équipe",
            "unit", "unité", "population", "collège",
        ),
        _RATINGS_AND_REGISTER,
        doc="the person's group",
        sided=True,
    ),
    Column(
        "role",
        "register",
        ("role", "type", "statut", "status", "fonction dans la mission"),
        _RATINGS_AND_REGISTER,
        doc="coach, sponsor, coachee or stakeholder",
        sided=True,
    ),
    Column(
        "power",
        "register",
        ("power", "pouvoir", "influence"),
        ("register",),
        doc="a number, for a stakeholder map",
    ),
    Column(
        "interest",
        "register",
        ("interest", "intérêt"),
        ("register",),
        doc="a number, for a stakeholder map",
    ),
    Column(
        "consent",
        "register",
        ("consent", "consentement", "accord RGPD"),
        ("register",),
        doc="yes or no: may the person be named",
    ),
    Column(
        "aliases",
        "register",
        (
            "alias", "aliases", "aka", "also known as", "other names", "other spellings",
            "autres noms", "autre nom", "autres orthographes", "variantes",
        ),
        ("register",),
        doc="other spellings of the name, separated by ;",
    ),
    # what online forms add to a wide export
    Column(
        "respondent",
        "form",
        (
            "Votre nom", "Your name", "Name", "Nom", "Respondent", "Répondant",
            "Nom et prénom", "Nom prénom", "Prénom nom", "Prénom et nom", "Full name",
            "Qui êtes-vous", "Who are you", "Rater", "Évaluateur",
        ),
        ("wide",),
        required=True,
        doc="the person who answers (without it, the form is anonymous)",
        contains=("your name", "votre nom", "ton nom"),
    ),
    Column(
        "email",
        "form",
        (
            "Email", "E-mail", "Email address", "Adresse e-mail", "Adresse e mail",
            "Adresse email", "Courriel", "Adresse de messagerie",
        ),
        ("wide",),
        doc="the respondent's e-mail: who answers when no column gives a name",
    ),
    Column(
        "meta",
        "form",
        (
            "ID", "#", "Respondent ID", "Collector ID", "Start Date", "End Date",
            "Start time", "Completion time", "Last modified time", "IP Address",
            "First Name", "Last Name", "Custom Data 1", "Network ID", "Token", "Tags",
            "Submit Date (UTC)", "Start Date (UTC)", "Stage Date (UTC)", "Score",
            "Total score", "Points", "Heure de début", "Heure de fin",
            "Heure de la dernière modification", "Response Type", "Ending",
        ),
        ("wide",),
        doc="form metadata, ignored without a warning (# stands for any header of "
        "punctuation only)",
    ),
    # interaction logs
    Column(
        "source",
        "log",
        (
            "source", "from", "sender", "organizer", "organiser", "de", "émetteur",
            "expéditeur", "organisateur", "caller", "appelant",
        ),
        ("interactions",),
        required=True,
        doc="the person who started the interaction",
    ),
    Column(
        "target",
        "log",
        (
            "target", "to", "recipient", "attendee", "participant", "à", "destinataire",
            "invité", "callee", "appelé",
        ),
        ("interactions",),
        required=True,
        doc="the person met, called or written to",
    ),
    Column(
        "timestamp",
        "log",
        (
            "timestamp", "date", "time", "datetime", "start", "when", "horodatage",
            "début", "quand", "heure",
        ),
        ("interactions",),
        required=True,
        doc="when it happened",
    ),
    Column(
        "duration",
        "log",
        ("duration", "minutes", "durée", "length", "temps passé"),
        ("interactions",),
        doc="minutes, summed when given",
    ),
    Column(
        "weight",
        "log",
        ("weight", "poids", "count", "nombre", "volume"),
        ("interactions",),
        doc="a weight, summed when given (and no duration)",
    ),
    Column(
        "channel",
        "log",
        ("channel", "medium", "type", "canal", "moyen", "kind"),
        ("interactions",),
        doc="meeting, call, e-mail…",
    ),
    Column(
        "wave",
        "log",
        ("wave", "vague", "round", "period", "période", "phase"),
        ("interactions",),
        doc="the wave of the event (else a time window places it)",
    ),
)  # fmt: skip

#: Words that turn a ``sided`` column into an attribute of the rater or of the ratee,
#: as written (``Groupe de l'évaluateur`` → ``rater_group``).
SIDE_WORDS: tuple[tuple[str, str], ...] = (
    ("rater", "rater"),
    ("from", "rater"),
    ("source", "rater"),
    ("évaluateur", "rater"),
    ("répondant", "rater"),
    ("ratee", "ratee"),
    ("to", "ratee"),
    ("target", "ratee"),
    ("évalué", "ratee"),
    ("cible", "ratee"),
)

#: What SurveyMonkey writes on its second header row below a column that is not about a
#: person (the respondent's name, a comment): not a person's name.
FORM_SUBHEADERS = ("Response", "Open-Ended Response", "Réponse", "Réponse ouverte")

#: The header by which a SurveyMonkey export (two header rows) is recognised.
TWO_ROW_MARKER = "Respondent ID"


def columns(*files: str) -> tuple[Column, ...]:
    """The columns of these kinds of file, in table order."""
    unknown = set(files) - set(FILES)
    if unknown:
        raise ValueError(f"unknown file kind: {', '.join(sorted(unknown))}")
    return tuple(c for c in COLUMNS if c.file in files)


def column(name: str, file: str) -> Column:
    """The column ``name`` of a kind of file."""
    for found in columns(file):
        if found.name == name:
            return found
    raise KeyError(f"no column {name!r} in {file} files")


def folded_aliases(name: str, file: str) -> tuple[str, ...]:
    """A column's aliases, folded, in table order, each once."""
    return tuple(dict.fromkeys(fold(alias) for alias in column(name, file).aliases))


def lookup(*files: str) -> Mapping[str, str]:
    """Folded alias → canonical column, over the columns of ``files`` (read together by
    one header matching). An alias of two columns is an error in this table."""
    found: dict[str, str] = {}
    for col in columns(*files):
        for alias in col.aliases:
            key = fold(alias)
            if found.get(key, col.name) != col.name:
                raise ValueError(f"alias {alias!r} names both {found[key]!r} and {col.name!r}")
            found[key] = col.name
    return MappingProxyType(found)


def required_columns(file: str) -> tuple[str, ...]:
    """What a file of this kind must have: required columns, a ``one_of`` group once."""
    return tuple(dict.fromkeys(c.one_of or c.name for c in columns(file) if c.required))


def needed_columns(file: str, found: Iterable[str | None]) -> tuple[str, ...]:
    """The required columns (or ``one_of`` groups) missing from ``found``, the canonical
    columns a file's headers name, in table order: the ``needed`` of ``MISSING_COLUMN``.

    >>> needed_columns("log", ["source", None])
    ('target', 'timestamp')
    >>> needed_columns("register", ["group"])
    ('person',)
    """
    have = set(found)
    present = {c.one_of or c.name for c in columns(file) if c.name in have}
    return tuple(n for n in required_columns(file) if n not in present)


#: Header of ratings files and registers (folded) → canonical column.
HEADER_LOOKUP = lookup("survey", "register")
#: Header of an interaction log (folded) → canonical column.
LOG_LOOKUP = lookup("log")
#: Header of a form export (folded) → ``respondent``, ``email`` or ``meta``.
FORM_LOOKUP = lookup("form")
#: Side word (folded) → ``rater`` or ``ratee``.
SIDE_KEYS: Mapping[str, str] = MappingProxyType({fold(w): side for w, side in SIDE_WORDS})
#: :data:`FORM_SUBHEADERS`, folded.
FORM_SUBHEADER_KEYS = frozenset(fold(label) for label in FORM_SUBHEADERS)
