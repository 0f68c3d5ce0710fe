"""The JSON twin of every page, for scripts: ``/api/…`` with the launch token as
``Authorization: Bearer …`` or ``?token=…`` (DESIGN.md section 8).

No token: 401; a wrong one: 403. Created: 201; refused data: 422 with the issues and
nothing stored; too large: 413; not CSV: 415.
"""

from __future__ import annotations

import io
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request, send_file

from alliance_graph.safe_text import download_name
from alliance_graph.web import MIB, current_lang, message
from alliance_graph.web.outputs import (
    NETWORK_FORMATS,
    analysis_for,
    audience_from,
    comparison,
    network_file,
    pack_html,
    report_html,
)
from alliance_graph.web.security import (
    Refused,
    bearer_token,
    media_type,
    token_matches,
)
from alliance_graph.web.state import (
    engagement_rows,
    engagement_state,
    file_record,
    find_file,
    survey_dict,
    workspace,
)
from alliance_graph.web.state import restore_file as restore
from alliance_graph.web.uploads import Upload, accept_upload

__all__ = ["bp"]

bp = Blueprint("api", __name__)


@bp.before_request
def _require_token() -> None:
    given = bearer_token(request) or request.args.get("token")
    if not given:
        raise Refused(401, "error.no_token")
    if not token_matches(given, current_app.config["TOKEN"]):
        raise Refused(403, "error.wrong_token")


@bp.get("/engagements")
def engagements() -> Any:
    return jsonify({"engagements": engagement_rows(), "trash": engagement_rows(deleted=True)})


@bp.post("/engagements")
def create_engagement() -> Any:
    try:
        data = request.get_json(silent=True)
    except RecursionError:  # nested deeper than the JSON reader goes
        raise Refused(400, "error.bad_json") from None
    name = data.get("name") if isinstance(data, dict) else None
    if not isinstance(name, str):
        raise Refused(422, "new.bad_name")
    try:
        engagement = workspace().create_engagement(name)
    except ValueError:
        raise Refused(422, "new.bad_name") from None
    return jsonify({"id": engagement.id, "name": engagement.name}), 201


@bp.get("/engagements/<int:eid>")
def engagement(eid: int) -> Any:
    return jsonify(engagement_state(eid).to_dict(current_lang()))


@bp.delete("/engagements/<int:eid>")
def delete_engagement(eid: int) -> Any:
    workspace().engagement(eid)
    workspace().delete_engagement(eid)
    return jsonify({"id": eid, "deleted": True})


@bp.post("/engagements/<int:eid>/restore")
def restore_engagement(eid: int) -> Any:
    workspace().restore_engagement(eid)
    return jsonify({"id": eid, "deleted": False})


@bp.post("/engagements/<int:eid>/waves")
def upload(eid: int) -> Any:
    limits = {
        "max_rows": current_app.config["MAX_ROWS"],
        "max_columns": current_app.config["MAX_COLUMNS"],
        "max_bytes": int(current_app.config["MAX_UPLOAD_MB"] * MIB),  # a workbook unpacked
    }
    result = accept_upload(
        workspace(),
        eid,
        Upload.read(request.files, **limits),
        label=request.form.get("wave"),
        scale=request.form.get("scale"),
    )
    state, lang = engagement_state(eid), current_lang()
    # before any ratings (a register alone) the engagement has no survey: show the check
    body = state.survey_record(lang) or survey_dict(result.survey, lang, state.names())
    body["stored"] = [file_record(f) for f in result.stored]
    body["notices"] = [message(key, params, lang) for key, params in result.notices]
    return jsonify(body), 201


@bp.get("/engagements/<int:eid>/files/<int:fid>")
def download_file(eid: int, fid: int) -> Response:
    file = find_file(eid, fid, deleted=None)
    content = io.BytesIO(workspace().content(file.id))
    name = download_name(file.filename, "upload.csv")  # no quote, no U+202E: saved as shown
    mimetype = media_type(file.filename)
    return send_file(content, mimetype=mimetype, as_attachment=True, download_name=name)


@bp.delete("/engagements/<int:eid>/files/<int:fid>")
def delete_file(eid: int, fid: int) -> Any:
    file = find_file(eid, fid)
    workspace().delete_file(file.id)
    return jsonify({"id": fid, "deleted": True})


@bp.post("/engagements/<int:eid>/files/<int:fid>/restore")
def restore_file(eid: int, fid: int) -> Any:
    _, clash = restore(eid, fid)
    if clash:
        raise Refused(409, "flash.clash", waves=", ".join(clash), n_waves=len(clash))
    return jsonify({"id": fid, "deleted": False})


@bp.get("/engagements/<int:eid>/metrics")
def metrics(eid: int) -> Response:
    audience, state = audience_from(request.args), engagement_state(eid)
    fmt = "csv" if request.args.get("format") == "csv" else "json"
    text = analysis_for(state, audience, current_lang()).text(fmt)
    return Response(text, mimetype="text/csv" if fmt == "csv" else "application/json")


@bp.get("/engagements/<int:eid>/network")
def network(eid: int) -> Response:
    """``?format=gexf`` (default), ``json`` or ``xlsx``: the network of every wave."""
    fmt = request.args.get("format", "gexf")
    if fmt not in NETWORK_FORMATS:
        raise Refused(400, "error.network_format", value=fmt[:20])
    audience = audience_from(request.args)
    content = network_file(engagement_state(eid), fmt, audience)
    return Response(content, mimetype=NETWORK_FORMATS[fmt])


@bp.get("/engagements/<int:eid>/compare")
def compare(eid: int) -> Any:
    state = engagement_state(eid)
    pairs = comparison(state, current_lang(), audience_from(request.args))
    return jsonify({"waves": list(state.ready().waves), "changes": pairs})


@bp.get("/engagements/<int:eid>/report")
def report(eid: int) -> Response:
    audience = audience_from(request.args)
    html = report_html(engagement_state(eid), current_lang(), audience)
    response = Response(html, mimetype="text/html")
    # the report carries its own policy (its scripts by hash): the app's would block them
    response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
    return response


@bp.get("/engagements/<int:eid>/pack")
def pack(eid: int) -> Response:
    """The three-way meeting pack (``?stage=kickoff|mid|close``, ``?min_group_size=K``)."""
    k = audience_from(request.args).min_group_size
    stage = str(request.args.get("stage", "kickoff"))
    html = pack_html(engagement_state(eid), stage, current_lang(), k)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
    return response
