"""Reminders and invitations of a campaign, for the coach: a page with each message and
its ``mailto:`` link, the mail-merge file, and their JSON twin.

``GET /engagements/<id>/campaigns/<cid>/reminders`` (the page), ``…/reminders.csv`` (the
mail-merge file) and ``GET /api/engagements/<id>/campaigns/<cid>/reminders``
(``?format=csv`` for the file), each with ``?who=waiting`` (the default: a reminder to
each person who has not answered) or ``?who=everyone`` (an invitation to each
respondent). These routes join the pages' and the API's blueprints, behind the launch
token: a respondent's link opens none of them.
"""

from __future__ import annotations

from typing import Any

from flask import Response, jsonify, render_template, request

from alliance_graph.campaigns import Campaign
from alliance_graph.i18n import format_day
from alliance_graph.web import current_lang
from alliance_graph.web.api import bp as api
from alliance_graph.web.campaign_view import find, respondent_record, store
from alliance_graph.web.pages import bp as pages
from alliance_graph.web.reminders import Reminder, merge_csv
from alliance_graph.web.security import Refused
from alliance_graph.web.state import workspace
from alliance_graph.web.tracker_view import campaign_reminders, deadline

__all__ = ["api", "pages"]

_WHO = ("waiting", "everyone")


def _everyone() -> bool:
    """Whom the messages are for, from ``?who=``; 400 for anything else."""
    who = request.args.get("who", "waiting")
    if who not in _WHO:
        raise Refused(400, "tracker.bad_who", value=str(who)[:20])
    return who == "everyone"


def _reminders(eid: int, cid: int, everyone: bool) -> tuple[Any, list[Reminder]]:
    campaign = find(eid, cid)
    respondents = store().respondents(campaign)
    records = {r.person: respondent_record(campaign, r) for r in respondents}
    found = campaign_reminders(campaign, respondents, records, current_lang(), everyone=everyone)
    return campaign, found


def _csv(eid: int, cid: int, everyone: bool, found: list[Reminder]) -> Response:
    response = Response(merge_csv(found, current_lang()), mimetype="text/csv")
    name = f"engagement-{eid}-survey-{cid}-{'invitations' if everyone else 'reminders'}.csv"
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@pages.get("/engagements/<int:eid>/campaigns/<int:cid>/reminders")
def reminders_page(eid: int, cid: int) -> str:
    everyone = _everyone()
    campaign, found = _reminders(eid, cid, everyone)
    return render_template(
        "campaign_reminders.html.j2",
        engagement=workspace().engagement(eid),
        campaign=campaign,
        kind="invitation" if everyone else "reminder",
        who="everyone" if everyone else "waiting",
        reminders=found,
        closing=_closing(campaign),
    )


def _closing(campaign: Campaign) -> dict[str, Any] | None:
    """The closing date as the page says it, and whether the messages give it (not once
    it has passed); ``None`` without one."""
    if campaign.closes_on is None:
        return None
    said = format_day(campaign.closes_on, current_lang())
    return {"day": said, "told": deadline(campaign) is not None}


@pages.get("/engagements/<int:eid>/campaigns/<int:cid>/reminders.csv")
def reminders_csv(eid: int, cid: int) -> Response:
    everyone = _everyone()
    _, found = _reminders(eid, cid, everyone)
    return _csv(eid, cid, everyone, found)


@api.get("/engagements/<int:eid>/campaigns/<int:cid>/reminders")
def reminders_json(eid: int, cid: int) -> Any:
    everyone = _everyone()
    _, found = _reminders(eid, cid, everyone)
    if request.args.get("format") == "csv":  # as the metrics route: anything else is JSON
        return _csv(eid, cid, everyone, found)
    kind = "invitation" if everyone else "reminder"
    return jsonify({"kind": kind, "reminders": [r.to_dict() for r in found]})
