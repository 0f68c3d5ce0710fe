"""The input schema's table: one :class:`Column` per canonical column, its aliases as a
person writes them, the shapes that use it and whether it is required."""

from __future__ import annotations

from alliance_graph.ingest._schema_column import COMMENT_ALIASES, Column
from alliance_graph.ingest._schema_objectives import OBJECTIVE_COLUMNS

__all__ = ["COLUMNS", "FILES", "Column"]

#: The kinds of file, each read by its own header matching (``survey`` and ``register``
#: by one, see :mod:`~alliance_graph.ingest.schema`).
FILES = ("survey", "register", "form", "log", "objectives", "progress")


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
    Column(
        "comment",
        "survey",
        COMMENT_ALIASES,
        _SURVEY,
        doc="free text: about the ratee on a long file's row, else about the survey as a "
        "whole; a form's `Comments [person]` column is about that person (section 17)",
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
        (
            "power", "pouvoir", "influence", "power level", "level of power",
            "influence level", "level of influence", "niveau de pouvoir", "niveau d'influence",
        ),
        ("register",),
        doc="a number, for the stakeholder map and the balance index weighted by power",
    ),
    Column(
        "interest",
        "register",
        ("interest", "intérêt", "interest level", "level of interest", "niveau d'intérêt"),
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
    Column(
        "language",
        "register",
        ("language", "lang", "langue", "preferred language", "langue préférée"),
        ("register",),
        doc="en or fr: the language of the person's survey form in the web app",
    ),
    Column(
        "email",
        "register",
        (
            "email", "e-mail", "mail", "courriel", "email address", "e-mail address",
            "adresse e-mail", "adresse email", "adresse e mail", "adresse mail",
            "adresse de messagerie", "adresse électronique", "mél",
        ),
        ("register",),
        doc="the person's e-mail address, for the web app's reminders (never in a report)",
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
    Column(
        "progress",
        "form",
        ("Progress", "Progrès", "Progression"),
        ("wide",),
        doc="the question on an objective: `Progress [objective]`, `Progrès : [objectif]` "
        "or `Progress: objective`, one column per objective (section 16)",
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
    *OBJECTIVE_COLUMNS,
)  # fmt: skip
