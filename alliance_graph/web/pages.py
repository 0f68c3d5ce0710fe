"""The pages a coach uses: engagements, one engagement with its waves and upload form,
the report, the comparison and the downloads (deletion with a confirmation and an undo:
:mod:`~alliance_graph.web.trash_pages`).

Every page needs the launch token (``?token=`` once, then an HttpOnly cookie); every
form carries the CSRF token. Nothing here needs JavaScript but the report.
"""

from __future__ import annotations

import io
from typing import Any

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    session,
    url_for,
)

from alliance_graph.audience import Audience
from alliance_graph.i18n import LANGUAGES
from alliance_graph.safe_text import download_name
from alliance_graph.web import MIB, current_lang, message
from alliance_graph.web.campaign_view import collect_box
from alliance_graph.web.gate import require_page_token
from alliance_graph.web.now import now_box
from alliance_graph.web.objectives import objectives_page
from alliance_graph.web.outputs import (
    NETWORK_FORMATS,
    analysis_for,
    audience_from,
    comparison,
    network_file,
    pack_html,
    report_html,
)
from alliance_graph.web.security import Refused, media_type
from alliance_graph.web.state import (
    EngagementState,
    engagement_rows,
    engagement_state,
    find_file,
    survey_dict,
    workspace,
)
from alliance_graph.web.uploads import Upload, accept_upload

__all__ = ["bp"]

bp = Blueprint("pages", __name__)
bp.before_request(require_page_token)


def _say(key: str, **params: Any) -> str:
    return message(key, params, current_lang())


def _note(note: dict[str, str]) -> None:
    """A message for the next page (``text``; ``undo``: a restore URL; ``kind``)."""
    session["notes"] = [*session.get("notes", []), note]


@bp.get("/")
def index() -> str:
    return render_template(
        "engagements.html.j2",
        engagements=engagement_rows(),
        trash=engagement_rows(deleted=True),
    )


@bp.get("/engagements/new")
def new_engagement() -> str:
    return render_template("new.html.j2", name="", error=None)


@bp.post("/engagements")
def create_engagement() -> Any:
    name = request.form.get("name", "")
    try:
        engagement = workspace().create_engagement(name)
    except ValueError:
        error = _say("new.bad_name")
        return render_template("new.html.j2", name=name[:200], error=error), 422
    _note({"text": _say("flash.created", name=engagement.name)})
    return redirect(url_for(".engagement", eid=engagement.id), 303)


@bp.get("/engagements/<int:eid>")
def engagement(eid: int) -> str:
    return _engagement_page(engagement_state(eid))


def _engagement_page(
    state: EngagementState, refused: Refused | None = None, form: Any = None
) -> str:
    lang = current_lang()
    refusal = None
    if refused is not None:
        record = survey_dict(refused.survey, lang, refused.names) if refused.survey else None
        refusal = {
            "text": message(refused.key, refused.params, lang),
            "issues": sorted(record["issues"], key=lambda i: i["severity"] != "error")
            if record
            else [],
        }
    return render_template(
        "engagement.html.j2",
        state=state,
        survey=state.survey_record(lang),
        objectives=objectives_page(state, lang),
        pack_stage=_pack_stage(state),
        now=now_box(state, lang),
        collect=collect_box(state, lang),
        refusal=refusal,
        form=form or {},
    )


def _pack_stage(state: EngagementState) -> str:
    """The stage the pack form proposes: the kick-off with one wave, then the mid-point."""
    return "kickoff" if len(state.waves()) < 2 else "mid"


