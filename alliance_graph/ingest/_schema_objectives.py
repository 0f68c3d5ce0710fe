"""The input schema's columns of the objectives register and of the progress answers
(DESIGN.md section 10), aliases as a person writes them, in English and French."""

from __future__ import annotations

from alliance_graph.ingest._schema_column import COMMENT_ALIASES, Column

__all__ = ["OBJECTIVE_COLUMNS"]

OBJECTIVE_COLUMNS: tuple[Column, ...] = (
    # the objectives register
    Column(
        "id",
        "objectives",
        ("id", "objective id", "no", "n°", "number", "code", "ref", "identifiant", "numéro",
         "référence"),
        ("objectives",),
        required=True,
        doc="the objective's short id, the one the progress answers name",
    ),
    Column(
        "objective",
        "objectives",
        ("objective", "wording", "goal", "objectif", "libellé", "intitulé", "énoncé"),
        ("objectives",),
        required=True,
        doc="the objective as agreed, in words",
    ),
    Column(
        "objective_fr",
        "objectives",
        ("objective_fr", "objectif (fr)", "libellé fr"),
        ("objectives",),
        doc="its wording in French, when both languages are kept",
    ),
    Column(
        "objective_en",
        "objectives",
        ("objective_en", "objectif (en)", "libellé en"),
        ("objectives",),
        doc="its wording in English, when both languages are kept",
    ),
    Column(
        "agreed_on",
        "objectives",
        ("agreed on", "date agreed", "date", "convenu le", "date d'accord",
         "validé le"),
        ("objectives",),
        doc="the date it was agreed",
    ),
    Column(
        "agreed_by",
        "objectives",
        ("agreed by", "convenu par", "validé par"),
        ("objectives",),
        doc="who agreed it: coachee, sponsor, coach (`;` between them)",
    ),
    Column(
        "observers",
        "objectives",
        ("observers", "observed by", "observateurs", "observé par", "groupes observateurs"),
        ("objectives",),
        doc="the register groups who can see the change (`;` between them; blank: everyone)",
    ),
    Column(
        "target",
        "objectives",
        ("target", "aim", "cible", "visée"),
        ("objectives",),
        doc="the mean progress aimed at, −3 … +3 (blank: +1)",
    ),
    Column(
        "indicator",
        "objectives",
        ("indicator", "evidence", "how progress shows", "indicateur", "signe de progrès"),
        ("objectives",),
        doc="how progress shows, in words",
    ),
    # progress answers
    Column(
        "wave",
        "progress",
        ("wave", "vague", "round", "period", "période"),
        ("progress",),
        required=True,
        doc="the wave of the answer",
    ),
    Column(
        "rater",
        "progress",
        ("rater", "respondent", "from", "name", "répondant", "répondante", "évaluateur",
         "nom", "qui répond"),
        ("progress",),
        required=True,
        doc="the person who answers",
    ),
    Column(
        "objective",
        "progress",
        ("objective", "objective id", "goal", "objectif"),
        ("progress",),
        required=True,
        doc="the objective's id in the objectives register, or its wording",
    ),
    Column(
        "progress",
        "progress",
        ("progress", "change", "progrès", "progression", "évolution", "changement"),
        ("progress",),
        required=True,
        doc="the change seen, −3 (much worse) … +3 (much better), a number or its words",
    ),
    Column(
        "comment",
        "progress",
        COMMENT_ALIASES,
        ("progress",),
        doc="what the person adds in words: a comment on the objective (section 17)",
    ),
)  # fmt: skip
