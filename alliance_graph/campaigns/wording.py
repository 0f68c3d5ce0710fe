"""How a campaign's questions are worded for a respondent, in their language: on the web
form and in the offline workbook alike."""

from __future__ import annotations

from datetime import date

from alliance_graph.campaigns.model import Person, Questions
from alliance_graph.i18n import format_day, translate

__all__ = [
    "PROGRESS_POINTS",
    "answer_by",
    "legend",
    "progress_label",
    "progress_question",
    "question_text",
]

#: The answers on an objective's progress, from much worse to much better.
PROGRESS_POINTS = tuple(range(-3, 4))
_KIT_DIMENSIONS = ("trust", "listening", "respect", "goals")


def question_text(dimension: str, lang: str) -> str:
    """The sentence rated for ``dimension``: the kit's for its four, else a question
    naming the dimension.

    >>> question_text("trust", "fr")
    'J’ai confiance en cette personne.'
    >>> question_text("Autonomie", "en")
    'How do you rate your relationship with this person on: Autonomie?'
    """
    if dimension in _KIT_DIMENSIONS:
        return translate(f"web.respond.q.{dimension}", lang)
    return translate("web.respond.q.other", lang, dimension=dimension)


def progress_question(wording: str, me: Person, coachee: str | None, lang: str) -> str:
    """The question on an objective worded ``wording``, asked of ``me``: about the
    coachee (named), or about the change itself when ``me`` is the coachee."""
    if me.role == "coachee" or coachee is None:
        return translate("web.respond.progress_self", lang, objective=wording)
    return translate("web.respond.progress_q", lang, objective=wording, coachee=coachee)


def progress_label(point: int, lang: str) -> str:
    """The kit's words for a progress answer, its number first.

    >>> progress_label(2, "en"), progress_label(-3, "fr")
    ('+2 better', '−3 beaucoup moins bien')
    """
    return translate(f"kit.progress.point.{point}", lang)


def legend(questions: Questions, lang: str) -> str:
    """What the scale's numbers mean: the kit's words on a 1–5 scale."""
    if questions.points == (1, 2, 3, 4, 5):
        return translate("web.respond.legend_agree", lang)
    return translate("web.respond.legend", lang, low=questions.low, high=questions.high)


def answer_by(day: date, lang: str) -> str:
    """The sentence that tells a respondent by when to answer, the day written out.

    >>> answer_by(date(2026, 12, 18), "fr")
    'Merci de répondre au plus tard le vendredi 18 décembre 2026.'
    """
    return translate("web.respond.answer_by", lang, date=format_day(day, lang))