@bp.post("/engagements/<int:eid>/uploads")
def upload(eid: int) -> Any:
    limits = {
        "max_rows": current_app.config["MAX_ROWS"],
        "max_columns": current_app.config["MAX_COLUMNS"],
        "max_bytes": int(current_app.config["MAX_UPLOAD_MB"] * MIB),  # a workbook unpacked
    }
    form = request.form
    try:
        result = accept_upload(
            workspace(),
            eid,
            Upload.read(request.files, **limits),
            label=form.get("wave"),
            scale=form.get("scale"),
        )
    except Refused as refused:
        return _engagement_page(engagement_state(eid), refused, form), refused.status
    said = []
    for file in sorted(result.stored, key=lambda f: f.kind != "ratings"):
        if file.kind == "ratings":  # its notices are about it: they follow it
            waves = file.options.get("waves") or [file.wave]
            said.append(
                _say(
                    "flash.uploaded",
                    filename=file.filename,
                    waves=", ".join(waves),
                    n_waves=len(waves),
                )
            )
            said += [_say(key, **params) for key, params in result.notices]
        else:
            said.append(_say(f"flash.{file.kind}", filename=file.filename))
    if result.survey.warnings:
        said.append(_say("flash.warnings", count=len(result.survey.warnings)))
    _note({"text": " ".join(said)})
    return redirect(url_for(".engagement", eid=eid), 303)


@bp.get("/engagements/<int:eid>/files/<int:fid>")
def download_file(eid: int, fid: int) -> Response:
    file = find_file(eid, fid, deleted=None)
    content = io.BytesIO(workspace().content(file.id))
    name = download_name(file.filename, "upload.csv")  # no quote, no U+202E: saved as shown
    mimetype = media_type(file.filename)
    return send_file(content, mimetype=mimetype, as_attachment=True, download_name=name)


@bp.get("/engagements/<int:eid>/report")
def report(eid: int) -> Response:
    lang = request.args.get("lang") if request.args.get("lang") in LANGUAGES else current_lang()
    audience = audience_from(request.args)
    html = report_html(engagement_state(eid), str(lang), audience)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"  # the page has its own
    return response


@bp.get("/engagements/<int:eid>/pack")
def pack(eid: int) -> Response:
    """The three-way meeting pack: ``?stage=kickoff|mid|close``, ``?lang=``,
    ``?min_group_size=K``; printed from the browser."""
    lang = request.args.get("lang") if request.args.get("lang") in LANGUAGES else current_lang()
    k = audience_from(request.args).min_group_size
    stage = str(request.args.get("stage", "kickoff"))
    html = pack_html(engagement_state(eid), stage, str(lang), k)
    response = Response(html, mimetype="text/html")
    response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"  # the page has its own
    return response


@bp.get("/engagements/<int:eid>/compare")
def compare(eid: int) -> str:
    state = engagement_state(eid)
    return render_template(
        "compare.html.j2",
        state=state,
        pairs=comparison(state, current_lang(), audience_from(request.args)),
    )


@bp.get("/engagements/<int:eid>/metrics.json")
def metrics_json(eid: int) -> Response:
    lang = str(request.args["lang"]) if request.args.get("lang") in LANGUAGES else current_lang()
    audience, state = audience_from(request.args), engagement_state(eid)
    text = analysis_for(state, audience, lang).text("json")
    return _download(text, "application/json", f"engagement-{eid}-{_name(audience)}.json")


@bp.get("/engagements/<int:eid>/metrics.csv")
def metrics_csv(eid: int) -> Response:
    audience, state = audience_from(request.args), engagement_state(eid)
    text = analysis_for(state, audience, current_lang()).text("csv")
    return _download(text, "text/csv", f"engagement-{eid}-{_name(audience)}.csv")


def _name(audience: Audience) -> str:
    return "shared-metrics" if audience.shared else "metrics"


@bp.get("/engagements/<int:eid>/network.<fmt>")
def network_export(eid: int, fmt: str) -> Response:
    """The network of every wave for Gephi (GEXF), scripts (JSON) or Excel (XLSX)."""
    if fmt not in NETWORK_FORMATS:
        abort(404)
    audience = audience_from(request.args)
    content = network_file(engagement_state(eid), fmt, audience)
    response = Response(content, mimetype=NETWORK_FORMATS[fmt])
    name = "groups" if audience.shared else "network"
    response.headers["Content-Disposition"] = (
        f'attachment; filename="engagement-{eid}-{name}.{fmt}"'
    )

    return response


def _download(text: str, mimetype: str, name: str) -> Response:
    response = Response(text, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
