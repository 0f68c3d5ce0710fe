"""Deleting an engagement or a file, with a confirmation page, and the undo that brings
it back from the trash. These routes join the pages' blueprint, behind the launch token
and CSRF checks."""

from __future__ import annotations

from typing import Any

from flask import redirect, render_template, url_for

from alliance_graph.web.pages import _note, _say, bp
from alliance_graph.web.state import engagement_state, find_file, workspace
from alliance_graph.web.state import restore_file as restore

__all__ = ["bp"]


@bp.get("/engagements/<int:eid>/delete")
def confirm_delete_engagement(eid: int) -> str:
    state = engagement_state(eid, read=False)
    return render_template(
        "confirm.html.j2",
        question=_say("confirm.engagement", name=state.engagement.name),
        action=url_for(".delete_engagement", eid=eid),
        back=url_for(".engagement", eid=eid),
    )


@bp.post("/engagements/<int:eid>/delete")
def delete_engagement(eid: int) -> Any:
    ws = workspace()
    name = ws.engagement(eid).name
    ws.delete_engagement(eid)
    undo = url_for(".restore_engagement", eid=eid)
    _note({"text": _say("flash.trashed", name=name), "undo": undo})
    return redirect(url_for(".index"), 303)


@bp.post("/engagements/<int:eid>/restore")
def restore_engagement(eid: int) -> Any:
    workspace().restore_engagement(eid)
    _note({"text": _say("flash.restored")})
    return redirect(url_for(".engagement", eid=eid), 303)


@bp.get("/engagements/<int:eid>/files/<int:fid>/delete")
def confirm_delete_file(eid: int, fid: int) -> str:
    file = find_file(eid, fid)
    waves = file.options.get("waves") or [file.wave]
    key = f"confirm.{file.kind}"
    return render_template(
        "confirm.html.j2",
        question=_say(key, waves=", ".join(waves), n_waves=len(waves), filename=file.filename),
        action=url_for(".delete_file", eid=eid, fid=fid),
        back=url_for(".engagement", eid=eid),
    )


@bp.post("/engagements/<int:eid>/files/<int:fid>/delete")
def delete_file(eid: int, fid: int) -> Any:
    file = find_file(eid, fid)
    workspace().delete_file(file.id)
    undo = url_for(".restore_file", eid=eid, fid=fid)
    _note({"text": _say("flash.file_trashed", filename=file.filename), "undo": undo})
    return redirect(url_for(".engagement", eid=eid), 303)


@bp.post("/engagements/<int:eid>/files/<int:fid>/restore")
def restore_file(eid: int, fid: int) -> Any:
    file, clash = restore(eid, fid)
    if clash:
        _note(
            {
                "text": _say("flash.clash", waves=", ".join(clash), n_waves=len(clash)),
                "kind": "error",
            }
        )
    else:
        _note({"text": _say("flash.file_restored", filename=file.filename)})
    return redirect(url_for(".engagement", eid=eid), 303)
