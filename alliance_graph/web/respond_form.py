"""The respondent's form: what it shows (the people they rate with their group, each
question with "don't know", the objectives, the comment, consent), and the answers read
back from what it sends.

Fields are named by positions that never change during a campaign: ``a<person>_<dim>``
(the person's place in the campaign's roster, the dimension's in its questions),
``o<objective>``, then ``comment``, ``agreed``, ``named`` and ``add``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from alliance_graph.campaigns import (
    COMMENT_LIMIT,
    DONT_KNOW,
    Answers,
    Campaign,
    Respondent,
    asked_objectives,
)
from alliance_graph.campaigns.wording import (
    PROGRESS_POINTS,
    legend,
    progress_label,
    progress_question,
    question_text,
)
from alliance_graph.i18n import translate
from alliance_graph.web.security import Refused

__all__ = ["COMMENT_LIMIT", "form_view", "read_answers", "roster_index"]


def roster_index(campaign: Campaign) -> dict[str, int]:
    """Each person's place in the campaign's roster (their number in field names)."""
    return {p.id: n for n, p in enumerate(campaign.questions.roster)}


def read_answers(
    form: Mapping[str, str], campaign: Campaign, respondent: Respondent, rates: tuple[str, ...]
) -> Answers:
    """The answers a form sends about ``rates`` and the respondent's objectives. A value
    the form never offers is a bad request (400); an empty one is no answer."""
    questions, index = campaign.questions, roster_index(campaign)
    allowed = {str(p) for p in questions.points} | {DONT_KNOW}
    ratings = {}
    for person in rates:
        for d, dimension in enumerate(questions.dimensions):
            value = _value(form, f"a{index[person]}_{d}", allowed)
            if value:
                ratings[person, dimension] = value
    progress = {}
    me = questions.person(respondent.person)
    steps = {str(p) for p in PROGRESS_POINTS} | {DONT_KNOW}
    for objective in asked_objectives(me, questions):
        value = _value(form, f"o{_objective_index(campaign, objective.id)}", steps)
        if value:
            progress[objective.id] = value
    comment = form.get("comment", "").replace("\r\n", "\n").strip() if questions.comment else ""
    if len(comment) > COMMENT_LIMIT:
        raise Refused(422, "respond.comment_too_long", limit=COMMENT_LIMIT)
    named = {"yes": True, "no": False}.get(form.get("named", ""))
    agreed = True if form.get("agreed") == "yes" else None
    return Answers(ratings, progress, comment, agreed, named if me.consent else None)


def _value(form: Mapping[str, str], name: str, allowed: set[str]) -> str:
    value = form.get(name, "").strip()
    if value and value not in allowed:
        raise Refused(400, "error.bad_request")
    return value


def _objective_index(campaign: Campaign, objective_id: str) -> int:
    return next(n for n, o in enumerate(campaign.questions.objectives) if o.id == objective_id)


def form_view(
    campaign: Campaign, respondent: Respondent, answers: Answers | None, lang: str
) -> dict[str, Any]:
    """What the form shows, in ``lang``, filled with ``answers``."""
    questions, index = campaign.questions, roster_index(campaign)
    answers = answers or Answers()
    me = questions.person(respondent.person)
    coachee = next((p.name for p in questions.roster if p.role == "coachee"), None)
    scale = _scale_options(campaign, lang)
    people = []
    for person_id in respondent.rates:
        person = questions.person(person_id)
        n = index[person_id]
        people.append(
            {
                "index": n,
                "name": person.name,
                "group": person.group,
                "coach": person.role == "coach",
                "added": person_id in respondent.added and person_id not in respondent.ratees,
                "questions": [
                    {
                        "field": f"a{n}_{d}",
                        "text": question_text(dimension, lang),
                        "options": scale,
                        "chosen": answers.ratings.get((person_id, dimension), ""),
                    }
                    for d, dimension in enumerate(questions.dimensions)
                ],
            }
        )
    objectives = [
        {
            "field": f"o{_objective_index(campaign, o.id)}",
            "text": progress_question(o.wording.get(lang, o.id), me, coachee, lang),
            "options": _progress_options(lang),
            "chosen": answers.progress.get(o.id, ""),
        }
        for o in asked_objectives(me, questions)
    ]
    taken = {respondent.person, *respondent.rates}
    return {
        "me": me,
        "people": people,
        "objectives": objectives,
        "legend": legend(questions, lang),
        "comment": questions.comment,
        "answers": answers,
        "addable": [(index[p.id], p.name, p.group) for p in questions.roster if p.id not in taken],
        "coach": next((p.name for p in questions.roster if p.role == "coach"), None),
        "comment_limit": COMMENT_LIMIT,
    }


def _scale_options(campaign: Campaign, lang: str) -> list[tuple[str, str, str]]:
    """``(value, shown, said)``: the number shown, and its words for screen readers
    (the kit's agreement labels on a 1–5 scale)."""
    points = campaign.questions.points
    words = points == (1, 2, 3, 4, 5)
    options = [
        (str(p), str(p), translate(f"kit.answer.{p}", lang) if words else "") for p in points
    ]
    dont_know = translate("kit.answer.dont_know", lang)
    return [*options, (DONT_KNOW, dont_know, "")]


def _progress_options(lang: str) -> list[tuple[str, str, str]]:
    options = [  # the kit's words say the number first: "+2 better"
        (str(p), f"+{p}" if p > 0 else str(p).replace("-", "−"),
         progress_label(p, lang).split(" ", 1)[-1])
        for p in PROGRESS_POINTS
    ]  # fmt: skip
    return [*options, (DONT_KNOW, translate("kit.progress.not_observed", lang), "")]
