"""The coach's pages for collecting answers: a campaign made for a new wave, opened,
closed and opened again, its closing date, whom each respondent rates, and the wave
stored again once a refusal is settled. The card itself is on the engagement page
(``_collect.html.j2``).

These routes join the pages' blueprint, behind the launch token and CSRF checks.
"""

from __future__ import annotations

from typing import Any

from flask import redirect, render_template, request, url_for

from alliance_graph.i18n import format_day
from alliance_graph.web import current_lang, message
from alliance_graph.web.campaign_view import (
    change_status,
    create_campaign,
    find,
    set_closing_date,
    set_ratees,
    store,
)
from alliance_graph.web.collect import store_wave
from alliance_graph.web.pages import bp
from alliance_graph.web.security import Refused
from alliance_graph.web.state import workspace

__all__ = ["bp"]


def _note(text: str, kind: str | None = None) -> None:
    from alliance_graph.web.pages import _note as note

    note({"text": text, **({"kind": kind} if kind else {})})


def _back(eid: int) -> Any:
    return redirect(url_for("pages.engagement", eid=eid) + "#collect", 303)


@bp.post("/engagements/<int:eid>/campaigns")
def create_campaign_page(eid: int) -> Any:
    form = request.form
    try:
        campaign = create_campaign(
            eid,
            form.get("wave"),
            dimensions=form.get("dimensions"),
            scale=form.get("scale"),
            comment=form.get("comment") == "yes",
        )
    except Refused as refused:
        _note(message(refused.key, refused.params, current_lang()), "error")
        return _back(eid)
    _note(message("collect.created", {"wave": campaign.wave}, current_lang()))
    return _back(eid)


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/status")
def campaign_status(eid: int, cid: int) -> Any:
    campaign = change_status(find(eid, cid), request.form.get("status", ""))
    key = f"collect.now_{campaign.status}"
    _note(message(key, {"wave": campaign.wave}, current_lang()))
    return _back(eid)


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/closes_on")
def campaign_closes_on(eid: int, cid: int) -> Any:
    """Set or change the closing date (``closes_on``), or take it away (``action=remove``);
    a refusal is said on the card."""
    lang = current_lang()
    remove = request.form.get("action") == "remove"
    try:
        campaign = set_closing_date(
            find(eid, cid), None if remove else request.form.get("closes_on", ""), lang
        )
    except Refused as refused:
        _note(message(refused.key, refused.params, lang), "error")
        return _back(eid)
    if campaign.closes_on is None:
        _note(message("collect.closes_removed", {"wave": campaign.wave}, lang))
    else:
        day = format_day(campaign.closes_on, lang)
        _note(message("collect.closes_set", {"wave": campaign.wave, "day": day}, lang))
    return _back(eid)


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/store")
def campaign_store(eid: int, cid: int) -> Any:
    campaign = find(eid, cid)
    store_wave(workspace(), campaign)
    campaign = find(eid, cid)
    if campaign.up_to_date:
        _note(message("collect.stored_again", {"wave": campaign.wave}, current_lang()))
    else:
        _note((campaign.problem or {}).get(current_lang(), ""), "error")
    return _back(eid)


@bp.get("/engagements/<int:eid>/campaigns/<int:cid>/respondents/<int:rid>")
def respondent_page(eid: int, cid: int, rid: int) -> str:
    campaign = find(eid, cid)
    respondent = store().respondent(campaign, rid)
    me = campaign.questions.person(respondent.person)
    return render_template(
        "campaign_respondent.html.j2",
        engagement=workspace().engagement(eid),
        campaign=campaign,
        respondent=respondent,
        me=me,
        people=[(n, p) for n, p in enumerate(campaign.questions.roster) if p.id != me.id],
    )


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/respondents/<int:rid>")
def respondent_save(eid: int, cid: int, rid: int) -> Any:
    campaign = find(eid, cid)
    respondent = store().respondent(campaign, rid)
    roster = campaign.questions.roster
    chosen = [roster[int(n)].id for n in request.form.getlist("rates")
              if n.isdigit() and int(n) < len(roster)]  # fmt: skip
    set_ratees(campaign, respondent, chosen)
    name = campaign.questions.person(respondent.person).name
    _note(message("collect.ratees_saved", {"name": name}, current_lang()))
    return _back(eid)
