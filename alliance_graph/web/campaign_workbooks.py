"""Answering offline: a campaign's workbooks downloaded as one zip, and the returned
workbooks uploaded together, each read back and stored as its respondent's answers
(:func:`~alliance_graph.web.collect.send_many`: one transaction, the wave made once).

The pages (behind the launch token and CSRF checks) and their JSON twins under
``/api/``: ``GET …/campaigns/<cid>/workbooks.zip`` (one respondent's:
``GET …/campaigns/<cid>/respondents/<rid>/workbook.xlsx``) and ``POST …/campaigns/<cid>/workbooks``
(multipart, the files in the field ``workbooks``). A workbook is stored whole or refused
whole; the good ones are stored even when others are refused, which are listed with
every problem found in them.
"""

from __future__ import annotations

import io
from typing import Any

from flask import Response, current_app, jsonify, render_template, request, send_file

from alliance_graph.campaigns import Campaign
from alliance_graph.campaigns.offline import workbook_filename, workbooks_zip
from alliance_graph.campaigns.returned import Returned, read_returned
from alliance_graph.campaigns.workbook import respondent_workbook
from alliance_graph.ingest.workbook import Limits
from alliance_graph.safe_text import download_name, file_part
from alliance_graph.web import MIB, current_lang, message
from alliance_graph.web.api import bp as api
from alliance_graph.web.campaign_view import campaign_record, find, store
from alliance_graph.web.collect import send_many
from alliance_graph.web.pages import bp as pages
from alliance_graph.web.security import Refused, display_name
from alliance_graph.web.state import workspace

__all__ = ["received"]


@pages.get("/engagements/<int:eid>/campaigns/<int:cid>/workbooks.zip")
def campaign_workbooks_zip(eid: int, cid: int) -> Response:
    return _zip(find(eid, cid))


@api.get("/engagements/<int:eid>/campaigns/<int:cid>/workbooks.zip")
def workbooks_zip_api(eid: int, cid: int) -> Response:
    return _zip(find(eid, cid))


@pages.get("/engagements/<int:eid>/campaigns/<int:cid>/respondents/<int:rid>/workbook.xlsx")
def respondent_workbook_page(eid: int, cid: int, rid: int) -> Response:
    return _one(find(eid, cid), rid)


@api.get("/engagements/<int:eid>/campaigns/<int:cid>/respondents/<int:rid>/workbook.xlsx")
def respondent_workbook_api(eid: int, cid: int, rid: int) -> Response:
    return _one(find(eid, cid), rid)


@pages.post("/engagements/<int:eid>/campaigns/<int:cid>/workbooks")
def campaign_workbooks(eid: int, cid: int) -> Any:
    campaign = find(eid, cid)
    result = received(campaign)
    page = render_template(
        "campaign_workbooks.html.j2",
        engagement=workspace().engagement(eid),
        campaign=campaign,
        result=result,
    )
    return page, _status(result)


@api.post("/engagements/<int:eid>/campaigns/<int:cid>/workbooks")
def workbooks_api(eid: int, cid: int) -> Any:
    result = received(find(eid, cid))
    return jsonify(result), _status(result)


def _zip(campaign: Campaign) -> Response:
    """Every respondent's workbook, in their language or the page's."""
    lang = current_lang()
    content = workbooks_zip(campaign, store().respondents(campaign), lang)
    name = message("offline.zip_name", {"wave": file_part(campaign.wave, limit=40)}, lang)
    return send_file(
        io.BytesIO(content),
        mimetype="application/zip",
        as_attachment=True,
        download_name=download_name(name, "workbooks.zip"),
    )


def _one(campaign: Campaign, rid: int) -> Response:
    """One respondent's workbook (to send again a lost one), as the zip holds it."""
    respondent = store().respondent(campaign, rid)
    content = respondent_workbook(campaign, respondent, current_lang())
    return send_file(
        io.BytesIO(content),
        mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        as_attachment=True,
        download_name=workbook_filename(campaign, respondent),
    )


def received(campaign: Campaign) -> dict[str, Any]:
    """Read the workbooks of the request's field ``workbooks``; store those that can be
    (all in one transaction); say what was stored and what was refused, and why."""
    files = [
        (display_name(f.filename), f.read())
        for f in request.files.getlist("workbooks")
        if f.filename
    ]
    if not files:
        raise Refused(422, "offline.no_file")
    config = current_app.config
    limits = Limits(
        max_bytes=int(config["MAX_UPLOAD_MB"] * MIB),
        max_rows=config["MAX_ROWS"],
        max_columns=config["MAX_COLUMNS"],
    )
    returned = read_returned(campaign, store().respondents(campaign), files, limits)
    if returned.accepted:
        send_many(workspace(), campaign, [(b.respondent, b.answers) for b in returned.accepted])
    return _record(store().get(campaign.engagement_id, campaign.id), returned)


def _record(campaign: Campaign, returned: Returned) -> dict[str, Any]:
    lang = current_lang()
    stored = [
        {
            "file": book.file,
            "person": book.respondent.person,
            "name": campaign.questions.person(book.respondent.person).name,
            "replaced": book.respondent.submitted_at is not None,
        }
        for book in returned.accepted
    ]
    refused = [
        {
            "file": refusal.file,
            "messages": [
                message(f"offline.problem.{p.code}", {"file": refusal.file, **dict(p.params)}, lang)
                for p in refusal.problems
            ],
            "problems": [{"code": p.code, **dict(p.params)} for p in refusal.problems],
        }
        for refusal in returned.refused
    ]
    record = campaign_record(campaign, store().respondents(campaign), lang)
    return {"stored": stored, "refused": refused, "campaign": record}


def _status(result: dict[str, Any]) -> int:
    """200 when a workbook was stored (or none refused), else 422."""
    return 422 if result["refused"] and not result["stored"] else 200
