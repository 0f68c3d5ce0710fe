"""Campaigns as the coach's pages and the API show and change them: made from the
engagement's files, opened and closed, whom each respondent rates, and each campaign
with its respondents, their personal links and who has answered."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from alliance_graph.campaigns import (
    Campaign,
    CampaignError,
    Campaigns,
    Respondent,
    check_closing_date,
    days_left,
    parse_closing_date,
)
from alliance_graph.campaigns import campaign_questions as questions_for
from alliance_graph.errors import ScaleError
from alliance_graph.i18n import format_day
from alliance_graph.web.clock import today
from alliance_graph.web.network import links_stay_here, respondent_link
from alliance_graph.web.placing import clean_label, stored_waves
from alliance_graph.web.security import Refused
from alliance_graph.web.state import EngagementState, engagement_state, workspace
from alliance_graph.web.tracker_view import tracker_record

__all__ = [
    "campaign_record",
    "change_status",
    "collect_box",
    "create_campaign",
    "find",
    "set_closing_date",
    "set_ratees",
]

#: What the coach may do to a campaign in each state: the status it moves to.
MOVES = {"ready": ("open",), "open": ("closed",), "closed": ("open",)}


def store() -> Campaigns:
    return Campaigns(workspace())


def find(engagement_id: int, campaign_id: int) -> Campaign:
    """A campaign of this (live) engagement; 404 otherwise."""
    workspace().engagement(engagement_id)
    return store().get(engagement_id, campaign_id)


def create_campaign(
    engagement_id: int,
    wave: str | None,
    *,
    dimensions: Sequence[str] | str | None = None,
    scale: str | None = None,
    comment: bool = True,
) -> Campaign:
    """A campaign for a new wave, from the engagement's register, dimensions, scale and
    objectives. Refused (422) without a register, for a wave that exists, or for
    dimensions or a scale that cannot be asked."""
    label = clean_label(wave)
    if label is None:
        raise Refused(422, "collect.need_wave")
    state = engagement_state(engagement_id)
    if state.unreadable is not None:
        raise Refused(422, state.unreadable.key, **state.unreadable.params)
    taken = {w for f in state.ratings for w in (f.wave, *stored_waves(f))}
    if label in taken or any(c.wave == label for c in store().of(engagement_id)):
        raise Refused(422, "collect.wave_exists", wave=label)
    if isinstance(dimensions, str):
        dimensions = [d for d in re.split(r"[,;\n]", dimensions) if d.strip()]
    try:
        questions = questions_for(
            workspace().sources(engagement_id),
            state.survey if state.ratings else None,
            dimensions=dimensions or None,
            scale=(scale or "").strip() or None,
            comment=comment,
        )
    except CampaignError as refused:
        raise Refused(422, f"collect.{refused.key}", **refused.params) from None
    except ScaleError:
        raise Refused(422, "upload.bad_scale", value=str(scale).strip()[:40]) from None
    try:
        return store().create(engagement_id, label, questions)
    except ValueError:  # made meanwhile
        raise Refused(422, "collect.wave_exists", wave=label) from None


def change_status(campaign: Campaign, status: str) -> Campaign:
    """Open, close or open again; anything else is a conflict (409)."""
    if status not in MOVES[campaign.status]:
        raise Refused(409, "collect.bad_move", status_key=f"web.collect.status.{campaign.status}")
    store().set_status(campaign, status)
    return store().get(campaign.engagement_id, campaign.id)


def set_closing_date(campaign: Campaign, value: object, lang: str) -> Campaign:
    """Give the campaign the closing date ``value`` writes (``YYYY-MM-DD``), or take it
    away (``None`` or blank). Not a date, or a day before today: 422; a closed campaign:
    409. ``lang`` words the day in the message."""
    try:
        day = parse_closing_date(value)
        check_closing_date(campaign, day, today())
    except CampaignError as refused:
        status = 409 if refused.key == "closes_closed" else 422
        params = dict(refused.params)
        if "day" in params:
            params["day"] = format_day(params["day"], lang)
        raise Refused(status, f"collect.{refused.key}", **params) from None
    store().set_closes_on(campaign, day)
    return store().get(campaign.engagement_id, campaign.id)


def set_ratees(campaign: Campaign, respondent: Respondent, ratees: Sequence[str]) -> Respondent:
    """Whom the respondent rates (register ids, never themselves); an id that is not
    in the campaign's register is refused (422)."""
    known = {p.id for p in campaign.questions.roster}
    strangers = [p for p in ratees if p not in known]
    if strangers:
        raise Refused(422, "collect.unknown_people", people=", ".join(strangers[:5]))
    chosen = [p for p in dict.fromkeys(ratees) if p != respondent.person]
    store().set_ratees(respondent, chosen, added=False)
    return store().respondent(campaign, respondent.id)


