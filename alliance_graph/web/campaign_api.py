"""Campaigns for scripts: the JSON twin of the "Collect answers" card, under ``/api/``
with the launch token (these routes join the API's blueprint).

``GET|POST /api/engagements/<id>/campaigns``, ``GET …/campaigns/<cid>``,
``POST …/campaigns/<cid>/status`` (``{"status": "open"|"closed"}``),
``PUT …/campaigns/<cid>/closes_on`` (``{"closes_on": "YYYY-MM-DD"|null}``),
``PUT …/campaigns/<cid>/respondents/<rid>`` (``{"ratees": [ids]}``) and
``POST …/campaigns/<cid>/store``.
"""

from __future__ import annotations

from typing import Any

from flask import jsonify, request

from alliance_graph.web import current_lang
from alliance_graph.web.api import bp
from alliance_graph.web.campaign_view import (
    campaign_record,
    change_status,
    create_campaign,
    find,
    respondent_record,
    set_closing_date,
    set_ratees,
    store,
)
from alliance_graph.web.collect import store_wave
from alliance_graph.web.security import Refused
from alliance_graph.web.state import workspace

__all__ = ["bp"]


def _json() -> dict[str, Any]:
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the JSON reader goes
        raise Refused(400, "error.bad_json") from None
    if not isinstance(data, dict):
        raise Refused(400, "error.bad_json")
    return data


def _record(eid: int, cid: int) -> dict[str, Any]:
    campaign = find(eid, cid)
    return campaign_record(campaign, store().respondents(campaign), current_lang())


@bp.get("/engagements/<int:eid>/campaigns")
def campaigns(eid: int) -> Any:
    workspace().engagement(eid)
    found = [_record(eid, c.id) for c in store().of(eid)]
    return jsonify({"campaigns": found})


@bp.post("/engagements/<int:eid>/campaigns")
def create(eid: int) -> Any:
    data = _json()
    dimensions = data.get("dimensions")
    if dimensions is not None and not (
        isinstance(dimensions, list) and all(isinstance(d, str) for d in dimensions)
    ):
        raise Refused(422, "collect.bad_dimensions")
    wave, scale = data.get("wave"), data.get("scale")
    if not isinstance(wave, str) or not isinstance(scale, (str, type(None))):
        raise Refused(422, "collect.need_wave")
    campaign = create_campaign(
        eid, wave, dimensions=dimensions, scale=scale, comment=data.get("comment") is not False
    )
    return jsonify(_record(eid, campaign.id)), 201


@bp.get("/engagements/<int:eid>/campaigns/<int:cid>")
def campaign(eid: int, cid: int) -> Any:
    return jsonify(_record(eid, cid))


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/status")
def status(eid: int, cid: int) -> Any:
    change_status(find(eid, cid), str(_json().get("status")))
    return jsonify(_record(eid, cid))


@bp.put("/engagements/<int:eid>/campaigns/<int:cid>/closes_on")
def closes_on(eid: int, cid: int) -> Any:
    data = _json()
    if "closes_on" not in data:
        raise Refused(422, "collect.closes_missing")
    set_closing_date(find(eid, cid), data["closes_on"], current_lang())
    return jsonify(_record(eid, cid))


@bp.put("/engagements/<int:eid>/campaigns/<int:cid>/respondents/<int:rid>")
def ratees(eid: int, cid: int, rid: int) -> Any:
    campaign = find(eid, cid)
    chosen = _json().get("ratees")
    if not isinstance(chosen, list) or not all(isinstance(p, str) for p in chosen):
        raise Refused(422, "collect.unknown_people", people="")
    respondent = set_ratees(campaign, store().respondent(campaign, rid), chosen)
    return jsonify(respondent_record(campaign, respondent))


@bp.post("/engagements/<int:eid>/campaigns/<int:cid>/store")
def store_again(eid: int, cid: int) -> Any:
    store_wave(workspace(), find(eid, cid))
    return jsonify(_record(eid, cid))