def _state(respondent: Respondent) -> str:
    if respondent.submitted_at:
        return "submitted"
    return "draft" if respondent.saved_at else "waiting"


def respondent_record(campaign: Campaign, respondent: Respondent) -> dict[str, Any]:
    person = campaign.questions.person(respondent.person)
    return {
        "id": respondent.id,
        "person": person.id,
        "name": person.name,
        "group": person.group or None,
        "role": person.role,
        "language": person.lang,
        "state": _state(respondent),
        "link": respondent_link(respondent.token),
        "rates": list(respondent.rates),
        "added_by_them": [p for p in respondent.added if p not in respondent.ratees],
        "saved_at": respondent.saved_at,
        "submitted_at": respondent.submitted_at,
    }


def campaign_record(
    campaign: Campaign,
    respondents: Sequence[Respondent],
    lang: str,
    state: EngagementState | None = None,
) -> dict[str, Any]:
    """A campaign as the API shows it (its respondents' links included), with its
    response tracker (``state``: the engagement, read again when not given)."""
    states = [_state(r) for r in respondents]
    records = [respondent_record(campaign, r) for r in respondents]
    by_person = {r["person"]: r for r in records}
    q = campaign.questions
    return {
        "id": campaign.id,
        "wave": campaign.wave,
        "status": campaign.status,
        "created_at": campaign.created_at,
        "closes_on": campaign.closes_on.isoformat() if campaign.closes_on else None,
        "days_left": days_left(campaign, today()),
        "questions": {
            "dimensions": list(q.dimensions),
            "scale": q.scale,
            "objectives": [o.id for o in q.objectives],
            "comment": q.comment,
        },
        "answered": states.count("submitted"),
        "drafts": states.count("draft"),
        "waiting": states.count("waiting"),
        "stored": campaign.up_to_date,
        "files": {"ratings": campaign.ratings_file, "progress": campaign.progress_file},
        "problem": (campaign.problem or {}).get(lang) if not campaign.up_to_date else None,
        "respondents": records,
        "tracker": tracker_record(campaign, respondents, by_person, lang, state),
    }


def collect_box(state: EngagementState, lang: str) -> dict[str, Any]:
    """The engagement page's "Collect answers" card: its campaigns, and the new
    campaign form's defaults."""
    from alliance_graph.campaigns.questions import DEFAULT_DIMENSIONS, stored_dimensions

    survey = state.survey if state.ratings else None
    dimensions = (
        stored_dimensions(survey)
        if survey is not None and len(survey.ratings)
        else DEFAULT_DIMENSIONS
    )
    fixed = survey is not None and survey.scale_known
    campaigns = [
        campaign_record(c, store().respondents(c), lang, state)
        for c in store().of(state.engagement.id)
    ]
    return {
        "campaigns": campaigns,
        "register": bool(state.registers),
        "dimensions": ", ".join(dimensions),
        "scale": f"{survey.scale.min:g}:{survey.scale.max:g}" if fixed and survey else "1:5",
        "scale_fixed": fixed,
        "wave": _next_label(state, [c["wave"] for c in campaigns]),
        "declined": len(store().declined(state.engagement.id)),
        "today": today().isoformat(),  # the earliest closing date the card's field takes
        "local_links": links_stay_here(),  # serve on 127.0.0.1: say how to open them up
    }


def _next_label(state: EngagementState, taken: list[str]) -> str:
    """A label to propose: ``T<n>`` after the waves and campaigns there are."""
    used = {w["wave"] for w in state.waves()} | set(taken)
    n = len(used) + 1
    while f"T{n}" in used:
        n += 1
    return f"T{n}"
